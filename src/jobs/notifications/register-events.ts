import type { Core } from '@strapi/strapi';
import { registerChangeNotices, type RegisterKind, type WrittenItem } from '../../domain/notifications/register-events';
import { storedIsoDate, storedIsoInstant } from '../../documents/stored-values';
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
    receivedAt: storedIsoInstant(row.receivedAt),
    dueAt: storedIsoInstant(row.dueAt),
    workflowState: row.workflowState ?? null,
    authorKind: row.authorKind ?? null,
    channel: row.channel ?? null,
    extendedUntil: storedIsoDate(row.extendedUntil),
    extensionReason: row.extensionReason ?? null,
    forwardedTo: row.forwardedTo ?? null,
    answerText: row.answerText ?? null,
    answeredAt: storedIsoInstant(row.answeredAt),
    person: { fullName: person.fullName ?? null, email: person.email ?? null },
    assignee: row.assignee ? { documentId: row.assignee.documentId, fullName: row.assignee.fullName ?? null, email: row.assignee.email ?? null } : null,
  };
  const before = change.before && {
    workflowState: (change.before.workflowState as string | undefined) ?? null,
    extendedUntil: storedIsoDate(change.before.extendedUntil),
    assigneeId: (change.before.assigneeId as string | number | undefined) ?? null,
  };
  const base = { itemType: register.kind, itemDocumentId: row.documentId, registrationNumber: row.registrationNumber };
  const messages = registerChangeNotices(register.kind, after, before).map((notice) => ({ ...base, ...notice }) as OutboxMessage);
  await enqueue(strapi, messages);
}
