import type { RuleViolation } from '../errors';

/** A broken rule: the field the person has to correct, a stable code, and what to do, in Ukrainian. */
export function violation(field: string, rule: string, message: string): RuleViolation {
  return { field, rule, message };
}

export type { RuleViolation } from '../errors';
