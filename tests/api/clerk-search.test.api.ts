import { api } from './support/client';
import { openDirectDb } from './support/direct-db';
import { adminWithRole, asSuper, cm } from './support/admin-roles';
import { appealInput, createDepartment, createStaff, registerAppeal } from './support/fixtures';

const APPEALS = 'api::appeal.appeal';
const REQUESTS = 'api::information-request.information-request';
const tag = Date.now().toString(36);

/** The list search of the content manager, as the clerk types it into the search box. */
async function search(uid: string, q: string, token?: string): Promise<string[]> {
  const path = `${uid}?page=1&pageSize=100&_q=${encodeURIComponent(q)}`;
  const res = token ? await cm(token, 'GET', path) : await asSuper('GET', `/content-manager/collection-types/${path}`);
  expect(res.status).toBe(200);
  return res.body.results.map((r: any) => r.documentId);
}

describe('the clerk finds anyone and anything from the list search', () => {
  let appeal: any, hotline: any, other: any, request: any;
  let departmentA: string, departmentB: string;

  beforeAll(async () => {
    departmentA = await createDepartment(`Відділ пошуку А ${tag}`);
    departmentB = await createDepartment(`Відділ пошуку Б ${tag}`);
    appeal = await registerAppeal({
      department: departmentA,
      applicant: { fullName: `Пошуківська${tag} Олена Іванівна`, email: `olena.${tag}@example.com`, phone: '+380 (67) 555-12-34', address: 'вул. Тестова, 1' },
    });
    hotline = await registerAppeal({
      department: departmentB,
      channel: 'government_hotline',
      contactCenterCardNumber: `УКЦ-${tag}`,
      applicant: { fullName: `Гарячелінійний${tag} Петро`, address: 'вул. Тестова, 2' },
    });
    other = await registerAppeal({ department: departmentB, applicant: { fullName: `Сторонній${tag} Іван`, address: 'вул. Тестова, 3' } });
    const res = await api('POST', '/information-requests', {
      data: { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', requestText: 'Копія рішення', department: departmentB, requester: { fullName: `Запитувачка${tag} Марія`, email: `maria.${tag}@example.com` } },
    });
    expect(res.status).toBe(201);
    request = res.body.data;
  });

  it('filters the lists by the applicant’s and the requester’s name (the list filter «Заявник (ПІБ)»)', async () => {
    const filtered = async (uid: string, field: string, op: string, value: string) => {
      const res = await asSuper('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=100&filters[$and][0][${field}][fullName][${op}]=${encodeURIComponent(value)}`);
      expect(res.status).toBe(200);
      return res.body.results.map((r: any) => r.documentId);
    };
    // a part of the surname in another case, and the whole name
    expect(await filtered(APPEALS, 'applicant', '$containsi', `пошуківська${tag}`)).toEqual([appeal.documentId]);
    expect(await filtered(APPEALS, 'applicant', '$eqi', `сторонній${tag} іван`)).toEqual([other.documentId]);
    expect(await filtered(APPEALS, 'applicant', '$eqi', `Сторонній${tag} Іван`)).toEqual([other.documentId]);
    expect(await filtered(REQUESTS, 'requester', '$containsi', `Запитувачка${tag}`)).toEqual([request.documentId]);
  });

  it('on PostgreSQL, the filter by name has a trigram index on the lower-cased name that its plan can use', async () => {
    const db = await openDirectDb();
    try {
      if (db.client !== 'postgres') return expect(db.client).toBe('sqlite');
      const rows = await db.all("SELECT tablename, indexdef FROM pg_indexes WHERE indexname LIKE 'components_personal_%_full_name_trgm' ORDER BY tablename");
      expect(rows.map((r: any) => r.tablename)).toEqual(['components_personal_applicants', 'components_personal_requesters']);
      expect(rows[0].indexdef).toContain('USING gin (lower(');
      expect(rows[0].indexdef).toContain('gin_trgm_ops)');
      // the filter's own predicate, with sequential scans off: the planner can answer it from the index
      await db.run('SET enable_seqscan = off');
      const plan = (await db.all("EXPLAIN SELECT id FROM components_personal_applicants WHERE LOWER(CAST(full_name AS VARCHAR)) LIKE LOWER('%журбенко%')")).map((r: any) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('components_personal_applicants_full_name_trgm');
    } finally {
      await db.close();
    }
  });

  it('finds an appeal by the applicant’s surname, as typed or in lower case', async () => {
    expect(await search(APPEALS, `Пошуківська${tag}`)).toEqual([appeal.documentId]);
    expect(await search(APPEALS, `пошуківська${tag}`)).toEqual([appeal.documentId]);
  });

  it('finds an appeal by the applicant’s e-mail and by the phone typed without spaces', async () => {
    expect(await search(APPEALS, `olena.${tag}@example.com`)).toEqual([appeal.documentId]);
    expect(await search(APPEALS, '0675551234')).toEqual(expect.arrayContaining([appeal.documentId]));
    expect(await search(APPEALS, '0675551234')).not.toContain(other.documentId);
  });

  it('finds an appeal by its registration number and by the hotline card number', async () => {
    expect(await search(APPEALS, appeal.registrationNumber)).toEqual([appeal.documentId]);
    expect(await search(APPEALS, `УКЦ-${tag}`)).toEqual([hotline.documentId]);
  });

  it('finds an information request by the requester’s surname and e-mail', async () => {
    expect(await search(REQUESTS, `Запитувачка${tag}`)).toEqual([request.documentId]);
    expect(await search(REQUESTS, `maria.${tag}`)).toEqual([request.documentId]);
  });

  it('follows a corrected applicant: the old surname no longer finds the appeal, the new one does', async () => {
    const res = await api('PUT', `/appeals/${other.documentId}`, { data: { applicant: { fullName: `Виправлений${tag} Іван`, address: 'вул. Тестова, 3' } } });
    expect(res.status).toBe(200);
    expect(await search(APPEALS, `Сторонній${tag}`)).toEqual([]);
    expect(await search(APPEALS, `Виправлений${tag}`)).toEqual([other.documentId]);
  });

  it('never shows the search text itself to a REST caller', async () => {
    const res = await api('GET', `/appeals/${appeal.documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.data).not.toHaveProperty('searchText');
    const sent = await api('PUT', `/appeals/${appeal.documentId}`, { data: { searchText: 'підкинутий текст' } });
    expect(sent.status === 200 || sent.status === 400).toBe(true);
    expect(await search(APPEALS, 'підкинутий текст')).toEqual([]);
  });

  it('filters the list by department, state and a due date range', async () => {
    const path = `${APPEALS}?page=1&pageSize=100&filters[$and][0][department][documentId][$eq]=${departmentB}&filters[$and][1][workflowState][$eq]=registered` +
      `&filters[$and][2][dueAt][$gte]=2026-03-01T00:00:00.000Z&filters[$and][3][dueAt][$lte]=2026-04-30T23:59:59.999Z`;
    const res = await asSuper('GET', `/content-manager/collection-types/${path}`);
    expect(res.status).toBe(200);
    const found = res.body.results.map((r: any) => r.documentId);
    expect(found).toEqual(expect.arrayContaining([hotline.documentId, other.documentId]));
    expect(found).not.toContain(appeal.documentId);
  });

  it('a specialist of department A finds A’s applicant, and B’s by no search', async () => {
    const staff = await createStaff(departmentA, `Шукач${tag}`);
    const specialist = await adminWithRole('city-appeals-specialist', staff);
    expect(await search(APPEALS, `Пошуківська${tag}`, specialist.token)).toEqual([appeal.documentId]);
    expect(await search(APPEALS, `Гарячелінійний${tag}`, specialist.token)).toEqual([]);
    expect(await search(APPEALS, `УКЦ-${tag}`, specialist.token)).toEqual([]);
    expect(await search(REQUESTS, `Запитувачка${tag}`, specialist.token)).toEqual([]);
  });
});

describe('the search text stays out of the journal of changes', () => {
  it('records the change of the applicant as personal data, never the derived search text', async () => {
    const appeal = await registerAppeal({ applicant: { fullName: `Журнальна${tag} Ірина`, email: `iryna.${tag}@example.com`, address: 'вул. 9' } });
    const res = await asSuper('GET', `/content-manager/collection-types/api::audit-entry.audit-entry?page=1&pageSize=100&filters[recordDocumentId][$eq]=${appeal.documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    const text = JSON.stringify(res.body.results);
    expect(text).not.toMatch(/searchText/);
    expect(text).not.toContain(`iryna.${tag}@example.com`);
  });
});
