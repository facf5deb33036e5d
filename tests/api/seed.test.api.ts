import { spawnSync } from 'child_process';
import path from 'path';
import { withScratchDatabase } from './support/scratch-database';

const ROOT = path.resolve(__dirname, '../..');
const ALL_STATES = ['registered', 'assigned', 'in_progress', 'answered', 'forwarded', 'returned', 'not_considered', 'closed'];
const INFO_STATES = ['registered', 'assigned', 'in_progress', 'extended', 'answered', 'forwarded', 'refused', 'closed'];
const PUBLICATION_KINDS = ['news', 'announcement', 'information_material', 'refutation', 'appeal_answer', 'report'];

function seed(env: Record<string, string>) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/seed.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'test', LOG_LEVEL: 'warn', DEMO_ADMIN_PASSWORD: 'Seed-Test-Passw0rd' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(run.status).toBe(0);
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/** npm run seed on an empty database of the run's kind (SQLite or PostgreSQL), twice: the second run adds nothing. */
describe('npm run seed', () => {
  it('fills empty registers with 30+ appeals and 15+ information requests in every state, idempotently', async () => {
    await withScratchDatabase(async (env) => {
      const first = seed(env);
      expect(first.created.appeals).toBeGreaterThanOrEqual(30);
      expect(first.created.departments).toBeGreaterThanOrEqual(5);
      expect(first.created.staff).toBeGreaterThanOrEqual(10);
      for (const state of ALL_STATES) expect(first.appealsByState[state]).toBeGreaterThan(0);
      const total = Object.values<number>(first.appealsByState).reduce((a, b) => a + b, 0);
      expect(total).toBe(first.created.appeals);

      expect(first.created.informationRequests).toBeGreaterThanOrEqual(15);
      for (const state of INFO_STATES) expect(first.informationRequestsByState[state]).toBeGreaterThan(0);

      expect(first.created).toMatchObject({ campaigns: 2, communicationEvents: 5, opinionReports: 1, publications: 12 });
      expect(first.campaignsByState).toEqual({ active: 1, completed: 1 });
      for (const kind of PUBLICATION_KINDS) expect(first.publicationsByKind[kind]).toBeGreaterThan(0);
      expect(Object.values<number>(first.publicationsByKind).reduce((a, b) => a + b, 0)).toBe(12);
      expect(first.publishedPublications).toBe(9);

      const second = seed(env);
      expect(second.created).toEqual({
        departments: 0, staff: 0, topics: 0, calendarDays: 0, appeals: 0, informationRequests: 0,
        campaigns: 0, communicationEvents: 0, opinionReports: 0, publications: 0,
      });
      expect(second.publicationsByKind).toEqual(first.publicationsByKind);
      expect(second.publishedPublications).toBe(first.publishedPublications);
      expect(second.appealsByState).toEqual(first.appealsByState);
      expect(second.informationRequestsByState).toEqual(first.informationRequestsByState);
    });
  }, 400_000);
});
