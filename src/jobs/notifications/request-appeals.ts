import type { Core } from '@strapi/strapi';
import { undecidedRequestAppeals, type RequestAppeal } from '../../domain/information-request/request-appeals';
import { INFORMATION_APPEAL_SUBJECT_LABELS, type InformationAppealSubject } from '../../domain/information-request/vocabulary';
import { distinctRecipients, notificationKey } from '../../domain/notifications/schedule';
import type { LoadedDeadlineSettings } from '../../documents/deadline-settings-source';
import type { OutboxMessage } from './outbox';

const UID = 'api::information-request.information-request';
const PERSON = { select: ['email'] };

/**
 * Complaints to the head of the information holder (Art. 23 of Law 2939-VI) still under review a month after filing
 * (`undecidedRequestAppeals`, src/domain/information-request/request-appeals.ts): one reminder per complaint to the
 * request's executor and the head of its department. One query over the requests that hold a complaint at all.
 */
export async function undecidedRequestAppealReminders(strapi: Core.Strapi, now: Date, settings: LoadedDeadlineSettings): Promise<OutboxMessage[]> {
  const rows: any[] = await strapi.db.query(UID as any).findMany({
    where: { requestAppeals: { appealedTo: 'head' } },
    select: ['documentId', 'registrationNumber', 'receivedAt', 'dueAt'],
    populate: {
      requestAppeals: true,
      assignee: { ...PERSON, populate: { department: { select: ['id'], populate: { head: PERSON } } } },
      department: { select: ['id'], populate: { head: PERSON } },
    },
  });
  const messages: OutboxMessage[] = [];
  for (const row of rows) {
    const appeals: RequestAppeal[] = (row.requestAppeals ?? []).map((a: any) => ({
      filedAt: a.filedAt ? new Date(a.filedAt) : null,
      appealedTo: a.appealedTo ?? null,
      subject: a.subject ?? null,
      outcome: a.outcome ?? null,
      decidedAt: a.decidedAt ? new Date(a.decidedAt) : null,
    }));
    const department = row.department ?? row.assignee?.department ?? null;
    const recipients = distinctRecipients([row.assignee?.email, department?.head?.email]);
    for (const undecided of undecidedRequestAppeals(appeals, now, settings)) {
      const filedAt = undecided.filedAt.toISOString();
      for (const email of recipients) {
        messages.push({
          recipient: email,
          template: 'request_appeal_undecided',
          data: {
            item: {
              kind: 'information_request',
              registrationNumber: row.registrationNumber,
              dueAt: row.dueAt ? new Date(row.dueAt).toISOString() : null,
              receivedAt: row.receivedAt ? new Date(row.receivedAt).toISOString() : null,
            },
            filedAt,
            subject: INFORMATION_APPEAL_SUBJECT_LABELS[undecided.subject as InformationAppealSubject] ?? undecided.subject,
            decisionDue: undecided.decisionDue.toISOString(),
          },
          idempotencyKey: notificationKey('information_request', row.documentId, 'request_appeal_undecided', filedAt, email),
          itemType: 'information_request',
          itemDocumentId: row.documentId,
          registrationNumber: row.registrationNumber,
        });
      }
    }
  }
  return messages;
}
