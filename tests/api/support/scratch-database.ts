import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

/**
 * A second, empty database of the same kind as the run's (for scripts that need one of their own):
 * a temporary SQLite file, or a fresh PostgreSQL database on TEST_POSTGRES_URL's server. Dropped afterwards.
 */
export async function withScratchDatabase<T>(fn: (env: Record<string, string>) => Promise<T>): Promise<T> {
  if (process.env.TEST_DB_CLIENT !== 'postgres') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'city-appeals-'));
    try {
      return await fn({ DATABASE_CLIENT: 'sqlite', DATABASE_URL: '', DATABASE_FILENAME: path.join(dir, 'scratch.db') });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const server = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `city_appeals_scratch_${Date.now()}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(server);
    url.pathname = `/${name}`;
    return await fn({ DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
