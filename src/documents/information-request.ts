import { decideInformationRequestChange, type InformationRequestSnapshot } from '../domain/information-request/rules';
import { informationRequestNumber } from '../domain/information-request/registration';
import { registrationYear } from '../domain/register/registration';
import type { RegisterSpec } from './register-rules';

/** Public information requests (Law 2939-VI): how the register meets `src/domain/information-request`. */
export const informationRequestRegister: RegisterSpec<InformationRequestSnapshot & Record<string, unknown>> = {
  uid: 'api::information-request.information-request',
  fields: [
    'receivedAt', 'urgent', 'urgencyGround', 'urgencyJustification', 'workflowState', 'dueAt', 'extendedUntil', 'extensionReason',
    'requesterNotifiedOfExtensionAt', 'forwardedTo', 'forwardedAt', 'requesterNotifiedOfForwardingAt', 'refusalGround',
    'refusalExplanation', 'answerText', 'answeredAt', 'answerOutcome', 'pages', 'copyingCharge', 'aboutRequester',
    'extensionGround', 'publicInterest', 'urgencyMarkedByCouncil', 'urgencyCouncilReason', 'refusalOfficialName',
    'refusalOfficialPosition', 'refusalAppealProcedure', 'controlDueAt',
  ],
  relations: { assignee: 'assigneeId' },
  defaults: { urgent: false, aboutRequester: false, publicInterest: false, urgencyMarkedByCouncil: false, workflowState: 'registered' },
  computed: ['registrationNumber', 'dueAt', 'controlDueAt', 'answeredLate', 'forwardedLate', 'forwardingNoticeLate'],
  recomputedFlags: ['answeredLate', 'forwardedLate', 'forwardingNoticeLate'],
  decide: (input) => decideInformationRequestChange(input),
  async registrationNumber(patch, sequence) {
    const year = registrationYear(patch.receivedAt as Date);
    return informationRequestNumber(await sequence(year), year);
  },
  cloneRefusal: 'Копіювання запитів на інформацію вимкнено: кожен запит реєструється окремо з власним номером.',
};
