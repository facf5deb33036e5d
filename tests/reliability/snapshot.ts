import crypto from 'crypto';
import type { DirectDb } from '../api/support/direct-db';
import { quote } from '../api/support/direct-db';
import { applicationSchemas, componentSchema } from './corpus';
import fs from 'fs';
import path from 'path';

/** Row count and a content hash of every application table (types, components, their link tables), read directly. */
export type Snapshot = Record<string, string>;

function applicationCollections(): string[] {
  const names = applicationSchemas().map((s) => {
    const file = path.resolve(__dirname, '../../src/api', s.uid.split('::')[1].split('.')[0], 'content-types', s.singularName, 'schema.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).collectionName as string;
  });
  const componentsDir = path.resolve(__dirname, '../../src/components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const file of fs.readdirSync(path.join(componentsDir, category))) {
      names.push(JSON.parse(fs.readFileSync(path.join(componentsDir, category, file), 'utf8')).collectionName);
    }
  }
  void componentSchema;
  return names;
}

export async function applicationTables(db: DirectDb): Promise<string[]> {
  const all: string[] = db.client === 'postgres'
    ? (await db.all('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()')).map((r) => r.name)
    : (await db.all("SELECT name FROM sqlite_master WHERE type = 'table'")).map((r) => r.name);
  const collections = applicationCollections();
  return all.filter((table) => collections.some((c) => table === c || table.startsWith(`${c}_`))).sort();
}

export async function snapshot(db: DirectDb, tables: string[]): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const table of tables) {
    if (db.client === 'postgres') {
      const [row] = await db.all(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${quote(table)} t`);
      result[table] = `${row.n}:${row.h}`;
    } else {
      const rows = await db.all(`SELECT * FROM ${quote(table)}`);
      const text = rows.map((r) => JSON.stringify(r)).sort().join('|');
      result[table] = `${rows.length}:${crypto.createHash('md5').update(text).digest('hex')}`;
    }
  }
  return result;
}

export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
