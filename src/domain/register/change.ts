import type { RuleViolation } from '../errors';
import { isBlank, sameValue } from './values';

/**
 * One proposed change of a register item, as the rule checks see it: what was persisted, what the patch asks for,
 * and the merged result. Built once per decision; nothing here is ever mutated.
 */

/** Persisted values of an item: every register has a workflow state, a receipt instant and a due instant. */
export interface RegisterSnapshot<State extends string = string> {
  workflowState: State;
  receivedAt: Date | null;
  dueAt: Date | null;
  /** The internal control date when it differs from `dueAt` (src/domain/register/term.ts). */
  controlDueAt?: Date | null;
}

export interface DecisionInput<S, Settings> {
  /** null on create */
  before: S | null;
  /** A field left `undefined` is untouched; `null` or '' clears it. */
  patch: Partial<S>;
  now: Date;
  settings: Settings;
  /**
   * A recorded correction by the head (src/domain/register/correction.ts) of this one frozen field: the freeze of that
   * field is lifted for this change and what the law derives from it is recomputed.
   */
  correction?: { field: string } | null;
}

export interface Change<S, Settings> {
  isCreate: boolean;
  before: S | null;
  patch: Partial<S>;
  /** `before` with every field the patch mentions (not `undefined`) replaced. */
  after: S;
  now: Date;
  settings: Settings;
  /** See `DecisionInput.correction`. */
  correction: { field: string } | null;
}

/** A refusal names the first broken rule (`error`) and every independent one of the same change (`errors`). */
export type Decision<Set> = { ok: true; set: Set } | { ok: false; error: RuleViolation; errors: RuleViolation[] };

/** A check of the change: the first broken rule, or null. */
export type ChangeCheck<S, Settings> = (change: Change<S, Settings>) => RuleViolation | null;

/** `newItem` is what a new item holds before the patch: the schema defaults. */
export function buildChange<S extends object, Settings>(newItem: S, input: DecisionInput<S, Settings>): Change<S, Settings> {
  const mentioned = Object.fromEntries(Object.entries(input.patch).filter(([, value]) => value !== undefined));
  return {
    isCreate: input.before === null,
    before: input.before,
    patch: input.patch,
    after: { ...newItem, ...(input.before ?? {}), ...mentioned } as S,
    now: input.now,
    settings: input.settings,
    correction: input.correction ?? null,
  };
}

/** The patch mentions one of these fields with a value different from the persisted one. */
export function touched<S, Settings>(change: Change<S, Settings>, ...fields: (keyof S)[]): boolean {
  return fields.some((field) => {
    const proposed = change.patch[field];
    if (proposed === undefined) return false;
    return change.before == null ? !isBlank(proposed) : !sameValue(proposed, change.before[field]);
  });
}
