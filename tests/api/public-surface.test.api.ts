import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';
import fs from 'fs';
import path from 'path';
import { api, graphql, http } from './support/client';
import { deepPath, longestPath } from './support/schema-walk';

const SCHEMA_FILE = path.resolve(__dirname, '../../schema.public.graphql');

async function publicSdl(token: string | null): Promise<string> {
  const res = await graphql(getIntrospectionQuery(), {}, token);
  expect(res.body.errors).toBeUndefined();
  return printSchema(buildClientSchema(res.body.data as any));
}

describe('the public surface', () => {
  it('is the committed schema.public.graphql (run with UPDATE_PUBLIC_SCHEMA=true to accept a deliberate change)', async () => {
    const sdl = `${await publicSdl(null)}\n`;
    if (process.env.UPDATE_PUBLIC_SCHEMA === 'true') fs.writeFileSync(SCHEMA_FILE, sdl);
    expect(sdl).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('is the same schema for the city website token', async () => {
    expect(await publicSdl(process.env.TEST_WEBSITE_TOKEN!)).toBe(await publicSdl(null));
  });

  it('has no mutation and no private type at all', async () => {
    const sdl = await publicSdl(null);
    expect(sdl).not.toMatch(/type Mutation/);
    for (const name of ['Appeal', 'InformationRequest', 'StaffMember', 'Department', 'Holiday', 'DeadlineSetting', 'UsersPermissionsUser', 'UsersPermissionsRole', 'ComponentPersonalApplicant', 'ComponentPersonalRequester', 'Notification', 'AuditEntry']) {
      expect(sdl).not.toMatch(new RegExp(`\\btype ${name}\\b`));
    }
    const mutation = await graphql('mutation { createAppeal(data: { subject: "x" }) { documentId } }', {}, null);
    expect(mutation.body.errors?.[0]?.message).toMatch(/Mutation|does not support mutations|Schema is not configured/i);
  });

  it('keeps REST closed except the public reads', async () => {
    for (const p of ['/api/appeals', '/api/information-requests', '/api/staff-members', '/api/departments', '/api/holidays', '/api/deadline-setting', '/api/users', '/api/appeals/overdue']) {
      const res = await http('GET', p);
      expect([p, res.status]).toEqual([p, 403]);
    }
    const register = await http('POST', '/api/auth/local/register', { username: 'x', email: 'x@example.com', password: 'Passw0rd!' });
    expect(register.status).toBe(403);
    expect((await http('GET', '/api/classifier-topics')).status).toBe(200);
    // the website token reads what the public reads, and nothing more
    const token = { Authorization: `Bearer ${process.env.TEST_WEBSITE_TOKEN}` };
    expect((await http('GET', '/api/classifier-topics', undefined, token)).status).toBe(200);
    expect((await http('GET', '/api/appeals', undefined, token)).status).toBe(403);
    expect((await http('POST', '/api/classifier-topics', { data: { code: 'Z', title: 'Z' } }, token)).status).toBe(403);
  });

  it('refuses queries deeper than the limit (7), whenever the schema allows one', async () => {
    const schema = buildClientSchema((await graphql(getIntrospectionQuery(), {}, null)).body.data as any);
    const path = deepPath(schema, 8);
    if (!path) {
      // no public type nests that deep: the limit cannot be reached, which is the point of it
      expect(longestPath(schema)).toBeLessThan(8);
      return;
    }
    const query = path.reduceRight((inner, field) => `${field} { ${inner} }`, '__typename');
    const res = await graphql(`{ ${query} }`, {}, null);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message ?? '').toMatch(/^Запит занадто глибокий: \d+ рівнів вкладеності, дозволено не більше 7\.$/);
  });

  it('limits page size: 25 by default, 100 at most', async () => {
    for (let i = 0; i < 105; i++) {
      const res = await api('POST', '/classifier-topics', { data: { code: `P-${String(i).padStart(3, '0')}`, title: `Тема сторінки ${i}` } });
      expect(res.status).toBe(201);
    }
    const byDefault = await graphql('{ classifierTopics { code } }', {}, null);
    expect(byDefault.body.data.classifierTopics).toHaveLength(25);
    const huge = await graphql('{ classifierTopics(pagination: { limit: 1000 }) { code } }', {}, null);
    expect(huge.body.data.classifierTopics).toHaveLength(100);
  });

  it('lets a CDN cache public answers: ETag, Cache-Control, 304, and a new ETag when content changes', async () => {
    const query = { query: '{ classifierTopics(sort: "code", filters: { code: { startsWith: "E-" } }) { code title } }' };
    const first = await http('POST', '/graphql', query);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    const again = await http('POST', '/graphql', query, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    await api('POST', '/classifier-topics', { data: { code: 'E-1', title: 'Нова тема' } });
    const changed = await http('POST', '/graphql', query, { 'If-None-Match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.body.data.classifierTopics).toEqual([{ code: 'E-1', title: 'Нова тема' }]);
    const withToken = await http('POST', '/graphql', query, { Authorization: `Bearer ${process.env.TEST_WEBSITE_TOKEN}` });
    expect(withToken.headers.get('cache-control')).toBe('private, no-cache');
  });
});
