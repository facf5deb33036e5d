/**
 * A broken rule, in the words the person who broke it will read.
 *
 * `field` names the attribute as it appears in the domain snapshot (e.g. `extendedUntil`,
 * `applicantFullName`); glue code maps it to the admin form path if they differ.
 * `rule` is a stable machine code (e.g. `extension.over_45_days`) for tests, logs and the API client.
 * `message` is Ukrainian: it names the rule and the statute and says what to do.
 */
export interface RuleViolation {
  field: string;
  message: string;
  rule: string;
}

/** Thrown where a rule is broken outside a decision function (e.g. a registration prefix cannot be derived). */
export class DomainError extends Error {
  constructor(public readonly violation: RuleViolation) {
    super(violation.message);
    this.name = 'DomainError';
    // Keeps `instanceof DomainError` true even if the code is compiled to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
