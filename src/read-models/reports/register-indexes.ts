import type { Core } from '@strapi/strapi';
import { REGISTERS } from './register-items';

/**
 * Partial indexes on the registers' open items (the dashboard, the reminder sweep): only a fraction of a register is
 * open at any time, and the queries that read open items by their control date should not visit the closed ones.
 * Strapi's schema.json cannot declare a partial or an expression index, and `database/migrations` run before the
 * schema sync (on a new database the tables do not exist yet), so they are created here at startup, after it, like
 * the search indexes (src/documents/search-text.ts). The expressions below are the ones the queries write, as
 * literals, so the planner can match them: change them together.
 */

/** `column in ('registered', …)` with the open states written out (a partial index's predicate must match). */
export function openStatesSql(column: string, states: readonly string[]): string {
  return `${column} in (${states.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')})`;
}

/** The internal control date: `controlDueAt` where one is stored, else the statutory term. */
export function controlDueSql(controlColumn: string, dueColumn: string): string {
  return `coalesce(${controlColumn}, ${dueColumn})`;
}

/** A privileged applicant (Art. 20) as a non-null boolean (SQLite keeps booleans as 0/1). */
export function prioritySql(column: string, postgres: boolean): string {
  return `coalesce(${column}, ${postgres ? 'false' : '0'})`;
}

export async function ensureRegisterIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
  for (const register of REGISTERS) {
    const meta: any = strapi.db.metadata.get(register.uid as any);
    if (!meta) continue;
    const col = (attribute: string) => q(meta.attributes[attribute].columnName);
    const t = meta.tableName as string;
    const open = openStatesSql(col('workflowState'), register.openStates);
    const control = controlDueSql(col('controlDueAt'), col('dueAt'));
    // the dashboard's ten most urgent items: privileged first, then by control date, read in index order
    const leading = register.key === 'appeal' ? `(${prioritySql(col('priority'), postgres)}) desc, ` : '';
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${q(`${t}_open_control_idx`)} ON ${q(t)} (${leading}(${control})) WHERE ${open}`);
    // the dashboard's extended open appeals (Art. 20 notices): a handful of rows among the open ones
    if (meta.attributes.extendedUntil) {
      await knex.raw(`CREATE INDEX IF NOT EXISTS ${q(`${t}_open_extended_idx`)} ON ${q(t)} (id) WHERE ${open} AND ${col('extendedUntil')} IS NOT NULL`);
    }
  }
}
