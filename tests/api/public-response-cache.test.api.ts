import { api, baseUrl, graphql, http } from './support/client';
import { bearer, superAdminToken } from './support/admin-roles';
import { registerAppeal } from './support/fixtures';

/**
 * The server's cache of public answers (src/read-models/public/cache, docs/PUBLIC_API.md): a hit is the miss byte for byte,
 * drafts and private fields never enter it, every write that changes an answer is seen by the next read, and
 * If-None-Match is answered 304 from the stored ETag. `X-Public-Cache: hit|miss` says which path answered.
 */
interface Raw { status: number; text: string; headers: Headers }

async function raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(baseUrl() + path, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

const cacheState = (res: Raw) => res.headers.get('x-public-cache');
const website = () => ({ Authorization: `Bearer ${process.env.TEST_WEBSITE_TOKEN}` });
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

const LIST = `query List($word: String, $kind: String) {
  publications(filters: { title: { containsi: $word }, kind: { eq: $kind } }, sort: "title") { documentId title kind }
}`;
const anonymousList = (variables: Record<string, unknown>, query = LIST) => raw('POST', '/graphql', { query, variables });
const titlesOf = (res: Raw) => (JSON.parse(res.text).data.publications as Array<{ title: string }>).map((p) => p.title);

async function draft(title: string, kind = 'news'): Promise<string> {
  const res = await api('POST', '/publications?status=draft', { data: { kind, title } });
  expect(res.status).toBe(201);
  return res.body.data.documentId;
}
const publish = async (documentId: string, data: Record<string, unknown> = {}) => expect((await api('PUT', `/publications/${documentId}?status=published`, { data })).status).toBe(200);

describe('the cache of public answers', () => {
  it('answers a repeated query from memory with the same bytes, whatever its spacing, comments or variable order', async () => {
    const word = `кеш${unique()}`;
    await publish(await draft(`Ремонт ${word} тротуарів`));
    await publish(await draft(`Освітлення ${word} вулиць`));
    const miss = await anonymousList({ word, kind: 'news' });
    expect(miss.status).toBe(200);
    expect(cacheState(miss)).toBe('miss');
    expect(titlesOf(miss)).toEqual([`Освітлення ${word} вулиць`, `Ремонт ${word} тротуарів`]);

    const respaced = `# the same list\n${LIST.replace(/\n\s*/g, '\n\t\t ').replace(/ \{/g, ',{')}`;
    const hit = await anonymousList({ kind: 'news', word }, respaced);
    expect(cacheState(hit)).toBe('hit');
    expect(hit.text).toBe(miss.text);
    expect(hit.headers.get('etag')).toBe(miss.headers.get('etag'));
    expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'));

    // GET shares the entry (Apollo's preflight header, as docs/PUBLIC_API.md says)
    const params = new URLSearchParams({ query: LIST, variables: JSON.stringify({ word, kind: 'news' }) });
    const get = await raw('GET', `/graphql?${params}`, undefined, { 'apollo-require-preflight': 'true' });
    expect([get.status, cacheState(get)]).toEqual([200, 'hit']);
    expect(get.text).toBe(miss.text);

    // a string literal is not whitespace: a different text inside quotes is a different query
    const literal = await anonymousList({}, `{ publications(filters: { title: { containsi: "${word}  вулиць" } }) { title } }`);
    expect([literal.status, cacheState(literal)]).toEqual([200, 'miss']);
    expect(JSON.parse(literal.text).data.publications).toEqual([]);
  });

  it('keeps the website token and the public apart, and serves both the same bytes', async () => {
    const word = `сайт${unique()}`;
    await publish(await draft(`Толока ${word}`));
    const anonymous = await anonymousList({ word });
    const first = await raw('POST', '/graphql', { query: LIST, variables: { word } }, website());
    const second = await raw('POST', '/graphql', { query: LIST, variables: { word } }, website());
    expect([cacheState(anonymous), cacheState(first), cacheState(second)]).toEqual(['miss', 'miss', 'hit']);
    expect(first.text).toBe(anonymous.text);
    expect(second.text).toBe(anonymous.text);
  });

  it('caches public REST reads and answers CORS and security headers on a hit as on a miss', async () => {
    const word = `рест${unique()}`;
    await publish(await draft(`Афіша ${word}`));
    const path = `/api/publications?filters[title][$containsi]=${encodeURIComponent(word)}&fields[0]=title`;
    const origin = { Origin: 'https://city.example.test' };
    const miss = await raw('GET', path, undefined, origin);
    const hit = await raw('GET', path, undefined, origin);
    expect([miss.status, cacheState(miss), hit.status, cacheState(hit)]).toEqual([200, 'miss', 200, 'hit']);
    expect(hit.text).toBe(miss.text);
    expect(JSON.parse(hit.text).data.map((p: any) => p.title)).toEqual([`Афіша ${word}`]);
    for (const header of ['access-control-allow-origin', 'x-content-type-options', 'cache-control', 'vary']) {
      expect([header, hit.headers.get(header)]).toEqual([header, miss.headers.get(header)]);
    }
    expect(hit.headers.get('access-control-allow-origin')).toBe('https://city.example.test');
  });

  it('answers If-None-Match with 304 from the stored ETag, and 200 with the body for another tag', async () => {
    const word = `етег${unique()}`;
    await publish(await draft(`Новини ${word}`));
    const first = await anonymousList({ word });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const notModified = await raw('POST', '/graphql', { query: LIST, variables: { word } }, { 'If-None-Match': etag });
    expect([notModified.status, cacheState(notModified), notModified.text, notModified.headers.get('etag')]).toEqual([304, 'hit', '', etag]);
    const other = await raw('POST', '/graphql', { query: LIST, variables: { word } }, { 'If-None-Match': '"something-else"' });
    expect([other.status, other.text]).toEqual([200, first.text]);
  });

  it('never puts a draft in the cache: staff reading it bypass the cache, the public gets published versions only', async () => {
    const word = `чернетка${unique()}`;
    const id = await draft(`Проєкт рішення ${word}`);
    const path = `/api/publications?status=draft&filters[title][$containsi]=${encodeURIComponent(word)}`;
    const staff = await api('GET', path.replace(/^\/api/, ''));
    expect(staff.status).toBe(200);
    expect(staff.body.data.map((p: any) => p.documentId)).toEqual([id]);
    expect(staff.headers.get('x-public-cache')).toBeNull();
    for (const state of ['miss', 'hit']) {
      const anonymous = await raw('GET', path);
      expect([cacheState(anonymous), JSON.parse(anonymous.text).data]).toEqual([state, []]);
    }
    const list = await anonymousList({ word });
    expect(titlesOf(list)).toEqual([]);
  });

  it('never puts a private field in the cache: a staff answer with internal fields is not stored for the public', async () => {
    const strategy = `Внутрішня стратегія ${unique()}`;
    const campaign = await api('POST', '/campaigns', { data: { title: `Кампанія ${unique()}`, strategy, budget: 1000 } });
    expect(campaign.status).toBe(201);
    const path = `/api/campaigns/${campaign.body.data.documentId}`;
    const staff = await api('GET', path.replace(/^\/api/, ''));
    expect(staff.body.data.strategy).toBe(strategy);
    expect(staff.headers.get('x-public-cache')).toBeNull();
    const miss = await raw('GET', path);
    const hit = await raw('GET', path);
    expect([cacheState(miss), cacheState(hit)]).toEqual(['miss', 'hit']);
    expect(hit.text).toBe(miss.text);
    expect(hit.text).not.toContain(strategy);
    expect(Object.keys(JSON.parse(hit.text).data).sort()).toEqual(['campaignState', 'channels', 'createdAt', 'documentId', 'endsOn', 'goal', 'id', 'publishedAt', 'startsOn', 'title', 'updatedAt']);
  });

  it('shows a publish, an update, an unpublish and a delete on the very next read', async () => {
    const word = `зміна${unique()}`;
    const id = await draft(`Оголошення ${word}`, 'announcement');
    const read = async () => {
      const res = await anonymousList({ word });
      expect(res.status).toBe(200);
      return { state: cacheState(res), titles: titlesOf(res) };
    };
    expect(await read()).toEqual({ state: 'miss', titles: [] });
    expect(await read()).toEqual({ state: 'hit', titles: [] });

    await publish(id);
    expect(await read()).toEqual({ state: 'miss', titles: [`Оголошення ${word}`] });
    expect(await read()).toEqual({ state: 'hit', titles: [`Оголошення ${word}`] });

    await publish(id, { title: `Оголошення ${word} (уточнено)` });
    expect(await read()).toEqual({ state: 'miss', titles: [`Оголошення ${word} (уточнено)`] });

    const admin = bearer(await superAdminToken());
    const base = '/content-manager/collection-types/api::publication.publication';
    expect((await http('POST', `${base}/${id}/actions/unpublish`, {}, admin)).status).toBe(200);
    expect(await read()).toEqual({ state: 'miss', titles: [] });

    await publish(id);
    expect((await read()).titles).toEqual([`Оголошення ${word} (уточнено)`]);
    expect((await read()).state).toBe('hit');
    expect((await api('DELETE', `/publications/${id}`)).status).toBe(204);
    expect(await read()).toEqual({ state: 'miss', titles: [] });
  });

  it('shows a change of a campaign (a type without drafts) and of the statistics inputs on the next read', async () => {
    const campaign = await api('POST', '/campaigns', { data: { title: `Кампанія ${unique()}` } });
    const id = campaign.body.data.documentId;
    const path = `/api/campaigns/${id}?fields[0]=title`;
    await raw('GET', path);
    expect(cacheState(await raw('GET', path))).toBe('hit');
    expect((await api('PUT', `/campaigns/${id}`, { data: { title: 'Нова назва кампанії' } })).status).toBe(200);
    const renamed = await raw('GET', path);
    expect([cacheState(renamed), JSON.parse(renamed.text).data.title]).toEqual(['miss', 'Нова назва кампанії']);
    expect((await api('DELETE', `/campaigns/${id}`)).status).toBe(204);
    const gone = await raw('GET', path);
    expect([gone.status, cacheState(gone)]).toEqual([404, null]);

    const stats = `query($from: Date!, $to: Date!) { appealStatistics(from: $from, to: $to) { appeals { received } } }`;
    const received = async () => {
      const res = await raw('POST', '/graphql', { query: stats, variables: { from: '2018-03-01', to: '2018-03-31' } });
      return { state: cacheState(res), received: JSON.parse(res.text).data.appealStatistics.appeals.received as number };
    };
    const before = await received();
    expect((await received()).state).toBe('hit');
    await registerAppeal({ receivedAt: '2018-03-12T09:00:00.000Z' });
    expect(await received()).toEqual({ state: 'miss', received: before.received + 1 });
  });

  it('does not cache errors or refused queries', async () => {
    const reversed = `{ appealStatistics(from: "2019-03-01", to: "2019-02-01") { appeals { received } } }`;
    for (let i = 0; i < 2; i++) {
      const res = await raw('POST', '/graphql', { query: reversed });
      expect(res.text).toContain('"errors"');
      expect(cacheState(res)).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    // staff (full-access token) are answered by the server every time
    const word = `персонал${unique()}`;
    for (let i = 0; i < 2; i++) {
      const res = await graphql(LIST, { word });
      expect([res.status, res.headers.get('x-public-cache')]).toEqual([200, null]);
    }
  });
});
