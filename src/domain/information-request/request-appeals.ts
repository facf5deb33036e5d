import { isInTheFuture, validInstant } from '../action-moment';
import type { RuleViolation } from '../errors';
import { isBlank, isOneOf } from '../register/values';
import { violation } from '../register/violation';
import { dueAfterMonths, formatKyivDateTime, statutoryTermSettings, type TermSettings } from '../terms';
import {
  INFORMATION_APPEAL_BODIES,
  INFORMATION_APPEAL_OUTCOMES,
  INFORMATION_APPEAL_SUBJECTS,
  LAW,
} from './vocabulary';

/**
 * Appeals against the handling of a request (Art. 23 of Law 2939-VI), kept on the request they are about: «Рішення,
 * дії чи бездіяльність розпорядників інформації можуть бути оскаржені до керівника розпорядника, вищого органу або
 * суду» (ч. 1); the requester may appeal «1) відмову в задоволенні запиту на інформацію; 2) відстрочку задоволення
 * запиту на інформацію; 3) ненадання відповіді на запит на інформацію; 4) надання недостовірної або неповної
 * інформації; 5) несвоєчасне надання інформації; … 7) інші рішення, дії чи бездіяльність…» (ч. 2). The issue names
 * only a refusal and a late answer; the statute's list wins, so every item of ч. 2 that concerns a request is offered.
 *
 * Each record states when it was filed, to whom, against what, and how it ended. What the record says must be true of
 * the request: an appeal against a refusal needs a recorded refusal, one against a late answer an answer recorded as
 * late (`answeredLate`, frozen once the request was disposed of), one against no answer a term that had run out
 * without an answer when the appeal was filed.
 */

/** One appeal, as the rule sees it (`requestAppeals` component; dates already read). */
export interface RequestAppeal {
  filedAt: Date | null;
  appealedTo: string | null;
  subject: string | null;
  outcome: string | null;
  decidedAt: Date | null;
}

/** The facts of the request an appeal is checked against. */
export interface AppealedRequest {
  receivedAt: Date | null;
  dueAt: Date | null;
  answeredAt: Date | null;
  answeredLate: boolean;
  refusalGround: string | null;
}

const FIELD = 'requestAppeals';

export function checkRequestAppeals(
  appeals: readonly RequestAppeal[],
  request: AppealedRequest,
  now: Date,
): RuleViolation | null {
  for (const [index, appeal] of appeals.entries()) {
    const broken = checkRequestAppeal(appeal, index + 1, request, now);
    if (broken) return broken;
  }
  return null;
}

/**
 * The appeals already recorded, checked again when the request they are about changes (its receipt, term, answer,
 * lateness or refusal). The facts of the appeals themselves (dates not in the future, the outcome) were checked when
 * they were written and time only moves forward, so only what rests on the request is checked: the filing not
 * before receipt and the subject (a refusal on record, an answer recorded as late, no answer when the term had run
 * out). A change that would make a recorded appeal untrue is refused: change the appeal first.
 */
export function recheckRequestAppeals(appeals: readonly RequestAppeal[], request: AppealedRequest): RuleViolation | null {
  for (const [index, appeal] of appeals.entries()) {
    const n = index + 1;
    const at = `${FIELD}.${index}`;
    const filedAt = validInstant(appeal.filedAt);
    if (filedAt === null || !isOneOf(INFORMATION_APPEAL_SUBJECTS, appeal.subject)) continue;
    const receivedAt = validInstant(request.receivedAt);
    const broken =
      receivedAt !== null && filedAt.getTime() < receivedAt.getTime()
        ? violation(`${at}.filedAt`, 'request_appeal.filed_before_receipt',
            `Скарга № ${n} подана ${formatKyivDateTime(filedAt)} — раніше за нову дату надходження запиту (${formatKyivDateTime(receivedAt)}).`)
        : checkSubject(appeal.subject, filedAt, at, `Скарга № ${n}`, request);
    if (broken) {
      return {
        ...broken,
        message: `Зміну запиту не збережено: вона суперечить записаній скарзі (ст. 23 ${LAW}). ${broken.message}`,
      };
    }
  }
  return null;
}

function checkRequestAppeal(appeal: RequestAppeal, n: number, request: AppealedRequest, now: Date): RuleViolation | null {
  const at = `${FIELD}.${n - 1}`;
  const which = `Скарга № ${n}`;
  const filedAt = validInstant(appeal.filedAt);
  if (filedAt === null) {
    return violation(`${at}.filedAt`, 'request_appeal.filed_at_required',
      `${which}: вкажіть дату подання скарги (ст. 23 ${LAW}).`);
  }
  if (isInTheFuture(filedAt, now)) {
    return violation(`${at}.filedAt`, 'request_appeal.filed_at_in_future',
      `${which}: дата подання ${formatKyivDateTime(filedAt)} ще не настала. Вкажіть фактичну дату подання скарги.`);
  }
  const receivedAt = validInstant(request.receivedAt);
  if (receivedAt !== null && filedAt.getTime() < receivedAt.getTime()) {
    return violation(`${at}.filedAt`, 'request_appeal.filed_before_receipt',
      `${which}: скаргу не могли подати ${formatKyivDateTime(filedAt)} — раніше, ніж надійшов сам запит ` +
        `(${formatKyivDateTime(receivedAt)}). Вкажіть фактичну дату подання.`);
  }
  if (!isOneOf(INFORMATION_APPEAL_BODIES, appeal.appealedTo)) {
    return violation(`${at}.appealedTo`, 'request_appeal.body_required',
      `${which}: оберіть, куди подано скаргу — керівнику розпорядника, до вищого органу або до суду (ч. 1 ст. 23 ${LAW}), ` +
        'чи Уповноваженому Верховної Ради України з прав людини.');
  }
  if (!isOneOf(INFORMATION_APPEAL_SUBJECTS, appeal.subject)) {
    return violation(`${at}.subject`, 'request_appeal.subject_required',
      `${which}: оберіть, що оскаржено (ч. 2 ст. 23 ${LAW}).`);
  }
  const subjectBroken = checkSubject(appeal.subject, filedAt, at, which, request);
  if (subjectBroken) return subjectBroken;
  return checkOutcome(appeal, filedAt, at, which, now);
}

function checkSubject(subject: string, filedAt: Date, at: string, which: string, request: AppealedRequest): RuleViolation | null {
  if (subject === 'refusal' && isBlank(request.refusalGround)) {
    return violation(`${at}.subject`, 'request_appeal.no_refusal',
      `${which} оскаржує відмову в задоволенні запиту (п. 1 ч. 2 ст. 23 ${LAW}), але відмову в цьому запиті не ` +
        'зафіксовано. Спершу внесіть відмову з її підставою або оберіть інший предмет оскарження.');
  }
  if (subject === 'late_answer' && request.answeredLate !== true) {
    return violation(`${at}.subject`, 'request_appeal.answer_not_late',
      `${which} оскаржує несвоєчасне надання інформації (п. 5 ч. 2 ст. 23 ${LAW}), але відповідь на запит ` +
        'зафіксовано як надану в строк. Оберіть інший предмет оскарження (наприклад, «інші рішення, дії чи ' +
        'бездіяльність») або перевірте дату відповіді, поки запит розглядається.');
  }
  if (subject === 'no_answer') {
    const dueAt = validInstant(request.dueAt);
    const answeredAt = validInstant(request.answeredAt);
    const termRanOut = dueAt !== null && filedAt.getTime() > dueAt.getTime();
    const answeredBefore = answeredAt !== null && answeredAt.getTime() <= filedAt.getTime();
    if (!termRanOut || answeredBefore) {
      return violation(`${at}.subject`, 'request_appeal.answer_not_missing',
        `${which} оскаржує ненадання відповіді (п. 3 ч. 2 ст. 23 ${LAW}), але на момент подання скарги ` +
          `(${formatKyivDateTime(filedAt)}) ` +
          (answeredBefore
            ? `відповідь уже було надано (${formatKyivDateTime(answeredAt as Date)}).`
            : `строк відповіді ще не сплив${dueAt ? ` (строк — ${formatKyivDateTime(dueAt)})` : ''}.`) +
          ' Оберіть інший предмет оскарження або перевірте дату подання.');
    }
  }
  return null;
}

function checkOutcome(appeal: RequestAppeal, filedAt: Date, at: string, which: string, now: Date): RuleViolation | null {
  const outcome = isBlank(appeal.outcome) ? 'under_review' : appeal.outcome;
  if (!isOneOf(INFORMATION_APPEAL_OUTCOMES, outcome)) {
    return violation(`${at}.outcome`, 'request_appeal.outcome_unknown', `${which}: оберіть результат розгляду скарги зі списку.`);
  }
  const decidedAt = validInstant(appeal.decidedAt);
  if (outcome === 'under_review') {
    if (decidedAt === null) return null;
    return violation(`${at}.outcome`, 'request_appeal.outcome_required',
      `${which}: вказано дату рішення за скаргою, але не її результат. Оберіть результат розгляду скарги ` +
        'або приберіть дату рішення.');
  }
  if (decidedAt === null) {
    return violation(`${at}.decidedAt`, 'request_appeal.decided_at_required',
      `${which}: для результату розгляду скарги вкажіть дату рішення (або відкликання).`);
  }
  if (decidedAt.getTime() < filedAt.getTime()) {
    return violation(`${at}.decidedAt`, 'request_appeal.decided_before_filed',
      `${which}: рішення за скаргою (${formatKyivDateTime(decidedAt)}) не може передувати її поданню ` +
        `(${formatKyivDateTime(filedAt)}).`);
  }
  if (isInTheFuture(decidedAt, now)) {
    return violation(`${at}.decidedAt`, 'request_appeal.decided_at_in_future',
      `${which}: дата рішення ${formatKyivDateTime(decidedAt)} ще не настала. Вкажіть фактичну дату.`);
  }
  return null;
}

/**
 * A complaint to the head of the information holder (`appealedTo: 'head'`) is decided by the council itself. Art. 23
 * of Law 2939-VI sets no term for that decision; the product applies the term of a complaint under Law 393/96-ВР
 * Art. 20 — «не більше одного місяця від дня їх надходження» — counted like every term (Civil Code Arts. 253–254, the
 * statutory last working day) (**тлумачення**). Complaints to a higher body, a court or the Ombudsman are decided
 * elsewhere and are not reminded.
 */
export const REQUEST_APPEAL_DECISION_MONTHS = 1;

export interface UndecidedRequestAppeal {
  /** 0-based position in `requestAppeals` */
  index: number;
  filedAt: Date;
  subject: string;
  /** the end of the month from filing, by which the head should have decided */
  decisionDue: Date;
}

/** The complaints to the head still under review after the month from their filing (for a reminder). */
export function undecidedRequestAppeals(appeals: readonly RequestAppeal[], now: Date, settings: TermSettings): UndecidedRequestAppeal[] {
  const undecided: UndecidedRequestAppeal[] = [];
  for (const [index, appeal] of appeals.entries()) {
    const filedAt = validInstant(appeal.filedAt);
    if (filedAt === null || appeal.appealedTo !== 'head') continue;
    if (!isBlank(appeal.outcome) && appeal.outcome !== 'under_review') continue;
    const decisionDue = dueAfterMonths(filedAt, REQUEST_APPEAL_DECISION_MONTHS, statutoryTermSettings(settings));
    if (now.getTime() > decisionDue.getTime()) undecided.push({ index, filedAt, subject: String(appeal.subject ?? 'other'), decisionDue });
  }
  return undecided;
}
