import { api } from './support/client';
import { registerAppeal, registerRequest, setDeadlineSettings } from './support/fixtures';

/**
 * The application loads the statutory calendar itself at start (src/bootstrap/statutory-calendar.ts): the API tests
 * boot with SEED_DEMO_DATA=false, so every holiday seen here was put there by the start alone.
 */
let original: Record<string, unknown> = { martialLaw: true, nonWorkingDayRule: 'next' };

beforeAll(async () => {
  const settings = (await api('GET', '/deadline-setting')).body.data;
  if (settings) original = { martialLaw: settings.martialLaw, nonWorkingDayRule: settings.nonWorkingDayRule };
});

afterAll(async () => {
  await setDeadlineSettings(original);
});

describe('statutory calendar in a freshly started database (Labour Code Art. 73)', () => {
  it('holds the 33 public holidays of 2025–2027 without any seed', async () => {
    const res = await api('GET', '/holidays?filters[date][$gte]=2025-01-01&filters[date][$lte]=2027-12-31&filters[kind][$eq]=holiday&sort=date:asc&pagination[pageSize]=100');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(33);
    const byDate = new Map(res.body.data.map((d: any) => [d.date, d.title]));
    expect(byDate.get('2025-04-20')).toBe('Великдень');
    expect(byDate.get('2026-05-31')).toBe('Трійця');
    expect(byDate.get('2027-10-01')).toBe('День захисників і захисниць України');
    expect(byDate.get('2026-07-15')).toBe('День Української Державності');
    expect(byDate.has('2026-01-07')).toBe(false); // no longer a holiday (Art. 73 as amended in 2023)
    expect(byDate.has('2026-05-09')).toBe(false);
  });

  it('holds the years ahead too: two years past the current one, Easter and Trinity derived (2028: 16.04, 04.06)', async () => {
    const res = await api('GET', '/holidays?filters[date][$gte]=2028-01-01&filters[date][$lte]=2028-12-31&filters[kind][$eq]=holiday&sort=date:asc&pagination[pageSize]=100');
    expect(res.status).toBe(200);
    expect(res.body.data.map((d: any) => d.date)).toEqual([
      '2028-01-01', '2028-03-08', '2028-04-16', '2028-05-01', '2028-05-08', '2028-06-04',
      '2028-06-28', '2028-07-15', '2028-08-24', '2028-10-01', '2028-12-25',
    ]);
    expect(res.body.data[2].title).toBe('Великдень');
    expect(res.body.data[5].title).toBe('Трійця');
  });

  it('moves an appeal term off Thursday 01.10.2026 in peacetime, and not under martial law (Law 2136-IX Art. 6)', async () => {
    try {
      await setDeadlineSettings({ martialLaw: false, nonWorkingDayRule: 'next' });
      // 15 days from Wednesday 16.09.2026 end on Thursday 01.10.2026, a holiday → Friday 02.10.2026 (Civil Code Art. 254(5))
      const peacetime = await registerAppeal({ receivedAt: '2026-09-16T09:00:00.000Z', needsAdditionalStudy: false });
      expect(peacetime.dueAt).toBe('2026-10-02T20:59:59.999Z');
      await setDeadlineSettings({ martialLaw: true });
      const wartime = await registerAppeal({ receivedAt: '2026-09-16T09:00:00.000Z', needsAdditionalStudy: false });
      expect(wartime.dueAt).toBe('2026-10-01T20:59:59.999Z');
    } finally {
      await setDeadlineSettings(original);
    }
  });

  it('skips the day off carried from Trinity, Sunday 31.05.2026, in 5 working days of an information request', async () => {
    try {
      await setDeadlineSettings({ martialLaw: false, nonWorkingDayRule: 'next' });
      // Mon 25.05.2026: 26, 27, 28, 29 — Monday 01.06 is the carried day off (Labour Code Art. 67(3)) — 02.06
      const peacetime = await registerRequest({ receivedAt: '2026-05-25T09:00:00.000Z' });
      expect(peacetime.dueAt).toBe('2026-06-02T20:59:59.999Z');
      await setDeadlineSettings({ martialLaw: true });
      const wartime = await registerRequest({ receivedAt: '2026-05-25T09:00:00.000Z' });
      expect(wartime.dueAt).toBe('2026-06-01T20:59:59.999Z');
    } finally {
      await setDeadlineSettings(original);
    }
  });
});
