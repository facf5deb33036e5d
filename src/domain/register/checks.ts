import { isInTheFuture, validInstant } from '../action-moment';
import type { RuleViolation } from '../errors';
import { formatKyivDateTime } from '../terms';
import { touched, type Change, type ChangeCheck, type RegisterSnapshot } from './change';
import { isBlank, isOneOf } from './values';
import { violation } from './violation';

/**
 * Building blocks of a law's checks, so that a law states only which field, which rule and what the person is told.
 */

/** Refused with `rule` while `field` is blank. */
export function filled<S, Settings>(field: keyof S & string, rule: string, message: string): ChangeCheck<S, Settings> {
  return (c) => (isBlank(c.after[field]) ? violation(field, rule, message) : null);
}

/** Refused with `rule` unless `field` holds one of `values`. */
export function oneOf<S, Settings>(values: readonly string[], field: keyof S & string, rule: string, message: string): ChangeCheck<S, Settings> {
  return (c) => (isOneOf(values, c.after[field]) ? null : violation(field, rule, message));
}

/** The first rule `checks` find broken, in order. */
export function firstOf<S, Settings>(...checks: ChangeCheck<S, Settings>[]): ChangeCheck<S, Settings> {
  return (c: Change<S, Settings>): RuleViolation | null => {
    for (const check of checks) {
      const broken = check(c);
      if (broken) return broken;
    }
    return null;
  };
}

/**
 * Once an item is in `state` (taken off control), the record of how it was disposed of is final: the person already
 * has the answer. The first of `fields` the patch changes is refused with `closed.answer_locked`.
 */
export function lockedIn<S extends { workflowState: string }, Settings>(
  state: S['workflowState'],
  fields: readonly (keyof S & string)[],
  message: string,
): ChangeCheck<S, Settings> {
  return (change) => {
    if (change.before?.workflowState !== state) return null;
    const field = fields.find((f) => touched(change, f) && change.correction?.field !== f);
    return field === undefined ? null : violation(field, 'closed.answer_locked', message);
  };
}

/**
 * Every term runs from the receipt (Civil Code Art. 253), so a new item needs a real moment of receipt that has
 * already come (a few minutes of clock skew aside), and a corrected one is checked again. The law words the refusals.
 */
export function receiptCheck<S extends RegisterSnapshot, Settings>(words: {
  required: string;
  invalid: string;
  /** Kyiv date and time of the receipt given and of now, e.g. «02.03.2026 09:30». */
  inFuture(receivedAt: string, now: string): string;
}): ChangeCheck<S, Settings> {
  return (change) => {
    if (!change.isCreate && change.patch.receivedAt === undefined) return null;
    const raw = change.after.receivedAt;
    if (raw === null || raw === undefined) return violation('receivedAt', 'received_at.required', words.required);
    const receivedAt = validInstant(raw);
    if (receivedAt === null) return violation('receivedAt', 'received_at.invalid', words.invalid);
    if (!isInTheFuture(receivedAt, change.now)) return null;
    return violation('receivedAt', 'received_at.in_future', words.inFuture(formatKyivDateTime(receivedAt), formatKyivDateTime(change.now)));
  };
}

/**
 * Once an item has left the open states (answered, forwarded, returned, refused, not considered, closed), whether the
 * term was kept is a record, not a derivation: the receipt, whatever the term is counted from, the extension and the
 * moments of the answer and of forwarding are final, so `dueAt`, `answeredLate` and `forwardedLate` never move again.
 * The first of `fields` (field → its label in the form) the patch changes is refused with `term.frozen`.
 */
export function frozenOnceDisposed<S extends { workflowState: string }, Settings>(
  workflow: { isOpen(state: unknown): boolean; labels: Readonly<Record<string, string>> },
  fields: Readonly<Partial<Record<keyof S & string, string>>>,
  message: (fieldLabel: string, stateLabel: string) => string,
): ChangeCheck<S, Settings> {
  return (change) => {
    const before = change.before;
    if (before === null || workflow.isOpen(before.workflowState)) return null;
    // A recorded correction (src/domain/register/correction.ts) lifts the freeze of its one field.
    const field = (Object.keys(fields) as (keyof S & string)[]).find((f) => touched(change, f) && change.correction?.field !== f);
    if (field === undefined) return null;
    const state = workflow.labels[before.workflowState] ?? before.workflowState;
    return violation(field, 'term.frozen', message(fields[field] as string, state));
  };
}
