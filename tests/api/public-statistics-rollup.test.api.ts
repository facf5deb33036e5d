import { DateTime } from 'luxon';
import { api, graphql } from './support/client';
import { adminApi } from './support/admin';
import { registerAppeal, registerRequest } from './support/fixtures';
import { openDirectDb, type DirectDb } from './support/direct-db';
import { toBuckets, onTimeShare } from '../../src/domain/statistics/buckets';
import { ANSWER_OUTCOME_LABELS, APPEAL_CHANNEL_LABELS, APPEAL_TYPE_LABELS } from '../../src/domain/appeal/vocabulary';
import { APPEAL_STATE_LABELS, OPEN_APPEAL_STATES } from '../../src/domain/appeal/states';
import { INFORMATION_ANSWER_OUTCOME_LABELS, INFORMATION_REQUEST_CHANNEL_LABELS } from '../../src/domain/information-request/vocabulary';
import { INFORMATION_REQUEST_STATE_LABELS, OPEN_INFORMATION_REQUEST_STATES } from '../../src/domain/information-request/states';

/**
 * The public statistics come from a monthly roll-up kept by database triggers (src/read-models/statistics). Here the
 * figures GraphQL answers are compared whole with the figures counted from the rows themselves (read straight from the
 * database and counted below by the rules of the live statement) and with the admin analysis report, which counts the
 * rows live in SQL — for whole months, partial edges, a single day and two years; then again after every kind of write:
 * through the API (receipt moved across months, topic changed, an answer, a deletion) and by raw SQL that bypasses the
 * Document Service. Items are received in 2012–2013 (Kyiv), years no other test uses.
 */

const STATS = `query Stats($from: Date!, $to: Date!) {
  appealStatistics(from: $from, to: $to) {
    from to
    appeals { received answered answeredOnTime overdue onTimeShare
      byChannel { key label count } byType { key label count } byTopic { key label count } byOutcome { key label count } }
    informationRequests { received answered answeredOnTime overdue onTimeShare
      byChannel { key label count } byType { key label count } byTopic { key label count } byOutcome { key label count } }
  }
}`;

const PERIODS: Array<[string, string]> = [
  ['2012-01-01', '2013-12-31'], // two years: whole months only
  ['2012-03-01', '2012-05-31'], // whole months
  ['2012-04-01', '2012-04-30'], // one whole month
  ['2012-02-15', '2013-01-10'], // partial edges on both sides
  ['2012-03-20', '2012-04-05'], // two partial months, no whole one
  ['2012-04-01', '2012-04-01'], // a single day (the first of a month)
  ['2012-10-31', '2012-10-31'], // a single day (the last of a month)
  ['2011-12-15', '2013-12-31'], // a partial edge before the first item
];

const REGISTERS = {
  appeals: {
    table: 'appeals', typeColumn: 'appeal_type', topicLink: { table: 'appeals_topic_lnk', item: 'appeal_id', topic: 'classifier_topic_id' },
    openStates: OPEN_APPEAL_STATES as readonly string[], outcomeStates: ['forwarded', 'returned', 'not_considered'],
    labels: {
      channel: APPEAL_CHANNEL_LABELS as Record<string, string>, type: APPEAL_TYPE_LABELS as Record<string, string>,
      outcome: { ...ANSWER_OUTCOME_LABELS, forwarded: APPEAL_STATE_LABELS.forwarded, returned: APPEAL_STATE_LABELS.returned, not_considered: APPEAL_STATE_LABELS.not_considered } as Record<string, string>,
    },
  },
  informationRequests: {
    table: 'information_requests', typeColumn: null, topicLink: null,
    openStates: OPEN_INFORMATION_REQUEST_STATES as readonly string[], outcomeStates: ['forwarded', 'refused'],
    labels: {
      channel: INFORMATION_REQUEST_CHANNEL_LABELS as Record<string, string>, type: {} as Record<string, string>,
      outcome: { ...INFORMATION_ANSWER_OUTCOME_LABELS, forwarded: INFORMATION_REQUEST_STATE_LABELS.forwarded, refused: INFORMATION_REQUEST_STATE_LABELS.refused } as Record<string, string>,
    },
  },
} as const;

let db: DirectDb;

const millis = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  return /^\d+$/.test(String(value)) ? Number(value) : new Date(String(value)).getTime();
};
const flag = (value: unknown) => value === true || value === 1 || value === '1' || value === 't';

/** The figures of one register, counted here from its rows as the live statement counts them. */
async function counted(register: (typeof REGISTERS)[keyof typeof REGISTERS], from: string, to: string, now: number) {
  const start = DateTime.fromISO(from, { zone: 'Europe/Kyiv' }).startOf('day').toMillis();
  const end = DateTime.fromISO(to, { zone: 'Europe/Kyiv' }).endOf('day').toMillis();
  const link = register.topicLink;
  const rows = await db.all(
    `select r.received_at, r.channel, ${register.typeColumn ? `r.${register.typeColumn}` : 'null'} as item_type, r.workflow_state, r.answer_outcome,
      r.answered_at, r.answered_late, r.due_at, ${link ? 't.code, t.title' : 'null as code, null as title'}
     from ${register.table} r ${link ? `left join ${link.table} l on l.${link.item} = r.id left join classifier_topics t on t.id = l.${link.topic}` : ''}`,
  );
  const inPeriod = rows.filter((r) => {
    const received = millis(r.received_at);
    return received !== null && received >= start && received <= end;
  });
  const list = (key: (r: any) => unknown, label?: (r: any) => unknown) => inPeriod.map((r) => ({ key: key(r), label: label?.(r), count: 1 }));
  const answered = inPeriod.filter((r) => r.answered_at !== null);
  const answeredOnTime = answered.filter((r) => !flag(r.answered_late)).length;
  return {
    received: inPeriod.length,
    answered: answered.length,
    answeredOnTime,
    overdue: inPeriod.filter((r) => register.openStates.includes(r.workflow_state) && r.due_at !== null && millis(r.due_at)! < now).length,
    onTimeShare: onTimeShare(answered.length, answeredOnTime),
    byChannel: toBuckets(list((r) => r.channel), register.labels.channel),
    byType: register.typeColumn ? toBuckets(list((r) => r.item_type), register.labels.type) : [],
    byTopic: link ? toBuckets(list((r) => r.code, (r) => r.title)) : [],
    byOutcome: toBuckets(list((r) => (register.outcomeStates.includes(r.workflow_state) ? r.workflow_state : r.answer_outcome)), register.labels.outcome),
  };
}

/** Every period: GraphQL equals the figures counted from the rows, and the live analysis report agrees. */
async function expectEveryPeriodExact(): Promise<void> {
  for (const [from, to] of PERIODS) {
    const res = await graphql(STATS, { from, to }, null);
    expect(res.body.errors).toBeUndefined();
    const now = Date.now();
    const expected = {
      from, to,
      appeals: await counted(REGISTERS.appeals, from, to, now),
      informationRequests: await counted(REGISTERS.informationRequests, from, to, now),
    };
    expect({ period: [from, to], ...res.body.data.appealStatistics }).toEqual({ period: [from, to], ...expected });

    const report = await adminApi('GET', `/admin/reports/analysis?from=${from}&to=${to}`);
    expect(report.status).toBe(200);
    const section = (key: string) => report.body.data.sections.find((s: any) => s.key === key).buckets;
    const stats = res.body.data.appealStatistics;
    expect({ period: [from, to], totals: report.body.data.totals, channel: section('channel'), type: section('type'), topic: section('topic'), outcome: section('outcome'), requestOutcome: section('requestOutcome') }).toEqual({
      period: [from, to],
      totals: { appeals: stats.appeals.received, informationRequests: stats.informationRequests.received, appealsAnswered: stats.appeals.answered, appealsOnTimeShare: stats.appeals.onTimeShare },
      channel: stats.appeals.byChannel, type: stats.appeals.byType, topic: stats.appeals.byTopic, outcome: stats.appeals.byOutcome, requestOutcome: stats.informationRequests.byOutcome,
    });
  }
}

async function put(path: string, data: Record<string, unknown>) {
  const res = await api('PUT', path, { data });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

async function topic(code: string, title: string): Promise<string> {
  return (await api('POST', '/classifier-topics', { data: { code, title } })).body.data.documentId;
}

const answer = (outcome: string, answeredAt: string) => ({ workflowState: 'answered', answerText: 'Відповідь', answerOutcome: outcome, answeredAt });
const dirtyMarks = async () => Number((await db.all('select count(*) as n from statistics_rollup_dirty'))[0].n);
const appealRow = async (documentId: string) => (await db.all('select id, received_at from appeals where document_id = ?', [documentId]))[0];

describe('appealStatistics from the monthly roll-up', () => {
  const appeals: Record<string, any> = {};
  const requests: Record<string, any> = {};
  let t1 = '';
  let t2 = '';
  let t3 = '';

  beforeAll(async () => {
    db = await openDirectDb();
    t1 = await topic('R-101', 'Дороги (зведення)');
    t2 = await topic('R-102', 'Освітлення (зведення)');
    t3 = await topic('R-103', 'Парки (зведення)');
    const appeal = (name: string, receivedAt: string, overrides: Record<string, unknown> = {}) =>
      registerAppeal({ receivedAt, needsAdditionalStudy: false, ...overrides }).then((a) => (appeals[name] = a));
    // month edges in Kyiv: 31.03 21:30Z is 1 April (summer time), 31.10 21:30Z still 31 October, 22:30Z 1 November
    await appeal('a1', '2012-01-10T09:00:00.000Z', { channel: 'email', appealType: 'complaint', topic: t1 });
    await appeal('a2', '2012-02-20T09:00:00.000Z', { channel: 'written', appealType: 'application', topic: t1 });
    await appeal('a3', '2012-03-31T20:30:00.000Z', { channel: 'phone', appealType: 'proposal', topic: t2 });
    await appeal('a4', '2012-03-31T21:30:00.000Z', { channel: 'written', appealType: 'complaint', topic: t2 });
    await appeal('a5', '2012-04-15T09:00:00.000Z', { channel: 'website', appealType: 'application' });
    await appeal('a6', '2012-04-30T20:59:00.000Z', { channel: 'email', appealType: 'application', topic: t3 });
    await appeal('a7', '2012-10-31T21:30:00.000Z', { channel: 'written', appealType: 'proposal', topic: t1 });
    await appeal('a8', '2012-10-31T22:30:00.000Z', { channel: 'personal_reception', appealType: 'complaint', topic: t3 });
    await appeal('a9', '2013-01-05T09:00:00.000Z', { channel: 'written', appealType: 'complaint', authorKind: 'anonymous', applicant: null });
    await appeal('a10', '2013-06-10T09:00:00.000Z', { channel: 'government_hotline', contactCenterCardNumber: '1545-2013-7', appealType: 'application', topic: t2 });
    await appeal('a11', '2013-12-31T22:30:00.000Z', { channel: 'email', appealType: 'application', topic: t1 }); // 1 January 2014 in Kyiv
    // answers on time and late, a forwarding; a2, a5, a10 stay open (overdue by now)
    await put(`/appeals/${appeals.a1.documentId}`, answer('satisfied', '2012-01-12T09:00:00.000Z'));
    await put(`/appeals/${appeals.a3.documentId}`, answer('explained', '2012-05-30T09:00:00.000Z'));
    await put(`/appeals/${appeals.a4.documentId}`, { ...answer('rejected', '2012-04-05T09:00:00.000Z'), refusalReasons: 'Ремонт не передбачено бюджетом.', refusalLegalBasis: 'ст. 60 Закону «Про місцеве самоврядування в Україні»' });
    await put(`/appeals/${appeals.a6.documentId}`, answer('partially_satisfied', '2012-05-03T09:00:00.000Z'));
    await put(`/appeals/${appeals.a7.documentId}`, { workflowState: 'forwarded', forwardedTo: 'Держгеокадастр', forwardedAt: '2012-11-02T09:00:00.000Z' });
    await put(`/appeals/${appeals.a8.documentId}`, answer('satisfied', '2013-02-20T09:00:00.000Z'));

    const request = (name: string, receivedAt: string, channel: string) => registerRequest({ receivedAt, channel }).then((r) => (requests[name] = r));
    await request('r1', '2012-03-05T09:00:00.000Z', 'email');
    await request('r2', '2012-04-01T09:00:00.000Z', 'post');
    await request('r3', '2012-04-30T21:30:00.000Z', 'website_form'); // 1 May in Kyiv
    await request('r4', '2013-01-09T09:00:00.000Z', 'phone');
    await put(`/information-requests/${requests.r1.documentId}`, { workflowState: 'answered', answerText: 'Надаємо', answerOutcome: 'provided', answeredAt: '2012-03-07T09:00:00.000Z' });
    await put(`/information-requests/${requests.r2.documentId}`, { workflowState: 'refused', refusalGround: 'restricted', refusalExplanation: 'Конфіденційна', refusalOfficialName: 'Коваленко Ірина Петрівна', refusalOfficialPosition: 'головний спеціаліст', answeredAt: '2012-04-20T09:00:00.000Z' });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('answers every period exactly like the rows themselves and the live report, and the figures are not trivial', async () => {
    await expectEveryPeriodExact();
    const res = await graphql(STATS, { from: '2012-01-01', to: '2013-12-31' }, null);
    const { appeals: a, informationRequests: r } = res.body.data.appealStatistics;
    // by hand: a11 is 1 January 2014 in Kyiv; a2, a5, a10 are open and past their terms (a9, anonymous, is not
    // considered); a3 and a8 answered late
    expect({ received: a.received, answered: a.answered, answeredOnTime: a.answeredOnTime, overdue: a.overdue }).toEqual({ received: 10, answered: 5, answeredOnTime: 3, overdue: 3 });
    expect({ received: r.received, answered: r.answered, overdue: r.overdue }).toEqual({ received: 4, answered: 2, overdue: 2 });
    expect(Object.fromEntries(a.byTopic.map((b: any) => [b.key, b.count]))).toEqual({ 'R-101': 3, 'R-102': 3, 'R-103': 2, unspecified: 2 });
    const april = await graphql(STATS, { from: '2012-04-01', to: '2012-04-30' }, null);
    expect(april.body.data.appealStatistics.appeals.received).toBe(3); // a4 (1 April in Kyiv), a5, a6
    expect(await dirtyMarks()).toBe(0);
  });

  it('stays exact after writes through the API: receipt moved across months, topic changed, an answer, a deletion', async () => {
    await put(`/appeals/${appeals.a5.documentId}`, { receivedAt: '2012-08-10T09:00:00.000Z' });
    expect(await dirtyMarks()).toBeGreaterThan(0);
    await put(`/appeals/${appeals.a2.documentId}`, { topic: t3 });
    await put(`/appeals/${appeals.a10.documentId}`, answer('explained', '2013-06-20T09:00:00.000Z'));
    const deleted = await api('DELETE', `/appeals/${appeals.a9.documentId}`);
    expect([200, 204]).toContain(deleted.status);
    await put(`/information-requests/${requests.r4.documentId}`, { workflowState: 'answered', answerText: 'Надаємо', answerOutcome: 'provided', answeredAt: '2013-01-30T09:00:00.000Z' });
    await expectEveryPeriodExact();
    const res = await graphql(STATS, { from: '2012-08-01', to: '2012-08-31' }, null);
    expect(res.body.data.appealStatistics.appeals.byChannel).toEqual([{ key: 'website', label: APPEAL_CHANNEL_LABELS.website, count: 1 }]);
    expect(await dirtyMarks()).toBe(0);
  });

  it('stays exact after raw SQL that bypasses the Document Service (the triggers mark the months)', async () => {
    const a1 = await appealRow(appeals.a1.documentId);
    const a6 = await appealRow(appeals.a6.documentId);
    // a1 moves from January 2012 to September 2013, a6 changes its channel, a3 loses its topic link, r3 is deleted
    const moved = db.client === 'postgres' ? new Date('2013-09-03T09:00:00.000Z') : Date.parse('2013-09-03T09:00:00.000Z');
    await db.run('update appeals set received_at = ? where id = ?', [moved, a1.id]);
    await db.run('update appeals set channel = ? where id = ?', ['phone', a6.id]);
    await db.run('delete from appeals_topic_lnk where appeal_id = ?', [(await appealRow(appeals.a3.documentId)).id]);
    await db.run('delete from information_requests where document_id = ?', [requests.r3.documentId]);
    // a2 (open) gets a term far ahead, so it is not overdue yet; a5 (open) loses its term
    const farAhead = db.client === 'postgres' ? new Date('2099-01-04T09:00:00.000Z') : Date.parse('2099-01-04T09:00:00.000Z');
    await db.run('update appeals set due_at = ? where id = ?', [farAhead, (await appealRow(appeals.a2.documentId)).id]);
    await db.run('update appeals set due_at = null where id = ?', [(await appealRow(appeals.a5.documentId)).id]);
    // an update that changes nothing the statistics count marks nothing
    const before = await dirtyMarks();
    expect(before).toBeGreaterThanOrEqual(6);
    await db.run('update appeals set subject = ? where id = ?', ['Тема без значення для статистики', a6.id]);
    expect(await dirtyMarks()).toBe(before);
    await db.publicContentChanged();

    await expectEveryPeriodExact();
    const twoYears = await graphql(STATS, { from: '2012-01-01', to: '2013-12-31' }, null);
    expect(twoYears.body.data.appealStatistics.appeals.overdue).toBe(0); // a10 answered, a2 not due yet, a5 without a term
    const january = await graphql(STATS, { from: '2012-01-01', to: '2012-01-31' }, null);
    expect(january.body.data.appealStatistics.appeals.received).toBe(0);
    const september = await graphql(STATS, { from: '2013-09-01', to: '2013-09-30' }, null);
    expect(september.body.data.appealStatistics.appeals.byOutcome).toEqual([{ key: 'satisfied', label: ANSWER_OUTCOME_LABELS.satisfied, count: 1 }]);
    expect(await dirtyMarks()).toBe(0);
    // the stored receipt is back where the API put it, for the next files of the run
    await db.run('update appeals set received_at = ? where id = ?', [db.client === 'postgres' ? a1.received_at : millis(a1.received_at), a1.id]);
    await db.publicContentChanged();
    await expectEveryPeriodExact();
  });
});
