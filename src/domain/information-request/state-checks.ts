import { checkActionMoment as checkMoment } from '../action-moment';
import type { RuleViolation } from '../errors';
import { filled, oneOf } from '../register/checks';
import type { StateRequirement } from '../register/pipeline';
import { isBlank, isOneOf } from '../register/values';
import { violation } from '../register/violation';
import type { TermSettings } from '../terms';
import { checkForwardingNoticeSimultaneous } from './forwarding';
import { REFUSAL_RECORD_FIELDS, checkRefusalRecord } from './refusal-record';
import type { InformationRequestChange, InformationRequestSnapshot } from './snapshot';
import type { InformationRequestState } from './states';
import { INFORMATION_ANSWER_OUTCOMES, LAW, REFUSAL_GROUNDS } from './vocabulary';

/**
 * What each workflow state requires of the request (Law 2939-VI). A requirement is checked when the
 * request enters the state, and again whenever the patch edits one of the fields it is about.
 * `extended` is checked with the term it sets (term-decision.ts).
 */

export const INFORMATION_REQUEST_REQUIREMENTS: Partial<
  Record<InformationRequestState, StateRequirement<InformationRequestSnapshot, TermSettings>>
> = {
  assigned: {
    fields: ['assigneeId'],
    check: filled('assigneeId', 'assigned.assignee_required',
      'Щоб перевести запит у стан «призначено виконавця», оберіть виконавця: він відповідає за відповідь ' +
        `у строк (ст. 20 ${LAW}). Заповніть поле «Виконавець» або залиште стан «зареєстровано».`),
  },
  answered: {
    fields: ['answerText', 'answerOutcome', 'answeredAt', 'refusalGround', 'refusalExplanation', 'copyingCharge', ...REFUSAL_RECORD_FIELDS],
    check: [
      filled('answerText', 'answered.text_required',
        `Щоб позначити запит як «надано відповідь», внесіть текст відповіді, надісланої запитувачу (ст. 20 ${LAW}).`),
      oneOf(INFORMATION_ANSWER_OUTCOMES, 'answerOutcome', 'answered.outcome_required',
        'Оберіть результат розгляду запиту: «інформацію надано», «інформацію надано частково» або ' +
          `«у наданні інформації відмовлено» (ст. 20, 22 ${LAW}).`),
      // Withholding any part of the information is a refusal in that part: it needs its ground and its record
      // (Art. 22). Asked only once the outcome is one of the law's (a missing outcome is refused above).
      (c) =>
        isOneOf(INFORMATION_ANSWER_OUTCOMES, c.after.answerOutcome) && c.after.answerOutcome !== 'provided'
          ? checkRefusalGround(c) ?? checkRefusalRecord(c)
          : null,
      (c) => checkActionMoment(c, 'answeredAt', 'надання відповіді'),
    ],
  },
  refused: {
    fields: ['refusalGround', 'refusalExplanation', 'copyingCharge', 'answeredAt', ...REFUSAL_RECORD_FIELDS],
    check: [checkRefusalGround, checkRefusalRecord, (c) => checkActionMoment(c, 'answeredAt', 'відмови')],
  },
  forwarded: {
    fields: ['forwardedTo', 'forwardedAt', 'requesterNotifiedOfForwardingAt'],
    check: [
      filled('forwardedTo', 'forwarded.recipient_required',
        'Вкажіть розпорядника, якому направлено запит: розпорядник, який не володіє інформацією, направляє запит ' +
          `належному розпоряднику протягом 5 робочих днів (ч. 3 ст. 22 ${LAW}).`),
      filled('requesterNotifiedOfForwardingAt', 'forwarded.notice_required',
        `Запит направляють належному розпоряднику з одночасним повідомленням про це запитувача (ч. 3 ст. 22 ${LAW}). ` +
          'Вкажіть дату повідомлення запитувача.'),
      (c) => checkActionMoment(c, 'forwardedAt', 'направлення запиту'),
      (c) => checkActionMoment(c, 'requesterNotifiedOfForwardingAt', 'повідомлення запитувача про направлення запиту'),
      checkForwardingNoticeSimultaneous,
    ],
  },
};

/**
 * Art. 22(1): only its four grounds; Art. 22(4): a refusal states its reasoned ground. Non-payment is a
 * ground only when there was something to pay (Art. 21(2)).
 */
function checkRefusalGround(c: InformationRequestChange): RuleViolation | null {
  if (!isOneOf(REFUSAL_GROUNDS, c.after.refusalGround)) {
    return violation(
      'refusalGround',
      'refusal.ground_required',
      `У задоволенні запиту відмовляють лише з підстав ч. 1 ст. 22 ${LAW}: розпорядник не володіє і не ` +
        "зобов'язаний володіти інформацією; інформація з обмеженим доступом; не оплачено фактичні витрати на " +
        'копіювання або друк; запит не відповідає вимогам ч. 5 ст. 19. Оберіть підставу в полі «Підстава відмови».',
    );
  }
  if (isBlank(c.after.refusalExplanation)) {
    return violation(
      'refusalExplanation',
      'refusal.explanation_required',
      `У відмові зазначають мотивовану підставу відмови (ч. 4 ст. 22 ${LAW}). ` +
        'Поясніть, чому запит не може бути задоволений, у полі «Мотивування відмови».',
    );
  }
  if (
    c.after.refusalGround === 'costs_not_paid' &&
    !(typeof c.after.copyingCharge === 'number' && c.after.copyingCharge > 0)
  ) {
    return violation(
      'refusalGround',
      'refusal.no_charge_to_pay',
      'Відмова через неоплату фактичних витрат можлива лише тоді, коли запитувачу нараховано плату за копіювання ' +
        `або друк понад 10 сторінок (ч. 2 ст. 21, п. 3 ч. 1 ст. 22 ${LAW}). Вкажіть нараховану суму або оберіть ` +
        'іншу підставу.',
    );
  }
  return null;
}

type MomentField = 'answeredAt' | 'forwardedAt' | 'requesterNotifiedOfForwardingAt' | 'requesterNotifiedOfExtensionAt';

/** A moment of action may be omitted where it defaults to now, but not lie outside [receipt, now]. */
export function checkActionMoment(c: InformationRequestChange, field: MomentField, action: string): RuleViolation | null {
  return checkMoment({
    field, value: c.after[field], receivedAt: c.after.receivedAt, now: c.now, action, statute: `ст. 20, 22 ${LAW}`, receipt: 'надходження запиту',
  });
}
