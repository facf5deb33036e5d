import type { Core } from '@strapi/strapi';
import { notificationKey } from '../domain/notifications/schedule';
import { enqueue, type OutboxMessage } from './outbox';
import type { ItemKind, ItemRef } from './templates';

/**
 * What a register change tells people: called by the register middleware (src/document-middlewares/register-rules.ts)
 * inside the transaction of the change, after it is written, so the outbox rows commit or roll back with it.
 */
export interface RegisterChange {
  uid: string;
  action: 'create' | 'update';
  documentId: string;
  before: Record<string, unknown> | null;
}

interface RegisterNotices {
  kind: ItemKind;
  /** The component holding the person's name and e-mail. */
  person: 'applicant' | 'requester';
  /**
   * Channels through which the person wrote electronically: only then is the answer itself sent by e-mail (a letter
   * on paper is answered on paper). Notices of registration, extension and forwarding go to every known address.
   */
  electronicChannels: readonly string[];
}

const REGISTERS: Record<string, RegisterNotices> = {
  'api::appeal.appeal': { kind: 'appeal', person: 'applicant', electronicChannels: ['email', 'website', 'e_petition'] },
  'api::information-request.information-request': { kind: 'information_request', person: 'requester', electronicChannels: ['email', 'website_form'] },
};

export async function writeChangeNotifications(strapi: Core.Strapi, change: RegisterChange): Promise<void> {
  const register = REGISTERS[change.uid];
  if (!register || !change.documentId) return;
  const after: any = await strapi.db.query(change.uid as any).findOne({
    where: { documentId: change.documentId },
    populate: { [register.person]: true, assignee: { select: ['documentId', 'fullName', 'email'] } },
  });
  if (!after) return;
  const before = change.before;
  const item: ItemRef = {
    kind: register.kind,
    registrationNumber: after.registrationNumber,
    subject: after.subject ?? null,
    dueAt: iso(after.dueAt),
    receivedAt: iso(after.receivedAt),
  };
  const person = after[register.person] ?? {};
  const personEmail: string | null = after.authorKind === 'anonymous' ? null : person.email || null;
  const recipientName: string | null = person.fullName || null;
  const base = { itemType: register.kind, itemDocumentId: after.documentId, registrationNumber: after.registrationNumber };
  const key = (...parts: Array<string | number>) => notificationKey(register.kind, after.documentId, ...parts);
  const messages: OutboxMessage[] = [];
  const became = (field: string, value: string) => after[field] === value && before?.[field] !== value;

  if (personEmail) {
    if (!before) {
      messages.push({ ...base, recipient: personEmail, template: 'acknowledgment', data: { item, recipientName }, idempotencyKey: key('acknowledgment') });
    }
    const extendedUntil = isoDate(after.extendedUntil);
    if (extendedUntil && extendedUntil !== isoDate(before?.extendedUntil)) {
      messages.push({
        ...base, recipient: personEmail, template: 'extension_notice',
        data: { item, reason: after.extensionReason ?? '', newDueAt: item.dueAt ?? extendedUntil, recipientName },
        idempotencyKey: key('extension_notice', extendedUntil),
      });
    }
    if (became('workflowState', 'forwarded')) {
      messages.push({
        ...base, recipient: personEmail, template: 'forwarding_notice',
        data: { item, forwardedTo: after.forwardedTo ?? '', recipientName }, idempotencyKey: key('forwarding_notice'),
      });
    }
    if (became('workflowState', 'answered') && after.answerText && register.electronicChannels.includes(after.channel)) {
      messages.push({
        ...base, recipient: personEmail, template: 'answer',
        data: { item, answerText: after.answerText, answeredAt: iso(after.answeredAt), recipientName }, idempotencyKey: key('answer'),
      });
    }
  }
  const assignee = after.assignee;
  if (assignee?.email && assignee.documentId !== (before?.assigneeId ?? null)) {
    messages.push({
      ...base, recipient: assignee.email, template: 'assignment',
      data: { item, assigneeName: assignee.fullName ?? null }, idempotencyKey: key('assignment', assignee.documentId),
    });
  }
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
