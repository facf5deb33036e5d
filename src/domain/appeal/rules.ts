import type { RuleViolation } from '../errors';
import { AppealChange, buildChange, isBlank, touched, validInstant } from './change';
import { AppealDeadlineSettings, forwardingDeadline } from './deadlines';
import {
  checkClosedAnswerLocked,
  checkHotlineCardNumber,
  checkReceivedAt,
  checkRegistrationNumberUntouched,
  checkRegistrationPrefixDerivable,
} from './field-checks';
import { checkStateRequirements, transitionRefusal } from './state-checks';
import { AppealState, allowedNextStates, canTransition, isAppealState } from './states';
import { TermOutcome, resolveAppealTerm } from './term-decision';

/**
 * THE decision on every create or update of an appeal (Law 393/96-ВР). The Strapi document
 * middleware passes plain values in and writes `set` (or refuses with `error`); nothing here reads
 * the clock, the database or global settings, and the input is never mutated.
 */

export type { RuleViolation } from '../errors';

/** Persisted values of an appeal (on create: none — `before` is null). */
export interface AppealSnapshot {
  receivedAt: Date | null;
  needsAdditionalStudy: boolean;
  authorKind: string | null;
  channel: string | null;
  workflowState: AppealState;
  dueAt: Date | null;
  /** YYYY-MM-DD */
  extendedUntil: string | null;
  extensionReason: string | null;
  extensionApprovedById: number | string | null;
  answerText: string | null;
  answerOutcome: string | null;
  answeredAt: Date | null;
  notConsideredReason: string | null;
  forwardedTo: string | null;
  forwardedAt: Date | null;
  returnReason: string | null;
  assigneeId: number | string | null;
  applicantFullName: string | null;
  applicantPrivileged: boolean;
  contactCenterCardNumber: string | null;
  registrationNumber: string | null;
}

/** A field left `undefined` is untouched; `null` or '' clears it. */
export type AppealPatch = Partial<AppealSnapshot>;

export interface AppealDecisionInput {
  /** null on create */
  before: AppealSnapshot | null;
  patch: AppealPatch;
  now: Date;
  settings: AppealDeadlineSettings;
}

export type AppealDecisionSet = Partial<{
  dueAt: Date;
  answeredLate: boolean;
  forwardedLate: boolean;
  workflowState: AppealState;
  notConsideredReason: string;
  priority: boolean;
  extensionNoticeRequired: boolean;
  answeredAt: Date;
  forwardedAt: Date;
}>;

export type AppealDecision = { ok: true; set: AppealDecisionSet } | { ok: false; error: RuleViolation };

const FIELD_CHECKS: readonly ((change: AppealChange) => RuleViolation | null)[] = [
  checkRegistrationNumberUntouched,
  checkReceivedAt,
  checkRegistrationPrefixDerivable,
  checkHotlineCardNumber,
  checkClosedAnswerLocked,
];

export function decideAppealChange(input: AppealDecisionInput): AppealDecision {
  const change = buildChange(input);
  for (const check of FIELD_CHECKS) {
    const violation = check(change);
    if (violation) return refuse(violation);
  }

  const target = resolveState(change);
  if ('rule' in target) return refuse(target);
  const { state, entering } = target;

  const set: AppealDecisionSet = { priority: change.after.applicantPrivileged === true }; // Art. 20: privileged first
  if (change.isCreate || entering) set.workflowState = state;
  const defaults = defaultsOnEntering(change, state, entering);
  Object.assign(set, defaults);
  const settled: AppealChange = { ...change, after: { ...change.after, ...defaults, workflowState: state } };

  const requirement = checkStateRequirements(settled, state, entering);
  if (requirement) return refuse(requirement);

  const term = resolveAppealTerm(settled, state);
  if ('rule' in term) return refuse(term);
  if (term.setDueAt && term.dueAt !== null) set.dueAt = term.dueAt;
  if (term.extensionNoticeRequired) set.extensionNoticeRequired = true;

  Object.assign(set, lateness(settled, state, entering, term));
  return { ok: true, set };
}

/**
 * A new appeal is registered first. Two states follow from the data itself: an anonymous appeal is not
 * considered (Art. 8), and one registered with an executor is already assigned.
 */
function resolveState(change: AppealChange): { state: AppealState; entering: boolean } | RuleViolation {
  const requested = change.patch.workflowState ?? null;
  if (requested !== null && !isAppealState(requested)) {
    return {
      field: 'workflowState',
      rule: 'state.unknown',
      message: `Невідомий стан звернення «${String(requested)}». Оберіть стан зі списку.`,
    };
  }
  if (change.before === null) {
    const derived: AppealState =
      change.after.authorKind === 'anonymous'
        ? 'not_considered'
        : isBlank(change.after.assigneeId)
          ? 'registered'
          : 'assigned';
    if (requested !== null && requested !== 'registered' && requested !== derived) {
      return {
        field: 'workflowState',
        rule: 'state.create_must_be_registered',
        message:
          'Нове звернення спершу реєструється зі станом «зареєстровано» (Інструкція з діловодства за зверненнями ' +
          'громадян, постанова КМУ № 348 від 14.04.1997). Збережіть його без зміни стану, а потім переведіть далі.',
      };
    }
    return { state: derived, entering: true };
  }
  const from = change.before.workflowState;
  if (requested === null || requested === from) return { state: from, entering: false };
  if (!canTransition(from, requested)) return transitionRefusal(from, requested, allowedNextStates(from));
  return { state: requested, entering: true };
}

/** Art. 8: the anonymous ground is recorded; the moment of answer or forwarding defaults to now. */
function defaultsOnEntering(
  change: AppealChange,
  state: AppealState,
  entering: boolean,
): Pick<AppealDecisionSet, 'notConsideredReason' | 'answeredAt' | 'forwardedAt'> {
  if (!entering) return {};
  const { after, now } = change;
  if (change.isCreate && state === 'not_considered') return { notConsideredReason: 'anonymous' };
  // A copy: the caller's `now` must not become shared mutable state of the written record.
  if (state === 'answered' && after.answeredAt == null) return { answeredAt: new Date(now.getTime()) };
  if (state === 'forwarded' && after.forwardedAt == null) return { forwardedAt: new Date(now.getTime()) };
  return {};
}

/**
 * Whether the answer (Art. 20) or the forwarding (Art. 7) came late is a fact recorded when it happens,
 * and recomputed only when one of the dates it compares changes.
 */
function lateness(change: AppealChange, state: AppealState, entering: boolean, term: TermOutcome): AppealDecisionSet {
  const result: AppealDecisionSet = {};
  const answeredAt = validInstant(change.after.answeredAt);
  if (
    (state === 'answered' || state === 'closed') &&
    answeredAt !== null &&
    term.dueAt !== null &&
    ((entering && state === 'answered') || touched(change, 'answeredAt') || term.dueMoved)
  ) {
    result.answeredLate = answeredAt.getTime() > term.dueAt.getTime();
  }
  const forwardedAt = validInstant(change.after.forwardedAt);
  const receivedAt = validInstant(change.after.receivedAt);
  if (
    (state === 'forwarded' || state === 'closed') &&
    forwardedAt !== null &&
    receivedAt !== null &&
    ((entering && state === 'forwarded') || touched(change, 'forwardedAt', 'receivedAt'))
  ) {
    result.forwardedLate = forwardedAt.getTime() > forwardingDeadline(receivedAt, change.settings).getTime();
  }
  return result;
}

function refuse(error: RuleViolation): AppealDecision {
  return { ok: false, error };
}
