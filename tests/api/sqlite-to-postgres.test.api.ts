import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import { Client, types } from 'pg';
import { api } from './support/client';
import { registerAppeal } from './support/fixtures';

/**
 * npm run db:sqlite-to-postgres, round trip: a copy of the run's SQLite database (every register the tests wrote,
 * their numbers, relations, counters, outbox and audit trail) moved into a fresh PostgreSQL database, then every row
 * of every table compared value by value. Runs in the SQLite run, with a PostgreSQL server at TEST_POSTGRES_URL.
 */

const ROOT = path.resolve(__dirname, '../..');
const SERVER = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const sqliteRun = process.env.TEST_DB_CLIENT !== 'postgres';
const describeOnSqlite = sqliteRun ? describe : describe.skip;
// straight to stderr: jest shows no console output of a file whose tests are all skipped
if (!sqliteRun) process.stderr.write('\nSQLite → PostgreSQL round trip skipped: the run uses PostgreSQL (it needs a SQLite database to move; npm test runs it)\n');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { STRAPI_BOOKKEEPING, DERIVED, convert } = require(path.join(ROOT, 'scripts/sqlite-to-postgres.js'));

/** dates as PostgreSQL writes them ('2026-03-02'), not as JavaScript dates in the local zone */
const pgTypes = { getTypeParser: (oid: number, format?: any) => (oid === 1082 ? (v: string) => v : (types.getTypeParser as any)(oid, format)) };

async function pgAdmin<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, types: pgTypes as any });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One comparable form of a value, whatever the database: instants as ISO strings, booleans, parsed JSON, numbers. */
function normal(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type.startsWith('timestamp')) return (value instanceof Date ? value : convert(value, type)).toISOString();
  if (type === 'boolean') return convert(value, type);
  if (type === 'json' || type === 'jsonb') return typeof value === 'string' ? JSON.parse(value) : value;
  if (['integer', 'bigint', 'smallint', 'numeric', 'real', 'double precision'].includes(type)) return Number(value);
  if (type.startsWith('time')) return String(value).slice(0, 8);
  return value;
}

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/sqlite-to-postgres.js'), ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'error' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describeOnSqlite('SQLite → PostgreSQL (npm run db:sqlite-to-postgres)', () => {
  const dir = sqliteRun ? fs.mkdtempSync(path.join(os.tmpdir(), 'city-appeals-move-')) : ''; // a skipped describe still runs its body
  const name = `city_appeals_move_${Date.now()}_${process.pid}`;
  const target = (() => {
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    return url.toString();
  })();
  let reachable = true;

  beforeAll(async () => {
    try {
      await pgAdmin(SERVER, (c) => c.query(`CREATE DATABASE "${name}"`));
    } catch (error: any) {
      reachable = false;
      // eslint-disable-next-line no-console
      console.log(`SQLite → PostgreSQL round trip skipped: no PostgreSQL server at TEST_POSTGRES_URL (${error.message})`);
    }
  });

  afterAll(async () => {
    if (reachable) await pgAdmin(SERVER, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('carries every row of every table, value for value', async () => {
    if (!reachable) return;
    // at least one of everything the move must keep: an appeal (number, counter, audit entry) and its e-mail
    await registerAppeal({ applicant: { fullName: 'Мельник Ганна', address: 'м. Дністрове, вул. Тестова, 6', email: `move-${Date.now()}@example.com` } });
    expect((await api('GET', '/audit-entries?pagination[pageSize]=1')).status).toBe(200);

    const source = path.join(dir, 'source.db');
    const live = new Database(process.env.DATABASE_FILENAME!, { readonly: true });
    await live.backup(source);
    live.close();

    const moved = await run([`--from=${source}`, `--to=${target}`, '--no-compile']);
    expect(moved.output).not.toMatch(/Помилка перенесення/);
    expect(moved.code).toBe(0);
    const summary = JSON.parse(moved.output.trim().split('\n').pop()!);

    const sqlite = new Database(source, { readonly: true });
    try {
      const tables: string[] = sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all()
        .map((r: any) => r.name).filter((t: string) => !STRAPI_BOOKKEEPING.has(t) && !DERIVED.has(t));
      expect(summary.tables).toBe(tables.length);
      for (const required of ['appeals', 'information_requests', 'registration_counters', 'notifications', 'audit_entries', 'admin_users', 'strapi_api_tokens']) {
        expect(tables).toContain(required);
      }
      let compared = 0;
      await pgAdmin(target, async (pg) => {
        for (const table of tables) {
          const columnTypes = new Map<string, string>((await pg.query(
            'select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = $1', [table],
          )).rows.map((r: any) => [r.column_name, r.data_type]));
          const columns: string[] = sqlite.prepare('select name from pragma_table_info(?)').all(table).map((r: any) => r.name);
          const order = columns.includes('id') ? 'id' : columns.map((c) => `"${c}"`).join(', ');
          const list = columns.map((c) => `"${c}"`).join(', ');
          const before = sqlite.prepare(`select ${list} from "${table}" order by ${order}`).all() as any[];
          const after = (await pg.query(`select ${list} from "${table}" order by ${order}`)).rows;
          const norm = (rows: any[]) => rows.map((row) => Object.fromEntries(columns.map((c) => [c, normal(row[c], columnTypes.get(c)!)])));
          expect({ table, rows: norm(after) }).toEqual({ table, rows: norm(before) });
          compared += before.length;
        }
        // the registers and their counters, spelled out
        const numbers = (await pg.query('select registration_number from appeals order by id')).rows.map((r: any) => r.registration_number);
        expect(numbers).toEqual(sqlite.prepare('select registration_number from appeals order by id').all().map((r: any) => r.registration_number));
        expect(numbers.length).toBeGreaterThan(0);
        // a new row gets an id past the copied ones
        const next = (await pg.query(`select nextval(pg_get_serial_sequence('appeals', 'id')) as n`)).rows[0].n;
        expect(Number(next)).toBeGreaterThan(Math.max(...(sqlite.prepare('select id from appeals').all() as any[]).map((r) => r.id)));
        // the statistics' roll-up is not copied: the copy marked both registers for a full count from the copied rows
        const marks = (await pg.query('select register from statistics_rollup_dirty where low is null group by register order by register')).rows;
        expect(marks.map((r: any) => r.register)).toEqual(['appeal', 'information_request']);
      });
      expect(compared).toBe(summary.rows);
      expect(compared).toBeGreaterThan(0);
    } finally {
      sqlite.close();
    }

    // a second run into the now-filled database is refused, not a silent overwrite
    const again = await run([`--from=${source}`, `--to=${target}`, '--no-compile']);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/уже є \d+ звернень/);
  }, 480000);
});
