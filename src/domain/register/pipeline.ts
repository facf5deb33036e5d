import { validInstant } from '../action-moment';
import type { RuleViolation } from '../errors';
import { buildChange, touched, type Change, type ChangeCheck, type Decision, type DecisionInput } from './change';
import type { Workflow } from './states';
import type { RegisterItem } from './item';
import { resolveTerm, type TermLaw, type TermOutcome } from './term';
import { violation } from './violation';

/**
 * THE decision on every create or update of a register item, run against the law of that register (`RegisterLaw`).
 * The Strapi document middleware passes plain values in and writes `set` (or refuses with `error`); nothing here
 * reads the clock, the database or global settings, and the input is never mutated.
 *
 * The steps, in order: the law's field checks; the state the change lands in (a new item is registered first, an
 * update follows the state table); the law's record checks; what entering a state records (the moment of the answer
 * or forwarding defaults to now); what the state requires; the term; and whether the answer or forwarding was late.
 */

/** What every register's decision may write. */
export type DecisionSet<State extends string> = Partial<{
  workflowState: State;
  dueAt: Date;
  /**
   * The internal control date (reminders, dashboards) when it differs from the statutory `dueAt`; null when it is the
   * same day. `dueAt` stays the statutory term.
   */
  controlDueAt: Date | null;
  answeredLate: boolean;
  forwardedLate: boolean;
  answeredAt: Date;
  forwardedAt: Date;
}>;

/**
 * What a state requires: checked on entering it, and again whenever the patch edits one of `fields`. A list of checks
 * is a list of independent requirements: every one that is unmet is reported in the same refusal.
 */
export interface StateRequirement<S, Settings> {
  fields: readonly (keyof S)[];
  check: ChangeCheck<S, Settings> | readonly ChangeCheck<S, Settings>[];
}

export interface RegisterLaw<S extends RegisterItem<State>, State extends string, Settings, Set extends DecisionSet<State>> {
  /** What a new item holds before the patch: the schema defaults. */
  newItem: S;
  workflow: Workflow<State>;
  /** The words of the law in the refusals about states. */
  words: {
    /** The item in the nominative, capitalised: «Звернення». */
    item: string;
    /** The item in the genitive: «звернення». */
    itemGenitive: string;
    /** The procedure a transition is not provided by, with the statute: «порядком розгляду звернень (ст. …)». */
    procedure: string;
    /** Why a new item is registered first, and what to do. */
    createMustBeRegistered: string;
  };
  /** Checks of single facts, before the state is resolved. */
  fieldChecks: readonly ChangeCheck<S, Settings>[];
  /** Checks after the state is resolved, before what the state requires. */
  recordChecks: readonly ChangeCheck<S, Settings>[];
  /** The state a new item is created in, derived from its data (registered, or assigned with an executor, …). */
  initialState(change: Change<S, Settings>): State;
  /** The state an update asking for `to` lands in, when the data implies another (e.g. a new extension). */
  impliedState?(change: Change<S, Settings>, from: State, to: State): State;
  requirements: Partial<Record<State, StateRequirement<S, Settings>>>;
  /** States that record an answer (its moment defaults to now; lateness is measured against the term). */
  answerStates: readonly State[];
  forwardedState: State;
  /** The state an item is taken off control in; answers and forwarding stay measured there. */
  finalState: State;
  /** The latest lawful moment of forwarding; `item` is the record after the change (e.g. its urgency). */
  forwardingDeadline(receivedAt: Date, settings: Settings, item: S): Date;
  term: TermLaw<S, State, Settings>;
  /** Written on every change (e.g. the priority of a privileged applicant). */
  everyChange?(change: Change<S, Settings>): Set;
  /** Written on entering a state, besides the moments of answer and forwarding. */
  onEntering?(change: Change<S, Settings>, state: State): Set;
  /** Written when a change records or edits an extension. */
  onExtension?(change: Change<S, Settings>): Set;
  /**
   * The law's own records of how an act was done, written last on an accepted change (e.g. a notice given later than
   * the act it had to accompany); `change` holds the settled values, `entering` tells whether the state is entered now.
   */
  recordedFacts?(change: Change<S, Settings>, state: State, entering: boolean): Set;
}

export function decideChange<S extends RegisterItem<State>, State extends string, Settings, Set extends DecisionSet<State>>(
  law: RegisterLaw<S, State, Settings, Set>,
  input: DecisionInput<S, Settings>,
): Decision<Set> {
  const change = buildChange(law.newItem, input);
  // Every independent rule the save breaks is reported at once (one per field, in the order of the law's steps), so
  // a person corrects the whole form in one go; the first is the message of the refusal.
  const broken = new Violations();
  for (const check of law.fieldChecks) broken.add(check(change));
  // The term is counted from the fields just checked: with any of them refused there is no term to count.
  const inputsValid = broken.empty;

  const target = resolveState(law, change);
  // What the requested state requires is not asked of a state the item cannot enter.
  if ('rule' in target) return broken.add(target).refusal<Set>();
  const { state, entering } = target;
  for (const check of law.recordChecks) broken.add(check(change));

  const set: Set = { ...law.everyChange?.(change) } as Set;
  if (change.isCreate || entering) set.workflowState = state;
  const defaults = entering ? defaultsOnEntering(law, change, state) : {};
  Object.assign(set, defaults);
  const settled: Change<S, Settings> = { ...change, after: { ...change.after, ...defaults, workflowState: state } };

  const requirement = law.requirements[state];
  if (requirement && (entering || touched(settled, ...requirement.fields))) {
    const checks: readonly ChangeCheck<S, Settings>[] = typeof requirement.check === 'function' ? [requirement.check] : requirement.check;
    for (const check of checks) broken.add(check(settled));
  }

  if (!inputsValid) return broken.refusal<Set>();
  const term = resolveTerm(law.term, settled, state, entering);
  if ('rule' in term) broken.add(term);
  if (!broken.empty || 'rule' in term) return broken.refusal<Set>();
  if (term.setDueAt && term.dueAt !== null) {
    set.dueAt = term.dueAt;
    // Written only when the control date differs from the statutory term (or an earlier one must be cleared), so
    // under the statutory `next` rule nothing but `dueAt` is ever written.
    const control = term.controlDueAt;
    if (control !== null && control.getTime() !== term.dueAt.getTime()) set.controlDueAt = control;
    else if (validInstant(change.before?.controlDueAt) !== null) set.controlDueAt = null;
  }
  if (term.extended) Object.assign(set, law.onExtension?.(settled));

  Object.assign(set, lateness(law, settled, state, entering, term));
  Object.assign(set, law.recordedFacts?.(settled, state, entering));
  return { ok: true, set };
}

/** The broken rules of one change: the first per field, in the order they were found. */
class Violations {
  private readonly list: RuleViolation[] = [];

  add(violation: RuleViolation | null): this {
    if (violation && !this.list.some((v) => v.field === violation.field)) this.list.push(violation);
    return this;
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  refusal<Set>(): Decision<Set> {
    return { ok: false, error: this.list[0], errors: [...this.list] };
  }
}

/** A new item is registered first (or lands where its data puts it); an update follows the state table. */
function resolveState<S extends RegisterItem<State>, State extends string, Settings, Set extends DecisionSet<State>>(
  law: RegisterLaw<S, State, Settings, Set>,
  change: Change<S, Settings>,
): { state: State; entering: boolean } | RuleViolation {
  const { workflow, words } = law;
  const requested = change.patch.workflowState ?? null;
  if (requested !== null && !workflow.isState(requested)) {
    return violation('workflowState', 'state.unknown', `Невідомий стан ${words.itemGenitive} «${String(requested)}». Оберіть стан зі списку.`);
  }
  if (change.before === null) {
    const derived = law.initialState(change);
    if (requested !== null && requested !== workflow.states[0] && requested !== derived) {
      return violation('workflowState', 'state.create_must_be_registered', words.createMustBeRegistered);
    }
    return { state: derived, entering: true };
  }
  const from = change.before.workflowState;
  const to = requested ?? from;
  const target = law.impliedState ? law.impliedState(change, from, to) : to;
  if (target === from) return { state: from, entering: false };
  if (!workflow.canTransition(from, target)) return transitionRefusal(law, from, target);
  return { state: target, entering: true };
}

function transitionRefusal<S extends RegisterItem<State>, State extends string, Settings, Set extends DecisionSet<State>>(
  law: RegisterLaw<S, State, Settings, Set>,
  from: State,
  to: State,
): RuleViolation {
  const label = (s: State): string => law.workflow.labels[s] ?? s;
  const allowed = law.workflow.allowedNext(from);
  return violation(
    'workflowState',
    'state.transition_not_allowed',
    allowed.length === 0
      ? `${law.words.item} у стані «${label(from)}» більше не змінює стан: розгляд завершено.`
      : `Перехід зі стану «${label(from)}» у стан «${label(to)}» не передбачено ${law.words.procedure}. ` +
          `Можливі стани: ${allowed.map((s) => `«${label(s)}»`).join(', ')}.`,
  );
}

/** The moment of the answer and of forwarding defaults to now, plus what the law records on entering. */
function defaultsOnEntering<S extends RegisterItem<State>, State extends string, Settings, Set extends DecisionSet<State>>(
  law: RegisterLaw<S, State, Settings, Set>,
  change: Change<S, Settings>,
  state: State,
): Set {
  const own = { ...law.onEntering?.(change, state) } as Set;
  const { after, now } = change;
  // A copy: the caller's `now` must not become shared mutable state of the written record.
  if (law.answerStates.includes(state) && after.answeredAt == null) return { ...own, answeredAt: new Date(now.getTime()) };
  if (state === law.forwardedState && after.forwardedAt == null) return { ...own, forwardedAt: new Date(now.getTime()) };
  return own;
}

/**
 * Whether the answer or the forwarding came late is a fact recorded when it happens (while the item is open, it is
 * recomputed when one of the dates it compares changes); once the item has left the open states it never changes.
 */
function lateness<S extends RegisterItem<State>, State extends string, Settings, Set extends DecisionSet<State>>(
  law: RegisterLaw<S, State, Settings, Set>,
  change: Change<S, Settings>,
  state: State,
  entering: boolean,
  term: TermOutcome,
): DecisionSet<State> {
  const result: DecisionSet<State> = {};
  // Recorded once, when the item leaves the open states; never recomputed afterwards (the law's frozen fields).
  // …except through a recorded correction of a typo, which recomputes what the corrected field decides.
  if (change.before !== null && !law.workflow.isOpen(change.before.workflowState) && change.correction == null) return result;
  const answeredAt = validInstant(change.after.answeredAt);
  const answerState = law.answerStates.includes(state);
  if (
    (answerState || state === law.finalState) &&
    answeredAt !== null &&
    term.dueAt !== null &&
    ((entering && answerState) || touched(change, 'answeredAt') || term.dueMoved)
  ) {
    result.answeredLate = answeredAt.getTime() > term.dueAt.getTime();
  }
  const forwardedAt = validInstant(change.after.forwardedAt);
  const receivedAt = validInstant(change.after.receivedAt);
  if (
    (state === law.forwardedState || state === law.finalState) &&
    forwardedAt !== null &&
    receivedAt !== null &&
    ((entering && state === law.forwardedState) || touched(change, 'forwardedAt', 'receivedAt'))
  ) {
    result.forwardedLate = forwardedAt.getTime() > law.forwardingDeadline(receivedAt, change.settings, change.after).getTime();
  }
  return result;
}
