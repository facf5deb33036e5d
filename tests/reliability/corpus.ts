import fs from 'fs';
import path from 'path';

/**
 * The bad-input corpus, generated from the schemas under src/api and src/components: for every attribute of every
 * writable type, values of each class the database or a parser has choked on (NUL, bytes that are not UTF-8, int32
 * overflow, decimal(10,2) overflow, impossible and far dates, JSON that is not JSON or is 100 000 levels deep, wrong
 * shapes, unknown fields and relations), plus the public routes (REST reads with bad filters and ids, admin auth
 * routes without sign-in, GraphQL validation errors, HTTP-level limits).
 */
const ROOT = path.resolve(__dirname, '../..');

export interface Schema {
  uid: string;
  kind: 'collectionType' | 'singleType';
  singularName: string;
  pluralName: string;
  attributes: Record<string, any>;
}

export interface Case {
  label: string;
  method: string;
  path: string;
  /** a JSON value, or raw bytes sent as they are */
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
  auth: 'api' | 'none' | 'website';
  /** a request whose answer must be in Ukrainian (HTTP-level refusals without a body are not) */
  expectMessage?: boolean;
}

export function applicationSchemas(): Schema[] {
  const dir = path.join(ROOT, 'src/api');
  return fs.readdirSync(dir).flatMap((name) => {
    const typesDir = path.join(dir, name, 'content-types');
    if (!fs.existsSync(typesDir)) return [];
    return fs.readdirSync(typesDir).map((typeName) => {
      const schema = JSON.parse(fs.readFileSync(path.join(typesDir, typeName, 'schema.json'), 'utf8'));
      return {
        uid: `api::${name}.${typeName}`,
        kind: schema.kind,
        singularName: schema.info.singularName,
        pluralName: schema.info.pluralName,
        attributes: schema.attributes,
      };
    });
  });
}

export function componentSchema(uid: string): Record<string, any> {
  const [category, name] = uid.split('.');
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'src/components', category, `${name}.json`), 'utf8')).attributes;
}

/** 100 000 levels of nesting, built as text (JSON.stringify of such a value would exhaust the stack). */
export const DEEP_JSON = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const DEEP_MARK = '__deep__';
/** a body of about 2 MB: past the body parser's limit */
const HUGE_TEXT = 'ж'.repeat(1_100_000);
const NUL = 'a\u0000b';

/** Values of each bad class for an attribute type (what a caller can send as JSON). */
export function badValues(attribute: any): Array<[string, unknown]> {
  const text: Array<[string, unknown]> = [['NUL', NUL], ['object instead of text', { $gt: 1 }]];
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
    case 'password':
      return [...text, ['NUL at the end', `x${'\u0000'}`]];
    case 'enumeration':
      return [['NUL', NUL], ['unknown value', 'no-such-value']];
    case 'integer':
    case 'biginteger':
      return [['int32 overflow', 2 ** 31], ['int32 underflow', -(2 ** 31) - 1], ['huge number', 1e20], ['text', 'abc'], ['fraction', 1.5], ['NUL', NUL]];
    case 'decimal':
    case 'float':
      return [['decimal(10,2) overflow', 1e12], ['text', 'abc'], ['NUL', NUL], ['huge number', 1e308]];
    case 'date':
      return [['30 February', '2026-02-30'], ['year 99999', '+099999-01-01'], ['year 10000', '10000-01-01'], ['text', 'вчора'], ['NUL', NUL]];
    case 'datetime':
    case 'timestamp':
      return [['30 February', '2026-02-30T10:00:00Z'], ['year 99999', '+099999-01-01T00:00:00.000Z'], ['month 13', '2026-13-01T00:00:00Z'], ['text', 'вчора'], ['NUL', NUL]];
    case 'time':
      return [['25 hours', '25:00:00'], ['NUL', NUL]];
    case 'boolean':
      return [['text', 'можливо'], ['NUL', NUL]];
    case 'json':
      return [['bare word', 'soon'], ['NUL inside', { a: NUL }], ['100 000 deep', DEEP_MARK], ['NUL key', { [NUL]: 1 }]];
    case 'relation':
      return [
        ['missing documentId', 'no-such-document'],
        ['id beyond int32', 2 ** 40],
        ['connect to a missing document', { connect: ['no-such-document'] }],
        ['NUL documentId', { connect: [NUL] }],
        ['wrong shape', { connect: { nested: { deeper: true } } }],
      ];
    case 'media':
      return [['missing file', 987654], ['id beyond int32', 2 ** 40], ['NUL', NUL]];
    case 'component':
      return attribute.repeatable ? [['text instead of a list', 'abc'], ['list of text', ['abc']]] : [['text instead of an object', 'abc']];
    default:
      return [['NUL', NUL]];
  }
}

function jsonBody(data: Record<string, unknown>): { body?: unknown; raw?: Buffer } {
  const text = JSON.stringify({ data });
  if (!text.includes(DEEP_MARK)) return { body: { data } };
  return { raw: Buffer.from(text.replace(`"${DEEP_MARK}"`, DEEP_JSON)) };
}

/** Bytes that are not UTF-8 inside a JSON string. */
function invalidUtf8Body(field: string): Buffer {
  return Buffer.concat([Buffer.from(`{"data":{"${field}":"a`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('b"}}')]);
}

/** Writes: for each attribute of each type, create (POST) and update (PUT) with each bad value. */
export function writeCases(schemas: Schema[], existing: Record<string, string | undefined>): Case[] {
  const cases: Case[] = [];
  for (const schema of schemas) {
    const targets: Array<[string, string]> = schema.kind === 'singleType'
      ? [['PUT', `/api/${schema.singularName}`]]
      : [['POST', `/api/${schema.pluralName}`], ...(existing[schema.uid] ? [['PUT', `/api/${schema.pluralName}/${existing[schema.uid]}`] as [string, string]] : [])];
    for (const [method, route] of targets) {
      const push = (label: string, payload: { body?: unknown; raw?: Buffer }) =>
        cases.push({ label: `${method} ${schema.singularName} ${label}`, method, path: route, ...payload, auth: 'api', expectMessage: true });
      for (const [name, attribute] of Object.entries<any>(schema.attributes)) {
        for (const [kind, value] of badValues(attribute)) push(`${name}: ${kind}`, jsonBody({ [name]: value }));
        if (attribute.type === 'component') {
          for (const [inner, innerAttribute] of Object.entries<any>(componentSchema(attribute.component))) {
            for (const [kind, value] of badValues(innerAttribute)) {
              const item = { [inner]: value };
              push(`${name}.${inner}: ${kind}`, jsonBody({ [name]: attribute.repeatable ? [item] : item }));
            }
          }
        }
        if (['string', 'text', 'richtext', 'email', 'uid'].includes(attribute.type)) push(`${name}: invalid UTF-8`, { raw: invalidUtf8Body(name) });
      }
      push('unknown field', jsonBody({ noSuchField: 1 }));
      push('unknown field with NUL', jsonBody({ [NUL]: 1 }));
      push('100 000-deep body', { raw: Buffer.from(`{"data":${DEEP_JSON}}`) });
      push('body over the size limit', jsonBody({ [Object.keys(schema.attributes)[0]]: HUGE_TEXT }));
      push('data that is not an object', { body: { data: 'abc' } });
    }
  }
  return cases;
}

function filterValues(attribute: any): string[] {
  switch (attribute.type) {
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return ['abc', '99999999999999999999', '1e400'];
    case 'date':
    case 'datetime':
      return ['2026-02-30', '+099999-01-01', 'abc'];
    case 'boolean':
      return ['abc'];
    default:
      return ['a%00b', '%FF%FE'];
  }
}

/** Reads: bad filters, ids, sorts and pages on every type's REST route, anonymous and with a token. */
export function readCases(schemas: Schema[]): Case[] {
  const cases: Case[] = [];
  for (const schema of schemas) {
    const route = schema.kind === 'singleType' ? `/api/${schema.singularName}` : `/api/${schema.pluralName}`;
    const queries: string[] = [];
    for (const [name, attribute] of Object.entries<any>(schema.attributes)) {
      if (attribute.type === 'component') {
        for (const [inner, innerAttribute] of Object.entries<any>(componentSchema(attribute.component))) {
          for (const v of filterValues(innerAttribute)) queries.push(`filters[${name}][${inner}][$eq]=${v}`);
        }
        continue;
      }
      if (attribute.type === 'relation') {
        queries.push(`filters[${name}][$eq]=abc`, `filters[${name}][id][$eq]=99999999999`, `filters[${name}][documentId][$eq]=a%00b`);
        continue;
      }
      if (attribute.type === 'media') continue;
      for (const v of filterValues(attribute)) queries.push(`filters[${name}][$eq]=${v}`);
      queries.push(`filters[${name}][$in][0]=a%00b`);
    }
    queries.push('sort=noSuchField', 'sort=a%00b', 'pagination[pageSize]=abc', 'pagination[page]=99999999999', 'pagination[pageSize]=-1',
      'populate=a%00b', `filters${'[$not]'.repeat(200)}=1`, 'filters[id][$eq]=99999999999', 'filters[id][$in][0]=abc');
    for (const query of queries) {
      for (const auth of ['none', 'api'] as const) {
        cases.push({ label: `GET ${route}?${query} (${auth})`, method: 'GET', path: `${route}?${query}`, auth, expectMessage: true });
      }
    }
    if (schema.kind === 'collectionType') {
      for (const id of ['a%00b', '%FF', '99999999999', 'a%2500b']) {
        for (const auth of ['none', 'api'] as const) cases.push({ label: `GET ${route}/${id} (${auth})`, method: 'GET', path: `${route}/${id}`, auth, expectMessage: true });
      }
      cases.push({ label: `DELETE ${route}/a%00b`, method: 'DELETE', path: `${route}/a%00b`, auth: 'api', expectMessage: true });
      cases.push({ label: `PATCH ${route} (method not allowed)`, method: 'PATCH', path: route, body: { data: {} }, auth: 'api', expectMessage: true });
    }
  }
  return cases;
}

/** Routes anyone can reach without signing in: admin authentication, users-permissions authentication, GraphQL. */
export function publicRouteCases(): Case[] {
  const none = (label: string, method: string, route: string, body?: unknown, extra: Partial<Case> = {}): Case =>
    ({ label, method, path: route, body, auth: 'none', expectMessage: true, ...extra });
  const password = 'Str0ng-Passw0rd!';
  const cases: Case[] = [
    none('admin register, empty body', 'POST', '/admin/register', {}),
    none('admin register, made-up token', 'POST', '/admin/register', { registrationToken: 'abc', userInfo: { firstname: 'А', lastname: 'Б', password } }),
    none('admin register, NUL token', 'POST', '/admin/register', { registrationToken: NUL, userInfo: { firstname: 'А', password } }),
    none('admin register, wrong shapes', 'POST', '/admin/register', { registrationToken: { $ne: null }, userInfo: 'x' }),
    none('admin register-admin when an admin exists', 'POST', '/admin/register-admin', { email: 'x@example.gov.ua', firstname: 'А', password }),
    none('admin reset-password, empty body', 'POST', '/admin/reset-password', {}),
    none('admin reset-password, made-up token', 'POST', '/admin/reset-password', { resetPasswordToken: 'abc', password }),
    none('admin reset-password, NUL token', 'POST', '/admin/reset-password', { resetPasswordToken: NUL, password }),
    none('admin reset-password, object token', 'POST', '/admin/reset-password', { resetPasswordToken: { a: 1 }, password }),
    none('admin forgot-password, NUL e-mail', 'POST', '/admin/forgot-password', { email: `x${NUL}@example.gov.ua` }),
    none('admin forgot-password, object e-mail', 'POST', '/admin/forgot-password', { email: { a: 1 } }),
    none('admin registration-info, NUL token', 'GET', '/admin/registration-info?registrationToken=a%00b'),
    none('admin registration-info, made-up token', 'GET', '/admin/registration-info?registrationToken=abc'),
    none('admin registration-info, no token', 'GET', '/admin/registration-info'),
    none('admin registration-info, invalid UTF-8', 'GET', '/admin/registration-info?registrationToken=%FF'),
    none('admin login, NUL e-mail', 'POST', '/admin/login', { email: `x${NUL}@example.gov.ua`, password }),
    none('admin login, object e-mail', 'POST', '/admin/login', { email: { a: 1 }, password }),
    none('admin login, empty body', 'POST', '/admin/login', {}),
    none('admin login, deep body', 'POST', '/admin/login', undefined, { raw: Buffer.from(`{"email":${DEEP_JSON}}`) }),
    none('admin renew-token, NUL token', 'POST', '/admin/renew-token', { token: NUL }),
    none('admin access-token, no session', 'POST', '/admin/access-token', {}),
    none('users-permissions login, NUL identifier', 'POST', '/api/auth/local', { identifier: NUL, password }),
    none('users-permissions register, NUL e-mail', 'POST', '/api/auth/local/register', { username: NUL, email: `x${NUL}@e.ua`, password }),
    none('users-permissions forgot-password, NUL e-mail', 'POST', '/api/auth/forgot-password', { email: NUL }),
    none('users-permissions reset-password, NUL code', 'POST', '/api/auth/reset-password', { code: NUL, password, passwordConfirmation: password }),
    none('users-permissions email-confirmation, NUL', 'GET', '/api/auth/email-confirmation?confirmation=a%00b'),
    none('invalid UTF-8 in the path', 'GET', '/api/%FF%FE'),
    none('NUL in an unknown path', 'GET', '/a%00b'),
    none('method not allowed on a public route', 'PATCH', '/api/publications', { data: {} }),
    none('body that is not JSON', 'POST', '/admin/login', undefined, { raw: Buffer.from('{"email": ') }),
    none('body over the size limit', 'POST', '/admin/login', { email: HUGE_TEXT, password }),
    none('request headers over the limit', 'GET', '/api/publications', undefined, { headers: { 'X-Filler': 'x'.repeat(70_000) } }),
  ];
  const gql = (label: string, body: unknown, extra: Partial<Case> = {}): Case[] =>
    (['none', 'website'] as const).map((auth) => ({ label: `GraphQL ${label} (${auth})`, method: 'POST', path: '/graphql', body, auth, expectMessage: true, ...extra }));
  cases.push(
    ...gql('fragment cycle', { query: 'query { publications { ...A } } fragment A on Publication { ...B } fragment B on Publication { ...A }' }),
    ...gql('fragment spread into itself', { query: 'query { publications { ...A } } fragment A on Publication { title ...A }' }),
    ...gql('unknown field', { query: '{ publications { noSuchField } }' }),
    ...gql('syntax error', { query: '{ publications { title ' }),
    ...gql('NUL in a variable', { query: 'query($t: String) { publications(filters: { title: { eq: $t } }) { title } }', variables: { t: NUL } }),
    ...gql('wrong variable type', { query: 'query($n: Int) { publications(pagination: { pageSize: $n }) { title } }', variables: { n: 'abc' } }),
    ...gql('int32 overflow in a variable', { query: 'query($n: Int) { publications(pagination: { pageSize: $n }) { title } }', variables: { n: 2 ** 40 } }),
    ...gql('no query', {}),
    ...gql('query is not text', { query: { a: 1 } }),
    ...gql('deep variables', undefined, { raw: Buffer.from(`{"query":"{ publications { title } }","variables":{"x":${DEEP_JSON}}}`) }),
    ...gql('invalid UTF-8 in the body', undefined, { raw: Buffer.concat([Buffer.from('{"query":"{ publications { title } }","variables":{"t":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]) }),
    ...gql('NUL in the query', { query: '{ publications { title } }\u0000' }),
    ...gql('selection set 5 000 deep', { query: `{ ${'publications { '.repeat(5000)}title${' }'.repeat(5000)} }` }),
    ...gql('body that is not JSON', undefined, { raw: Buffer.from('{"query": ') }),
    ...gql('body over the size limit', { query: `{ publications { title } }${' '.repeat(1_200_000)}` }),
    ...gql('GET with a NUL', undefined, { method: 'GET', path: '/graphql?query=%7B%20publications%20%7B%20title%20%7D%20%7D%00' }),
  );
  return cases;
}
