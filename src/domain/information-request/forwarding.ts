import { validInstant } from '../action-moment';
import type { Calendar } from '../calendar';
import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import { violation } from '../register/violation';
import { dueAfterHours, formatKyivDateTime } from '../terms';
import { URGENT_TERM_HOURS, forwardingDeadline } from './deadlines';
import type { InformationRequestChange } from './snapshot';
import { LAW } from './vocabulary';

/**
 * Forwarding a request to the holder of the information (Art. 22(3) of Law 2939-VI): «…зобов'язаний направити цей
 * запит належному розпоряднику з одночасним повідомленням про це запитувача.»
 *
 * When it is late. Art. 22(3) sets no term of its own; the product measures forwarding against the term of the answer
 * (**тлумачення**): 5 working days (Art. 20(1)), and for an urgent request its 48 hours (Art. 20(2)) — an urgent
 * request forwarded after its 48 hours reaches the holder when the requester should already have had the answer, so
 * `forwardedLate` records it as late.
 */
export function informationRequestForwardingDeadline(receivedAt: Date, urgent: boolean, calendar: Calendar): Date {
  return urgent ? dueAfterHours(receivedAt, URGENT_TERM_HOURS) : forwardingDeadline(receivedAt, calendar);
}

/**
 * «Одночасне повідомлення» (Art. 22(3)): the notice to the requester and the forwarding are one act. The recorded
 * moments are typed by a clerk to the minute, and the letter to the holder and the e-mail or letter to the requester
 * leave one after the other, so a notice within this many minutes either side of the forwarding moment is simultaneous
 * (**тлумачення** of «одночасне»).
 *
 * A notice given later than that is a fact the register must keep, not refuse: it is recorded and marked late
 * (`forwardingNoticeLate`, `forwardingNoticeLateness`). A notice more than this many minutes *before* the forwarding
 * tells the requester of something that had not happened: those moments are a typing error and are refused.
 */
export const FORWARDING_NOTICE_TOLERANCE_MINUTES = 15;
const TOLERANCE_MS = FORWARDING_NOTICE_TOLERANCE_MINUTES * 60_000;

export function checkForwardingNoticeSimultaneous(change: InformationRequestChange): RuleViolation | null {
  const forwardedAt = validInstant(change.after.forwardedAt);
  const notifiedAt = validInstant(change.after.requesterNotifiedOfForwardingAt);
  if (forwardedAt === null || notifiedAt === null) return null;
  if (forwardedAt.getTime() - notifiedAt.getTime() <= TOLERANCE_MS) return null;
  return violation(
    'requesterNotifiedOfForwardingAt',
    'forwarded.notice_not_simultaneous',
    `Запит направляють належному розпоряднику «з одночасним повідомленням про це запитувача» (ч. 3 ст. 22 ${LAW}). ` +
      `Запит направлено ${formatKyivDateTime(forwardedAt)}, а запитувача повідомлено ${formatKyivDateTime(notifiedAt)} — ` +
      `раніше за направлення більш ніж на ${FORWARDING_NOTICE_TOLERANCE_MINUTES} хвилин. Вкажіть фактичні моменти ` +
      'направлення запиту і повідомлення запитувача (якщо дату направлення не вказано, нею вважається момент запису).',
  );
}

/**
 * Whether the notice of forwarding came late: more than FORWARDING_NOTICE_TOLERANCE_MINUTES after the forwarding
 * moment (Art. 22(3), «одночасне»). null when either moment is missing.
 */
export function isForwardingNoticeLate(forwardedAt: Date | null | undefined, notifiedAt: Date | null | undefined): boolean | null {
  const forwarded = validInstant(forwardedAt);
  const notified = validInstant(notifiedAt);
  if (forwarded === null || notified === null) return null;
  return notified.getTime() - forwarded.getTime() > TOLERANCE_MS;
}

/**
 * `forwardingNoticeLate`, recorded when the request is forwarded and recomputed while either moment is edited in the
 * state «направлено» (after that the request is closed and both moments are locked).
 */
export function forwardingNoticeLateness(
  change: InformationRequestChange,
  state: string,
  entering: boolean,
): { forwardingNoticeLate?: boolean } {
  if (state !== 'forwarded') return {};
  if (!entering && !touched(change, 'forwardedAt', 'requesterNotifiedOfForwardingAt')) return {};
  const late = isForwardingNoticeLate(change.after.forwardedAt, change.after.requesterNotifiedOfForwardingAt);
  return late === null ? {} : { forwardingNoticeLate: late };
}
