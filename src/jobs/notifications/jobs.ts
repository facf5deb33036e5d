import type { Core } from '@strapi/strapi';
import { kyivDate } from '../../domain/calendar';
import {
  DIGEST_WORKING_DAYS, digestHorizon, distinctRecipients, notificationKey, priorityFirst, reminderOffsetsFor, reminderWindow,
} from '../../domain/notifications/schedule';
import { PRIVILEGED_EXTRA_LEAD_WORKING_DAYS } from '../../domain/appeal/privileges';
import { findExtensionNoticesMissing, type ExtensionNoticeMissing } from './extension-notices';
import { loadDeadlineSettings } from '../../documents/deadline-settings-source';
import { runExclusively, type ExclusiveRun } from '../run-exclusively';
import { findOpenItemsDue } from './due-items';
import { undecidedRequestAppealReminders } from './request-appeals';
import { insertEscalations, insertReminders, reminderRules } from './outbox-sweep';
import { enqueue, type OutboxMessage } from './outbox';
import { sendDueNotifications, type OutboxRunOptions, type OutboxRunResult } from './sender';
import type { DigestLine } from './templates';

/**
 * The scheduled notification jobs. Each finds its work with one query per register and writes outbox rows under
 * the job's advisory lock; the idempotency keys name the item, the kind, the date and the recipient, so a rerun, a
 * restart or a second instance adds nothing. Sending is the outbox worker's business (sender.ts).
 */

export async function runReminderJob(strapi: Core.Strapi, now = new Date()): Promise<ExclusiveRun<{ queued: number }>> {
  return runExclusively(strapi, 'notifications-reminders', async () => {
    const settings = await loadDeadlineSettings(strapi);
    const offsets = settings.reminderOffsetsWorkingDays;
    const lead = PRIVILEGED_EXTRA_LEAD_WORKING_DAYS;
    // The window reaches as far as the earliest reminder of a privileged appeal.
    const window = reminderWindow(now, reminderOffsetsFor(offsets, true, lead), settings.calendar);
    // Reminders run on the internal control date; a privileged appeal (Art. 20) is reminded earlier. The database
    // writes the rows (outbox-sweep.ts): Node only says which reminder each day of the window gives.
    const rules = reminderRules(now, window, (priority) => reminderOffsetsFor(offsets, priority, lead), settings.calendar);
    let queued = await insertReminders(strapi, now, window, rules);
    // Overdue: the assignee, the head of the department and the head of the parent department, once per due date.
    queued += await insertEscalations(strapi, now);
    const messages: OutboxMessage[] = [];
    for (const missing of await findExtensionNoticesMissing(strapi, now, settings)) messages.push(...noticeMissingReminder(missing));
    // Art. 23 of Law 2939-VI: a complaint to the head still under review a month after filing.
    messages.push(...(await undecidedRequestAppealReminders(strapi, now, settings)));
    queued += await enqueue(strapi, messages, now);
    return { queued };
  });
}

/** Art. 20: an extension the applicant has not been told of by the end of the term before it — the assignee and the head, once per extension. */
function noticeMissingReminder(missing: ExtensionNoticeMissing): OutboxMessage[] {
  const recipients = distinctRecipients([missing.assignee?.email, missing.departmentHead?.email]);
  return recipients.map((email) => ({
    recipient: email,
    template: 'extension_notice_missing',
    data: { item: missing.ref, originalDueAt: missing.originalDueAt.toISOString(), extendedUntil: missing.extendedUntil },
    idempotencyKey: notificationKey('appeal', missing.documentId, 'extension_notice_missing', missing.extendedUntil, email),
    itemType: 'appeal',
    itemDocumentId: missing.documentId,
    registrationNumber: missing.ref.registrationNumber,
  }));
}

/** 08:00 Kyiv: each head gets their department's open items due within 3 working days and those already overdue. */
export async function runDigestJob(strapi: Core.Strapi, now = new Date()): Promise<ExclusiveRun<{ queued: number }>> {
  return runExclusively(strapi, 'notifications-digest', async () => {
    const settings = await loadDeadlineSettings(strapi);
    const horizon = digestHorizon(now, DIGEST_WORKING_DAYS, settings.calendar);
    const byDepartment = new Map<string, { name: string; head: string; dueSoon: DigestLine[]; overdue: DigestLine[] }>();
    // «Due soon» by the internal control date; «overdue» by the statutory term.
    for (const item of await findOpenItemsDue(strapi, { until: horizon }, 'control')) {
      const head = item.department?.head?.email;
      if (!item.department || !head) continue;
      const entry = byDepartment.get(item.department.documentId) ?? { name: item.department.name, head, dueSoon: [], overdue: [] };
      const line: DigestLine = { ...item.ref, assigneeName: item.assignee?.fullName ?? null, ...(item.priority ? { priority: true } : {}) };
      (item.dueAt.getTime() < now.getTime() ? entry.overdue : entry.dueSoon).push(line);
      byDepartment.set(item.department.documentId, entry);
    }
    const today = kyivDate(now);
    const messages: OutboxMessage[] = [...byDepartment].map(([documentId, d]) => ({
      recipient: d.head,
      template: 'digest',
      // Art. 20 of Law 393/96-ВР: privileged appeals first in each list, then by term.
      data: { departmentName: d.name, date: today, dueSoon: priorityFirst(d.dueSoon), overdue: priorityFirst(d.overdue), workingDays: DIGEST_WORKING_DAYS },
      idempotencyKey: notificationKey('department', documentId, 'digest', today, d.head),
      itemType: 'department',
      itemDocumentId: documentId,
    }));
    return { queued: await enqueue(strapi, messages, now) };
  });
}

export const NOTIFICATION_JOBS = {
  outbox: (strapi: Core.Strapi, now?: Date, options: OutboxRunOptions = {}): Promise<OutboxRunResult> => sendDueNotifications(strapi, { ...options, now }),
  reminders: runReminderJob,
  digest: runDigestJob,
} as const;

export type NotificationJobName = keyof typeof NOTIFICATION_JOBS;

export function isNotificationJobName(value: unknown): value is NotificationJobName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(NOTIFICATION_JOBS, value);
}
