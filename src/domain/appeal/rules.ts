import { touched, type Decision, type DecisionInput } from '../register/change';
import { decideChange, type DecisionSet, type RegisterLaw } from '../register/pipeline';
import { isBlank } from '../register/values';
import { AppealDeadlineSettings, forwardingDeadline } from './deadlines';
import { APPEAL_FIELD_CHECKS } from './field-checks';
import { NEW_APPEAL, type AppealSnapshot } from './snapshot';
import { APPEAL_REQUIREMENTS } from './state-checks';
import { APPEAL_WORKFLOW, AppealState } from './states';
import { noticeOfEarlierExtension } from './extension-notice';
import { isPriorityAppeal, personalConsiderationByHead } from './privileges';
import { APPEAL_TERM, extensionDecisionMoment } from './term-decision';
import { LAW } from './vocabulary';

/**
 * THE decision on every create or update of an appeal (Law 393/96-ВР): the register pipeline
 * (src/domain/register/pipeline.ts) run against what this law says. Nothing here reads the clock, the database or
 * global settings, and the input is never mutated.
 */

export type { RuleViolation } from '../errors';
export type { AppealPatch, AppealSnapshot } from './snapshot';

export type AppealDecisionInput = DecisionInput<AppealSnapshot, AppealDeadlineSettings>;

export type AppealDecisionSet = DecisionSet<AppealState> &
  Partial<{
    notConsideredReason: string;
    priority: boolean;
    personalConsiderationByHead: boolean;
    applicantNotifiedOfExtensionAt: Date | null;
    extensionNoticeRequired: boolean;
    extensionDecidedAt: Date;
  }>;

export type AppealDecision = Decision<AppealDecisionSet>;

export const APPEAL_LAW: RegisterLaw<AppealSnapshot, AppealState, AppealDeadlineSettings, AppealDecisionSet> = {
  newItem: NEW_APPEAL,
  workflow: APPEAL_WORKFLOW,
  words: {
    item: 'Звернення',
    itemGenitive: 'звернення',
    procedure: `порядком розгляду звернень (ст. 5, 7, 8, 20 ${LAW})`,
    createMustBeRegistered:
      'Нове звернення спершу реєструється зі станом «зареєстровано» (Інструкція з діловодства за зверненнями ' +
      'громадян, постанова КМУ № 348 від 14.04.1997). Збережіть його без зміни стану, а потім переведіть далі.',
  },
  fieldChecks: APPEAL_FIELD_CHECKS,
  recordChecks: [],
  // Two states follow from the data itself: an anonymous appeal is not considered (Art. 8), and one registered
  // with an executor is already assigned.
  initialState: ({ after }) =>
    after.authorKind === 'anonymous' ? 'not_considered' : isBlank(after.assigneeId) ? 'registered' : 'assigned',
  requirements: APPEAL_REQUIREMENTS,
  answerStates: ['answered'],
  forwardedState: 'forwarded',
  finalState: 'closed',
  // Art. 7: forwarding within 5 days.
  forwardingDeadline,
  term: APPEAL_TERM,
  // Art. 20: appeals of privileged applicants are considered first; those of Heroes by the head personally.
  everyChange: (change) => ({
    priority: isPriorityAppeal(change.after.applicantPrivileged, change.after.privilegeCategory),
    ...(touched(change, 'privilegeCategory') || (!change.isCreate && change.patch.privilegeCategory !== undefined)
      ? { personalConsiderationByHead: personalConsiderationByHead(change.after.privilegeCategory) }
      : {}),
  }),
  // Art. 8: the anonymous ground is recorded.
  onEntering: (change, state) => (change.isCreate && state === 'not_considered' ? { notConsideredReason: 'anonymous' } : {}),
  // Art. 20: the applicant must be told of a new term; the moment of the head's decision defaults to now.
  onExtension: (change) => ({
    ...(touched(change, 'extendedUntil') ? { extensionNoticeRequired: true } : {}),
    ...noticeOfEarlierExtension(change),
    ...(isBlank(change.patch.extensionDecidedAt) ? { extensionDecidedAt: extensionDecisionMoment(change) } : {}),
  }),
};

export function decideAppealChange(input: AppealDecisionInput): AppealDecision {
  return decideChange(APPEAL_LAW, input);
}
