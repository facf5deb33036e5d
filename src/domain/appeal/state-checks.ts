import { checkActionMoment as checkMoment } from '../action-moment';
import type { RuleViolation } from '../errors';
import { filled, firstOf, oneOf } from '../register/checks';
import type { StateRequirement } from '../register/pipeline';
import type { AppealDeadlineSettings } from './deadlines';
import type { AppealChange, AppealSnapshot } from './snapshot';
import type { AppealState } from './states';
import {
  checkComplaintNotToChallengedBody,
  checkComplaintTermMissed,
  checkForwardingNotice,
  checkNotConsideredDecision,
  checkOffenceReportNotBuried,
  checkReasonedRefusal,
  checkRepeatedAlreadyDecided,
  checkReturnMoment,
} from './disposal-record';
import { ANSWER_OUTCOMES, LAW, NOT_CONSIDERED_REASONS } from './vocabulary';

/**
 * What each workflow state requires of the appeal (Law 393/96-ВР). A requirement is checked when the
 * appeal enters the state, and again whenever the patch edits one of the fields it is about; the checks of one state are
 * independent, so every unmet one is reported in the same refusal.
 */
export const APPEAL_REQUIREMENTS: Partial<Record<AppealState, StateRequirement<AppealSnapshot, AppealDeadlineSettings>>> = {
  assigned: {
    fields: ['assigneeId'],
    check: filled('assigneeId', 'assigned.assignee_required',
      'Щоб перевести звернення у стан «призначено виконавця», оберіть виконавця: він відповідає за розгляд ' +
        `у строк (ст. 20 ${LAW}). Заповніть поле «Виконавець» або залиште стан «зареєстровано».`),
  },
  answered: {
    fields: ['answerText', 'answerOutcome', 'answeredAt', 'refusalReasons', 'refusalLegalBasis'],
    check: [
      filled('answerText', 'answered.text_required',
        'Щоб позначити звернення як «надано відповідь», внесіть текст відповіді, надісланої заявнику: заявника ' +
          `письмово повідомляють про результат розгляду і суть прийнятого рішення (ст. 15, 19 ${LAW}).`),
      oneOf(ANSWER_OUTCOMES, 'answerOutcome', 'answered.outcome_required',
        `Оберіть результат розгляду: «задоволено», «задоволено частково», «роз'яснено» або «відмовлено» (ст. 15, 19 ${LAW}).`),
      (c) => checkActionMoment(c, 'answeredAt', 'надання відповіді'),
      checkReasonedRefusal,
    ],
  },
  not_considered: {
    fields: [
      'notConsideredReason', 'earlierAppealId', 'recurrence', 'appealType', 'challengedDecisionOn', 'learnedOfDecisionOn',
      'complaintTermRestored', 'notConsideredDecidedById', 'notConsideredDecidedAt', 'notConsideredNoticeAt', 'reportsOffence',
    ],
    check: firstOf(
      oneOf(NOT_CONSIDERED_REASONS, 'notConsideredReason', 'not_considered.reason_required',
        'Звернення не розглядається лише з підстав ст. 8 Закону «Про звернення громадян»: анонімне; повторне ' +
          'з питання, яке вже вирішено по суті; скаргу подано з пропуском строку; особа визнана недієздатною. ' +
          'Оберіть підставу в полі «Підстава нерозгляду».'),
      checkOffenceReportNotBuried,
      checkComplaintTermMissed,
      checkRepeatedAlreadyDecided,
      checkNotConsideredDecision,
    ),
  },
  forwarded: {
    fields: ['forwardedTo', 'forwardedAt', 'forwardingNoticeAt', 'challengedBody', 'appealType'],
    check: [
      filled('forwardedTo', 'forwarded.recipient_required',
        'Вкажіть орган, якому звернення переслано за належністю: пересилають не пізніше 5 днів і повідомляють ' +
          `про це заявника (ст. 7 ${LAW}).`),
      (c) => checkActionMoment(c, 'forwardedAt', 'пересилання'),
      checkComplaintNotToChallengedBody,
      checkForwardingNotice,
    ],
  },
  returned: {
    fields: ['returnReason', 'returnedAt'],
    check: firstOf(
      filled('returnReason', 'returned.reason_required',
        'Вкажіть, чому звернення повертається автору: його повертають з роз\'ясненнями не пізніше 10 днів від ' +
          `дня надходження (ст. 5 ${LAW}). Заповніть поле «Причина повернення».`),
      checkReturnMoment,
    ),
  },
};

/** An answer or forwarding date may be omitted (it defaults to now) but not lie outside [receipt, now]. */
function checkActionMoment(c: AppealChange, field: 'answeredAt' | 'forwardedAt', action: string): RuleViolation | null {
  return checkMoment({ field, value: c.after[field], receivedAt: c.after.receivedAt, now: c.now, action, statute: `ст. 7, 20 ${LAW}` });
}
