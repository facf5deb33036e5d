import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import { api } from './support/client';
import { registerAppeal } from './support/fixtures';
import { startServerProcess, type ServerProcess } from './support/server-process';

/**
 * docs/OPERATIONS.md's backup and restore, done for real: `pg_dump -Fc` of the run's database, `pg_restore` into a
 * fresh database, the app booted on it, and every register compared — row counts of every table, and each
 * registration number as the restored app serves it. PostgreSQL only (SQLite is backed up by copying its file).
 */

const postgres = process.env.TEST_DB_CLIENT === 'postgres';
const tools = ['pg_dump', 'pg_restore'].map((tool) => ({ tool, found: spawnSync(tool, ['--version']).status === 0 }));
const skipReason = !postgres
  ? 'backup/restore test skipped: the run uses SQLite (run it with npm run test:pg)'
  : tools.filter((t) => !t.found).map((t) => `${t.tool} not found on PATH (apt-get install postgresql-client)`).join('; ');
// straight to stderr: jest shows no console output of a file whose tests are all skipped
if (skipReason) process.stderr.write(`\n${skipReason}\n`);
const describeOnPostgres = skipReason ? describe.skip : describe;

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = (await client.query(`select tablename from pg_tables where schemaname = 'public' order by tablename`)).rows.map((r) => r.tablename as string);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await client.query(`select count(*) as n from "${t.replace(/"/g, '""')}"`)).rows[0].n);
    return counts;
  });
}

/** Every registration number of a register, as the app at `baseUrl` serves them through REST. */
async function registrationNumbers(baseUrl: string, collection: string): Promise<string[]> {
  const numbers: string[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${baseUrl}/api/${collection}?fields[0]=registrationNumber&sort=id:asc&pagination[page]=${page}&pagination[pageSize]=100`, {
      headers: { Authorization: `Bearer ${process.env.TEST_API_TOKEN}` },
    });
    if (res.status !== 200) throw new Error(`${collection}: ${res.status} ${await res.text()}`);
    const body: any = await res.json();
    numbers.push(...body.data.map((d: any) => d.registrationNumber));
    if (page >= body.meta.pagination.pageCount) return numbers;
  }
}

const sequenceOf = (number: string) => Number(/-(\d+)\/(\d{4})$/.exec(number)?.[1]);

describeOnPostgres('backup (pg_dump -Fc) restored into a fresh database (pg_restore)', () => {
  // (a skipped describe still runs its body: nothing here may need PostgreSQL)
  const dir = skipReason ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'city-appeals-backup-'));
  const source = process.env.DATABASE_URL ?? '';
  const restoredName = `city_appeals_restore_${Date.now()}_${process.pid}`;
  const restoredUrl = () => {
    const url = new URL(source);
    url.pathname = `/${restoredName}`;
    return url.toString();
  };
  let server: ServerProcess | null = null;

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    if (skipReason) return;
    await withClient(source, (c) => c.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('boots on the restored database with every register, number and counter intact', async () => {
    // something in each register, and a message in the outbox
    await registerAppeal({ applicant: { fullName: 'Бондар Марія', address: 'м. Дністрове, вул. Тестова, 4', email: `backup-${Date.now()}@example.com` } });
    const request = await api('POST', '/information-requests', { data: {
      receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', requester: { fullName: 'Запитувач Резервний', email: 'backup-request@example.com' }, requestText: 'Прошу надати копію рішення.',
    } });
    expect(request.status).toBe(201);

    const before = await tableCounts(source);
    const dump = path.join(dir, 'city-appeals.dump');
    const dumped = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', dump, '--dbname', source], { encoding: 'utf8' });
    expect(dumped.stderr).toBe('');
    expect(dumped.status).toBe(0);
    expect(fs.statSync(dump).size).toBeGreaterThan(0);

    await withClient(source, (c) => c.query(`CREATE DATABASE "${restoredName}"`));
    const restored = spawnSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', restoredUrl(), dump], { encoding: 'utf8' });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);

    // the database itself: every table, every row
    expect(await tableCounts(restoredUrl())).toEqual(before);
    expect(before.appeals).toBeGreaterThan(0);
    expect(before.information_requests).toBeGreaterThan(0);
    expect(before.registration_counters).toBeGreaterThan(0);
    expect(before.notifications).toBeGreaterThan(0);

    // the app on it: same secrets, so the API token of the run works there too
    server = await startServerProcess({ DATABASE_CLIENT: 'postgres', DATABASE_URL: restoredUrl(), CRON_ENABLED: 'false' });
    const ready = await fetch(`${server.baseUrl}/_ready`);
    expect(ready.status).toBe(200);
    const original = process.env.TEST_BASE_URL!;
    for (const collection of ['appeals', 'information-requests']) {
      const there = await registrationNumbers(server.baseUrl, collection);
      expect(there).toEqual(await registrationNumbers(original, collection));
      expect(there.length).toBeGreaterThan(0);
    }

    // the yearly counters came along: the next number continues the sequence instead of colliding
    const existing = await registrationNumbers(server.baseUrl, 'appeals');
    const res = await fetch(`${server.baseUrl}/api/appeals`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.TEST_API_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: {
        receivedAt: '2026-03-02T09:00:00.000Z', channel: 'written', appealType: 'application', authorKind: 'individual',
        applicant: { fullName: 'Шаповал Андрій', address: 'м. Дністрове, вул. Тестова, 5' }, subject: 'Освітлення', text: 'Прошу відновити освітлення.',
      } }),
    });
    const created: any = await res.json();
    expect(res.status).toBe(201);
    const number: string = created.data.registrationNumber;
    expect(existing).not.toContain(number);
    const max2026 = Math.max(...existing.filter((n) => n.endsWith('/2026')).map(sequenceOf));
    expect(sequenceOf(number)).toBeGreaterThan(max2026);
  }, 480000);
});
