import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

export const ASSIGNMENT_CHANGE_UID = 'api::assignment-change.assignment-change';

export interface AssignmentChange {
  register: 'appeal' | 'information_request';
  itemDocumentId: string;
  registrationNumber: string | null;
  fromAssigneeId: number | null;
  toAssigneeId: number | null;
  kind: 'routing' | 'manual';
  reason: string | null;
}

/**
 * Appends one entry to the assignment history with the query engine, inside the caller's transaction (the
 * Document Service is closed for this type: history is never written by hand). The query engine does not mint
 * document ids, so one is made here in the same shape (24 lowercase letters and digits).
 */
export async function recordAssignmentChange(strapi: Core.Strapi, change: AssignmentChange): Promise<void> {
  await strapi.db.query(ASSIGNMENT_CHANGE_UID as any).create({
    data: {
      documentId: newDocumentId(),
      register: change.register,
      itemDocumentId: change.itemDocumentId,
      registrationNumber: change.registrationNumber,
      fromAssignee: change.fromAssigneeId,
      toAssignee: change.toAssigneeId,
      changedAt: new Date(),
      changedBy: whoIsActing(strapi),
      kind: change.kind,
      reason: change.reason,
    },
  });
}

function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(24)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** Who made the change, from the request being served: an administrator, an API token, or a script (no request). */
export function whoIsActing(strapi: Core.Strapi): string {
  const ctx: any = strapi.requestContext?.get?.();
  const auth = ctx?.state?.auth;
  const strategy = auth?.strategy?.name;
  if (strategy === 'admin' || (ctx?.state?.isAuthenticatedAdmin && ctx?.state?.user)) {
    const user = ctx.state.user ?? auth?.credentials ?? {};
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
    return `Адміністратор ${name || user.email || ''} (id ${user.id ?? '?'}${user.email ? `, ${user.email}` : ''})`.replace(/\s+\(/u, ' (');
  }
  // 'content-api-token' / 'admin-token' in Strapi 5.5x, 'api-token' before.
  if (typeof strategy === 'string' && strategy.endsWith('token')) {
    const token = auth.credentials ?? {};
    return `API-токен «${token.name ?? '?'}» (id ${token.id ?? '?'})`;
  }
  if (strategy === 'users-permissions' && auth?.credentials) {
    return `Користувач ${auth.credentials.username ?? auth.credentials.email ?? ''} (id ${auth.credentials.id ?? '?'})`;
  }
  return ctx ? 'Запит без автентифікації' : 'Система (скрипт або планувальник, без HTTP-запиту)';
}
