import { adminToken } from './support/admin';
import { api, baseUrl, graphql, http } from './support/client';
import { TEST_TRUSTED_ORIGIN } from './support/global-setup';

/**
 * What one anonymous request may cost (aliases, depth, an estimated cost, fragment cycles: refused with 400 in
 * Ukrainian before anything runs, while the website's ordinary queries pass), and which origins a browser page may
 * call from (credentials only for the admin's own origin and CORS_ORIGINS; public reads from anywhere without).
 */
const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;
const FOREIGN = 'https://evil.example.com';

async function refused(query: string, rule: string, variables: Record<string, unknown> = {}) {
  for (const token of [null, process.env.TEST_WEBSITE_TOKEN!]) {
    const res = await graphql(query, variables, token);
    expect([rule, res.status]).toEqual([rule, 400]);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].extensions?.rule).toBe(rule);
    expect(res.body.errors![0].message).toMatch(CYRILLIC);
  }
}

describe('public GraphQL: cost limits', () => {
  beforeAll(async () => {
    for (const [code, title] of [['L-1', 'Ліміти: перша'], ['L-2', 'Ліміти: друга']]) {
      expect((await api('POST', '/classifier-topics', { data: { code, title } })).status).toBe(201);
    }
    expect((await api('POST', '/publications?status=published', { data: { kind: 'news', title: 'Ліміти: новина', summary: 'Коротко' } })).status).toBe(201);
  });

  it('an alias flood is refused before it runs (1 000 and 21 aliases), 20 pass', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: classifierTopics(filters: { code: { startsWith: "L-" } }) { code }`).join(' ')} }`;
    await refused(aliases(1000), 'graphql.aliases');
    await refused(aliases(21), 'graphql.aliases');
    const res = await graphql(aliases(20), {}, null);
    expect(res.status).toBe(200);
    expect(res.body.data!.a19).toEqual([{ code: 'L-1' }, { code: 'L-2' }]);
    // aliases hidden in a fragment count each time it is spread
    await refused(`query { ...F ...F ...F } fragment F on Query { ${Array.from({ length: 8 }, (_, i) => `t${i}: __typename`).join(' ')} }`, 'graphql.aliases');
    const message = (await graphql(aliases(1000), {}, null)).body.errors![0].message;
    expect(message).toBe('Забагато псевдонімів (aliases) у запиті: 1000, дозволено не більше 20. Розбийте запит на кілька.');
  });

  it('a query deeper than 7 levels is refused, also through fragments and whatever the field names', async () => {
    const nest = (levels: number) => Array.from({ length: levels }, (_, i) => `f${i} {`).join(' ') + ' leaf ' + '}'.repeat(levels);
    await refused(`{ ${nest(8)} }`, 'graphql.depth');
    await refused(`{ publications { ...A } } fragment A on Publication { campaign { ...B } } fragment B on Campaign { x { y { z { w { v { u { t } } } } } } }`, 'graphql.depth');
    const message = (await graphql(`{ ${nest(9)} }`, {}, null)).body.errors![0].message;
    expect(message).toBe('Запит занадто глибокий: 9 рівнів вкладеності, дозволено не більше 7.');
    // 7 levels is not a depth error (the fields are unknown: the schema answers that, not the limit)
    const seven = await graphql(`{ ${nest(7)} }`, {}, null);
    expect(seven.status).toBe(400);
    expect(seven.body.errors![0].extensions?.rule).toBeUndefined();
  });

  it('an expensive query is refused by its estimated cost: page sizes multiply what each item selects', async () => {
    const heavy = 'documentId kind title slug summary body question claim claimSources verdict evidence createdAt updatedAt publishedAt topic { code title } campaign { title goal channels startsOn endsOn campaignState }';
    const lists = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `l${i}: publications(pagination: { ${i % 2 ? 'limit' : 'pageSize'}: 100 }) { ${heavy} }`).join(' ')} }`;
    await refused(lists(5), 'graphql.cost');
    // the page size in a variable counts the same; a page size beyond the maximum counts as the maximum
    await refused(`query Q($p: PaginationArg) { a: publications(pagination: $p) { ${heavy} } b: publications_connection(pagination: $p) { nodes { ${heavy} } } c: communicationEvents(pagination: $p) { title place outcome startsAt endsAt campaign { title goal } } d: publications(pagination: $p) { ${heavy} } e: publications(pagination: $p) { ${heavy} } }`, 'graphql.cost', { p: { pageSize: 100000 } });
    // fragments spread inside fragments: measured once each, refused without being expanded
    const laughs = ['fragment F0 on ClassifierTopic { code title }', ...Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on ClassifierTopic { ...F${i} ...F${i} }`)];
    await refused(`{ classifierTopics { ...F30 } } ${laughs.join(' ')}`, 'graphql.cost');
    const message = (await graphql(lists(5), {}, null)).body.errors![0].message;
    expect(message).toBe('Запит занадто дорогий: його оцінка 12005, дозволено не більше 10000. Зменште розмір сторінки (pagination), кількість полів або зв’язків (див. docs/PUBLIC_API.md).');
    // three full pages of everything are within the limit
    const pages = await graphql(lists(3), {}, null);
    expect(pages.status).toBe(200);
    expect(pages.body.data.l2.map((p: any) => p.title)).toContain('Ліміти: новина');
  });

  it('a fragment cycle is refused with a clear message, and the server keeps answering', async () => {
    await refused('{ classifierTopics { ...A } } fragment A on ClassifierTopic { ...B } fragment B on ClassifierTopic { ...A }', 'graphql.fragment_cycle');
    await refused('{ classifierTopics { ...A } } fragment A on ClassifierTopic { code ...A }', 'graphql.fragment_cycle');
    expect((await graphql('{ classifierTopics(filters: { code: { eq: "L-1" } }) { code } }', {}, null)).body.data).toEqual({ classifierTopics: [{ code: 'L-1' }] });
  });

  it('a broken or oversized JSON body is answered in Ukrainian, and the server keeps answering', async () => {
    const broken = await http('POST', '/graphql', '{"query": "{ classifierTopics { code } }"');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].message).toBe('Тіло запиту не є коректним JSON.');
    const huge = await http('POST', '/graphql', JSON.stringify({ query: '{ classifierTopics { code } }', variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0].message).toMatch(CYRILLIC);
    const after = await graphql('{ classifierTopics(filters: { code: { eq: "L-2" } }) { code } }', {}, null);
    expect(after.body.data).toEqual({ classifierTopics: [{ code: 'L-2' }] });
  });

  it("the website's ordinary queries pass", async () => {
    const list = await graphql(
      `query List($filters: PublicationFiltersInput, $page: Int) {
        publications_connection(filters: $filters, sort: ["publishedAt:desc"], pagination: { page: $page, pageSize: 10 }) {
          nodes { documentId title slug kind summary publishedAt }
          pageInfo { total page pageSize pageCount }
        }
      }`,
      { filters: { kind: { eq: 'news' }, or: [{ title: { containsi: 'Ліміти' } }, { summary: { containsi: 'Ліміти' } }] }, page: 1 },
      null,
    );
    expect(list.status).toBe(200);
    expect(list.body.data.publications_connection.nodes.map((n: any) => n.title)).toEqual(['Ліміти: новина']);
    const statistics = await graphql(
      `{ appealStatistics(from: "2026-10-01", to: "2026-12-31") {
          appeals { received answered answeredOnTime overdue onTimeShare byChannel { key label count } byType { key label count } byTopic { key label count } byOutcome { key label count } }
          informationRequests { received answered answeredOnTime overdue onTimeShare byChannel { key label count } byOutcome { key label count } }
      } }`,
      {},
      null,
    );
    expect(statistics.status).toBe(200);
    expect(typeof statistics.body.data.appealStatistics.appeals.received).toBe('number');
  });
});

describe('CORS and response headers', () => {
  const corsHeaders = (headers: Headers) => ({ origin: headers.get('access-control-allow-origin'), credentials: headers.get('access-control-allow-credentials') });
  const preflight = (path: string, origin: string, method: string) =>
    fetch(baseUrl() + path, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,authorization' } });

  it('a foreign origin gets no CORS headers on admin routes and writes: preflight or actual request', async () => {
    for (const [path, method] of [['/admin/access-token', 'POST'], ['/admin/login', 'POST'], ['/admin/users/me', 'GET'], ['/api/classifier-topics', 'POST'], ['/api/appeals', 'GET'], ['/admin/reports/discipline', 'GET']]) {
      const res = await preflight(path, FOREIGN, method);
      expect([path, corsHeaders(res.headers)]).toEqual([path, { origin: null, credentials: null }]);
    }
    const token = await http('POST', '/admin/access-token', {}, { Origin: FOREIGN });
    expect(corsHeaders(token.headers)).toEqual({ origin: null, credentials: null });
    const me = await http('GET', '/admin/users/me', undefined, { Origin: FOREIGN, Authorization: `Bearer ${await adminToken()}` });
    expect(me.status).toBe(200);
    expect(corsHeaders(me.headers)).toEqual({ origin: null, credentials: null });
  });

  it('the admin\'s own origin and CORS_ORIGINS may call the admin API with credentials', async () => {
    for (const origin of [TEST_TRUSTED_ORIGIN, new URL(baseUrl()).origin]) {
      const res = await preflight('/admin/access-token', origin, 'POST');
      expect(res.status).toBe(204);
      expect(corsHeaders(res.headers)).toEqual({ origin, credentials: 'true' });
      const me = await http('GET', '/admin/users/me', undefined, { Origin: origin, Authorization: `Bearer ${await adminToken()}` });
      expect(corsHeaders(me.headers)).toEqual({ origin, credentials: 'true' });
    }
  });

  it('public reads answer any origin, without credentials', async () => {
    const graph = await http('POST', '/graphql', { query: '{ classifierTopics(filters: { code: { eq: "L-1" } }) { code } }' }, { Origin: FOREIGN });
    expect(graph.status).toBe(200);
    expect(corsHeaders(graph.headers)).toEqual({ origin: FOREIGN, credentials: null });
    const pre = await preflight('/graphql', FOREIGN, 'POST');
    expect(pre.status).toBe(204);
    expect(corsHeaders(pre.headers)).toEqual({ origin: FOREIGN, credentials: null });
    for (const path of ['/api/publications', '/api/classifier-topics?filters[code][$eq]=L-1', '/api/campaigns', '/api/communication-events']) {
      const res = await http('GET', path, undefined, { Origin: FOREIGN });
      expect([path, res.status, corsHeaders(res.headers)]).toEqual([path, 200, { origin: FOREIGN, credentials: null }]);
    }
    const write = await http('POST', '/api/classifier-topics', { data: { code: 'X', title: 'X' } }, { Origin: FOREIGN });
    expect(write.status).toBe(403);
    expect(corsHeaders(write.headers)).toEqual({ origin: null, credentials: null });
  });

  it('no X-Powered-By anywhere', async () => {
    for (const [method, path] of [['GET', '/api/publications'], ['POST', '/graphql'], ['GET', '/admin/init'], ['GET', '/api/appeals'], ['GET', '/no-such-page'], ['POST', '/admin/access-token']]) {
      const res = await http(method, path, method === 'POST' ? { query: '{ __typename }' } : undefined);
      expect([path, res.headers.get('x-powered-by')]).toEqual([path, null]);
    }
  });
});
