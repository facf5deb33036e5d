import type { Core } from '@strapi/strapi';
import { registerChangeNotices, type RegisterKind, type WrittenItem } from '../../domain/notifications/register-events';
import { enqueue, type OutboxMessage } from './outbox';

/**
 * What a register change tells people — decided by `registerChangeNotices` (src/domain/notifications) — written to
 * the outbox. Called by the register middleware (src/documents/register-rules.ts) inside the transaction
 * of the change, after it is written, so the outbox rows commit or roll back with it.
 */
export interface RegisterChange {
  uid: string;
  action: 'create' | 'update';
  documentId: string;
  before: Record<string, unknown> | null;
}

/** Each register's kind and the component holding the person's name and e-mail. */
const REGISTERS: Record<string, { kind: RegisterKind; person: 'applicant' | 'requester' }> = {
  'api::appeal.appeal': { kind: 'appeal', person: 'applicant' },
  'api::information-request.information-request': { kind: 'information_request', person: 'requester' },
};

export async function writeChangeNotifications(strapi: Core.Strapi, change: RegisterChange): Promise<void> {
  const register = REGISTERS[change.uid];
  if (!register || !change.documentId) return;
  const row: any = await strapi.db.query(change.uid as any).findOne({
    where: { documentId: change.documentId },
    populate: { [register.person]: true, assignee: { select: ['documentId', 'fullName', 'email'] } },
  });
  if (!row) return;
  const person = row[register.person] ?? {};
  const after: WrittenItem = {
    documentId: row.documentId,
    registrationNumber: row.registrationNumber,
    subject: row.subject ?? null,
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    workflowState: row.workflowState ?? null,
    authorKind: row.authorKind ?? null,
    channel: row.channel ?? null,
    extendedUntil: isoDate(row.extendedUntil),
    extensionReason: row.extensionReason ?? null,
    forwardedTo: row.forwardedTo ?? null,
    answerText: row.answerText ?? null,
    answeredAt: iso(row.answeredAt),
    person: { fullName: person.fullName ?? null, email: person.email ?? null },
    assignee: row.assignee ? { documentId: row.assignee.documentId, fullName: row.assignee.fullName ?? null, email: row.assignee.email ?? null } : null,
  };
  const before = change.before && {
    workflowState: (change.before.workflowState as string | undefined) ?? null,
    extendedUntil: isoDate(change.before.extendedUntil),
    assigneeId: (change.before.assigneeId as string | number | undefined) ?? null,
  };
  const base = { itemType: register.kind, itemDocumentId: row.documentId, registrationNumber: row.registrationNumber };
  const messages = registerChangeNotices(register.kind, after, before).map((notice) => ({ ...base, ...notice }) as OutboxMessage);
  await enqueue(strapi, messages);
}

function iso(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value as any);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function isoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    // node-pg may hand a DATE back as local midnight: read the local calendar fields.
    const p = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}
