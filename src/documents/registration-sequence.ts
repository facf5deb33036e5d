import type { Core } from '@strapi/strapi';

/**
 * Takes the next number of a yearly sequence. Must run inside the transaction that registers the item: the upsert
 * locks the counter row until that transaction ends (PostgreSQL), SQLite serialises writers anyway, and a refused
 * registration rolls the counter back with it.
 */
export async function nextSequenceValue(strapi: Core.Strapi, scope: string, year: number): Promise<number> {
  return strapi.db.transaction(async ({ trx }) => {
    const result: any = await trx.raw(
      `INSERT INTO registration_counters (scope, year, value) VALUES (?, ?, 1)
       ON CONFLICT (scope, year) DO UPDATE SET value = registration_counters.value + 1
       RETURNING value`,
      [scope, year],
    );
    const rows = Array.isArray(result) ? result : result.rows;
    const value = Number(rows?.[0]?.value);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`Registration counter ${scope}/${year} returned ${JSON.stringify(rows)}`);
    }
    return value;
  });
}
