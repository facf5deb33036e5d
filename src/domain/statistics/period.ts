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
