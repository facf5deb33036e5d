import { decideAppealChange, type AppealSnapshot } from '../domain/appeal/rules';
import { registrationPrefix } from '../domain/appeal/registration';
import { formatRegistrationNumber, registrationYear } from '../domain/register/registration';
import type { RegisterSpec } from './register-rules';

/** Appeals of citizens (Law 393/96-ВР): how the register meets `src/domain/appeal`. */
export const appealRegister: RegisterSpec<AppealSnapshot & Record<string, unknown>> = {
  uid: 'api::appeal.appeal',
  fields: [
    'receivedAt', 'needsAdditionalStudy', 'authorKind', 'channel', 'workflowState', 'dueAt', 'extendedUntil', 'extensionReason', 'extensionDecidedAt',
    'answerText', 'answerOutcome', 'answeredAt', 'notConsideredReason', 'forwardedTo', 'forwardedAt', 'returnReason', 'contactCenterCardNumber',
    'controlDueAt', 'shortenedTermDemand', 'shortenedTermDemandedAt', 'shortenedUntil', 'applicantNotifiedOfExtensionAt', 'privilegeCategory',
  ],
  relations: { assignee: 'assigneeId', extensionApprovedBy: 'extensionApprovedById' },
  component: { attribute: 'applicant', fields: { fullName: 'applicantFullName', privileged: 'applicantPrivileged' } },
  defaults: { needsAdditionalStudy: true, workflowState: 'registered', applicantPrivileged: false },
  computed: ['registrationNumber', 'dueAt', 'controlDueAt', 'answeredLate', 'forwardedLate', 'priority', 'extensionNoticeRequired', 'personalConsiderationByHead'],
  recomputedFlags: ['answeredLate', 'forwardedLate', 'priority', 'extensionNoticeRequired', 'personalConsiderationByHead'],
  decide: (input) => decideAppealChange(input),
  async registrationNumber(patch, sequence) {
    const prefix = registrationPrefix(patch.authorKind ?? 'individual', patch.applicantFullName);
    const year = registrationYear(patch.receivedAt as Date);
    return formatRegistrationNumber(prefix, await sequence(year), year);
  },
  cloneRefusal: 'Копіювання звернень вимкнено: кожне звернення реєструється окремо з власним номером.',
};
