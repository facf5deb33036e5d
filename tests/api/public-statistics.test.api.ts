import { api, graphql } from './support/client';
import { registerAppeal } from './support/fixtures';
import { ANSWER_OUTCOME_LABELS, APPEAL_CHANNEL_LABELS, APPEAL_TYPE_LABELS } from '../../src/domain/appeal/vocabulary';
import { APPEAL_STATE_LABELS } from '../../src/domain/appeal/states';
import { INFORMATION_ANSWER_OUTCOME_LABELS, INFORMATION_REQUEST_CHANNEL_LABELS } from '../../src/domain/information-request/vocabulary';
import { INFORMATION_REQUEST_STATE_LABELS } from '../../src/domain/information-request/states';

const STATS = `query Stats($from: Date!, $to: Date!) {
  appealStatistics(from: $from, to: $to) {
    from to
    appeals { received answered answeredOnTime overdue onTimeShare
      byChannel { key label count } byType { key label count } byTopic { key label count } byOutcome { key label count } }
    informationRequests { received answered answeredOnTime overdue onTimeShare
      byChannel { key count } byType { key } byTopic { key } byOutcome { key count } }
  }
}`;

const counts = (buckets: Array<{ key: string; count: number }>) => Object.fromEntries(buckets.map((b) => [b.key, b.count]));

async function put(path: string, data: Record<string, unknown>) {
  const res = await api('PUT', path, { data });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * February 2019 (Kyiv dates) holds only what this test registers; the expected figures are counted by hand below.
 * Appeals: A1 e-mail complaint T1 answered on time · A2 written application T1 answered late · A3 hotline proposal T2
 * still open (overdue) · A4 written complaint forwarded · A6 anonymous written complaint (not considered) ·
 * A5 received 28.02 22:30 UTC = 1 March in Kyiv (outside). Requests: R1 e-mail answered on time · R2 post refused on
 * time · R3 website form still open (overdue).
 */
describe('appealStatistics (public GraphQL)', () => {
  beforeAll(async () => {
    const t1 = (await api('POST', '/classifier-topics', { data: { code: 'S-901', title: 'Благоустрій (статистика)' } })).body.data.documentId;
    const t2 = (await api('POST', '/classifier-topics', { data: { code: 'S-902', title: 'Транспорт (статистика)' } })).body.data.documentId;

    const a1 = await registerAppeal({ receivedAt: '2019-01-31T22:30:00.000Z', channel: 'email', appealType: 'complaint', topic: t1, needsAdditionalStudy: false });
    await put(`/appeals/${a1.documentId}`, { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'satisfied', answeredAt: '2019-02-05T10:00:00.000Z' });
    const a2 = await registerAppeal({ receivedAt: '2019-02-10T09:00:00.000Z', channel: 'written', appealType: 'application', topic: t1, needsAdditionalStudy: false });
    await put(`/appeals/${a2.documentId}`, { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'explained', answeredAt: '2019-02-27T10:00:00.000Z' });
    await registerAppeal({ receivedAt: '2019-02-15T09:00:00.000Z', channel: 'government_hotline', contactCenterCardNumber: '1545-2019-1', appealType: 'proposal', topic: t2 });
    const a4 = await registerAppeal({ receivedAt: '2019-02-20T09:00:00.000Z', channel: 'written', appealType: 'complaint' });
    // Art. 7(4): a complaint names the body it challenges before it is forwarded
    await put(`/appeals/${a4.documentId}`, { workflowState: 'forwarded', forwardedTo: 'Держпраці', forwardedAt: '2019-02-21T09:00:00.000Z', challengedBody: 'ТОВ «Роботодавець»' });
    await registerAppeal({ receivedAt: '2019-02-28T22:30:00.000Z', channel: 'email', appealType: 'complaint' });
    await registerAppeal({ receivedAt: '2019-02-12T09:00:00.000Z', channel: 'written', appealType: 'complaint', authorKind: 'anonymous', applicant: null });

    const request = (receivedAt: string, channel: string) =>
      api('POST', '/information-requests', { data: { receivedAt, channel, requestText: 'Запит', requester: { fullName: 'Запитувач' } } }).then((r) => r.body.data);
    const r1 = await request('2019-02-04T09:00:00.000Z', 'email');
    await put(`/information-requests/${r1.documentId}`, { workflowState: 'answered', answerText: 'Надаємо', answerOutcome: 'provided', answeredAt: '2019-02-06T09:00:00.000Z' });
    const r2 = await request('2019-02-05T09:00:00.000Z', 'post');
    await put(`/information-requests/${r2.documentId}`, { workflowState: 'refused', refusalGround: 'restricted', refusalExplanation: 'Конфіденційна', refusalOfficialName: 'Коваленко Ірина Петрівна', refusalOfficialPosition: 'головний спеціаліст', answeredAt: '2019-02-07T09:00:00.000Z' });
    await request('2019-02-06T09:00:00.000Z', 'website_form');
  });

  it('counts what was received in the period by channel, type, topic and outcome, with on-time and overdue figures', async () => {
    const res = await graphql(STATS, { from: '2019-02-01', to: '2019-02-28' }, null);
    expect(res.body.errors).toBeUndefined();
    const { appeals, informationRequests, from, to } = res.body.data.appealStatistics;
    expect([from, to]).toEqual(['2019-02-01', '2019-02-28']);
    expect({ received: appeals.received, answered: appeals.answered, answeredOnTime: appeals.answeredOnTime, overdue: appeals.overdue, onTimeShare: appeals.onTimeShare })
      .toEqual({ received: 5, answered: 2, answeredOnTime: 1, overdue: 1, onTimeShare: 50 });
    expect(counts(appeals.byChannel)).toEqual({ written: 3, email: 1, government_hotline: 1 });
    expect(counts(appeals.byType)).toEqual({ complaint: 3, application: 1, proposal: 1 });
    expect(counts(appeals.byTopic)).toEqual({ 'S-901': 2, 'S-902': 1, unspecified: 2 });
    expect(counts(appeals.byOutcome)).toEqual({ satisfied: 1, explained: 1, forwarded: 1, not_considered: 1, unspecified: 1 });
    expect(appeals.byChannel.find((b: any) => b.key === 'government_hotline').label).toBe('урядова «гаряча лінія» 1545');
    expect(appeals.byTopic.find((b: any) => b.key === 'S-901').label).toBe('Благоустрій (статистика)');

    expect({ received: informationRequests.received, answered: informationRequests.answered, answeredOnTime: informationRequests.answeredOnTime, overdue: informationRequests.overdue, onTimeShare: informationRequests.onTimeShare })
      .toEqual({ received: 3, answered: 2, answeredOnTime: 2, overdue: 1, onTimeShare: 100 });
    expect(counts(informationRequests.byChannel)).toEqual({ email: 1, post: 1, website_form: 1 });
    expect(counts(informationRequests.byOutcome)).toEqual({ provided: 1, refused: 1, unspecified: 1 });
    expect(informationRequests.byType).toEqual([]);
  });

  it('gives every list exactly, labelled and ordered, each adding up to the total (one grouped pass per register)', async () => {
    const res = await graphql(STATS.replace('byTopic { key }', 'byTopic { key label count }').replace('byChannel { key count }', 'byChannel { key label count }').replace('byOutcome { key count } }', 'byOutcome { key label count } }'), { from: '2019-02-01', to: '2019-02-28' }, null);
    expect(res.body.errors).toBeUndefined();
    const { appeals, informationRequests } = res.body.data.appealStatistics;
    const unspecified = (count: number) => ({ key: 'unspecified', label: 'не зазначено', count });
    expect(appeals.byChannel).toEqual([
      { key: 'written', label: APPEAL_CHANNEL_LABELS.written, count: 3 },
      { key: 'email', label: APPEAL_CHANNEL_LABELS.email, count: 1 },
      { key: 'government_hotline', label: APPEAL_CHANNEL_LABELS.government_hotline, count: 1 },
    ]);
    expect(appeals.byType).toEqual([
      { key: 'complaint', label: APPEAL_TYPE_LABELS.complaint, count: 3 },
      { key: 'application', label: APPEAL_TYPE_LABELS.application, count: 1 },
      { key: 'proposal', label: APPEAL_TYPE_LABELS.proposal, count: 1 },
    ]);
    expect(appeals.byTopic).toEqual([
      { key: 'S-901', label: 'Благоустрій (статистика)', count: 2 },
      unspecified(2),
      { key: 'S-902', label: 'Транспорт (статистика)', count: 1 },
    ]);
    expect(appeals.byOutcome).toEqual([
      { key: 'explained', label: ANSWER_OUTCOME_LABELS.explained, count: 1 },
      { key: 'forwarded', label: APPEAL_STATE_LABELS.forwarded, count: 1 },
      { key: 'not_considered', label: APPEAL_STATE_LABELS.not_considered, count: 1 },
      { key: 'satisfied', label: ANSWER_OUTCOME_LABELS.satisfied, count: 1 },
      unspecified(1),
    ]);
    expect(informationRequests.byChannel).toEqual([
      { key: 'email', label: INFORMATION_REQUEST_CHANNEL_LABELS.email, count: 1 },
      { key: 'post', label: INFORMATION_REQUEST_CHANNEL_LABELS.post, count: 1 },
      { key: 'website_form', label: INFORMATION_REQUEST_CHANNEL_LABELS.website_form, count: 1 },
    ]);
    expect(informationRequests.byOutcome).toEqual([
      { key: 'provided', label: INFORMATION_ANSWER_OUTCOME_LABELS.provided, count: 1 },
      { key: 'refused', label: INFORMATION_REQUEST_STATE_LABELS.refused, count: 1 },
      unspecified(1),
    ]);
    expect(informationRequests.byTopic).toEqual([]);
    const sum = (buckets: Array<{ count: number }>) => buckets.reduce((n, b) => n + b.count, 0);
    for (const list of [appeals.byChannel, appeals.byType, appeals.byTopic, appeals.byOutcome]) expect(sum(list)).toBe(appeals.received);
    for (const list of [informationRequests.byChannel, informationRequests.byOutcome]) expect(sum(list)).toBe(informationRequests.received);
  });

  it('counts by the Kyiv date of receipt: 28.02 22:30 UTC belongs to March', async () => {
    const res = await graphql(STATS, { from: '2019-03-01', to: '2019-03-01' }, null);
    expect(res.body.data.appealStatistics.appeals.received).toBe(1);
    expect(res.body.data.appealStatistics.appeals.onTimeShare).toBeNull();
  });

  it('answers a period without any item with zeros and empty lists (the grand total of an empty one-pass aggregate)', async () => {
    const res = await graphql(STATS, { from: '2018-06-01', to: '2018-06-30' }, null);
    expect(res.body.errors).toBeUndefined();
    const { appeals, informationRequests } = res.body.data.appealStatistics;
    for (const register of [appeals, informationRequests]) {
      expect({ received: register.received, answered: register.answered, answeredOnTime: register.answeredOnTime, overdue: register.overdue, onTimeShare: register.onTimeShare })
        .toEqual({ received: 0, answered: 0, answeredOnTime: 0, overdue: 0, onTimeShare: null });
      expect([register.byChannel, register.byType, register.byTopic, register.byOutcome]).toEqual([[], [], [], []]);
    }
  });

  it('answers the city website token exactly as the anonymous public', async () => {
    const anonymous = await graphql(STATS, { from: '2019-02-01', to: '2019-02-28' }, null);
    const website = await graphql(STATS, { from: '2019-02-01', to: '2019-02-28' }, process.env.TEST_WEBSITE_TOKEN!);
    expect(website.body).toEqual(anonymous.body);
  });

  it('refuses a reversed or too long period with a Ukrainian message', async () => {
    const reversed = await graphql(STATS, { from: '2019-03-01', to: '2019-02-01' }, null);
    expect(reversed.body.errors?.[0]?.message).toBe('Кінець періоду (2019-02-01) раніший за його початок (2019-03-01).');
    const long = await graphql(STATS, { from: '2010-01-01', to: '2019-01-01' }, null);
    expect(long.body.errors?.[0]?.message).toMatch(/не може перевищувати 1098 днів/);
  });
});
