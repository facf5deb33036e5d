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
function openStatesSql(column: string, states: readonly string[]): string {
  return `${column} in (${states.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')})`;
}

/** The internal control date: `controlDueAt` where one is stored, else the statutory term. */
function controlDueSql(controlColumn: string, dueColumn: string): string {
  return `coalesce(${controlColumn}, ${dueColumn})`;
}

/** A privileged applicant (Art. 20) as a non-null boolean (SQLite keeps booleans as 0/1). */
function prioritySql(column: string, postgres: boolean): string {
  return `coalesce(${column}, ${postgres ? 'false' : '0'})`;
}

/**
 * The SQL expressions over one register's own table that the partial indexes below are built on, written as the
 * dashboard's queries must write them for the planner to use those indexes: one place for both. Queries qualify the
 * columns with the table; an index definition may not (SQLite refuses `.` in index expressions), and PostgreSQL
 * matches the two forms.
 */
export function openItemExpressions(strapi: Core.Strapi, register: (typeof REGISTERS)[number], options: { qualified?: boolean } = {}) {
  const postgres = strapi.db.dialect.client === 'postgres';
  const meta: any = strapi.db.metadata.get(register.uid as any);
  const table = meta.tableName as string;
  const prefix = options.qualified === false ? '' : `${quoted(table)}.`;
  const column = (attribute: string) => `${prefix}${quoted(meta.attributes[attribute].columnName)}`;
  return {
    meta,
    table,
    /** the item is in one of the register's open states */
    open: openStatesSql(column('workflowState'), register.openStates),
    /** the internal control date */
    control: controlDueSql(column('controlDueAt'), column('dueAt')),
    /** a privileged applicant (appeals only; information requests have no priority) */
    priority: register.key === 'appeal' ? prioritySql(column('priority'), postgres) : null,
    column,
  };
}

/** An SQL identifier, double-quoted (the same on PostgreSQL and SQLite). */
export const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function ensureRegisterIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const register of REGISTERS) {
    if (!strapi.db.metadata.get(register.uid as any)) continue;
    const { meta, table, open, control, priority, column } = openItemExpressions(strapi, register, { qualified: false });
    // the dashboard's ten most urgent items: privileged first, then by control date, read in index order
    const leading = priority ? `(${priority}) desc, ` : '';
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${quoted(`${table}_open_control_idx`)} ON ${quoted(table)} (${leading}(${control})) WHERE ${open}`);
    // the dashboard's extended open appeals (Art. 20 notices): a handful of rows among the open ones
    if (meta.attributes.extendedUntil) {
      await knex.raw(`CREATE INDEX IF NOT EXISTS ${quoted(`${table}_open_extended_idx`)} ON ${quoted(table)} (id) WHERE ${open} AND ${column('extendedUntil')} IS NOT NULL`);
    }
  }
}
