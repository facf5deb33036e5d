import { addCalendarDays, isIsoDate, kyivDate, type DayKind } from './calendar';

/** A day of the statutory calendar as the database holds it (Labour Code Art. 73 holidays, with their names). */
export interface StatutoryCalendarDay {
  /** YYYY-MM-DD */
  date: string;
  kind: DayKind;
  title: string;
}

/**
 * Which statutory calendar days a database still lacks (Labour Code Art. 73; Civil Code Art. 254(5) needs them to
 * move a term off a non-working day). A date the calendar already holds is never touched, whatever its kind or title:
 * the manager's entry stands (e.g. a holiday a manager recorded as a transferred working day). Only missing dates are
 * inserted, each once even if the list names it twice, in date order. Invalid dates are left out.
 */
export function statutoryDaysToInsert(
  statutory: readonly StatutoryCalendarDay[],
  existingDates: Iterable<string | null | undefined>,
): StatutoryCalendarDay[] {
  const present = new Set<string>();
  for (const date of existingDates) if (typeof date === 'string') present.add(date);
  const missing: StatutoryCalendarDay[] = [];
  for (const day of statutory) {
    if (!isIsoDate(day.date) || present.has(day.date)) continue;
    present.add(day.date);
    missing.push({ date: day.date, kind: day.kind, title: day.title });
  }
  return missing.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The public holidays of Labour Code Art. 73 (as amended by Law 3107-IX of 14.07.2023), in force for every year:
 * nine fixed dates plus Easter and Trinity. Only the holidays themselves: a day off carried from a holiday that falls on
 * a weekend (Art. 67(3), peacetime only) is derived by the calendar (`carriedDaysOff` in ./calendar) and never listed.
 */
const ART_73_FIXED: ReadonlyArray<readonly [string, string]> = [
  ['01-01', 'Новий рік'],
  ['03-08', 'Міжнародний жіночий день'],
  ['05-01', 'День праці'],
  ['05-08', 'День пам’яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років'],
  ['06-28', 'День Конституції України'],
  ['07-15', 'День Української Державності'],
  ['08-24', 'День Незалежності України'],
  ['10-01', 'День захисників і захисниць України'],
  ['12-25', 'Різдво Христове'],
];

/** The years for which Easter can be derived here: the Julian calendar runs 13 days behind from 1900 to 2099. */
export const PASCHALION_YEARS = { from: 1900, to: 2099 } as const;

/**
 * Easter of the Orthodox paschalion (Art. 73 names «Великдень (Пасха)»; the date follows the Julian paschalion) as a
 * Gregorian YYYY-MM-DD. Meeus' Julian algorithm gives the Julian date; 1900–2099 it is 13 days behind the Gregorian one.
 */
export function orthodoxEaster(year: number): string {
  if (!Number.isInteger(year) || year < PASCHALION_YEARS.from || year > PASCHALION_YEARS.to) {
    throw new RangeError(`Дату Великодня обчислюють для ${PASCHALION_YEARS.from}–${PASCHALION_YEARS.to} років, не для ${year}.`);
  }
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31); // 3 = March, 4 = April (Julian)
  const day = ((d + e + 114) % 31) + 1;
  const gregorian = new Date(Date.UTC(year, month - 1, day + 13));
  return gregorian.toISOString().slice(0, 10);
}

/** The eleven holidays of Labour Code Art. 73 in one year, in date order; Trinity is the 50th day of Easter (+49). */
export function statutoryHolidays(year: number): StatutoryCalendarDay[] {
  const easter = orthodoxEaster(year);
  return [
    ...ART_73_FIXED.map(([monthDay, title]) => ({ date: `${year}-${monthDay}`, kind: 'holiday' as const, title })),
    { date: easter, kind: 'holiday' as const, title: 'Великдень' },
    { date: addCalendarDays(easter, 49), kind: 'holiday' as const, title: 'Трійця' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** The first year the product's calendar covers (the registers hold nothing received earlier). */
export const FIRST_CALENDAR_YEAR = 2025;
/** How many years ahead of the current one the calendar is kept: the longest term (45 days) never reaches past it. */
export const CALENDAR_YEARS_AHEAD = 2;

/**
 * The statutory holidays of every year from `fromYear` to `toYear` inclusive, in date order. The start-up and the
 * nightly job keep the years from FIRST_CALENDAR_YEAR to the current Kyiv year + CALENDAR_YEARS_AHEAD in the database.
 */
export function statutoryCalendarDays(fromYear: number, toYear: number): StatutoryCalendarDay[] {
  const days: StatutoryCalendarDay[] = [];
  for (let year = fromYear; year <= toYear; year += 1) days.push(...statutoryHolidays(year));
  return days;
}

/** The years the calendar keeps at `now`: from FIRST_CALENDAR_YEAR to the current Kyiv year + CALENDAR_YEARS_AHEAD. */
export function calendarYearsAt(now: Date): { from: number; to: number } {
  return { from: FIRST_CALENDAR_YEAR, to: Number(kyivDate(now).slice(0, 4)) + CALENDAR_YEARS_AHEAD };
}
