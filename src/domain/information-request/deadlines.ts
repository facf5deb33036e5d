import type { Calendar } from '../calendar';
import { dueAfterHours, dueAfterWorkingDays } from '../terms';

/**
 * Terms of Law 2939-VI «Про доступ до публічної інформації». Day terms are counted in working days
 * from the day after receipt (Civil Code Art. 253: the Kyiv date of receipt is day zero) and end at
 * the end of that Kyiv day. A count of working days always stops on a working day, so the
 * Art. 254(5) roll (`TermSettings.nonWorkingDayRule`) never applies: only the calendar matters.
 */

/** Art. 20(1): an answer not later than 5 working days from receipt. */
export const INFO_REQUEST_TERM_WORKING_DAYS = 5;
/** Art. 20(2): 48 hours for information about life, freedom, the environment, food, accidents, emergencies. */
export const URGENT_TERM_HOURS = 48;
/** Art. 20(4): a large volume or a search among much data — up to 20 working days. */
export const EXTENSION_LIMIT_WORKING_DAYS = 20;
/** Art. 20(4): the requester is told of the extension in writing within 5 working days of receipt. */
export const EXTENSION_NOTICE_WORKING_DAYS = 5;
/** Art. 22(3): a council that does not hold the information forwards the request within 5 working days. */
export const FORWARDING_WORKING_DAYS = 5;
/** Art. 21(2): copies of up to 10 pages are free; above that the actual costs may be charged. */
export const FREE_PAGES = 10;

/** Art. 20(1)–(2): end of the 5th working day, or exactly 48 real hours from the moment of receipt. */
export function informationRequestDueAt(receivedAt: Date, urgent: boolean, cal: Calendar): Date {
  return urgent
    ? dueAfterHours(receivedAt, URGENT_TERM_HOURS)
    : dueAfterWorkingDays(receivedAt, INFO_REQUEST_TERM_WORKING_DAYS, cal);
}

const workingDaysFromReceipt = (days: number) => (receivedAt: Date, cal: Calendar): Date =>
  dueAfterWorkingDays(receivedAt, days, cal);

/** The latest instant an extended term (Art. 20(4)) may reach: the end of the 20th working day. */
export const extensionLimit = workingDaysFromReceipt(EXTENSION_LIMIT_WORKING_DAYS);
/** The latest instant the requester may be told of an extension (Art. 20(4)). */
export const extensionNoticeDeadline = workingDaysFromReceipt(EXTENSION_NOTICE_WORKING_DAYS);
export const forwardingDeadline = workingDaysFromReceipt(FORWARDING_WORKING_DAYS);
