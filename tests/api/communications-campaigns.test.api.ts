import { api, errorMessage } from './support/client';
import { createStaff } from './support/fixtures';

async function getCampaign(documentId: string) {
  return (await api('GET', `/campaigns/${documentId}?populate=*`)).body.data;
}

async function createCampaign(data: Record<string, unknown>) {
  const res = await api('POST', '/campaigns', { data: { title: 'Безпечна громада', goal: 'Поінформувати мешканців', ...data } });
  expect(res.status).toBe(201);
  return res.body.data;
}

async function expectRefusedUnchanged(path: string, data: Record<string, unknown>, message: RegExp, get: () => Promise<unknown>) {
  const stored = await get();
  const res = await api('PUT', path, { data });
  expect(res.status).toBe(400);
  expect(errorMessage(res)).toMatch(message);
  expect(await get()).toEqual(stored);
}

describe('communication campaigns', () => {
  let staff: string;
  beforeAll(async () => {
    staff = await createStaff(undefined, 'Левченко Оксана Юріївна');
  });

  it('refuses reversed dates on create and writes nothing', async () => {
    const before = (await api('GET', '/campaigns?pagination[pageSize]=1')).body.meta.pagination.total;
    const res = await api('POST', '/campaigns', { data: { title: 'Навпаки', startsOn: '2026-05-10', endsOn: '2026-05-01' } });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(/Дата завершення кампанії 01\.05\.2026 раніша за дату початку 10\.05\.2026/);
    expect((await api('GET', '/campaigns?pagination[pageSize]=1')).body.meta.pagination.total).toBe(before);
  });

  it('becomes active only with channels and a responsible person, completed only with the report and every KPI actual', async () => {
    const c = await createCampaign({
      startsOn: '2026-05-01',
      endsOn: '2026-05-31',
      kpis: [{ metric: 'Охоплення публікацій', unit: 'осіб', target: 10000 }],
    });
    expect(c.campaignState).toBe('planned');
    const get = () => getCampaign(c.documentId);
    await expectRefusedUnchanged(`/campaigns/${c.documentId}`, { campaignState: 'active' }, /хоча б один канал/, get);
    await expectRefusedUnchanged(`/campaigns/${c.documentId}`, { campaignState: 'active', channels: ['website'] }, /відповідального працівника/, get);
    await expectRefusedUnchanged(`/campaigns/${c.documentId}`, { campaignState: 'active', channels: ['website', 'tiktok'], responsible: staff }, /Невідомий канал комунікації «tiktok»/, get);
    await expectRefusedUnchanged(`/campaigns/${c.documentId}`, { channels: 'website' }, /список/, get);
    const active = await api('PUT', `/campaigns/${c.documentId}`, { data: { campaignState: 'active', channels: ['website', 'telegram'], responsible: staff } });
    expect(active.status).toBe(200);
    expect(active.body.data.campaignState).toBe('active');
    expect(active.body.data.channels).toEqual(['website', 'telegram']);

    await expectRefusedUnchanged(`/campaigns/${c.documentId}`, { campaignState: 'completed' }, /підсумковий звіт/, get);
    await expectRefusedUnchanged(
      `/campaigns/${c.documentId}`,
      { campaignState: 'completed', finalReport: 'Кампанію проведено.' },
      /фактичні значення всіх показників; не заповнено: «Охоплення публікацій»/,
      get,
    );
    const done = await api('PUT', `/campaigns/${c.documentId}`, {
      data: { campaignState: 'completed', finalReport: 'Кампанію проведено.', kpis: [{ metric: 'Охоплення публікацій', unit: 'осіб', target: 10000, actual: 12500 }] },
    });
    expect(done.status).toBe(200);
    expect(done.body.data.campaignState).toBe('completed');
    const stored = await get();
    expect(stored.kpis.map((k: any) => [k.metric, Number(k.target), Number(k.actual)])).toEqual([['Охоплення публікацій', 10000, 12500]]);
    await expectRefusedUnchanged(`/campaigns/${c.documentId}`, { campaignState: 'active' }, /більше не змінює стан/, get);
  });

  it('keeps internal fields (budget, internal notes) out of API responses', async () => {
    const c = await createCampaign({ budget: 15000, internalNotes: 'Погодити з керуючим справами' });
    expect(c.budget).toBeUndefined();
    expect(c.internalNotes).toBeUndefined();
    expect(c.title).toBe('Безпечна громада');
  });

  it('keeps events within the campaign dates, also when the campaign is moved', async () => {
    const c = await createCampaign({ startsOn: '2026-06-01', endsOn: '2026-06-30' });
    const event = (data: Record<string, unknown>) =>
      api('POST', '/communication-events', { data: { title: 'Зустріч із мешканцями', eventType: 'meeting_with_residents', campaign: c.documentId, ...data } });
    const count = async () => (await api('GET', '/communication-events?pagination[pageSize]=1')).body.meta.pagination.total;
    const total = await count();
    const early = await event({ startsAt: '2026-05-31T08:00:00.000Z' });
    expect(early.status).toBe(400);
    expect(errorMessage(early)).toMatch(/до початку кампанії \(з 01\.06\.2026 по 30\.06\.2026\)/);
    const late = await event({ startsAt: '2026-06-30T18:00:00.000Z', endsAt: '2026-07-01T06:00:00.000Z' });
    expect(late.status).toBe(400);
    expect(errorMessage(late)).toMatch(/після завершення кампанії/);
    const reversed = await event({ startsAt: '2026-06-10T10:00:00.000Z', endsAt: '2026-06-10T09:00:00.000Z' });
    expect(reversed.status).toBe(400);
    expect(errorMessage(reversed)).toMatch(/не може завершитися/);
    expect(await count()).toBe(total);

    // 23:30 Kyiv on the last day is 20:30 UTC: inside.
    const ok = await event({ startsAt: '2026-06-30T17:00:00.000Z', endsAt: '2026-06-30T20:30:00.000Z', expectedParticipants: 40 });
    expect(ok.status).toBe(201);
    expect(ok.body.data.expectedParticipants).toBe(40);
    const getEvent = async () => (await api('GET', `/communication-events/${ok.body.data.documentId}`)).body.data;
    await expectRefusedUnchanged(`/communication-events/${ok.body.data.documentId}`, { startsAt: '2026-07-02T10:00:00.000Z', endsAt: null }, /після завершення кампанії/, getEvent);

    await expectRefusedUnchanged(`/campaigns/${c.documentId}`, { endsOn: '2026-06-29' }, /Новий період не охоплює захід «Зустріч із мешканцями»/, () => getCampaign(c.documentId));
    const moved = await api('PUT', `/campaigns/${c.documentId}`, { data: { endsOn: '2026-07-15' } });
    expect(moved.status).toBe(200);
    expect(moved.body.data.endsOn).toBe('2026-07-15');
  });
});

describe('opinion monitoring reports', () => {
  it('refuses a reversed period and negative counts, writing nothing; accepts a valid report', async () => {
    const count = async () => (await api('GET', '/opinion-reports?pagination[pageSize]=1')).body.meta.pagination.total;
    const before = await count();
    const reversed = await api('POST', '/opinion-reports', { data: { title: 'Жовтень', periodFrom: '2026-11-01', periodTo: '2026-10-31' } });
    expect(reversed.status).toBe(400);
    expect(errorMessage(reversed)).toBe('Кінець періоду моніторингу 31.10.2026 раніший за його початок 01.11.2026. Виправте період звіту.');
    expect(await count()).toBe(before);
    const ok = await api('POST', '/opinion-reports', {
      data: { title: 'Жовтень', periodFrom: '2026-10-01', periodTo: '2026-10-31', positiveMentions: 5, neutralMentions: 20, negativeMentions: 3, addressedTo: 'Міський голова' },
    });
    expect(ok.status).toBe(201);
    expect([ok.body.data.positiveMentions, ok.body.data.neutralMentions, ok.body.data.negativeMentions]).toEqual([5, 20, 3]);
    const get = async () => (await api('GET', `/opinion-reports/${ok.body.data.documentId}`)).body.data;
    const stored = await get();
    const negative = await api('PUT', `/opinion-reports/${ok.body.data.documentId}`, { data: { negativeMentions: -2 } });
    expect(negative.status).toBe(400);
    expect(errorMessage(negative)).toMatch(/негативних згадок має бути цілим невід’ємним числом/);
    expect(await get()).toEqual(stored);
  });
});
