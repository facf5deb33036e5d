import type { RuleViolation } from '../errors';
import { touched, type Change, type ChangeCheck } from './change';
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
    const field = fields.find((f) => touched(change, f));
    return field === undefined ? null : violation(field, 'closed.answer_locked', message);
  };
}
