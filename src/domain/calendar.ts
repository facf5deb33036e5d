import { DateTime } from 'luxon';

/**
 * The working-day calendar of Ukraine, as plain data.
 *
 * Every date in this module is a calendar date 'YYYY-MM-DD' in Kyiv. Date arithmetic is done on
 * those strings in UTC, where a day is always 24 hours, so daylight-saving changes can never move
 * a date; only `kyivDate` and `endOfKyivDay` cross between dates and instants, and they do it in
 * the Kyiv zone.
 */

/** All terms of the appeals and public-information laws are counted in Kyiv time. */
export const KYIV_ZONE = 'Europe/Kyiv';

export type DayKind = 'holiday' | 'transferred_working_day';

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  kind: DayKind;
}

/**
 * `martialLaw` — Law 2136-IX Art. 6(6) (and Labour Code Arts. 67, 73 as amended for martial law):
 * while martial law lasts, public holidays are working days and only Saturday and Sunday are days off.
 * Transfers of working days are a peacetime instrument (Cabinet recommendations that swap a weekday
 * next to a holiday for a Saturday); under martial law none are made, and a transferred Saturday would
 * make no sense once the holiday it compensated is itself a working day. So BOTH kinds of entry are
 * ignored while `martialLaw` is true: the list keeps the peacetime calendar ready for the day the
 * switch is turned off.
 *
 * The list holds the holidays themselves (Labour Code Art. 73). When one falls on a Saturday or Sunday, the day off
 * it carries over to in peacetime is derived (Labour Code Art. 67(3): «У разі, коли святковий або неробочий день
 * (стаття 73 цього Кодексу) збігається з вихідним днем, вихідний день переноситься на наступний після святкового
 * або неробочого») — nobody types it, see `carriedDaysOff`. Under martial law there is no carry-over (Law 2136-IX
 * Art. 6: part 3 of Art. 67 and Art. 73 of the Labour Code do not apply).
 * If one date is entered as both kinds, `transferred_working_day` wins: it is the more specific fact.
 */
export interface Calendar {
  martialLaw: boolean;
  days: CalendarDay[];
}

interface DayIndex {
  holidays: Set<string>;
  transferredWorkingDays: Set<string>;
  /** Peacetime days off carried from a holiday that fell on a weekend (Labour Code Art. 67(3)). */
  carried: Set<string>;
}

// Keyed by the `days` array, not the Calendar object, so toggling `martialLaw` on the same object
// still works and a settings reload (new array) gets a fresh index. Arrays are treated as immutable.
const indexCache = new WeakMap<CalendarDay[], DayIndex>();

function dayIndex(cal: Calendar): DayIndex {
  const cached = indexCache.get(cal.days);
  if (cached) return cached;
  const index: DayIndex = { holidays: new Set(), transferredWorkingDays: new Set(), carried: new Set() };
  for (const day of cal.days) {
    if (day.kind === 'holiday') index.holidays.add(day.date);
    else if (day.kind === 'transferred_working_day') index.transferredWorkingDays.add(day.date);
  }
  for (const date of carriedDaysOff(index.holidays, index.transferredWorkingDays)) index.carried.add(date);
  indexCache.set(cal.days, index);
  return index;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a YYYY-MM-DD date as a UTC midnight; throws on anything else (a programming error). */
function parseIsoDate(isoDate: string): DateTime {
  const parsed = ISO_DATE.test(isoDate) ? DateTime.fromISO(isoDate, { zone: 'utc' }) : null;
  if (!parsed || !parsed.isValid) {
    throw new RangeError(`Expected a calendar date YYYY-MM-DD, got "${isoDate}"`);
  }
  return parsed;
}

function toIso(d: DateTime): string {
  return d.toISODate() as string;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('Expected a valid Date instant');
  }
}

export function isWorkingDay(isoDate: string, cal: Calendar): boolean {
  const isWeekend = parseIsoDate(isoDate).weekday >= 6; // Luxon: 6 = Saturday, 7 = Sunday
  if (cal.martialLaw) return !isWeekend;
  const index = dayIndex(cal);
  if (index.transferredWorkingDays.has(isoDate)) return true;
  if (index.holidays.has(isoDate) || index.carried.has(isoDate)) return false;
  return !isWeekend;
}

/**
 * Labour Code Art. 67(3), peacetime: a holiday on a Saturday or Sunday carries a day off to the following working
 * day — the first Monday–Friday after it that is neither a holiday, nor a working day transferred by the Cabinet,
 * nor already taken by another carried day (two holidays on one weekend carry to Monday and Tuesday). Derived from
 * the list of holidays, in date order; the result is sorted.
 */
export function carriedDaysOff(holidays: Iterable<string>, transferredWorkingDays: Iterable<string> = []): string[] {
  const holidaySet = new Set(holidays);
  const transferred = new Set(transferredWorkingDays);
  const carried = new Set<string>();
  for (const holiday of [...holidaySet].filter(isIsoDate).sort()) {
    if (parseIsoDate(holiday).weekday < 6) continue;
    let day = parseIsoDate(holiday).plus({ days: 1 });
    let steps = 0;
    while (day.weekday >= 6 || holidaySet.has(toIso(day)) || transferred.has(toIso(day)) || carried.has(toIso(day))) {
      day = day.plus({ days: 1 });
      guardRunaway(++steps, holiday);
    }
    carried.add(toIso(day));
  }
  return [...carried].sort();
}

/** The Kyiv calendar date of an instant: 2026-03-01T22:30Z is already 2 March in Kyiv. */
export function kyivDate(instant: Date): string {
  assertValidInstant(instant);
  return DateTime.fromJSDate(instant, { zone: KYIV_ZONE }).toISODate() as string;
}

/**
 * 23:59:59.999 Kyiv local time on that date. A day-based term lasts until the end of its last day
 * (Civil Code Art. 253–254); computing it in the Kyiv zone gives 20:59:59.999Z in summer (UTC+3)
 * and 21:59:59.999Z in winter (UTC+2), including on the days the clocks change.
 */
export function endOfKyivDay(isoDate: string): Date {
  parseIsoDate(isoDate);
  return DateTime.fromISO(isoDate, { zone: KYIV_ZONE }).endOf('day').toJSDate();
}

export function addCalendarDays(isoDate: string, n: number): string {
  assertInteger(n);
  return toIso(parseIsoDate(isoDate).plus({ days: n }));
}

export function addCalendarMonths(isoDate: string, n: number): string {
  assertInteger(n);
  // Luxon clamps to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb), which is
  // exactly Civil Code Art. 254(2).
  return toIso(parseIsoDate(isoDate).plus({ months: n }));
}

/**
 * The date n working days after `isoDate`. `isoDate` itself is day zero (Civil Code Art. 253:
 * a term starts the day after the event), whether or not it is a working day.
 */
export function addWorkingDays(isoDate: string, n: number, cal: Calendar): string {
  assertInteger(n);
  if (n < 0) throw new RangeError(`addWorkingDays expects n >= 0, got ${n}`);
  let day = parseIsoDate(isoDate);
  let counted = 0;
  let daysOffInARow = 0;
  while (counted < n) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(toIso(day), cal)) {
      counted++;
      daysOffInARow = 0;
    } else {
      guardRunaway(++daysOffInARow, isoDate);
    }
  }
  return toIso(day);
}

/** Civil Code Art. 254(5): a term whose last day is a day off ends on the first working day after it. */
export function nextWorkingDayOnOrAfter(isoDate: string, cal: Calendar): string {
  return walkToWorkingDay(isoDate, 1, cal);
}

/** For internal control terms that must never land later than the statutory day. */
export function previousWorkingDayOnOrBefore(isoDate: string, cal: Calendar): string {
  return walkToWorkingDay(isoDate, -1, cal);
}

/**
 * Working days in (fromIsoExclusive, toIsoInclusive] — e.g. how many working days remain from
 * today until the due date. 0 when `to` is not after `from`.
 *
 * The count walks day by day, so a caller that only needs to know whether the distance is one of
 * a few small numbers passes `atMost`: counting stops past it (the result is then `atMost + 1`),
 * and the work stays bounded however far away `to` is.
 */
export function workingDaysBetween(fromIsoExclusive: string, toIsoInclusive: string, cal: Calendar, atMost = Infinity): number {
  let day = parseIsoDate(fromIsoExclusive);
  const end = parseIsoDate(toIsoInclusive).toMillis();
  let count = 0;
  while (day.toMillis() < end && count <= atMost) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(toIso(day), cal)) count++;
  }
  return count;
}

function walkToWorkingDay(isoDate: string, step: 1 | -1, cal: Calendar): string {
  let day = parseIsoDate(isoDate);
  let steps = 0;
  while (!isWorkingDay(toIso(day), cal)) {
    day = day.plus({ days: step });
    guardRunaway(++steps, isoDate);
  }
  return toIso(day);
}

// A calendar that marks every weekday of a year as a holiday is a data error; fail loudly rather
// than loop forever.
const MAX_CONSECUTIVE_DAYS_OFF = 366;

function guardRunaway(consecutiveDaysOff: number, from: string): void {
  if (consecutiveDaysOff > MAX_CONSECUTIVE_DAYS_OFF) {
    throw new RangeError(`No working day within ${MAX_CONSECUTIVE_DAYS_OFF} days of ${from}: check the calendar`);
  }
}

function assertInteger(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`Expected an integer number of days, got ${n}`);
}
