/**
 * How every register compares what a caller sent with what is stored. Admin forms send '' or whitespace for an
 * emptied text field, and the law cares only whether it is filled, so blanks are all alike.
 */

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Values equal for the purpose of "did this field change": blanks alike, and a date compared by its instant — also
 * with an ISO string or a timestamp of the same instant (a stored row may hold either), never by object identity.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (a instanceof Date || b instanceof Date) return instantOf(a) === instantOf(b); // NaN (unreadable) never equals
  return a === b;
}

function instantOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string' || typeof value === 'number') return new Date(value).getTime();
  return NaN;
}

/** `value` is one of an enumeration's values (the database hands enumerations back as plain strings). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
