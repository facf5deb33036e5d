import { touched, type Decision, type DecisionInput } from '../register/change';
import { decideChange, type DecisionSet, type RegisterLaw } from '../register/pipeline';
import { isBlank } from '../register/values';
import type { TermSettings } from '../terms';
import { forwardingNoticeLateness, informationRequestForwardingDeadline } from './forwarding';
import { refusalDefaults } from './refusal-record';
import { INFORMATION_REQUEST_FIELD_CHECKS, INFORMATION_REQUEST_RECORD_CHECKS } from './field-checks';
import { NEW_INFORMATION_REQUEST, type InformationRequestSnapshot } from './snapshot';
import { INFORMATION_REQUEST_REQUIREMENTS } from './state-checks';
import { INFORMATION_REQUEST_WORKFLOW, InformationRequestState, isOpenInformationRequestState } from './states';
import { INFORMATION_REQUEST_TERM } from './term-decision';
import { LAW } from './vocabulary';

/**
 * THE decision on every create or update of a public information request (Law 2939-VI «Про доступ до публічної
 * інформації»): the register pipeline (src/domain/register/pipeline.ts) run against what this law says. Nothing
 * here reads the clock, the database or global settings, and the input is never mutated.
 */

export type { RuleViolation } from '../errors';
export type { InformationRequestPatch, InformationRequestSnapshot } from './snapshot';

export type InformationRequestDecisionInput = DecisionInput<InformationRequestSnapshot, TermSettings>;

export type InformationRequestDecisionSet = DecisionSet<InformationRequestState> & { refusalAppealProcedure?: string; forwardingNoticeLate?: boolean };

export type InformationRequestDecision = Decision<InformationRequestDecisionSet>;

export const INFORMATION_REQUEST_LAW: RegisterLaw<
  InformationRequestSnapshot,
  InformationRequestState,
  TermSettings,
  InformationRequestDecisionSet
> = {
  newItem: NEW_INFORMATION_REQUEST,
  workflow: INFORMATION_REQUEST_WORKFLOW,
  words: {
    item: 'Запит',
    itemGenitive: 'запиту на інформацію',
    procedure: `порядком розгляду запитів на інформацію (ст. 20, 22 ${LAW})`,
    createMustBeRegistered:
      'Новий запит на інформацію спершу реєструється зі станом «зареєстровано» (або «призначено виконавця», якщо ' +
      'виконавця обрано одразу). Збережіть його без зміни стану, а потім переведіть далі.',
  },
  fieldChecks: INFORMATION_REQUEST_FIELD_CHECKS,
  recordChecks: INFORMATION_REQUEST_RECORD_CHECKS,
  initialState: ({ after }) => (isBlank(after.assigneeId) ? 'registered' : 'assigned'),
  // Recording a new extension on an open request without naming another state moves it to `extended` (Art. 20(4)).
  impliedState: (change, from, to) =>
    to === from &&
    from !== 'extended' &&
    isOpenInformationRequestState(from) &&
    !isBlank(change.patch.extendedUntil) &&
    touched(change, 'extendedUntil')
      ? 'extended'
      : to,
  requirements: INFORMATION_REQUEST_REQUIREMENTS,
  // Art. 22(4) п. 4: a refusal states how to appeal it; a default text the clerk may edit (refusal-record.ts).
  onEntering: refusalDefaults,
  // A refusal is an answer too: its moment defaults to now and is measured against the term (Art. 20).
  answerStates: ['answered', 'refused'],
  forwardedState: 'forwarded',
  finalState: 'closed',
  // Art. 22(3): forwarding within 5 working days, or within the 48 hours of an urgent request (forwarding.ts).
  forwardingDeadline: (receivedAt, settings, item) =>
    informationRequestForwardingDeadline(receivedAt, item.urgent === true, settings.calendar),
  term: INFORMATION_REQUEST_TERM,
  // Art. 22(3): a notice later than the forwarding is recorded as late, not refused (forwarding.ts).
  recordedFacts: forwardingNoticeLateness,
};

export function decideInformationRequestChange(input: InformationRequestDecisionInput): InformationRequestDecision {
  return decideChange(INFORMATION_REQUEST_LAW, input);
}
