import { checkActionMoment, validInstant } from '../action-moment';
import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import { isBlank } from '../register/values';
import { formatKyivDateTime } from '../terms';
import type { AppealDeadlineSettings } from './deadlines';
import type { AppealChange, AppealSnapshot } from './snapshot';
import { isOpenAppealState } from './states';
import { APPEAL_TERM } from './term-decision';
import { LAW } from './vocabulary';

/**
 * Proof of the notice of an extension (Law 393/96-ВР Art. 20: the head «встановлюють необхідний термін для його
 * розгляду, про що повідомляється особі, яка подала звернення»). `applicantNotifiedOfExtensionAt` records when the
 * applicant was told: typed by the clerk for a letter, or written by the outbox itself when it sends the e-mail notice
 * (src/jobs/notifications/sender.ts). The statute sets no separate term for the notice; the product reads it as due by the
 * end of the term in force before the extension (**тлумачення**): an extension the applicant has not heard of by then
 * shows as «повідомлення не надіслано» in the dashboard and the reminders (`extensionNoticeMissing`).
 */

const STATUTE = `ст. 20 ${LAW}`;

export function checkApplicantNotifiedOfExtension(change: AppealChange): RuleViolation | null {
  if (change.patch.applicantNotifiedOfExtensionAt === undefined) return null;
  const { after, before } = change;
  if (isBlank(after.applicantNotifiedOfExtensionAt)) {
    if (before === null || isBlank(before.applicantNotifiedOfExtensionAt)) return null;
    return {
      field: 'applicantNotifiedOfExtensionAt',
      rule: 'extension_notice.cannot_clear',
      message:
        `Дату повідомлення заявника про продовження строку вже зафіксовано — це доказ повідомлення (${STATUTE}); ` +
        'стерти її не можна. Якщо дату внесено з помилкою, вкажіть правильну.',
    };
  }
  if (!touched(change, 'applicantNotifiedOfExtensionAt')) return null;
  const moment = checkActionMoment({
    field: 'applicantNotifiedOfExtensionAt',
    value: after.applicantNotifiedOfExtensionAt,
    receivedAt: after.receivedAt,
    now: change.now,
    action: 'повідомлення заявника про продовження строку',
    statute: STATUTE,
  });
  if (moment) return moment;
  if (isBlank(after.extendedUntil)) {
    return {
      field: 'applicantNotifiedOfExtensionAt',
      rule: 'extension_notice.no_extension',
      message: `Строк розгляду не продовжено: повідомляти заявника немає про що (${STATUTE}). Спершу внесіть продовження.`,
    };
  }
  const notified = validInstant(after.applicantNotifiedOfExtensionAt) as Date;
  const decided = validInstant(after.extensionDecidedAt);
  if (decided !== null && notified.getTime() < decided.getTime()) {
    return {
      field: 'applicantNotifiedOfExtensionAt',
      rule: 'applicantNotifiedOfExtensionAt.before_decision',
      message:
        `Заявника повідомлено ${formatKyivDateTime(notified)} — раніше, ніж керівник вирішив продовжити строк ` +
        `(${formatKyivDateTime(decided)}). Повідомляють про вже встановлений строк (${STATUTE}); перевірте обидві дати.`,
    };
  }
  return null;
}

/**
 * A new extension date needs a new notice: the moment the applicant heard of the earlier date is cleared, unless the
 * same change records the new notice.
 */
export function noticeOfEarlierExtension(change: AppealChange): { applicantNotifiedOfExtensionAt?: null } {
  if (!touched(change, 'extendedUntil') || change.patch.applicantNotifiedOfExtensionAt !== undefined) return {};
  return isBlank(change.before?.applicantNotifiedOfExtensionAt) ? {} : { applicantNotifiedOfExtensionAt: null };
}

export type NoticeFacts = Pick<
  AppealSnapshot,
  'workflowState' | 'receivedAt' | 'needsAdditionalStudy' | 'shortenedUntil' | 'extendedUntil' | 'applicantNotifiedOfExtensionAt'
>;

/**
 * The extension of an open appeal whose notice is still missing when the term in force before the extension has ended:
 * returns that end (the moment the notice was due), or null when nothing is missing.
 */
export function extensionNoticeMissing(item: NoticeFacts, now: Date, settings: AppealDeadlineSettings): Date | null {
  const receivedAt = validInstant(item.receivedAt);
  if (receivedAt === null || isBlank(item.extendedUntil) || !isBlank(item.applicantNotifiedOfExtensionAt)) return null;
  if (!isOpenAppealState(item.workflowState)) return null;
  const originalDue = APPEAL_TERM.baseDue(receivedAt, item as AppealSnapshot, settings);
  return now.getTime() > originalDue.getTime() ? originalDue : null;
}
