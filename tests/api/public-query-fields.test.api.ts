import { adminApi } from './support/admin';
import { api, graphql, http, type ApiResponse } from './support/client';
import { PUBLIC_FIELDS, PUBLIC_PLUGIN_TYPE_FIELDS, SYSTEM_FIELDS } from '../../src/read-models/public/public-content';

/**
 * A public caller (no token, the city website's token) may filter, sort, select and populate only on the fields it may
 * read: otherwise "1 row" for a right guess and "0 rows" for a wrong one reads an internal field out a guess at a time.
 * The cases are generated from the content schemas the server reports (every attribute of every public type, through
 * relations, components and media, at every depth up to MAX_DEPTH), each with every operator class, inside
 * $and/$or/$not, as a sort, a field selection and a populate — and over GraphQL.
 */
const MAX_DEPTH = 3;
const MEDIA = 'plugin::upload.file';
const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

interface Attribute { type: string; target?: string; component?: string; enum?: string[]; private?: boolean }
type Schemas = Map<string, Record<string, Attribute>>;

interface Case { plural: string; path: string[]; attribute: Attribute; isPublic: boolean }

const WEBSITE = () => ({ Authorization: `Bearer ${process.env.TEST_WEBSITE_TOKEN}` });

function isPublic(uid: string, field: string, schemas: Schemas): boolean {
  if (uid in PUBLIC_FIELDS) return SYSTEM_FIELDS.includes(field) || PUBLIC_FIELDS[uid].includes(field);
  if (uid === MEDIA) return SYSTEM_FIELDS.includes(field) || PUBLIC_PLUGIN_TYPE_FIELDS.UploadFile.includes(field);
  return !uid.includes('::') && field in (schemas.get(uid) ?? {}); // a component shown whole under a public field
}

function targetOf(attribute: Attribute): string | null {
  if (attribute.type === 'relation') return attribute.target ?? null;
  if (attribute.type === 'component') return attribute.component ?? null;
  if (attribute.type === 'media') return MEDIA;
  return null;
}

/**
 * Every attribute path from each public type: public relations, components and media are followed further; a private
 * component's or media's own fields are listed one level down (private too); a private relation is a case itself.
 */
function generateCases(schemas: Schemas, plurals: Map<string, string>): Case[] {
  const cases: Case[] = [];
  const walk = (plural: string, uid: string, prefix: string[], publicSoFar: boolean, depth: number) => {
    for (const [name, attribute] of Object.entries(schemas.get(uid) ?? {})) {
      const path = [...prefix, name];
      const pub = publicSoFar && isPublic(uid, name, schemas);
      cases.push({ plural, path, attribute, isPublic: pub });
      const target = targetOf(attribute);
      if (!target || depth >= MAX_DEPTH) continue;
      if (pub) walk(plural, target, path, true, depth + 1);
      else if (publicSoFar && attribute.type !== 'relation') walk(plural, target, path, false, MAX_DEPTH);
    }
  };
  for (const uid of Object.keys(PUBLIC_FIELDS)) walk(plurals.get(uid)!, uid, [], true, 1);
  return cases;
}

/** Conditions of each operator class that the attribute's type accepts, on the filter key `k` (e.g. filters[a][b]). */
function operatorCases(attribute: Attribute): Array<(k: string) => string> {
  const v = (value: string) => encodeURIComponent(value);
  const eq = (value: string) => (k: string) => `${k}[$eq]=${v(value)}`;
  const isNull = (k: string) => `${k}[$null]=true`;
  switch (attribute.type) {
    case 'string': case 'text': case 'richtext': case 'email': case 'uid': case 'password':
      return [eq('a'), (k) => `${k}[$containsi]=a`, (k) => `${k}[$startsWith]=a`, (k) => `${k}[$in][0]=a`, isNull];
    case 'enumeration': {
      const first = attribute.enum?.[0] ?? 'a';
      return [eq(first), (k) => `${k}[$ne]=${v(first)}`, (k) => `${k}[$in][0]=${v(first)}`, isNull];
    }
    case 'integer': case 'biginteger': case 'decimal': case 'float':
      return [eq('1'), (k) => `${k}[$gt]=0`, (k) => `${k}[$between][0]=0&${k}[$between][1]=10`, isNull];
    case 'date':
      return [eq('2026-01-01'), (k) => `${k}[$lt]=2030-01-01`, isNull];
    case 'datetime':
      return [(k) => `${k}[$lt]=${v('2030-01-01T00:00:00.000Z')}`, (k) => `${k}[$gte]=${v('2000-01-01T00:00:00.000Z')}`, isNull];
    case 'boolean':
      return [eq('true'), isNull];
    case 'json': case 'time':
      return [isNull, (k) => `${k}[$notNull]=true`];
    default: // relation, component, media: through the nested id
      return [(k) => `${k}[id][$notNull]=true`, (k) => `${k}[id][$null]=true`];
  }
}

const bracket = (path: string[]) => path.map((key) => `[${key}]`).join('');

describe('a public caller filters, sorts, selects and populates only on public fields', () => {
  let cases: Case[] = [];
  let campaignWithReport: string;

  beforeAll(async () => {
    const types = await adminApi('GET', '/content-type-builder/content-types');
    const components = await adminApi('GET', '/content-type-builder/components');
    expect(types.status).toBe(200);
    expect(components.status).toBe(200);
    const schemas: Schemas = new Map();
    const plurals = new Map<string, string>();
    for (const item of [...types.body.data, ...components.body.data]) {
      schemas.set(item.uid, item.schema.attributes);
      if (item.schema.pluralName) plurals.set(item.uid, item.schema.pluralName);
    }
    cases = generateCases(schemas, plurals);

    const campaign = await api('POST', '/campaigns', {
      data: {
        title: 'Кампанія з внутрішнім звітом', goal: 'Публічна мета', strategy: 'СТРАТЕГІЯ-СЕКРЕТ', targetAudience: 'АУДИТОРІЯ-СЕКРЕТ',
        finalReport: 'ЗВІТ-СЕКРЕТ', kpis: [{ metric: 'Охоплення', target: 1000, actual: 777 }],
      },
    });
    expect(campaign.status).toBe(201);
    campaignWithReport = campaign.body.data.documentId;
    const event = await api('POST', '/communication-events', { data: { title: 'Захід кампанії', eventType: 'forum', startsAt: '2026-05-01T10:00:00.000Z', campaign: campaignWithReport } });
    expect(event.status).toBe(201);
    const publication = await api('POST', '/publications?status=published', { data: { kind: 'news', title: 'Новина кампанії', campaign: campaignWithReport } });
    expect(publication.status).toBe(201);
  });

  it('the generated cases cover the internal fields named in the issue, public and private alike', () => {
    const privatePaths = cases.filter((c) => !c.isPublic).map((c) => `${c.plural}:${c.path.join('.')}`);
    for (const expected of ['campaigns:finalReport', 'campaigns:strategy', 'campaigns:targetAudience', 'campaigns:kpis.actual', 'communication-events:campaign.finalReport', 'publications:campaign.strategy', 'publications:coverImage.hash']) {
      expect(privatePaths).toContain(expected);
    }
    const publicPaths = cases.filter((c) => c.isPublic).map((c) => `${c.plural}:${c.path.join('.')}`);
    expect(publicPaths).toEqual(expect.arrayContaining(['campaigns:title', 'publications:campaign.title', 'publications:topic.code', 'communication-events:campaign.startsOn']));
    expect(privatePaths.length).toBeGreaterThan(30);
  });

  it('the guess that used to leak: the full-access token finds the row, the public is refused', async () => {
    const guess = '/campaigns?filters[finalReport][$containsi]=ЗВІТ-СЕКРЕТ';
    const staff = await api('GET', encodeURI(guess));
    expect(staff.status).toBe(200);
    expect(staff.body.data.map((c: any) => c.documentId)).toEqual([campaignWithReport]);
    for (const headers of [{}, WEBSITE()]) {
      const res = await http('GET', `/api${encodeURI(guess)}`, undefined, headers);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/«finalReport».*не є публічним/);
    }
  });

  it('refuses every private path with every operator, in logical groups, as sort, fields and populate; allows the public ones', async () => {
    const failures: string[] = [];
    let privateRequests = 0;
    let publicRequests = 0;
    const check = async (c: Case, query: string, headers: Record<string, string>) => {
      const res: ApiResponse = await http('GET', `/api/${c.plural}?${query}`, undefined, headers);
      if (c.isPublic) publicRequests++;
      else privateRequests++;
      const ok = c.isPublic ? res.status === 200 : res.status === 400 && CYRILLIC.test(res.body?.error?.message ?? '');
      if (!ok) failures.push(`${c.isPublic ? 'public' : 'private'} ${c.plural}?${decodeURIComponent(query)} → ${res.status} ${res.body?.error?.message ?? ''}`);
    };
    for (const c of cases) {
      const operators = operatorCases(c.attribute);
      const queries = [
        ...operators.map((condition) => condition(`filters${bracket(c.path)}`)),
        operators[0](`filters[$or][0]${bracket(c.path)}`),
        operators[0](`filters[$and][0]${bracket(c.path)}`),
        operators[0](`filters[$not]${bracket(c.path)}`),
      ];
      const scalar = !targetOf(c.attribute);
      if (scalar && c.attribute.type !== 'json') {
        queries.push(`sort=${c.path.join('.')}`, `sort[0]=${c.path.join('.')}:desc`);
      }
      if (c.path.length === 1) {
        if (scalar) queries.push(`fields[0]=${c.path[0]}`);
        else queries.push(`populate[0]=${c.path[0]}`, `populate[${c.path[0]}]=true`);
      } else if (c.path.length === 2) {
        // the same field reached through a populate of its parent
        const [parent, field] = c.path;
        queries.push(scalar ? `populate[${parent}][fields][0]=${field}` : `populate[${parent}][populate][0]=${field}`);
        queries.push(operators[0](`populate[${parent}][filters][${field}]`));
      }
      for (const query of queries) await check(c, query, {});
      // the website's token is a public caller too
      if (!c.isPublic) await check(c, queries[0], WEBSITE());
    }
    expect(failures).toEqual([]);
    expect(privateRequests).toBeGreaterThan(200);
    expect(publicRequests).toBeGreaterThan(100);
  }, 600_000);

  it('populate=* is not refused: it brings back only public fields', async () => {
    for (const plural of ['campaigns', 'publications', 'communication-events', 'classifier-topics']) {
      for (const headers of [{}, WEBSITE()]) {
        const res = await http('GET', `/api/${plural}?populate=*`, undefined, headers);
        expect([plural, res.status]).toEqual([plural, 200]);
        const text = JSON.stringify(res.body);
        for (const secret of ['СТРАТЕГІЯ-СЕКРЕТ', 'АУДИТОРІЯ-СЕКРЕТ', 'ЗВІТ-СЕКРЕТ', '"kpis"', '"responsible"']) expect([plural, text.includes(secret)]).toEqual([plural, false]);
      }
    }
    const campaign = await http('GET', `/api/campaigns/${campaignWithReport}?populate=*`);
    expect(Object.keys(campaign.body.data).sort()).toEqual(['campaignState', 'channels', 'createdAt', 'documentId', 'endsOn', 'goal', 'id', 'publishedAt', 'startsOn', 'title', 'updatedAt']);
  });

  it('a full-access token still filters and sorts on internal fields', async () => {
    for (const path of ['/campaigns?filters[strategy][$eq]=СТРАТЕГІЯ-СЕКРЕТ', '/campaigns?filters[kpis][actual][$eq]=777', '/communication-events?filters[campaign][finalReport][$containsi]=ЗВІТ-СЕКРЕТ', '/publications?filters[campaign][targetAudience][$eq]=АУДИТОРІЯ-СЕКРЕТ']) {
      const res = await api('GET', encodeURI(path));
      expect([path, res.status, res.body.data.length]).toEqual([path, 200, 1]);
    }
    expect((await api('GET', '/campaigns?sort=finalReport:desc')).status).toBe(200);
  });

  it('GraphQL: private sorts and filters are refused before anything runs, in Ukrainian, at every depth and in variables', async () => {
    const refused = [
      ['{ campaigns(sort: "finalReport") { title } }', {}],
      ['{ campaigns(sort: ["title", "strategy:desc"]) { title } }', {}],
      ['query Q($s: [String]) { campaigns_connection(sort: $s) { nodes { title } } }', { s: ['targetAudience'] }],
      ['{ publications(sort: "campaign.strategy") { title } }', {}],
      ['{ communicationEvents(sort: ["campaign.finalReport:asc"]) { title } }', {}],
      ['query Q($f: CampaignFiltersInput) { campaigns(filters: $f) { title } }', { f: { finalReport: { containsi: 'ЗВІТ' } } }],
      ['query Q($f: PublicationFiltersInput) { publications(filters: $f) { title } }', { f: { or: [{ campaign: { strategy: { eq: 'x' } } }] } }],
    ] as const;
    for (const token of [null, process.env.TEST_WEBSITE_TOKEN!]) {
      for (const [query, variables] of refused) {
        const res = await graphql(query, variables as any, token);
        expect([query, res.status]).toEqual([query, 400]);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors?.[0]?.message).toMatch(/не є публічним/);
        expect(res.body.errors?.[0]?.extensions?.rule).toBe('public_api.private_field');
      }
    }
    // a private filter written in the query itself: the public schema has no such input field
    const literal = await graphql('{ campaigns(filters: { finalReport: { containsi: "звіт" } }) { title } }', {}, null);
    expect(literal.status).toBe(400);
    expect(literal.body.data).toBeUndefined();

    const allowed = await graphql('{ publications(sort: ["campaign.title", "publishedAt:desc"], filters: { campaign: { title: { containsi: "з внутрішнім" } } }) { title campaign { title } } }', {}, null);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.publications).toEqual([{ title: 'Новина кампанії', campaign: { title: 'Кампанія з внутрішнім звітом' } }]);
    const staff = await graphql('{ campaigns(sort: "finalReport", filters: { title: { eq: "Кампанія з внутрішнім звітом" } }) { title } }');
    expect(staff.status).toBe(200);
    expect(staff.body.data.campaigns).toEqual([{ title: 'Кампанія з внутрішнім звітом' }]);
  });
});
