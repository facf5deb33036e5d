import { DateTime } from 'luxon';
import { KYIV_ZONE } from '../calendar';

/**
 * Registration numbers of every register: a law's index (prefix), then a sequence number that restarts every year,
 * then the year, e.g. `Ш-17/2026` or `ЗІ-17/2026`. Generated once, unique and never reused.
 */

export function formatRegistrationNumber(prefix: string, sequence: number, year: number): string {
  if (prefix.trim() === '') throw new RangeError('Registration prefix must not be empty');
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`Registration sequence must be a positive integer, got ${sequence}`);
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Registration year must have four digits, got ${year}`);
  }
  return `${prefix}-${sequence}/${year}`;
}

/**
 * The sequence restarts every year, and the year is that of receipt in Kyiv: an item received at 00:30 on 1 January
 * Kyiv time (22:30Z on 31 December) belongs to the new year.
 */
export function registrationYear(receivedAt: Date): number {
  if (!(receivedAt instanceof Date) || Number.isNaN(receivedAt.getTime())) {
    throw new RangeError('Expected a valid Date instant');
  }
  return DateTime.fromJSDate(receivedAt, { zone: KYIV_ZONE }).year;
}
