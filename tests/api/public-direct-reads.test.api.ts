import { api, baseUrl, http } from './support/client';
import { asSuper, bearer, superAdminToken } from './support/admin-roles';
import { startServerProcess, type ServerProcess } from './support/server-process';

/**
 * Public GraphQL reads answered without Apollo (src/http/graphql/direct-reads.ts, docs/PUBLIC_API.md): the test's own
 * server answers the simple shape directly, a second process started with PUBLIC_DIRECT_READS=false answers every
 * request through Apollo, and for each request of the battery the two answers are the same bytes, status and
 * content type. The operations metrics say whether the direct path answered: it must for the simple shape, and must not
 * for what it leaves to Apollo (relations, media, fragments, directives, `between`, invalid or refused queries).
 */
interface Raw { status: number; text: string; type: string | null; etag: string | null; cache: string | null; vary: string | null }

async function raw(base: string, method: 'GET' | 'POST', body: { query: string; variables?: Record<string, unknown>; operationName?: string }, headers: Record<string, string> = {}): Promise<Raw> {
  const url = method === 'GET' ? `${base}/graphql?${new URLSearchParams({ query: body.query, ...(body.variables ? { variables: JSON.stringify(body.variables) } : {}), ...(body.operationName ? { operationName: body.operationName } : {}) })}` : `${base}/graphql`;
  const res = await fetch(url, {
    method,
    headers: method === 'GET' ? { 'apollo-require-preflight': 'true', ...headers } : { 'Content-Type': 'application/json', ...headers },
    body: method === 'POST' ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type'), etag: res.headers.get('etag'), cache: res.headers.get('x-public-cache'), vary: res.headers.get('vary') };
}

async function directAnswers(): Promise<number> {
  const res = await http<string>('GET', '/metrics', undefined, { Authorization: `Bearer ${process.env.METRICS_TOKEN}` });
  const match = /^city_public_graphql_direct_reads_total\{outcome="answered"\} (\d+)$/m.exec(String(res.body));
  if (!match) throw new Error(`no direct reads counter in /metrics: ${String(res.body).slice(0, 300)}`);
  return Number(match[1]);
}

/** The answer of the test's server, and whether the direct path gave it. */
async function onA(method: 'GET' | 'POST', body: { query: string; variables?: Record<string, unknown>; operationName?: string }, headers: Record<string, string> = {}) {
  const before = await directAnswers();
  const answer = await raw(baseUrl(), method, body, headers);
  return { answer, direct: (await directAnswers()) - before === 1 };
}

const W = `пряме${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const data = (text: string) => JSON.parse(text).data;

async function published(fields: Record<string, unknown>): Promise<string> {
  const draft = await api('POST', '/publications?status=draft', { data: fields });
  expect(draft.status).toBe(201);
  const id = draft.body.data.documentId;
  const done = await api('PUT', `/publications/${id}?status=published`, { data: {} });
  expect([done.status, done.body?.error?.message]).toEqual([200, undefined]);
  return id;
}

describe('public reads answered directly', () => {
  let b: ServerProcess;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.alpha = await published({ kind: 'news', title: `Ремонт доріг ${W} Альфа`, summary: `Підсумок ${W} про дороги`, body: '# Текст\n\nрядок' });
    ids.beta = await published({ kind: 'announcement', title: `Оголошення ${W} Бета`, summary: `ДОРОГИ і тротуари ${W}` });
    ids.gamma = await published({ kind: 'news', title: `Новина ${W} Гамма` });
    ids.delta = await published({ kind: 'report', title: `Звіт ${W} Дельта`, summary: `квартальний ${W}` });
    ids.epsilon = await published({ kind: 'appeal_answer', title: `Відповідь ${W} Епсилон`, question: 'Питання', body: 'Відповідь по суті' });
    // published once, then a draft with another title: the public sees the published version
    ids.zeta = await published({ kind: 'news', title: `Зета ${W}` });
    expect((await api('PUT', `/publications/${ids.zeta}?status=draft`, { data: { title: `Змінена чернетка ${W}` } })).status).toBe(200);
    const draft = await api('POST', '/publications?status=draft', { data: { kind: 'news', title: `Лише чернетка ${W}` } });
    expect(draft.status).toBe(201);
    ids.draft = draft.body.data.documentId;
    for (const [n, title] of [[1, 'Благоустрій'], [2, 'Транспорт'], [3, 'Освіта']] as const) {
      const topic = await api('POST', '/classifier-topics', { data: { code: `${W}-${n}`, title: `${title} ${W}` } });
      expect(topic.status).toBe(201);
      ids[`topic${n}`] = topic.body.data.documentId;
    }
    // events and campaigns with dates and numbers, for the comparisons
    for (const [n, startsAt, expectedParticipants] of [[1, '2027-03-01T09:00:00.000Z', 10], [2, '2027-03-15T14:30:00.000Z', 80], [3, '2027-04-02T07:00:00.000Z', 150]] as const) {
      const event = await api('POST', '/communication-events', { data: { title: `Подія ${W} ${n}`, eventType: 'meeting_with_residents', startsAt, expectedParticipants } });
      expect([event.status, event.body?.error?.message]).toEqual([201, undefined]);
    }
    for (const [n, startsOn, endsOn] of [[1, '2027-02-01', '2027-02-28'], [2, '2027-05-01', '2027-06-30']] as const) {
      const campaign = await api('POST', '/campaigns', { data: { title: `Кампанія ${W} ${n}`, startsOn, endsOn } });
      expect([campaign.status, campaign.body?.error?.message]).toEqual([201, undefined]);
    }
    b = await startServerProcess({ LOG_LEVEL: 'warn', PUBLIC_DIRECT_READS: 'false', CRON_ENABLED: 'false' });
  }, 300_000);

  afterAll(async () => {
    if (!b) return;
    b.child.kill('SIGTERM');
    await b.exited;
  });

  const mine = `filters: { title: { containsi: "${W}" } }`;
  const fields = 'documentId title kind slug summary';
  type Case = { name: string; query: string; variables?: Record<string, unknown>; operationName?: string; direct: boolean; hit?: boolean; method?: 'GET' | 'POST'; headers?: Record<string, string>; check?: (body: any) => void };
  const cases = (): Case[] => [
    { name: 'list, no sort (id order)', query: `{ publications(${mine}) { ${fields} } }`, direct: true, check: (d) => expect(d.publications.map((p: any) => p.title)).toEqual([`Ремонт доріг ${W} Альфа`, `Оголошення ${W} Бета`, `Новина ${W} Гамма`, `Звіт ${W} Дельта`, `Відповідь ${W} Епсилон`, `Зета ${W}`]) },
    { name: 'sort by title', query: `{ publications(${mine}, sort: "title") { title } }`, direct: true },
    { name: 'sort by title desc', query: `{ publications(${mine}, sort: "title:desc") { title } }`, direct: true },
    { name: 'sort by two fields, as a list', query: `{ publications(${mine}, sort: ["kind:asc", "title:DESC"]) { kind title } }`, direct: true },
    { name: 'sort by two fields, comma-separated', query: `{ publications(${mine}, sort: "kind:desc,title") { kind title } }`, direct: true },
    { name: 'dates and publishedAt sort', query: `{ publications(${mine}, sort: ["publishedAt:desc"]) { documentId createdAt updatedAt publishedAt } }`, direct: true },
    { name: 'body and question (richtext, text)', query: `{ publications(${mine}, sort: "title") { title body question verdict } }`, direct: true },
    { name: 'page 2 of 2', query: `{ publications(${mine}, sort: "title", pagination: { page: 2, pageSize: 2 }) { title } }`, direct: true, check: (d) => expect(d.publications).toHaveLength(2) },
    { name: 'start and limit', query: `{ publications(${mine}, sort: "title", pagination: { start: 1, limit: 3 }) { title } }`, direct: true, check: (d) => expect(d.publications).toHaveLength(3) },
    { name: 'page size above the maximum', query: `{ publications(${mine}, pagination: { pageSize: 500 }) { title } }`, direct: true },
    { name: 'connection with page info', query: `{ publications_connection(${mine}, sort: "title", pagination: { page: 2, pageSize: 4 }) { nodes { title } pageInfo { total page pageSize pageCount } } }`, direct: true, check: (d) => expect(d.publications_connection.pageInfo).toEqual({ total: 6, page: 2, pageSize: 4, pageCount: 2 }) },
    { name: 'connection, __typename everywhere', query: `{ __typename publications_connection(${mine}) { __typename nodes { __typename title } pageInfo { __typename total } } }`, direct: true, check: (d) => expect(d.__typename).toBe('Query') },
    { name: 'connection, page info only, start/limit', query: `{ publications_connection(${mine}, pagination: { start: 4, limit: 3 }) { pageInfo { pageCount pageSize page total } } }`, direct: true, check: (d) => expect(d.publications_connection.pageInfo).toEqual({ pageCount: 2, pageSize: 3, page: 2, total: 6 }) },
    { name: 'aliases and two root fields', query: `{ news: publications(filters: { title: { containsi: "${W}" }, kind: { eq: "news" } }, sort: "title") { heading: title id: documentId } all: publications_connection(${mine}) { items: nodes { title } info: pageInfo { total } } }`, direct: true },
    { name: 'the same field twice is one key', query: `{ publications(${mine}, sort: "title:desc") { title kind title } }`, direct: true },
    { name: 'variables', query: 'query List($w: String, $kind: String, $page: Int) { publications(filters: { title: { containsi: $w }, kind: { eq: $kind } }, pagination: { page: $page, pageSize: 1 }) { title } }', variables: { w: W, kind: 'news', page: 2 }, direct: true },
    { name: 'filters in a variable', query: 'query ($f: PublicationFiltersInput) { publications(filters: $f, sort: "title") { title } }', variables: { f: { or: [{ title: { containsi: `доріг ${W}` } }, { summary: { containsi: `дороги і тротуари ${W}` } }] } }, direct: true, check: (d) => expect(d.publications).toHaveLength(2) },
    { name: 'operationName picks one of two operations', query: `query First { publications(${mine}) { title } } query Second { classifierTopics(filters: { code: { startsWith: "${W}" } }) { code } }`, operationName: 'Second', direct: true, check: (d) => expect(Object.keys(d)).toEqual(['classifierTopics']) },
    { name: 'eq', query: `{ publications(filters: { title: { eq: "Звіт ${W} Дельта" } }) { title } }`, direct: true, check: (d) => expect(d.publications).toHaveLength(1) },
    { name: 'eqi', query: `{ publications(filters: { title: { eqi: "звіт ${W} дельта" } }) { title } }`, direct: true },
    { name: 'ne and nei', query: `{ a: publications(filters: { title: { containsi: "${W}" }, kind: { ne: "news" } }) { title } b: publications(filters: { title: { containsi: "${W}" }, kind: { nei: "NEWS" } }) { title } }`, direct: true },
    { name: 'contains (case-sensitive) and notContains', query: `{ a: publications(filters: { title: { contains: "Бета" }, summary: { contains: "${W}" } }) { title } b: publications(filters: { title: { containsi: "${W}", notContains: "а" } }) { title } }`, direct: true },
    { name: 'containsi of Cyrillic in another case, notContainsi', query: `{ a: publications(filters: { summary: { containsi: "дороги" }, title: { containsi: "${W}" } }, sort: "title") { title } b: publications(filters: { title: { containsi: "${W}", notContainsi: "ДОРІГ" } }, sort: "title") { title } }`, direct: true },
    { name: 'startsWith and endsWith', query: `{ a: publications(filters: { title: { startsWith: "Ремонт доріг ${W}" } }) { title } b: publications(filters: { title: { endsWith: "${W} Гамма" } }) { title } }`, direct: true },
    { name: 'in and notIn', query: `{ a: publications(filters: { title: { containsi: "${W}" }, kind: { in: ["news", "report"] } }, sort: "title") { title } b: publications(filters: { title: { containsi: "${W}" }, kind: { notIn: ["news"] } }, sort: "title") { title } }`, direct: true },
    { name: 'null and notNull', query: `{ a: publications(filters: { title: { containsi: "${W}" }, summary: { null: true } }, sort: "title") { title } b: publications(filters: { title: { containsi: "${W}" }, summary: { notNull: true } }, sort: "title") { title } }`, direct: true },
    { name: 'or, and, not', query: `{ a: publications(filters: { and: [{ title: { containsi: "${W}" } }, { or: [{ kind: { eq: "report" } }, { kind: { eq: "announcement" } }] }] }, sort: "title") { title } b: publications(filters: { title: { containsi: "${W}" }, not: { kind: { eq: "news" } } }, sort: "title") { title } }`, direct: true },
    { name: 'empty result', query: `{ publications(filters: { title: { containsi: "${W} нічого" } }) { title } publications_connection(filters: { title: { containsi: "${W} нічого" } }) { nodes { title } pageInfo { total page pageSize pageCount } } }`, direct: true, check: (d) => expect(d.publications).toEqual([]) },
    { name: 'a single publication', query: 'query One($id: ID!) { publication(documentId: $id) { documentId title slug kind summary body publishedAt __typename } }', variables: { id: ids.alpha }, direct: true, check: (d) => expect(d.publication.title).toBe(`Ремонт доріг ${W} Альфа`) },
    { name: 'a single publication with a newer draft: the published version', query: `{ publication(documentId: "${ids.zeta}") { title } }`, direct: true, check: (d) => expect(d.publication.title).toBe(`Зета ${W}`) },
    { name: 'a documentId that does not exist', query: '{ publication(documentId: "nosuchdocument00000000000") { title } }', direct: true, check: (d) => expect(d.publication).toBeNull() },
    { name: 'a draft-only document reads as none', query: `{ publication(documentId: "${ids.draft}") { title } }`, direct: true, check: (d) => expect(d.publication).toBeNull() },
    { name: 'classifier topics, default order and page size', query: `{ classifierTopics(filters: { code: { startsWith: "${W}" } }) { documentId code title } }`, direct: true, check: (d) => expect(d.classifierTopics.map((t: any) => t.code)).toEqual([`${W}-1`, `${W}-2`, `${W}-3`]) },
    { name: 'classifier topics connection and single', query: `{ classifierTopics_connection(filters: { code: { startsWith: "${W}" } }, sort: "title:desc") { nodes { code title } pageInfo { total } } classifierTopic(documentId: "${ids.topic2}") { code title } }`, direct: true },
    { name: 'GET with the preflight header', method: 'GET', query: `{ publications(${mine}, sort: "title") { title slug } }`, direct: true },
    { name: 'slug by variable (the website\'s page)', query: 'query ($slug: String) { publications(filters: { slug: { eq: $slug } }) { documentId title slug kind summary body publishedAt } }', variables: { slug: 'no-such-slug' }, direct: true },
    // dates and numbers
    { name: 'events from a moment on (DateTime variable), by start', query: `query ($from: DateTime) { communicationEvents(filters: { title: { containsi: "${W}" }, startsAt: { gte: $from } }, sort: "startsAt") { title startsAt expectedParticipants } }`, variables: { from: '2027-03-15T14:30:00.000Z' }, direct: true, check: (d) => expect(d.communicationEvents.map((e: any) => e.title)).toEqual([`Подія ${W} 2`, `Подія ${W} 3`]) },
    { name: 'events before a moment (literal, another zone), latest first', query: `{ communicationEvents(filters: { title: { containsi: "${W}" }, startsAt: { lt: "2027-03-15T17:30:00+03:00" } }, sort: "startsAt:desc") { title } }`, direct: true, check: (d) => expect(d.communicationEvents.map((e: any) => e.title)).toEqual([`Подія ${W} 1`]) },
    { name: 'events by number: gt, lte, eq, ne', query: `{ a: communicationEvents(filters: { title: { containsi: "${W}" }, expectedParticipants: { gt: 50 } }, sort: "title") { title } b: communicationEvents(filters: { title: { containsi: "${W}" }, expectedParticipants: { lte: 80, ne: 10 } }) { title } c: communicationEvents(filters: { title: { containsi: "${W}" }, expectedParticipants: { eq: 150 } }) { title } }`, direct: true, check: (d) => expect([d.a.length, d.b.length, d.c.length]).toEqual([2, 1, 1]) },
    { name: 'events by number: in and notIn', query: `{ a: communicationEvents(filters: { title: { containsi: "${W}" }, expectedParticipants: { in: [10, 150] } }, sort: "title") { title } b: communicationEvents(filters: { title: { containsi: "${W}" }, expectedParticipants: { notIn: [10] } }, sort: "title") { title } }`, direct: true, check: (d) => expect([d.a.length, d.b.length]).toEqual([2, 2]) },
    { name: 'events connection, a time window in a variable', query: 'query ($f: CommunicationEventFiltersInput) { communicationEvents_connection(filters: $f, sort: ["startsAt:asc"]) { nodes { title } pageInfo { total } } }', variables: { f: { title: { containsi: W }, and: [{ startsAt: { gte: '2027-03-01T09:00:00.000Z' } }, { startsAt: { lte: '2027-03-31T23:59:59.999Z' } }] } }, direct: true, check: (d) => expect(d.communicationEvents_connection.pageInfo.total).toBe(2) },
    { name: 'campaigns from a date on (Date)', query: `{ campaigns(filters: { title: { containsi: "${W}" }, startsOn: { gte: "2027-03-01" } }) { title startsOn endsOn } }`, direct: true, check: (d) => expect(d.campaigns.map((c: any) => c.title)).toEqual([`Кампанія ${W} 2`]) },
    { name: 'campaigns running on a day (Date variables)', query: 'query ($day: Date, $w: String) { campaigns(filters: { title: { containsi: $w }, startsOn: { lte: $day }, endsOn: { gte: $day } }) { title } }', variables: { day: '2027-02-14', w: W }, direct: true, check: (d) => expect(d.campaigns.map((c: any) => c.title)).toEqual([`Кампанія ${W} 1`]) },
    { name: 'a filter on publishedAt', query: `{ publications(filters: { title: { containsi: "${W}" }, publishedAt: { notNull: true } }, sort: "title") { title } }`, direct: true },
    { name: 'publishedAt after a moment', query: `{ publications(filters: { title: { containsi: "${W}" }, publishedAt: { gt: "2000-01-01T00:00:00Z" } }, sort: "title") { title } }`, direct: true, check: (d) => expect(d.publications).toHaveLength(6) },
    // left to Apollo
    { name: 'an impossible date in a variable', query: `query ($from: DateTime) { communicationEvents(filters: { title: { containsi: "${W}" }, startsAt: { gte: $from } }) { title } }`, variables: { from: '2027-02-30T00:00:00Z' }, direct: false },
    { name: 'between', query: `{ communicationEvents(filters: { title: { containsi: "${W}" }, expectedParticipants: { between: [10, 80] } }) { title } }`, direct: false },
    { name: 'a relation', query: `{ publications(${mine}) { title topic { code } } }`, direct: false },
    { name: 'media', query: `{ publications(${mine}) { title coverImage { url } } }`, direct: false },
    { name: 'a fragment', query: `{ publications(${mine}) { ...F } } fragment F on Publication { title }`, direct: false },
    { name: 'a directive', query: `{ publications(${mine}) { title @include(if: true) } }`, direct: false },
    { name: 'an invalid query (unknown field)', query: `{ publications(${mine}) { title nope } }`, direct: false },
    { name: 'a private field', query: '{ campaigns { strategy } }', direct: false },
    { name: 'a sort by a private field', query: `{ publications(${mine}, sort: "scheduledAt") { title } }`, direct: false },
    { name: 'a variable of the wrong type', query: 'query ($page: Int) { publications(pagination: { page: $page }) { title } }', variables: { page: 'x' }, direct: false },
    { name: 'two operations without operationName', query: `query A { publications(${mine}) { title } } query B { classifierTopics { code } }`, direct: false },
    { name: 'both kinds of pagination', query: `{ publications(${mine}, pagination: { page: 1, limit: 2 }) { title } }`, direct: false },
    // the media type Apollo would choose for the Accept header; the same query under each, one after another (the
    // response cache keeps one entry per media type)
    { name: 'Apollo Client\'s default Accept', query: `{ publications(${mine}, sort: "kind") { title } }`, headers: { Accept: 'application/graphql-response+json,application/json;q=0.9' }, direct: true },
    { name: 'the same query, no Accept', query: `{ publications(${mine}, sort: "kind") { title } }`, direct: true },
    // the response cache's entries of the two above (GET and POST share them), each with its own media type
    { name: 'the same query, application/graphql-response+json', query: `{ publications(${mine}, sort: "kind") { title } }`, method: 'GET', headers: { Accept: 'application/graphql-response+json' }, direct: false, hit: true },
    { name: 'the same query, application/json over GET', query: `{ publications(${mine}, sort: "kind") { title } }`, method: 'GET', headers: { Accept: 'application/json' }, direct: false, hit: true },
    { name: 'an Accept header Apollo refuses (406)', query: `{ publications(${mine}, sort: "kind") { title } }`, headers: { Accept: 'text/html' }, direct: false },
    { name: 'the subscription callback media type', query: `{ publications(${mine}, sort: "kind") { title } }`, headers: { Accept: 'application/json; callbackSpec=1.0' }, direct: false },
  ];

  it('answers a battery of queries byte for byte as Apollo does, directly where it should', async () => {
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(30);
    const results: string[] = [];
    for (const c of all) {
      const method = c.method ?? 'POST';
      const request = { query: c.query, ...(c.variables ? { variables: c.variables } : {}), ...(c.operationName ? { operationName: c.operationName } : {}) };
      const { answer, direct } = await onA(method, request, c.headers);
      const apollo = await raw(b.baseUrl, method, request, c.headers);
      expect([c.name, answer.status, answer.type, answer.text]).toEqual([c.name, apollo.status, apollo.type, apollo.text]);
      expect([c.name, direct]).toEqual([c.name, c.direct]);
      if (c.hit) expect([c.name, answer.cache]).toEqual([c.name, 'hit']);
      if (answer.status === 200) expect([c.name, answer.etag]).toEqual([c.name, apollo.etag]);
      // a cacheable answer (no errors) varies by the media type Accept chooses
      if (answer.status === 200 && !JSON.parse(answer.text).errors) expect([c.name, answer.vary]).toEqual([c.name, 'Authorization, Accept, Accept-Encoding']);
      if (c.direct) {
        expect([c.name, answer.status, JSON.parse(answer.text).errors]).toEqual([c.name, 200, undefined]);
        c.check?.(data(answer.text));
      }
      results.push(answer.text);
    }
    // no draft's title shows in any answer (the list without a filter on kind reads every publication of this file)
    expect(results.filter((text) => text.includes(`чернетка ${W}`))).toEqual([]);
    expect(results.filter((text) => text.includes(`Зета ${W}`)).length).toBeGreaterThan(0);
  });

  it('never shows a draft, and an unpublished document disappears from the next direct read', async () => {
    const query = 'query ($w: String, $id: ID!) { publications(filters: { title: { containsi: $w } }) { title } publication(documentId: $id) { title } }';
    const first = await onA('POST', { query, variables: { w: `Лише чернетка ${W}`, id: ids.draft } });
    expect([first.direct, data(first.answer.text)]).toEqual([true, { publications: [], publication: null }]);

    const id = await published({ kind: 'news', title: `Тимчасова ${W}` });
    const shown = await onA('POST', { query, variables: { w: `Тимчасова ${W}`, id } });
    expect([shown.direct, data(shown.answer.text)]).toEqual([true, { publications: [{ title: `Тимчасова ${W}` }], publication: { title: `Тимчасова ${W}` } }]);
    const admin = bearer(await superAdminToken());
    expect((await http('POST', `/content-manager/collection-types/api::publication.publication/${id}/actions/unpublish`, {}, admin)).status).toBe(200);
    const gone = await onA('POST', { query, variables: { w: `Тимчасова ${W}`, id } });
    expect([gone.direct, data(gone.answer.text)]).toEqual([true, { publications: [], publication: null }]);
  });

  it('a revoked public permission gives Apollo\'s Forbidden, not data; restored, data again', async () => {
    const roles = await asSuper('GET', '/users-permissions/roles');
    const publicRole = roles.body.roles.find((r: any) => r.type === 'public');
    const role = (await asSuper('GET', `/users-permissions/roles/${publicRole.id}`)).body.role;
    const setFind = async (enabled: boolean) => {
      const permissions = JSON.parse(JSON.stringify(role.permissions));
      permissions['api::classifier-topic'].controllers['classifier-topic'].find.enabled = enabled;
      const res = await asSuper('PUT', `/users-permissions/roles/${publicRole.id}`, { name: role.name, description: role.description, permissions });
      expect(res.status).toBe(200);
      // the direct reads trust the role's permissions for at most a second
      await new Promise((resolve) => setTimeout(resolve, 1200));
    };
    const read = (n: number) => onA('POST', { query: 'query ($c: String) { classifierTopics(filters: { code: { startsWith: $c } }) { code } }', variables: { c: `${W}-${n}` } });
    try {
      const before = await read(1);
      expect([before.direct, data(before.answer.text)]).toEqual([true, { classifierTopics: [{ code: `${W}-1` }] }]);
      await setFind(false);
      const revoked = await read(2);
      const apollo = await raw(b.baseUrl, 'POST', { query: 'query ($c: String) { classifierTopics(filters: { code: { startsWith: $c } }) { code } }', variables: { c: `${W}-2` } });
      expect(revoked.direct).toBe(false);
      expect(revoked.answer.text).toBe(apollo.text);
      const body = JSON.parse(revoked.answer.text);
      expect(body.data).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      // the list of publications is still the public's
      const other = await onA('POST', { query: `{ publications(filters: { title: { eq: "Звіт ${W} Дельта" } }, sort: "kind") { title } }` });
      expect([other.direct, data(other.answer.text)]).toEqual([true, { publications: [{ title: `Звіт ${W} Дельта` }] }]);
    } finally {
      await setFind(true);
    }
    const restored = await read(3);
    expect([restored.direct, data(restored.answer.text)]).toEqual([true, { classifierTopics: [{ code: `${W}-3` }] }]);
  });

  it('a website token the server has checked is answered directly, with the public\'s bytes', async () => {
    const website = { Authorization: `Bearer ${process.env.TEST_WEBSITE_TOKEN}` };
    const query = (size: number) => `{ publications(filters: { title: { containsi: "${W}" } }, sort: "title:desc", pagination: { pageSize: ${size} }) { title kind } }`;
    // the first request is checked by Strapi (Apollo answers it); from then on the token is known for a minute
    const first = await onA('POST', { query: query(3) }, website);
    expect([first.answer.status, first.direct]).toEqual([200, false]);
    const again = await onA('POST', { query: query(2) }, website);
    const anonymous = await onA('POST', { query: query(2) });
    const apollo = await raw(b.baseUrl, 'POST', { query: query(2) }, website);
    expect([again.direct, anonymous.direct]).toEqual([true, true]);
    expect(data(again.answer.text).publications).toHaveLength(2);
    expect(again.answer.text).toBe(apollo.text);
    expect(anonymous.answer.text).toBe(apollo.text);
  });
});
