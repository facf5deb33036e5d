import type { RuleViolation } from '../errors';
import type { TermSettings } from '../terms';
import { isBlank, validInstant } from '../appeal/change';
import { InformationRequestChange, buildChange, touched } from './change';
import { forwardingDeadline } from './deadlines';
import {
  checkCharge,
  checkClosedAnswerLocked,
  checkReceivedAt,
  checkRegistrationNumberUntouched,
  checkUrgency,
  violation,
} from './field-checks';
import { checkStateRequirements, transitionRefusal } from './state-checks';
import {
  InformationRequestState,
  allowedNextStates,
  canTransition,
  isInformationRequestState,
  isOpenInformationRequestState,
} from './states';
import { TermOutcome, resolveInformationRequestTerm } from './term-decision';

/**
 * THE decision on every create or update of a public information request (Law 2939-VI «Про доступ до
 * публічної інформації»). The Strapi document middleware passes plain values in and writes `set` (or
 * refuses with `error`); nothing here reads the clock, the database or global settings, and the input
 * is never mutated.
 */

export type { RuleViolation } from '../errors';

/** Persisted values of a request (on create: none — `before` is null). */
export interface InformationRequestSnapshot {
  receivedAt: Date | null;
  /** Art. 20(2): answered within 48 hours. */
  urgent: boolean;
  urgencyGround: string | null;
  /** Art. 20(3): the requester's reasons for urgent handling. */
  urgencyJustification: string | null;
  workflowState: InformationRequestState;
  dueAt: Date | null;
  /** YYYY-MM-DD */
  extendedUntil: string | null;
  extensionReason: string | null;
  requesterNotifiedOfExtensionAt: Date | null;
  forwardedTo: string | null;
  forwardedAt: Date | null;
  requesterNotifiedOfForwardingAt: Date | null;
  refusalGround: string | null;
  refusalExplanation: string | null;
  answerText: string | null;
  answeredAt: Date | null;
  answerOutcome: string | null;
  /** Pages of copies made to answer (Art. 21(2)). */
  pages: number | null;
  /** Actual copying/printing costs charged, UAH (Art. 21). */
  copyingCharge: number | null;
  /** The information is about the requester himself: never charged (Art. 21(4)). */
  aboutRequester: boolean;
  assigneeId: number | string | null;
  registrationNumber: string | null;
}

/** A field left `undefined` is untouched; `null` or '' clears it. */
export type InformationRequestPatch = Partial<InformationRequestSnapshot>;

export interface InformationRequestDecisionInput {
  /** null on create */
  before: InformationRequestSnapshot | null;
  patch: InformationRequestPatch;
  now: Date;
  settings: TermSettings;
}

export type InformationRequestDecisionSet = Partial<{
  dueAt: Date;
  answeredLate: boolean;
  forwardedLate: boolean;
  workflowState: InformationRequestState;
  answeredAt: Date;
  forwardedAt: Date;
}>;

export type InformationRequestDecision =
  | { ok: true; set: InformationRequestDecisionSet }
  | { ok: false; error: RuleViolation };

const FIELD_CHECKS: readonly ((change: InformationRequestChange) => RuleViolation | null)[] = [
  checkRegistrationNumberUntouched,
  checkReceivedAt,
];

// After the state is resolved: a closed request asked to change state hears that the table forbids it,
// and one whose answer is edited hears that the answer is final, before any check of the edited values.
const RECORD_CHECKS: readonly ((change: InformationRequestChange) => RuleViolation | null)[] = [
  checkClosedAnswerLocked,
  checkUrgency,
  checkCharge,
];

export function decideInformationRequestChange(input: InformationRequestDecisionInput): InformationRequestDecision {
  const change = buildChange(input);
  for (const check of FIELD_CHECKS) {
    const broken = check(change);
    if (broken) return refuse(broken);
  }

  const target = resolveState(change);
  if ('rule' in target) return refuse(target);
  const { state, entering } = target;
  for (const check of RECORD_CHECKS) {
    const broken = check(change);
    if (broken) return refuse(broken);
  }

  const set: InformationRequestDecisionSet = {};
  if (change.isCreate || entering) set.workflowState = state;
  const defaults = defaultsOnEntering(change, state, entering);
  Object.assign(set, defaults);
  const settled: InformationRequestChange = {
    ...change,
    after: { ...change.after, ...defaults, workflowState: state },
  };

  const requirement = checkStateRequirements(settled, state, entering);
  if (requirement) return refuse(requirement);

  const term = resolveInformationRequestTerm(settled, state, entering);
  if ('rule' in term) return refuse(term);
  if (term.setDueAt && term.dueAt !== null) set.dueAt = term.dueAt;

  Object.assign(set, lateness(settled, state, entering, term));
  return { ok: true, set };
}

/**
 * A new request is registered first (or assigned, when registered with an executor). Recording a new
 * extension on an open request without naming another state moves it to `extended` (Art. 20(4)).
 */
function resolveState(
  change: InformationRequestChange,
): { state: InformationRequestState; entering: boolean } | RuleViolation {
  const requested = change.patch.workflowState ?? null;
  if (requested !== null && !isInformationRequestState(requested)) {
    return violation(
      'workflowState',
      'state.unknown',
      `Невідомий стан запиту на інформацію «${String(requested)}». Оберіть стан зі списку.`,
    );
  }
  if (change.before === null) {
    const derived: InformationRequestState = isBlank(change.after.assigneeId) ? 'registered' : 'assigned';
    if (requested !== null && requested !== 'registered' && requested !== derived) {
      return violation(
        'workflowState',
        'state.create_must_be_registered',
        'Новий запит на інформацію спершу реєструється зі станом «зареєстровано» (або «призначено виконавця», якщо ' +
          'виконавця обрано одразу). Збережіть його без зміни стану, а потім переведіть далі.',
      );
    }
    return { state: derived, entering: true };
  }
  const from = change.before.workflowState;
  const to = requested ?? from;
  const extending =
    to === from &&
    from !== 'extended' &&
    isOpenInformationRequestState(from) &&
    !isBlank(change.patch.extendedUntil) &&
    touched(change, 'extendedUntil');
  const target = extending ? 'extended' : to;
  if (target === from) return { state: from, entering: false };
  if (!canTransition(from, target)) return transitionRefusal(from, target, allowedNextStates(from));
  return { state: target, entering: true };
}

/** The moment of the answer (or refusal) and of forwarding defaults to now. */
function defaultsOnEntering(
  change: InformationRequestChange,
  state: InformationRequestState,
  entering: boolean,
): Pick<InformationRequestDecisionSet, 'answeredAt' | 'forwardedAt'> {
  if (!entering) return {};
  const { after, now } = change;
  // A copy: the caller's `now` must not become shared mutable state of the written record.
  if ((state === 'answered' || state === 'refused') && after.answeredAt == null)
    return { answeredAt: new Date(now.getTime()) };
  if (state === 'forwarded' && after.forwardedAt == null) return { forwardedAt: new Date(now.getTime()) };
  return {};
}

/**
 * Whether the answer or refusal (Art. 20) or the forwarding (Art. 22(3)) came late is a fact recorded
 * when it happens, and recomputed only when one of the dates it compares changes.
 */
function lateness(
  change: InformationRequestChange,
  state: InformationRequestState,
  entering: boolean,
  term: TermOutcome,
): InformationRequestDecisionSet {
  const result: InformationRequestDecisionSet = {};
  const answeredAt = validInstant(change.after.answeredAt);
  const answerState = state === 'answered' || state === 'refused';
  if (
    (answerState || state === 'closed') &&
    answeredAt !== null &&
    term.dueAt !== null &&
    ((entering && answerState) || touched(change, 'answeredAt') || term.dueMoved)
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
    result.forwardedLate = forwardedAt.getTime() > forwardingDeadline(receivedAt, change.settings.calendar).getTime();
  }
  return result;
}

function refuse(error: RuleViolation): InformationRequestDecision {
  return { ok: false, error };
}
