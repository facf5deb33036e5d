import { DateTime } from 'luxon';
import { KYIV_ZONE, endOfKyivDay, isIsoDate } from '../calendar';
import { DomainError } from '../errors';

/** A reporting period of whole Kyiv days, as the instants that bound it (both inclusive). */
export interface StatisticsPeriod {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/** Longest period one request may aggregate: keeps a public query cheap however it is called. */
export const MAX_PERIOD_DAYS = 3 * 366;

/**
 * Turns `from`/`to` calendar dates into the instants of the first and last moment of those days in Kyiv —
 * statistics count items by the Kyiv date on which they were received, like every term in the product.
 */
export function statisticsPeriod(from: unknown, to: unknown): StatisticsPeriod {
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw new DomainError({ field: 'from', rule: 'statistics.invalid_date', message: 'Період задається датами у форматі РРРР-ММ-ДД, наприклад from: "2026-01-01", to: "2026-03-31".' });
  }
  if (from > to) {
    throw new DomainError({ field: 'to', rule: 'statistics.period_reversed', message: `Кінець періоду (${to}) раніший за його початок (${from}).` });
  }
  const start = DateTime.fromISO(from, { zone: KYIV_ZONE }).startOf('day');
  const days = DateTime.fromISO(to, { zone: KYIV_ZONE }).diff(start, 'days').days;
  if (days > MAX_PERIOD_DAYS) {
    throw new DomainError({ field: 'to', rule: 'statistics.period_too_long', message: `Період не може перевищувати ${MAX_PERIOD_DAYS} днів: розбийте запит на кілька.` });
  }
  return { from, to, start: start.toJSDate(), end: endOfKyivDay(to) };
}

/** The quarter (1–4) containing a Kyiv date, as a period: what councils report on. */
export function quarterOf(isoDate: string): { from: string; to: string } {
  const d = DateTime.fromISO(isoDate, { zone: KYIV_ZONE });
  const start = d.startOf('quarter');
  return { from: start.toISODate()!, to: start.endOf('quarter').toISODate()! };
}

/** The first instant of the Kyiv calendar month containing `now` (UTC+2 in winter, UTC+3 in summer). */
export function startOfKyivMonth(now: Date): Date {
  return DateTime.fromJSDate(now).setZone(KYIV_ZONE).startOf('month').toJSDate();
}

/** A Kyiv calendar month: from its first instant (inclusive) to the next month's first instant (exclusive). */
export interface KyivMonth {
  /** YYYY-MM */
  key: string;
  start: Date;
  next: Date;
}

/** A span of instants from `start` (inclusive) to `end`, inclusive or, with `endExclusive`, not. */
export interface InstantRange {
  start: Date;
  end: Date;
  endExclusive: boolean;
}

function monthOf(d: DateTime): KyivMonth {
  const first = d.setZone(KYIV_ZONE).startOf('month');
  return { key: first.toFormat('yyyy-MM'), start: first.toJSDate(), next: first.plus({ months: 1 }).toJSDate() };
}

/** The Kyiv month an instant falls in. */
export function kyivMonthOf(instant: Date): KyivMonth {
  return monthOf(DateTime.fromJSDate(instant));
}

/** Every Kyiv month from the one holding `low` to the one holding `high`, in order (none when high < low). */
export function kyivMonthsBetween(low: Date, high: Date): KyivMonth[] {
  const months: KyivMonth[] = [];
  const last = kyivMonthOf(high).key;
  for (let month = kyivMonthOf(low); month.key <= last; month = kyivMonthOf(month.next)) months.push(month);
  return months;
}

/**
 * A period cut into the whole Kyiv months it covers (served from a monthly roll-up) and what is left at its edges:
 * the days before its first whole month and after its last one (counted from the items themselves). A period within
 * one month that does not cover it whole is a single edge. Months and edges meet without a gap or an overlap at any
 * precision of the stored instants: together they are exactly `start <= t <= end`.
 */
export function splitIntoMonths(period: Pick<StatisticsPeriod, 'start' | 'end'>): { months: KyivMonth[]; edges: InstantRange[] } {
  const start = period.start.getTime();
  const end = period.end.getTime();
  // a month is whole when the period holds its first instant and its last millisecond (periods end at .999)
  const months = kyivMonthsBetween(period.start, period.end).filter((m) => m.start.getTime() >= start && m.next.getTime() - 1 <= end);
  if (months.length === 0) return { months, edges: [{ start: period.start, end: period.end, endExclusive: false }] };
  const edges: InstantRange[] = [];
  const first = months[0];
  const last = months[months.length - 1];
  if (start < first.start.getTime()) edges.push({ start: period.start, end: first.start, endExclusive: true });
  if (end >= last.next.getTime()) edges.push({ start: last.next, end: period.end, endExclusive: false });
  return { months, edges };
}
