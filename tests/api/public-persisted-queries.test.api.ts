import crypto from 'crypto';
import { api, baseUrl } from './support/client';

/**
 * Automatic persisted queries (Apollo's APQ protocol over GET, docs/PUBLIC_API.md): an unknown hash answers
 * PersistedQueryNotFound, the query sent once with its hash registers it, then the hash alone is enough — and the
 * GraphQL guard and cost limits apply to the stored text with each request's own variables.
 */
const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

async function get(params: Record<string, unknown>, headers: Record<string, string> = PREFLIGHT) {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const res = await fetch(`${baseUrl()}/graphql?${search}`, { headers });
  return { status: res.status, text: await res.text(), headers: res.headers };
}
async function post(body: unknown) {
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text(), headers: res.headers };
}
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('automatic persisted queries', () => {
  it('answers an unknown hash with PersistedQueryNotFound, registers it with its text, then runs it by hash over GET', async () => {
    const word = `apq${unique()}`;
    const draft = await api('POST', '/publications?status=draft', { data: { kind: 'news', title: `Збережений запит ${word}` } });
    expect((await api('PUT', `/publications/${draft.body.data.documentId}?status=published`, { data: {} })).status).toBe(200);
    const query = `query Find($word: String) { publications(filters: { title: { containsi: $word } }) { title kind } } # ${word}`;
    const hash = sha(query);

    const unknown = await get({ extensions: persisted(hash), variables: { word } });
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.text)).toEqual({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await post({ query, variables: { word }, extensions: persisted(hash) });
    expect(registered.status).toBe(200);
    expect(JSON.parse(registered.text)).toEqual({ data: { publications: [{ title: `Збережений запит ${word}`, kind: 'news' }] } });

    const byHash = await get({ extensions: persisted(hash), variables: { word } });
    expect([byHash.status, byHash.text]).toEqual([200, registered.text]);
    expect(byHash.headers.get('cache-control')).toMatch(/^public, /);
    const again = await get({ extensions: persisted(hash), variables: { word } });
    expect([again.status, again.headers.get('x-public-cache'), again.text]).toEqual([200, 'hit', registered.text]);

    // other variables: the same stored text, another answer
    const other = await get({ extensions: persisted(hash), variables: { word: `${word}-інше` } });
    expect(JSON.parse(other.text)).toEqual({ data: { publications: [] } });
    // POST with the hash alone works too
    const postByHash = await post({ variables: { word }, extensions: persisted(hash) });
    expect([postByHash.status, postByHash.text]).toEqual([200, registered.text]);
  });

  it('refuses a hash that does not match the text, and registers nothing', async () => {
    const query = `{ classifierTopics { code } } # ${unique()}`;
    const wrong = sha(`${query} `);
    const res = await post({ query, extensions: persisted(wrong) });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).errors[0].message).toMatch(/^Хеш persistedQuery\.sha256Hash не відповідає тексту запиту/);
    const byHash = await get({ extensions: persisted(wrong) });
    expect(JSON.parse(byHash.text).errors[0].message).toBe('PersistedQueryNotFound');
  });

  it('applies the cost limits to a persisted query with the variables of each request', async () => {
    const lists = Array.from({ length: 13 }, (_, i) => `l${i}: publications(pagination: { pageSize: $size }) { documentId title slug kind summary publishedAt createdAt updatedAt }`);
    const query = `query Many($size: Int) { ${lists.join(' ')} } # ${unique()}`;
    const hash = sha(query);
    const small = await post({ query, variables: { size: 1 }, extensions: persisted(hash) });
    expect(small.status).toBe(200);
    const large = await get({ extensions: persisted(hash), variables: { size: 100 } });
    expect(large.status).toBe(400);
    expect(JSON.parse(large.text).errors[0].extensions.rule).toBe('graphql.cost');
    const smallByHash = await get({ extensions: persisted(hash), variables: { size: 1 } });
    expect(smallByHash.status).toBe(200);
  });

  it('lets a browser on another origin send the preflight header Apollo asks a GET to carry', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://city.example.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'apollo-require-preflight' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://city.example.test');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase().split(',')).toContain('apollo-require-preflight');
  });

  it('leaves a GET without the preflight header to Apollo, which refuses it as a possible cross-site request', async () => {
    const query = `{ classifierTopics { code } } # ${unique()}`;
    const hash = sha(query);
    expect((await post({ query, extensions: persisted(hash) })).status).toBe(200);
    const res = await get({ extensions: persisted(hash) }, {});
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/Cross-Site Request Forgery|CSRF|preflight/i);
  });
});
