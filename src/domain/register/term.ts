import { validInstant } from '../action-moment';
import type { RuleViolation } from '../errors';
import { touched, type Change, type RegisterSnapshot } from './change';
import { isBlank, sameValue } from './values';
import { violation } from './violation';

/**
 * The due instant of a register item and its extension. Every law counts a base term from receipt, lets it be
 * extended to a date within its own limits, and forbids withdrawing an extension the person has been told of; how the
 * term is counted and what an extension needs is the law's (`TermLaw`). `dueAt` is always computed here — a value
 * typed into the patch is replaced — so the admin panel, REST, GraphQL and imports all get the same term.
 */

/** What the term needs of an item beyond its state, receipt and due instant. */
export interface ExtensibleSnapshot<State extends string = string> extends RegisterSnapshot<State> {
  /** YYYY-MM-DD */
  extendedUntil: string | null;
}

export interface TermOutcome {
  /** The due instant after the change (null only for a legacy record without a receipt date). */
  dueAt: Date | null;
  /** Whether `dueAt` must be written. */
  setDueAt: boolean;
  /** The due instant moved: facts recorded against it (answeredLate) must be recomputed. */
  dueMoved: boolean;
  /** This change records or edits an extension: the person is told of the new term. */
  extended: boolean;
  /**
   * The internal control date written with `dueAt` (reminders and dashboards only; lateness, reports and public
   * statistics use `dueAt`, the statutory term).
   */
  controlDueAt: Date | null;
}

export interface TermLaw<S extends ExtensibleSnapshot<State>, State extends string, Settings> {
  /** Fields besides `receivedAt` the base term is counted from (e.g. urgency). */
  baseFields: readonly (keyof S)[];
  baseDue(receivedAt: Date, after: S, settings: Settings): Date;
  /** The change records or edits an extension (the extension is then checked against `currentDue`). */
  extensionInPlay(change: Change<S, Settings>, stateAfter: State, entering: boolean): boolean;
  /** Whether the item may be extended now, with what the law requires (reasons, approval, notice). */
  checkExtensionAllowed(change: Change<S, Settings>, stateAfter: State): RuleViolation | null;
  /** The extension date is valid, not before `currentDue` and within the law's limit. */
  checkExtensionFits(change: Change<S, Settings>, receivedAt: Date, currentDue: Date): RuleViolation | null;
  /**
   * The decision to extend was taken while the term still ran: compared with `currentDue`, the term in force before
   * this extension (appeals, Art. 20 of Law 393/96-ВР).
   */
  checkExtensionDecision?(change: Change<S, Settings>, currentDue: Date): RuleViolation | null;
  /**
   * The statutory end of an extension to `extendedUntil`: a date that is not a working day moves like every other
   * term (Civil Code Art. 254(5)).
   */
  extensionDue(extendedUntil: string, settings: Settings): Date;
  /**
   * The internal control date that goes with the statutory `dueAt` (the configured `previous` / `none` rule):
   * never later than `dueAt`.
   */
  controlDue(after: S, dueAt: Date, receivedAt: Date, settings: Settings): Date;
  /** The refusal to clear an extension of which the person has been told. */
  cannotClearMessage(extendedUntil: string): string;
  /**
   * Whether a recomputed due instant is written even when it did not move (the appeal register always writes it);
   * otherwise an unchanged term is left alone.
   */
  writesRecomputedDue?: boolean;
}

export function resolveTerm<S extends ExtensibleSnapshot<State>, State extends string, Settings>(
  law: TermLaw<S, State, Settings>,
  change: Change<S, Settings>,
  stateAfter: State,
  entering: boolean,
): TermOutcome | RuleViolation {
  const { before, after, patch, settings } = change;
  if (patch.extendedUntil !== undefined && isBlank(patch.extendedUntil) && !isBlank(before?.extendedUntil)) {
    return violation('extendedUntil', 'extension.cannot_clear', law.cannotClearMessage(before?.extendedUntil as string));
  }
  const receivedAt = validInstant(after.receivedAt);
  const persistedDue = validInstant(before?.dueAt);
  // Unchanged, but a hand-typed value is overwritten with the persisted one.
  const kept: TermOutcome = { dueAt: persistedDue, setDueAt: patch.dueAt !== undefined, dueMoved: false, extended: false, controlDueAt: null };
  if (receivedAt === null) return { ...kept, setDueAt: false };

  const baseChanged = change.isCreate || touched(change, 'receivedAt', ...law.baseFields);
  const base = law.baseDue(receivedAt, after, settings);
  // `dueAt` is written when it moves, and to overwrite a hand-typed value.
  const moved = (dueAt: Date, extended: boolean): TermOutcome => {
    const dueMoved = !sameValue(dueAt, persistedDue);
    const controlDueAt = law.controlDue(after, dueAt, receivedAt, settings);
    return { dueAt, setDueAt: law.writesRecomputedDue === true || dueMoved || patch.dueAt !== undefined, dueMoved, extended, controlDueAt };
  };

  if (law.extensionInPlay(change, stateAfter, entering)) {
    const currentDue = baseChanged || persistedDue === null ? base : persistedDue;
    const refusal =
      law.checkExtensionAllowed(change, stateAfter) ??
      law.checkExtensionFits(change, receivedAt, currentDue) ??
      law.checkExtensionDecision?.(change, currentDue) ??
      null;
    if (refusal) return refusal;
    return moved(law.extensionDue(after.extendedUntil as string, settings), true);
  }
  if (baseChanged || persistedDue === null) {
    if (isBlank(after.extendedUntil)) return moved(base, false);
    // An extension in force survives a corrected receipt date only if it still fits the new bounds.
    const refusal = law.checkExtensionFits(change, receivedAt, base);
    if (refusal) return refusal;
    return moved(law.extensionDue(after.extendedUntil as string, settings), false);
  }
  return kept;
}

/**
 * The statutory term and control date of a stored open item, recomputed from its facts — for records written before
 * the two were separated (their `dueAt` may hold a control date of the `previous` / `none` setting). Null without a
 * valid receipt.
 */
export function recomputedTerm<S extends ExtensibleSnapshot<State>, State extends string, Settings>(
  law: TermLaw<S, State, Settings>,
  item: S,
  settings: Settings,
): { dueAt: Date; controlDueAt: Date | null } | null {
  const receivedAt = validInstant(item.receivedAt);
  if (receivedAt === null) return null;
  const dueAt = isBlank(item.extendedUntil) ? law.baseDue(receivedAt, item, settings) : law.extensionDue(item.extendedUntil as string, settings);
  const control = law.controlDue(item, dueAt, receivedAt, settings);
  return { dueAt, controlDueAt: control.getTime() === dueAt.getTime() ? null : control };
}
