import ExcelJS from 'exceljs';
import { api } from './support/client';
import { adminApi, adminToken } from './support/admin';

const kyivToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date());

/**
 * Campaigns and events in March–May 2017 hold only what this test adds (counted by hand below). Publications are
 * published "now", so they are measured as the difference this test makes to the current month.
 */
describe('communications report', () => {
  beforeAll(async () => {
    const campaign = await api('POST', '/campaigns', {
      data: {
        title: 'Звітна кампанія 2017', goal: 'Перевірити звіт', startsOn: '2017-03-01', endsOn: '2017-05-31',
        kpis: [{ metric: 'Охоплення', unit: 'осіб', target: 1000, actual: 750 }, { metric: 'Заходи', target: 5, actual: null }],
      },
    });
    expect(campaign.status).toBe(201);
    const event = (data: Record<string, unknown>) => api('POST', '/communication-events', { data: { campaign: campaign.body.data.documentId, ...data } });
    expect((await event({ title: 'Пресконференція', eventType: 'press_conference', startsAt: '2017-04-03T08:00:00.000Z', expectedParticipants: 20, actualParticipants: 25 })).status).toBe(201);
    expect((await event({ title: 'Зустріч із мешканцями', eventType: 'meeting_with_residents', startsAt: '2017-04-10T15:00:00.000Z', expectedParticipants: 50, actualParticipants: 30 })).status).toBe(201);
    expect((await event({ title: 'Ще одна зустріч', eventType: 'meeting_with_residents', startsAt: '2017-05-12T15:00:00.000Z', expectedParticipants: 40 })).status).toBe(201);
  });

  it('shows KPI target vs actual, and events with expected and actual participants', async () => {
    const res = await adminApi('GET', '/admin/reports/communications?from=2017-03-01&to=2017-05-31');
    expect(res.status).toBe(200);
    const report = res.body.data;
    const mine = report.campaigns.filter((c: any) => c.title === 'Звітна кампанія 2017');
    expect(mine).toHaveLength(1);
    expect(mine[0].kpis).toEqual([
      { metric: 'Охоплення', unit: 'осіб', target: 1000, actual: 750, achieved: 75 },
      { metric: 'Заходи', unit: null, target: 5, actual: null, achieved: null },
    ]);
    const events = Object.fromEntries(report.events.map((e: any) => [e.type, [e.count, e.expectedParticipants, e.actualParticipants]]));
    expect(events).toEqual({ press_conference: [1, 20, 25], meeting_with_residents: [2, 90, 30] });
    expect(report.months).toEqual(['2017-03', '2017-04', '2017-05']);
  });

  it('counts publications per kind per month and refutations published', async () => {
    const month = kyivToday().slice(0, 7);
    const query = `/admin/reports/communications?from=${month}-01&to=${kyivToday()}`;
    const count = (report: any, kind: string) => report.publicationsByKind.find((p: any) => p.kind === kind)?.perMonth.at(-1) ?? 0;
    const before = (await adminApi('GET', query)).body.data;
    for (const data of [
      { kind: 'news', title: `Звітна новина ${Date.now()} А` },
      { kind: 'news', title: `Звітна новина ${Date.now()} Б` },
      { kind: 'refutation', title: `Звітне спростування ${Date.now()}`, claim: 'Вигадка', claimSources: 'https://example.com/x', verdict: 'false_claim' },
    ]) {
      expect((await api('POST', '/publications?status=published', { data })).status).toBe(201);
    }
    expect((await api('POST', '/publications?status=draft', { data: { kind: 'news', title: `Звітна чернетка ${Date.now()}` } })).status).toBe(201);
    const after = (await adminApi('GET', query)).body.data;
    expect([count(after, 'news') - count(before, 'news'), count(after, 'refutation') - count(before, 'refutation')]).toEqual([2, 1]);
    expect(after.refutationsPublished - before.refutationsPublished).toBe(1);
  });

  it('exports the same figures as XLSX', async () => {
    const res = await fetch(`${process.env.TEST_BASE_URL}/admin/reports/communications?from=2017-03-01&to=2017-05-31&format=xlsx`, { headers: { Authorization: `Bearer ${await adminToken()}` } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const values = workbook.getWorksheet('Звіт')!.getSheetValues().filter(Boolean).map((row: any) => row.slice(1));
    expect(values).toContainEqual(['Кампанії', 'Звітна кампанія 2017: Охоплення, осіб', 750, 1000, 75]);
  });
});
