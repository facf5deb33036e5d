import { DateTime } from 'luxon';
import {
  Calendar,
  KYIV_ZONE,
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  endOfKyivDay,
  kyivDate,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
} from './calendar';

/**
 * How terms are counted — one place for appeals (Law 393/96-ВР) and information requests
 * (Law 2939-VI), following the Civil Code:
 *
 * - Art. 253: a term starts the day after the event, so the Kyiv date of receipt is day zero.
 * - Art. 254(1)–(2): a term in days ends on its last day; a term in months on the same date of
 *   the last month, or that month's last day when it has no such date.
 * - Art. 254(5): when the last day is a day off, the term ends on the first working day after it.
 * - A day-based term lasts until the end of that day in Kyiv.
 */

/**
 * `next` — Civil Code Art. 254(5), the statutory default: roll to the first working day after.
 * `previous` — an internal control term that never lands later than the statute allows.
 * `none` — the last day stands even if it is a day off.
 */
export type NonWorkingDayRule = 'next' | 'previous' | 'none';

export const NON_WORKING_DAY_RULES: readonly NonWorkingDayRule[] = ['next', 'previous', 'none'];

export interface TermSettings {
  calendar: Calendar;
  nonWorkingDayRule: NonWorkingDayRule;
}

/** Applies the configured Art. 254(5) rule to a term's last day. */
export function rollLastDay(isoDate: string, s: TermSettings): string {
  switch (s.nonWorkingDayRule) {
    case 'next':
      return nextWorkingDayOnOrAfter(isoDate, s.calendar);
    case 'previous':
      return previousWorkingDayOnOrBefore(isoDate, s.calendar);
    case 'none':
      return isoDate;
  }
}

/**
 * The statutory term (Civil Code Art. 254(5)) whatever the setting: a last day that is not a working day always
 * moves to the first working day after it. `previous` / `none` only shape the internal control date
 * (`controlTermSettings` is the settings as given), never `dueAt`, lateness, reports or public statistics.
 */
export function statutoryTermSettings<S extends TermSettings>(s: S): S {
  return s.nonWorkingDayRule === 'next' ? s : { ...s, nonWorkingDayRule: 'next' };
}

/** The end of a term whose last day is a given date (an extension, a shortened term), rolled by `s`. */
export function endOfTermDay(isoDate: string, s: TermSettings): Date {
  return endOfKyivDay(rollLastDay(isoDate, s));
}

/** A term of `days` calendar days (Law 393/96-ВР Arts. 5, 7, 20 count in calendar days). */
export function dueAfterDays(receivedAt: Date, days: number, s: TermSettings): Date {
  assertNonNegativeInteger(days, 'days');
  const lastDay = addCalendarDays(kyivDate(receivedAt), days);
  return endOfKyivDay(rollLastDay(lastDay, s));
}

/** A term in months (Law 393/96-ВР Art. 20: "one month"), Civil Code Art. 254(2). */
export function dueAfterMonths(receivedAt: Date, months: number, s: TermSettings): Date {
  assertNonNegativeInteger(months, 'months');
  const lastDay = addCalendarMonths(kyivDate(receivedAt), months);
  return endOfKyivDay(rollLastDay(lastDay, s));
}

/**
 * A term in working days (Law 2939-VI Arts. 20, 22(3)): Saturdays, Sundays and the calendar's days
 * off are skipped. The count only ever stops on a working day, so no Art. 254(5) roll is needed.
 */
export function dueAfterWorkingDays(receivedAt: Date, n: number, cal: Calendar): Date {
  assertNonNegativeInteger(n, 'working days');
  return endOfKyivDay(addWorkingDays(kyivDate(receivedAt), n, cal));
}

/**
 * A term in hours (Law 2939-VI Art. 20(2): 48 hours) runs from the moment of receipt, in real
 * elapsed time: across a daylight-saving change 48 hours are still 48 hours, and days off do not stop it.
 */
export function dueAfterHours(receivedAt: Date, hours: number): Date {
  assertValidInstant(receivedAt);
  assertNonNegativeInteger(hours, 'hours');
  return new Date(receivedAt.getTime() + hours * 60 * 60 * 1000);
}

/** dd.MM.yyyy in Kyiv — how dates are shown to people. */
export function formatKyivDate(instant: Date): string {
  assertValidInstant(instant);
  return DateTime.fromJSDate(instant, { zone: KYIV_ZONE }).toFormat('dd.MM.yyyy');
}

/** dd.MM.yyyy HH:mm in Kyiv. */
export function formatKyivDateTime(instant: Date): string {
  assertValidInstant(instant);
  return DateTime.fromJSDate(instant, { zone: KYIV_ZONE }).toFormat('dd.MM.yyyy HH:mm');
}

/** A calendar date 'YYYY-MM-DD' shown to people as dd.MM.yyyy. */
export function formatIsoDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('Expected a valid Date instant');
  }
}

function assertNonNegativeInteger(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Expected a non-negative integer of ${what}, got ${n}`);
}
