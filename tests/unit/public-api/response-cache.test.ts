import { canonicalJson, graphqlCacheKey, normaliseGraphqlQuery } from '../../../src/read-models/public/cache/cache-key';
import { graphqlResponseType } from '../../../src/read-models/public/cache/graphql-request';

const JSON_TYPE = 'application/json; charset=utf-8';
const RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
import { ResponseStore } from '../../../src/read-models/public/cache/response-store';

describe('the normal form of a GraphQL query (the cache key)', () => {
  it('drops comments, commas and whitespace between tokens', () => {
    const a = 'query List($page: Int) {\n  publications(pagination: { page: $page, pageSize: 10 }) { documentId  title }\n}';
    const b = '# the list\nquery List($page:Int){publications(pagination:{page:$page pageSize:10}){documentId,title}}';
    expect(normaliseGraphqlQuery(a)).toBe('query List($page:Int){publications(pagination:{page:$page pageSize:10}){documentId title}}');
    expect(normaliseGraphqlQuery(b)).toBe(normaliseGraphqlQuery(a));
  });

  it('keeps string and block-string literals byte for byte, comment signs and commas inside them included', () => {
    expect(normaliseGraphqlQuery('{ a(t: "x  , # y") }')).toBe('{a(t:"x  , # y")}');
    expect(normaliseGraphqlQuery('{ a(t: "x \\" y") b }')).toBe('{a(t:"x \\" y")b}');
    expect(normaliseGraphqlQuery('{ a(t: """ x \n  y """) }')).toBe('{a(t:""" x \n  y """)}');
    expect(normaliseGraphqlQuery('{ a(t: "x y") }')).not.toBe(normaliseGraphqlQuery('{ a(t: "x  y") }'));
  });

  it('keeps a space where two tokens would join, and around spreads', () => {
    expect(normaliseGraphqlQuery('query   Q { ... on Publication { title } ...F }')).toBe('query Q{... on Publication{title}...F}');
    expect(normaliseGraphqlQuery('{ a(n: 1 2) }')).toBe('{a(n:1 2)}');
    expect(normaliseGraphqlQuery('{ a(n: [1, 2]) }')).toBe('{a(n:[1 2])}');
  });

  it('orders the keys of the variables, not the items of lists', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(graphqlCacheKey('public', '{ a }', undefined, { x: 1, y: 2 }, JSON_TYPE)).toBe(graphqlCacheKey('public', '{a}', null, { y: 2, x: 1 }, JSON_TYPE));
    expect(graphqlCacheKey('public', '{ a }', undefined, {}, JSON_TYPE)).not.toBe(graphqlCacheKey('website', '{ a }', undefined, {}, JSON_TYPE));
    expect(graphqlCacheKey('public', '{ a }', 'A', {}, JSON_TYPE)).not.toBe(graphqlCacheKey('public', '{ a }', 'B', {}, JSON_TYPE));
    expect(graphqlCacheKey('public', '{ a }', 'A', {}, JSON_TYPE)).not.toBe(graphqlCacheKey('public', '{ a }', 'A', {}, RESPONSE_TYPE));
  });
});

describe('the media type a GraphQL answer is sent as (Apollo\'s choice)', () => {
  it.each([
    [undefined, JSON_TYPE],
    ['', JSON_TYPE],
    ['*/*', JSON_TYPE],
    ['application/json', JSON_TYPE],
    ['application/*', JSON_TYPE],
    // Apollo Client's default
    ['application/graphql-response+json,application/json;q=0.9', RESPONSE_TYPE],
    ['application/graphql-response+json', RESPONSE_TYPE],
    ['application/json;q=0.5, application/graphql-response+json', RESPONSE_TYPE],
    ['application/json; callbackSpec=1.0', 'application/json; callbackSpec=1.0; charset=utf-8'],
    ['text/html', null],
    ['application/json;q=0', null],
  ])('Accept %p → %p', (accept, type) => {
    expect(graphqlResponseType(accept)).toBe(type);
  });
});

describe('the store of public answers', () => {
  const entry = (text: string, versions: Record<string, number>, expiresAt: number | null = null) =>
    ({ body: Buffer.from(text), etag: '"e"', contentType: 'application/json', versions, expiresAt });

  it('serves an answer only while the versions it was computed at are the latest', () => {
    const store = new ResponseStore(1024 * 1024);
    expect(store.put('k', entry('a', { content: 0 }))).toBe(false); // versions not known yet
    store.learn('content', 3);
    store.learn('statistics', 7);
    expect(store.put('list', entry('list', { content: 3 }))).toBe(true);
    expect(store.put('stats', entry('stats', { content: 3, statistics: 7 }))).toBe(true);
    expect(store.put('late', entry('late', { content: 2 }))).toBe(false); // started before the last write
    expect(store.get('list')?.body.toString()).toBe('list');
    store.learn('statistics', 8);
    expect(store.get('stats')).toBeNull();
    expect(store.get('list')?.body.toString()).toBe('list');
    expect(store.learn('content', 2)).toBe(false); // an older version changes nothing
    expect(store.get('list')).not.toBeNull();
    store.learn('content', 4);
    expect(store.get('list')).toBeNull();
  });

  it('expires answers that depend on the clock', () => {
    const store = new ResponseStore(1024 * 1024);
    store.learn('content', 1);
    store.learn('statistics', 1);
    store.put('s', entry('s', { statistics: 1 }, 1_000), 0);
    expect(store.get('s', 999)).not.toBeNull();
    expect(store.get('s', 1_000)).toBeNull();
  });

  it('stays within its bytes, least recently used out first', () => {
    const store = new ResponseStore(4 * 1024);
    store.learn('content', 1);
    store.learn('statistics', 1);
    const body = 'x'.repeat(700);
    for (const key of ['a', 'b', 'c', 'd']) store.put(key, entry(body, { content: 1 }));
    expect(store.get('a')).not.toBeNull(); // a is now the most recently used
    store.put('e', entry(body, { content: 1 }));
    expect(store.stats().bytes).toBeLessThanOrEqual(4 * 1024);
    expect(store.get('b')).toBeNull();
    expect(store.get('a')).not.toBeNull();
    expect(store.get('e')).not.toBeNull();
    expect(store.put('big', entry('x'.repeat(2000), { content: 1 }))).toBe(false); // over a quarter of the bound
  });
});
