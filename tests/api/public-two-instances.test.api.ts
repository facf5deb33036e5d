import { api, http } from './support/client';
import { bearer, superAdminToken } from './support/admin-roles';
import { startServerProcess, type ServerProcess } from './support/server-process';

/**
 * Two application instances on one PostgreSQL database (docs/OPERATIONS.md): the test's own server is A, a second
 * process is B. What one publishes or unpublishes, the other's next reads show within a second — its cache of
 * public answers learns the new content version by NOTIFY or by its version check — and no read after that is stale.
 * The cron jobs still run once across the two (advisory lock, src/jobs/run-exclusively.ts).
 */
const postgres = process.env.TEST_DB_CLIENT === 'postgres';
if (!postgres) {
  // written straight to the terminal: jest shows no console output of a suite whose tests are all skipped
  process.stdout.write('\nПропущено: два екземпляри застосунку на одній базі (узгодженість кешу публічних відповідей) перевіряються лише на PostgreSQL (npm run test:pg); SQLite — база одного екземпляра.\n');
}

const COHERENCE_MS = 1000;
const STALE_CHECK_READS = 40;
const LIST = 'query List($word: String) { publications(filters: { title: { containsi: $word } }) { documentId title } }';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function titles(baseUrl: string, word: string): Promise<{ titles: string[]; cache: string | null }> {
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: LIST, variables: { word } }) });
  const body = await res.json();
  if (res.status !== 200 || !body.data) throw new Error(`${baseUrl}: ${res.status} ${JSON.stringify(body)}`);
  return { titles: body.data.publications.map((p: any) => p.title), cache: res.headers.get('x-public-cache') };
}

/** Reads until `expected` shows, for at most COHERENCE_MS; the milliseconds it took, or null if it never did. */
async function seenWithin(baseUrl: string, word: string, expected: string[]): Promise<number | null> {
  const started = Date.now();
  for (;;) {
    const elapsed = Date.now() - started;
    if (JSON.stringify((await titles(baseUrl, word)).titles) === JSON.stringify(expected)) return elapsed;
    if (elapsed > COHERENCE_MS) return null;
    await sleep(20);
  }
}

(postgres ? describe : describe.skip)('two instances, one database (PostgreSQL)', () => {
  let b: ServerProcess;
  const a = () => process.env.TEST_BASE_URL!;

  beforeAll(async () => {
    b = await startServerProcess({ LOG_LEVEL: 'warn' });
  }, 300_000);
  afterAll(async () => {
    if (!b) return;
    b.child.kill('SIGTERM');
    await b.exited;
  });

  it('a publish or unpublish on one instance shows on the other within a second, and no read after that is stale', async () => {
    const word = `двоє${unique()}`;
    const title = `Оголошення для двох екземплярів ${word}`;
    const draft = await api('POST', '/publications?status=draft', { data: { kind: 'announcement', title } });
    const id = draft.body.data.documentId;
    // B holds the empty answer in its cache
    expect(await titles(b.baseUrl, word)).toEqual({ titles: [], cache: 'miss' });
    expect(await titles(b.baseUrl, word)).toEqual({ titles: [], cache: 'hit' });

    expect((await api('PUT', `/publications/${id}?status=published`, { data: {} })).status).toBe(200); // on A
    const published = await seenWithin(b.baseUrl, word, [title]);
    expect(published).not.toBeNull();
    for (let i = 0; i < STALE_CHECK_READS; i++) {
      expect((await titles(i % 2 ? a() : b.baseUrl, word)).titles).toEqual([title]);
    }

    const admin = bearer(await superAdminToken());
    const base = '/content-manager/collection-types/api::publication.publication';
    expect((await http('POST', `${base}/${id}/actions/unpublish`, {}, admin)).status).toBe(200); // on A
    const unpublished = await seenWithin(b.baseUrl, word, []);
    expect(unpublished).not.toBeNull();
    for (let i = 0; i < STALE_CHECK_READS; i++) {
      expect((await titles(i % 2 ? a() : b.baseUrl, word)).titles).toEqual([]);
    }

    // and the other way round: published through B, seen on A
    expect(await titles(a(), word)).toEqual({ titles: [], cache: 'hit' });
    const onB = await fetch(`${b.baseUrl}/api/publications/${id}?status=published`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.TEST_API_TOKEN}` }, body: JSON.stringify({ data: {} }),
    });
    expect(onB.status).toBe(200);
    const backOnA = await seenWithin(a(), word, [title]);
    expect(backOnA).not.toBeNull();
    // eslint-disable-next-line no-console
    console.log(`Два екземпляри: публікацію на A видно на B через ${published} мс, зняття — через ${unpublished} мс; публікацію на B видно на A через ${backOnA} мс; по ${STALE_CHECK_READS} читань після кожної зміни без застарілих відповідей.`);
  }, 120_000);

  it('runs the scheduled publishing once across the two instances, and both show its result', async () => {
    const word = `розклад${unique()}`;
    const title = `Запланована новина ${word}`;
    const draft = await api('POST', '/publications?status=draft', { data: { kind: 'news', title, scheduledAt: new Date(Date.now() - 1000).toISOString() } });
    expect(draft.status).toBe(201);
    const id = draft.body.data.documentId;
    expect((await titles(b.baseUrl, word)).titles).toEqual([]);
    const run = (baseUrl: string) => fetch(`${baseUrl}/api/publications/publish-scheduled`, { method: 'POST', headers: { Authorization: `Bearer ${process.env.TEST_API_TOKEN}` } })
      .then(async (res) => ({ status: res.status, body: await res.json() }));
    const runs = await Promise.all([run(a()), run(b.baseUrl)]);
    expect(runs.map((r) => r.status)).toEqual([200, 200]);
    // once by one of the two, or by A's own cron tick a moment earlier — never twice
    expect(runs.flatMap((r) => r.body.data.published).filter((published: string) => published === id).length).toBeLessThanOrEqual(1);
    const entries = await api('GET', `/audit-entries?filters[recordDocumentId][$eq]=${id}&filters[action][$eq]=publish`);
    expect(entries.body.data.length).toBe(1);
    expect(await seenWithin(b.baseUrl, word, [title])).not.toBeNull();
    expect(await seenWithin(a(), word, [title])).not.toBeNull();
  }, 120_000);
});
