import { touched, type Decision, type DecisionInput } from '../register/change';
import { decideChange, type DecisionSet, type RegisterLaw } from '../register/pipeline';
import { isBlank } from '../register/values';
import { AppealDeadlineSettings, forwardingDeadline } from './deadlines';
import { petitionDefaults } from './e-petition';
import { APPEAL_FIELD_CHECKS } from './field-checks';
import { NEW_APPEAL, type AppealSnapshot } from './snapshot';
import { APPEAL_REQUIREMENTS } from './state-checks';
import { APPEAL_WORKFLOW, AppealState } from './states';
import { noticeOfEarlierExtension } from './extension-notice';
import { isPriorityAppeal, personalConsiderationBasis } from './privileges';
import { APPEAL_TERM, extensionDecisionMoment } from './term-decision';
import { LAW } from './vocabulary';
import { refusalAppealProcedureDefault, reportsOffence, returnedLate } from './disposal-record';

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
    personalConsiderationBasis: string | null;
    applicantNotifiedOfExtensionAt: Date | null;
    extensionNoticeRequired: boolean;
    extensionDecidedAt: Date;
    returnedAt: Date;
    returnedLate: boolean;
    notConsideredDecidedAt: Date;
    refusalAppealProcedure: string;
    petitionSignatureThreshold: number;
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
  // An anonymous report of corruption or a crime is considered (Law «Про запобігання корупції»): not closed here.
  initialState: ({ after }) =>
    after.authorKind === 'anonymous' && !reportsOffence(after) ? 'not_considered' : isBlank(after.assigneeId) ? 'registered' : 'assigned',
  requirements: APPEAL_REQUIREMENTS,
  answerStates: ['answered'],
  forwardedState: 'forwarded',
  finalState: 'closed',
  // Art. 7: forwarding within 5 days.
  forwardingDeadline,
  term: APPEAL_TERM,
  // Art. 20: appeals of privileged applicants are considered first; those of Heroes (and of the categories the council's
  // rules in force add) by the head personally, with the basis recorded as it stood when the category was set.
  // Arts. 15, 19: a refusal explains how to appeal it (a default the clerk may edit).
  everyChange: (change) => ({
    priority: isPriorityAppeal(change.after.applicantPrivileged, change.after.privilegeCategory),
    ...(touched(change, 'privilegeCategory') || (!change.isCreate && change.patch.privilegeCategory !== undefined)
      ? personalConsideration(change)
      : {}),
    // Art. 23-1: an e-petition keeps the signature threshold of the community statute in force when registered.
    ...petitionDefaults(change),
    ...(touched(change, 'answerOutcome') || change.patch.refusalAppealProcedure !== undefined || change.patch.workflowState === 'answered'
      ? refusalAppealProcedureDefault(change)
      : {}),
    // A recorded correction of the receipt or of the moment of return recomputes whether the return was late (Art. 5).
    ...(change.correction != null && touched(change, 'receivedAt', 'returnedAt')
      ? lateReturn(change)
      : {}),
  }),
  // Art. 8: the anonymous ground is recorded; Art. 5: the moment of return and whether it was late; Art. 8: the
  // moment of the decision not to consider defaults to now.
  onEntering: (change, state) => {
    if (change.isCreate && state === 'not_considered') return { notConsideredReason: 'anonymous' };
    if (state === 'returned') {
      const returnedAt = change.after.returnedAt ?? new Date(change.now.getTime());
      const late = returnedLate(change.after.receivedAt, returnedAt, change.settings);
      return { ...(change.after.returnedAt == null ? { returnedAt } : {}), ...(late === null ? {} : { returnedLate: late }) };
    }
    if (state === 'not_considered' && change.after.notConsideredDecidedAt == null && change.after.notConsideredReason !== 'anonymous') {
      return { notConsideredDecidedAt: new Date(change.now.getTime()) };
    }
    return {};
  },
  // Art. 20: the applicant must be told of a new term; the moment of the head's decision defaults to now.
  onExtension: (change) => ({
    ...(touched(change, 'extendedUntil') ? { extensionNoticeRequired: true } : {}),
    ...noticeOfEarlierExtension(change),
    ...(isBlank(change.patch.extensionDecidedAt) ? { extensionDecidedAt: extensionDecisionMoment(change) } : {}),
  }),
};

/**
 * The flag and its basis (the statute or the council's act) under the council's rules in force now. Computed only when
 * the category is set or changed, so a rule added or removed later never changes an appeal already registered.
 */
function personalConsideration(change: AppealDecisionInput & { after: AppealSnapshot }): { personalConsiderationByHead: boolean; personalConsiderationBasis: string | null } {
  const basis = personalConsiderationBasis(change.after.privilegeCategory, change.settings.personalConsiderationRules ?? []);
  return { personalConsiderationByHead: basis !== null, personalConsiderationBasis: basis?.citation ?? null };
}

function lateReturn(change: AppealDecisionInput & { after: AppealSnapshot }): { returnedLate?: boolean } {
  if (change.after.returnedAt == null) return {};
  const late = returnedLate(change.after.receivedAt, change.after.returnedAt, change.settings);
  return late === null ? {} : { returnedLate: late };
}

export function decideAppealChange(input: AppealDecisionInput): AppealDecision {
  return decideChange(APPEAL_LAW, input);
}
