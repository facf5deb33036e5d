import { spawnSync } from 'child_process';
import path from 'path';
import {
  GraphQLInputObjectType, GraphQLList, GraphQLObjectType, buildClientSchema, getIntrospectionQuery, getNamedType, getNullableType,
  isLeafType, isNonNullType, type GraphQLField, type GraphQLSchema,
} from 'graphql';
import { api, graphql, http } from './support/client';
import { applicationTextTables, type TextTable } from './support/content-model';
import { openDirectDb, quote, type DirectDb } from './support/direct-db';

/**
 * The public-information contract: the only text fields the city website may ever receive. Every other text
 * column of every table — personal data, internal notes, anything a later content type adds — gets a canary, and no
 * canary may come back from any public GraphQL query (every root field, every reachable field, filters) or public
 * REST route. The walk is driven by the introspected schema, so a new public type is covered without editing here.
 */
const PUBLIC_TEXT_FIELDS: Record<string, string[]> = {
  'api::classifier-topic.classifier-topic': ['code', 'title'],
  'api::publication.publication': ['title', 'slug', 'summary', 'body', 'question', 'claim', 'claimSources', 'evidence'],
  'api::campaign.campaign': ['title', 'goal', 'channels'],
  'api::communication-event.communication-event': ['title', 'place', 'onlineLink', 'outcome'],
};

const CANARY = 'CNRY';
const ROOT = path.resolve(__dirname, '../..');
const MAX_DEPTH = 6;

interface Planted { table: string; column: string; json: boolean; rows: Array<{ id: number; value: unknown }> }

describe('no personal or internal data is reachable through the public API', () => {
  let db: DirectDb;
  const planted: Planted[] = [];
  const findings: string[] = [];

  beforeAll(async () => {
    seedDemoData();
    db = await openDirectDb();
    // the demo seed adds campaigns (with their KPIs) only to a register without any; an earlier test file may have
    // created campaigns of its own, so one with a KPI is made here whatever ran before
    if (!(await db.all('SELECT id FROM components_communications_kpis')).length) {
      const res = await api('POST', '/campaigns', { data: { title: 'Кампанія для перевірки публічних даних', kpis: [{ metric: 'Охоплення', unit: 'осіб', target: 100 }] } });
      expect(res.status).toBe(201);
    }
    let n = 0;
    // one transaction for the thousands of single-row updates: on SQLite each would otherwise be its own synced commit
    await db.run('BEGIN');
    for (const table of applicationTextTables()) {
      const publicFields = new Set(PUBLIC_TEXT_FIELDS[table.model] ?? []);
      for (const column of table.columns.filter((c) => !publicFields.has(c.attribute))) {
        const rows = await db.all(`SELECT id, ${quote(column.column)} AS value FROM ${quote(table.table)}`);
        const json = column.type === 'json' || column.type === 'blocks';
        planted.push({ table: table.table, column: column.column, json, rows });
        for (const row of rows) {
          const canary = `${CANARY}-${table.table}.${column.column}.${row.id}-${++n}`;
          await db.run(`UPDATE ${quote(table.table)} SET ${quote(column.column)} = ? WHERE id = ?`, [json ? JSON.stringify(canary) : canary, row.id]);
        }
      }
    }
    await db.run('COMMIT');
    await db.publicContentChanged();
  }, 300_000);

  afterAll(async () => {
    await db.run('BEGIN');
    for (const p of planted) {
      for (const row of p.rows) {
        const value = p.json && row.value !== null && typeof row.value !== 'string' ? JSON.stringify(row.value) : row.value;
        await db.run(`UPDATE ${quote(p.table)} SET ${quote(p.column)} = ? WHERE id = ?`, [value, row.id]);
      }
    }
    await db.run('COMMIT');
    await db.publicContentChanged();
    await db.close();
  }, 300_000);

  it('planted canaries in private fields of every table that has rows', () => {
    const tables = new Set(planted.filter((p) => p.rows.length > 0).map((p) => p.table));
    for (const expected of ['appeals', 'information_requests', 'staff_members', 'departments', 'components_personal_applicants', 'components_personal_requesters', 'campaigns', 'components_communications_kpis', 'opinion_reports', 'notifications']) {
      expect(tables).toContain(expected);
    }
  });

  it('walks every public GraphQL query, anonymous and with the website token, without meeting a canary', async () => {
    for (const token of [null, process.env.TEST_WEBSITE_TOKEN!]) {
      const introspection = await graphql(getIntrospectionQuery(), {}, token);
      const schema = buildClientSchema(introspection.body.data as any);
      const queryType = schema.getQueryType()!;
      const ids = new Map<string, string[]>();
      const fields = Object.values(queryType.getFields());
      // lists first, so single-document queries can be asked for the ids they returned
      for (const field of [...fields.filter((f) => !needsArguments(f)), ...fields.filter(needsArguments)]) {
        for (const query of rootQueries(schema, field, ids)) {
          const res = await graphql(query, {}, token);
          expect([query, res.body.errors]).toEqual([query, undefined]);
          inspect(`GraphQL ${query.slice(0, 80)}`, res.body, findings);
          collectIds(field, res.body.data, ids);
        }
        for (const query of filterProbes(schema, field)) {
          const res = await graphql(query, {}, token);
          const result = res.body.data?.[field.name];
          expect([query, Array.isArray(result) ? result.length : result]).toEqual([query, 0]);
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it('finds no canary on any REST route of any content type, with or without populate', async () => {
    for (const table of applicationTextTables().filter((t) => t.pluralName)) {
      for (const suffix of ['', '?populate=*']) {
        for (const headers of [{}, { Authorization: `Bearer ${process.env.TEST_WEBSITE_TOKEN}` }] as Array<Record<string, string>>) {
          const res = await http('GET', `/api/${table.pluralName}${suffix}`, undefined, headers);
          if (res.status === 200) inspect(`REST /api/${table.pluralName}${suffix}`, res.body, findings);
          else expect([table.pluralName, res.status]).toEqual([table.pluralName, res.status === 404 ? 404 : 403]);
        }
      }
    }
    expect(findings).toEqual([]);
  });
});

function seedDemoData(): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/seed.js')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', CRON_ENABLED: 'false', DEMO_ADMIN_PASSWORD: 'Canary-Seed-Passw0rd' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`seed failed: ${run.stderr}`);
}

function inspect(where: string, body: unknown, findings: string[]): void {
  const text = JSON.stringify(body);
  const match = text.match(new RegExp(`${CANARY}-[^"\\\\]+`, 'g'));
  if (match) findings.push(`${where}: ${[...new Set(match)].slice(0, 5).join(', ')}`);
}

function needsArguments(field: GraphQLField<any, any>): boolean {
  return field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
}

/** A selection of every leaf and every reachable object field, to MAX_DEPTH, visiting a type at most twice per path. */
function selection(type: GraphQLObjectType, depth: number, path: string[] = []): string {
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (needsArguments(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (named instanceof GraphQLObjectType && depth > 1 && path.filter((t) => t === named.name).length < 2) {
      parts.push(`${field.name} { ${selection(named, depth - 1, [...path, named.name])} }`);
    }
  }
  return parts.join(' ');
}

function rootQueries(schema: GraphQLSchema, field: GraphQLField<any, any>, ids: Map<string, string[]>): string[] {
  const named = getNamedType(field.type);
  const body = named instanceof GraphQLObjectType ? `{ ${selection(named, MAX_DEPTH - 1, [named.name])} }` : '';
  if (field.name === 'appealStatistics') return [`{ appealStatistics(from: "2024-01-01", to: "2026-12-31") ${body} }`];
  if (!needsArguments(field)) {
    const paged = field.args.some((a) => a.name === 'pagination') ? `(pagination: { limit: 100 })` : '';
    return [`{ ${field.name}${paged} ${body} }`];
  }
  const documentIds = ids.get(named.name) ?? [];
  if (field.args.some((a) => a.name === 'documentId')) return documentIds.slice(0, 20).map((id) => `{ ${field.name}(documentId: "${id}") ${body} }`);
  throw new Error(`The public query ${field.name} needs arguments this walk does not know how to give: teach it.`);
}

function collectIds(field: GraphQLField<any, any>, data: any, ids: Map<string, string[]>): void {
  const named = getNamedType(field.type);
  const value = data?.[field.name];
  const items = Array.isArray(value) ? value : value?.nodes ?? [];
  const found = items.map((item: any) => item?.documentId).filter(Boolean);
  if (found.length) ids.set(named.name, [...(ids.get(named.name) ?? []), ...found]);
}

/** For each text filter a list query offers (one relation deep), ask for rows whose value contains a canary. */
function filterProbes(schema: GraphQLSchema, field: GraphQLField<any, any>): string[] {
  const filters = field.args.find((a) => a.name === 'filters');
  if (!filters || !(getNullableType(field.type) instanceof GraphQLList)) return [];
  const probes: string[] = [];
  const walk = (input: GraphQLInputObjectType, build: (inner: string) => string, depth: number) => {
    for (const entry of Object.values(input.getFields())) {
      if (['and', 'or', 'not'].includes(entry.name)) continue;
      const type = getNamedType(entry.type);
      if (!(type instanceof GraphQLInputObjectType)) continue;
      if (type.name === 'StringFilterInput' || type.name === 'JSONFilterInput') probes.push(build(`${entry.name}: { containsi: "${CANARY}" }`));
      else if (type.name.endsWith('FiltersInput') && depth > 0) walk(type, (inner) => build(`${entry.name}: { ${inner} }`), depth - 1);
    }
  };
  walk(getNamedType(filters.type) as GraphQLInputObjectType, (inner) => `{ ${field.name}(filters: { ${inner} }) { __typename } }`, 1);
  void schema;
  return probes;
}
