import type { Core } from '@strapi/strapi';
import { statutoryDaysToInsert } from '../domain/statutory-calendar';
import { storedIsoDate } from '../documents/stored-values';
import { runExclusively } from '../jobs/run-exclusively';
import { CALENDAR_DAYS } from './seed/reference-data';

const HOLIDAY_UID = 'api::holiday.holiday';

/**
 * At every start: the public holidays of Labour Code Art. 73 for the years the product knows (CALENDAR_DAYS) are put
 * into the calendar if a date is missing, so a database deployed without demo data still moves a term off a holiday
 * in peacetime (Civil Code Art. 254(5)). Only missing dates are inserted (`statutoryDaysToInsert`): a day a manager
 * entered or changed is never overwritten or deleted. Instances starting together take the same advisory lock on
 * PostgreSQL and the second one waits, then finds every date present; SQLite has one instance.
 * Returns the number of days inserted.
 */
export async function loadStatutoryCalendar(strapi: Core.Strapi): Promise<number> {
  const run = await runExclusively(strapi, 'statutory-calendar', async () => {
    const rows: Array<{ date: unknown }> = await strapi.db.query(HOLIDAY_UID).findMany({ select: ['date'] });
    const missing = statutoryDaysToInsert(CALENDAR_DAYS, rows.map((row) => storedIsoDate(row.date)));
    for (const day of missing) await strapi.documents(HOLIDAY_UID as any).create({ data: day as any });
    return missing.length;
  }, { wait: true });
  const inserted = run.ran ? run.result : 0;
  if (inserted > 0) strapi.log.info(`Календар: додано святкових днів (КЗпП ст. 73): ${inserted}`);
  return inserted;
}
