#!/usr/bin/env node
/**
 * npm run db:sqlite-to-postgres -- --from=.tmp/data.db --to=postgres://user:pass@host:5432/city_appeals [--no-compile]
 *
 * Moves a council that started on SQLite to PostgreSQL: every table, row for row — registers with their numbers,
 * dates and relations, the yearly registration counters, the outbox, the audit trail, admin users, roles and API
 * tokens. Stop the server first. The target database must exist and be empty (or hold only what a first start
 * created): the app is started on it once so Strapi creates the schema, every table is then emptied and filled from
 * the SQLite file in one transaction (instants from epoch milliseconds, booleans from 0/1), the id sequences are
 * moved past the copied ids, and every table's row count is compared. Prints a JSON summary on its last line.
 *
 * Strapi's `strapi export` / `strapi import` would re-create content through the Document Service (where the
 * product's rules run again) and do not carry tables that are not content types (registration_counters): hence a
 * copy of the tables themselves.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { withStrapi } = require('./lib/boot');

/**
 * Strapi's own bookkeeping of the schema and of migrations that ran: the target keeps what its first start wrote
 * (the schema description is dialect-specific), the rest is copied.
 */
const STRAPI_BOOKKEEPING = new Set(['strapi_database_schema', 'strapi_migrations', 'strapi_migrations_internal']);

/**
 * Tables the target derives from the copied registers, not copied: the public statistics' monthly roll-up and its
 * marks (src/read-models/statistics/statistics-rollup.ts). The copy's TRUNCATE and inserts fire the target's triggers,
 * which mark every month; the first statistics call counts them from the copied rows.
 */
const DERIVED = new Set(['statistics_monthly_rollup', 'statistics_rollup_dirty']);

function parseArgs(argv) {
  const value = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return { from: value('from'), to: value('to'), noCompile: argv.includes('--no-compile'), force: argv.includes('--force') };
}

/** Creates the schema on the target by starting the app on it once (no demo data, no cron). */
async function createSchema(target, noCompile) {
  Object.assign(process.env, {
    DATABASE_CLIENT: 'postgres', DATABASE_URL: target, SEED_DEMO_DATA: 'false', CRON_ENABLED: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  });
  await withStrapi({ noCompile }, async () => undefined);
}

/** Tables in an order that satisfies every foreign key (a table after those it references; self-references aside). */
async function insertionOrder(pg, tables) {
  const fks = (await pg.query(`
    select tc.table_name as child, ccu.table_name as parent
    from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`)).rows;
  const parents = new Map(tables.map((t) => [t, new Set()]));
  for (const { child, parent } of fks) if (child !== parent && parents.has(child) && parents.has(parent)) parents.get(child).add(parent);
  const order = [];
  const state = new Map();
  const visit = (t, trail) => {
    if (state.get(t) === 'done') return;
    if (state.get(t) === 'visiting') throw new Error(`foreign keys form a cycle: ${[...trail, t].join(' → ')}`);
    state.set(t, 'visiting');
    for (const p of [...parents.get(t)].sort()) visit(p, [...trail, t]);
    state.set(t, 'done');
    order.push(t);
  };
  for (const t of [...tables].sort()) visit(t, []);
  return order;
}

/** A SQLite value as PostgreSQL's column type wants it. */
function convert(value, type) {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return value === 1 || value === true || value === '1' || value === 'true';
  if (type.startsWith('timestamp')) {
    const date = typeof value === 'number' || /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(value);
    if (Number.isNaN(date.getTime())) throw new Error(`not an instant: ${value}`);
    return date;
  }
  if (type === 'json' || type === 'jsonb') return typeof value === 'string' ? value : JSON.stringify(value);
  if (Buffer.isBuffer(value)) return value;
  return value;
}

async function copy({ from, to }) {
  const Database = require('better-sqlite3');
  const { Client } = require('pg');
  const sqlite = new Database(from, { readonly: true, fileMustExist: true });
  const pg = new Client({ connectionString: to });
  await pg.connect();
  try {
    const sqliteTables = sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all()
      .map((r) => r.name).filter((t) => !STRAPI_BOOKKEEPING.has(t) && !DERIVED.has(t));
    const pgTables = (await pg.query(`select tablename from pg_tables where schemaname = current_schema()`)).rows.map((r) => r.tablename);
    const missing = sqliteTables.filter((t) => !pgTables.includes(t));
    if (missing.length) throw new Error(`tables of the SQLite file missing in PostgreSQL (different versions of the app?): ${missing.join(', ')}`);
    const tables = await insertionOrder(pg, sqliteTables);
    const quote = (name) => `"${name.replace(/"/g, '""')}"`;
    const summary = {};
    await pg.query('begin');
    await pg.query(`truncate ${tables.map(quote).join(', ')} restart identity cascade`);
    for (const table of tables) {
      const types = new Map((await pg.query(
        `select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = $1`, [table],
      )).rows.map((r) => [r.column_name, r.data_type]));
      const rows = sqlite.prepare(`select * from ${quote(table)}${sqliteColumns(sqlite, table).includes('id') ? ' order by id' : ''}`).all();
      const columns = rows.length ? Object.keys(rows[0]).filter((c) => types.has(c)) : [];
      const dropped = rows.length ? Object.keys(rows[0]).filter((c) => !types.has(c)) : [];
      if (dropped.length) throw new Error(`${table}: columns missing in PostgreSQL: ${dropped.join(', ')}`);
      // PostgreSQL takes at most 65535 parameters per statement
      const perStatement = Math.max(1, Math.floor(60000 / Math.max(1, columns.length)));
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        const params = [];
        const tuples = chunk.map((row) => `(${columns.map((c) => {
          params.push(convert(row[c], types.get(c)));
          return `$${params.length}`;
        }).join(', ')})`);
        await pg.query(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${tuples.join(', ')}`, params);
      }
      if (types.has('id')) {
        await pg.query(`select setval(pg_get_serial_sequence($1, 'id'), coalesce((select max(id) from ${quote(table)}), 0) + 1, false)
                        where pg_get_serial_sequence($1, 'id') is not null`, [quote(table)]);
      }
      summary[table] = rows.length;
    }
    await pg.query('commit');
    // the check: every table holds exactly as many rows as in the SQLite file
    const differing = [];
    for (const table of tables) {
      const n = Number((await pg.query(`select count(*) as n from ${quote(table)}`)).rows[0].n);
      if (n !== summary[table]) differing.push(`${table}: ${summary[table]} → ${n}`);
    }
    if (differing.length) throw new Error(`row counts differ after the copy: ${differing.join('; ')}`);
    return summary;
  } catch (error) {
    await pg.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    sqlite.close();
    await pg.end();
  }
}

function sqliteColumns(sqlite, table) {
  return sqlite.prepare(`select name from pragma_table_info(?)`).all(table).map((r) => r.name);
}

async function main() {
  const appDir = path.resolve(__dirname, '..');
  process.chdir(appDir);
  const args = parseArgs(process.argv.slice(2));
  if (!args.from || !args.to) throw new Error('Вкажіть --from=<файл SQLite> і --to=<postgres://…>');
  if (!fs.existsSync(args.from)) throw new Error(`Файл SQLite «${args.from}» не знайдено`);
  if (!/^postgres(ql)?:\/\//.test(args.to)) throw new Error('--to має бути адресою PostgreSQL (postgres://user:password@host:5432/db)');
  await refuseNonEmptyTarget(args.to, args.force);
  await createSchema(args.to, args.noCompile);
  const tables = await copy(args);
  console.log(JSON.stringify({ tables: Object.keys(tables).length, rows: Object.values(tables).reduce((a, b) => a + b, 0), perTable: tables }));
}

/** The copy empties every table of the target: refuse a database that already holds registers unless --force. */
async function refuseNonEmptyTarget(url, force) {
  const { Client } = require('pg');
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const exists = (await pg.query(`select to_regclass('appeals') as t`)).rows[0].t;
    if (!exists || force) return;
    const n = Number((await pg.query('select count(*) as n from appeals')).rows[0].n);
    if (n > 0) throw new Error(`У базі PostgreSQL уже є ${n} звернень: перенесення її очистило б. Вкажіть порожню базу (або --force).`);
  } finally {
    await pg.end();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`Помилка перенесення: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { convert, insertionOrder, STRAPI_BOOKKEEPING, DERIVED };
