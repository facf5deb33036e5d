import type { Core } from '@strapi/strapi';
import { calendarYearsAt, statutoryCalendarDays, statutoryDaysToInsert } from '../domain/statutory-calendar';
import { storedIsoDate } from '../documents/stored-values';
import { runExclusively } from '../jobs/run-exclusively';

const HOLIDAY_UID = 'api::holiday.holiday';

/**
 * At every start and every night: the public holidays of Labour Code Art. 73 from 2025 to two years past the current
 * Kyiv year (`calendarYearsAt`; Easter and Trinity derived from the paschalion) are put into the calendar if a date is
 * missing, so a database deployed without demo data, or running into a new year, still moves a term off a holiday in
 * peacetime (Civil Code Art. 254(5)). Only missing dates are inserted (`statutoryDaysToInsert`): a day a manager
 * entered or changed is never overwritten or deleted. Instances starting together take the same advisory lock on
 * PostgreSQL and the second one waits, then finds every date present; SQLite has one instance.
 * Returns the number of days inserted.
 */
export async function loadStatutoryCalendar(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const years = calendarYearsAt(now);
  const run = await runExclusively(strapi, 'statutory-calendar', async () => {
    const rows: Array<{ date: unknown }> = await strapi.db.query(HOLIDAY_UID).findMany({ select: ['date'] });
    const missing = statutoryDaysToInsert(statutoryCalendarDays(years.from, years.to), rows.map((row) => storedIsoDate(row.date)));
    for (const day of missing) await strapi.documents(HOLIDAY_UID as any).create({ data: day as any });
    return missing.length;
  }, { wait: true });
  const inserted = run.ran ? run.result : 0;
  if (inserted > 0) strapi.log.info(`Календар: додано святкових днів (КЗпП ст. 73): ${inserted}`);
  return inserted;
}
