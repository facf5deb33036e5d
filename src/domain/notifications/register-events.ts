import { APPEAL_ELECTRONIC_CHANNELS } from '../appeal/vocabulary';
import { INFORMATION_REQUEST_ELECTRONIC_CHANNELS } from '../information-request/vocabulary';
import { notificationKey } from './schedule';

/**
 * Who is told what when a register item is written: the applicant (or requester) hears of the registration, of an
 * extended term (Law 393/96-ВР Art. 20; Law 2939-VI Art. 20(4)), of forwarding (Art. 7; Art. 22(3)) and — when they
 * wrote electronically — receives the answer itself; a newly named executor hears of the assignment. A pure function
 * of the item as written and what it was before; the wiring loads both and writes the notices to the outbox.
 */

export type RegisterKind = 'appeal' | 'information_request';

export interface NoticeItemRef {
  kind: RegisterKind;
  registrationNumber: string;
  subject: string | null;
  /** ISO instant */
  dueAt: string | null;
  /** ISO instant */
  receivedAt: string | null;
}

/** The item as written, in plain values (instants as ISO strings, the extension as YYYY-MM-DD). */
export interface WrittenItem {
  documentId: string;
  registrationNumber: string;
  subject: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  workflowState: string | null;
  authorKind: string | null;
  channel: string | null;
  extendedUntil: string | null;
  extensionReason: string | null;
  forwardedTo: string | null;
  answerText: string | null;
  answeredAt: string | null;
  /** The applicant or requester. */
  person: { fullName: string | null; email: string | null };
  assignee: { documentId: string; fullName: string | null; email: string | null } | null;
}

/** What the item was before the change (null on create). */
export interface ItemBefore {
  workflowState: string | null;
  extendedUntil: string | null;
  assigneeId: string | number | null;
}

export type RegisterNotice =
  | { template: 'acknowledgment'; data: { item: NoticeItemRef; recipientName: string | null } }
  | { template: 'extension_notice'; data: { item: NoticeItemRef; reason: string; newDueAt: string; recipientName: string | null } }
  | { template: 'forwarding_notice'; data: { item: NoticeItemRef; forwardedTo: string; recipientName: string | null } }
  | { template: 'answer'; data: { item: NoticeItemRef; answerText: string; answeredAt: string | null; recipientName: string | null } }
  | { template: 'assignment'; data: { item: NoticeItemRef; assigneeName: string | null } };

export type AddressedNotice = RegisterNotice & { recipient: string; idempotencyKey: string };

/** Channels through which the person wrote electronically: only then is the answer itself sent by e-mail. */
export const ELECTRONIC_CHANNELS: Readonly<Record<RegisterKind, readonly string[]>> = {
  appeal: APPEAL_ELECTRONIC_CHANNELS,
  information_request: INFORMATION_REQUEST_ELECTRONIC_CHANNELS,
};

/**
 * The notices a change of a register item sends. Each carries an idempotency key (src/domain/notifications/schedule.ts)
 * so a repeated write sends nothing twice; an extension's key names its date, an assignment's the executor.
 * Notices of registration, extension and forwarding go to every known address; an anonymous appeal has none.
 */
export function registerChangeNotices(kind: RegisterKind, after: WrittenItem, before: ItemBefore | null): AddressedNotice[] {
  const item: NoticeItemRef = {
    kind,
    registrationNumber: after.registrationNumber,
    subject: after.subject,
    dueAt: after.dueAt,
    receivedAt: after.receivedAt,
  };
  const key = (...parts: Array<string | number>) => notificationKey(kind, after.documentId, ...parts);
  const became = (state: string) => after.workflowState === state && before?.workflowState !== state;
  const notices: AddressedNotice[] = [];

  const personEmail = after.authorKind === 'anonymous' ? null : after.person.email || null;
  const recipientName = after.person.fullName || null;
  if (personEmail) {
    const toPerson = (notice: RegisterNotice, ...keyParts: string[]) =>
      notices.push({ ...notice, recipient: personEmail, idempotencyKey: key(notice.template, ...keyParts) } as AddressedNotice);
    if (!before) toPerson({ template: 'acknowledgment', data: { item, recipientName } });
    const extendedUntil = after.extendedUntil;
    if (extendedUntil && extendedUntil !== (before?.extendedUntil ?? null)) {
      const reason = after.extensionReason ?? '';
      toPerson({ template: 'extension_notice', data: { item, reason, newDueAt: item.dueAt ?? extendedUntil, recipientName } }, extendedUntil);
    }
    if (became('forwarded')) {
      toPerson({ template: 'forwarding_notice', data: { item, forwardedTo: after.forwardedTo ?? '', recipientName } });
    }
    if (became('answered') && after.answerText && ELECTRONIC_CHANNELS[kind].includes(after.channel ?? '')) {
      toPerson({ template: 'answer', data: { item, answerText: after.answerText, answeredAt: after.answeredAt, recipientName } });
    }
  }
  const assignee = after.assignee;
  if (assignee?.email && assignee.documentId !== (before?.assigneeId ?? null)) {
    notices.push({
      template: 'assignment',
      data: { item, assigneeName: assignee.fullName ?? null },
      recipient: assignee.email,
      idempotencyKey: key('assignment', assignee.documentId),
    });
  }
  return notices;
}

/**
 * The appeal and extension date an extension notice was sent for, read back from its idempotency key (see
 * `registerChangeNotices`): when the outbox has sent it, that moment is the proof of the notice (Law 393/96-ВР
 * Art. 20, `applicantNotifiedOfExtensionAt`). Null for any other message.
 */
export function appealExtensionNoticeOf(template: string, idempotencyKey: string): { documentId: string; extendedUntil: string } | null {
  if (template !== 'extension_notice') return null;
  const [kind, documentId, what, extendedUntil] = idempotencyKey.split(':');
  if (kind !== 'appeal' || what !== 'extension_notice' || !documentId || !/^\d{4}-\d{2}-\d{2}$/.test(extendedUntil ?? '')) return null;
  return { documentId, extendedUntil };
}
