import { api, http } from './support/client';
import { openDirectDb, type DirectDb } from './support/direct-db';
import { registerAppeal, requestInput } from './support/fixtures';
import { OPEN_APPEAL_STATES } from '../../src/domain/appeal/states';
import { OPEN_INFORMATION_REQUEST_STATES } from '../../src/domain/information-request/states';
import { startOfKyivMonth } from '../../src/domain/statistics/period';

/**
 * The dashboard's figures (src/read-models/reports/dashboard.ts) read only open items and this month's answers,
 * through partial indexes. Checked here against the plainest SQL over every row of both registers (no index, no
 * scope: the test administrator sees everything), on whatever the run's database holds plus a few items of its own.
 */
let db: DirectDb;

const dashboard = async () => {
  const res = await http('GET', '/admin/reports/dashboard', undefined, { Authorization: `Bearer ${process.env.TEST_ADMIN_TOKEN}` });
  expect(res.status).toBe(200);
  return res.body.data;
};

const list = (states: readonly string[]) => states.map((s) => `'${s}'`).join(', ');

/** The figures counted row by row, without the dashboard's code: the oracle. */
async function expected(horizon: Date, now: Date) {
  const at = (d: Date) => (db.client === 'sqlite' ? d.getTime() : d);
  const monthStart = startOfKyivMonth(now);
  const registers = [
    { table: 'appeals', link: 'appeals_assignee_lnk', column: 'appeal_id', open: OPEN_APPEAL_STATES },
    { table: 'information_requests', link: 'information_requests_assignee_lnk', column: 'information_request_id', open: OPEN_INFORMATION_REQUEST_STATES },
  ];
  const figures = { atRisk: 0, overdue: 0, unrouted: 0, answered: 0, onTime: 0 };
  for (const r of registers) {
    const open = `workflow_state in (${list(r.open)})`;
    const count = async (where: string, params: unknown[] = []) => Number((await db.all(`select count(*) as n from ${r.table} where ${where}`, params))[0].n);
    figures.atRisk += await count(`${open} and coalesce(control_due_at, due_at) <= ?`, [at(horizon)]);
    figures.overdue += await count(`${open} and due_at < ?`, [at(now)]);
    figures.unrouted += await count(`${open} and not exists (select 1 from ${r.link} l where l.${r.column} = ${r.table}.id)`);
    figures.answered += await count('answered_at >= ?', [at(monthStart)]);
    figures.onTime += await count(`answered_at >= ? and (answered_late is null or answered_late = ?)`, [at(monthStart), db.client === 'sqlite' ? 0 : false]);
  }
  return figures;
}

beforeAll(async () => {
  db = await openDirectDb();
  // of its own: an open appeal long overdue, a privileged one, one answered today (this month), an open request
  await registerAppeal({ receivedAt: '2020-01-10T09:00:00.000Z', subject: 'Панель: прострочене' });
  await registerAppeal({ receivedAt: '2020-01-12T09:00:00.000Z', subject: 'Панель: пільговик', privilegeCategory: 'combatant' });
  const answered = await registerAppeal({ receivedAt: new Date(Date.now() - 2 * 86400000).toISOString(), subject: 'Панель: відповідь цього місяця' });
  const put = await api('PUT', `/appeals/${answered.documentId}`, { data: { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'satisfied', answeredAt: new Date().toISOString() } });
  expect(put.status).toBe(200);
  const request = await api('POST', '/information-requests', { data: requestInput({ receivedAt: '2020-02-03T09:00:00.000Z' }) });
  expect([200, 201]).toContain(request.status);
});

afterAll(async () => {
  await db?.close();
});

describe('dashboard figures', () => {
  it('match the same figures counted row by row over both registers', async () => {
    const before = new Date();
    const figures = await dashboard();
    const after = new Date();
    const horizon = new Date(figures.horizon);
    // «overdue» compares with the moment of the call: count at both ends of it (nothing in the fixtures falls due in between)
    const low = await expected(horizon, before);
    const high = await expected(horizon, after);
    expect(figures.overdue).toBeGreaterThanOrEqual(low.overdue);
    expect(figures.overdue).toBeLessThanOrEqual(high.overdue);
    expect({ atRisk: figures.atRisk, unrouted: figures.unrouted, answered: figures.month.answered, onTime: figures.month.onTime })
      .toEqual({ atRisk: high.atRisk, unrouted: high.unrouted, answered: high.answered, onTime: high.onTime });
    expect(figures.atRisk).toBeGreaterThanOrEqual(3);
    expect(figures.month.answered).toBeGreaterThanOrEqual(1);
  });

  it('lists at most ten open items at risk, privileged first, then by control date', async () => {
    const { items, horizon } = await dashboard();
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(10);
    for (const item of items) {
      expect(new Date(item.controlDueAt).getTime()).toBeLessThanOrEqual(new Date(horizon).getTime());
      expect([...OPEN_APPEAL_STATES, ...OPEN_INFORMATION_REQUEST_STATES]).toContain(item.workflowState);
    }
    const order = items.map((i: any) => [i.priority ? 0 : 1, new Date(i.controlDueAt).getTime()]);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
    // a privileged appeal overdue since 2020 is ahead of every item that is not privileged
    expect(items[0].priority).toBe(true);
    expect(items.find((i: any) => i.subject === 'Панель: пільговик')?.overdue ?? true).toBe(true);
  });
});
