import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * A direct connection to the run's database, for tests that must plant data no API would write (canaries). Uses the
 * same settings the server was booted with (global-setup.ts).
 */
export interface DirectDb {
  client: 'sqlite' | 'postgres';
  all(sql: string, params?: unknown[]): Promise<any[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
  /**
   * After writes around the Document Service: raise the public content version as a write through it would
   * (src/read-models/public/cache), so the server's cache of public answers drops what it held, and wait until the server's
   * version check (at most every 500 ms) has certainly seen it.
   */
  publicContentChanged(): Promise<void>;
}

const VERSION_CHECK_WAIT_MS = 700;

export async function openDirectDb(): Promise<DirectDb> {
  if (process.env.TEST_DB_CLIENT === 'postgres') {
    const pg = new Client({ connectionString: process.env.DATABASE_URL });
    await pg.connect();
    const numbered = (sql: string) => {
      let i = 0;
      return sql.replace(/\?/g, () => `$${++i}`);
    };
    return {
      client: 'postgres',
      all: async (sql, params = []) => (await pg.query(numbered(sql), params as any[])).rows,
      run: async (sql, params = []) => void (await pg.query(numbered(sql), params as any[])),
      close: () => pg.end(),
      publicContentChanged: async () => {
        const { rows } = await pg.query('UPDATE public_content_version SET version = version + 1 RETURNING scope, version');
        for (const row of rows) await pg.query('SELECT pg_notify($1, $2)', ['public_content', `${row.scope}:${row.version}`]);
        await new Promise((resolve) => setTimeout(resolve, VERSION_CHECK_WAIT_MS));
      },
    };
  }
  const db = new Database(process.env.DATABASE_FILENAME!);
  db.pragma('busy_timeout = 10000');
  return {
    client: 'sqlite',
    all: async (sql, params = []) => db.prepare(sql).all(...(params as any[])),
    run: async (sql, params = []) => void db.prepare(sql).run(...(params as any[])),
    close: async () => void db.close(),
    publicContentChanged: async () => {
      db.prepare('UPDATE public_content_version SET version = version + 1').run();
      await new Promise((resolve) => setTimeout(resolve, VERSION_CHECK_WAIT_MS));
    },
  };
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
