import { api, errorMessage, http } from './support/client';
import { adminWithRole, bearer, cm } from './support/admin-roles';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';

const ENTRIES = 'api::audit-entry.audit-entry';
const PERIOD = 'from=2017-03-01&to=2017-03-31';

/**
 * March 2017 holds only these items:
 *   A (head HA, specialist SA): appeal PA (executor SA); A1 under A: appeal PA1; B: appeal PB and information request RB.
 * A specialist and a head of A see A and A1, never B; communications staff see no register data; the manager sees all.
 */
describe('scope of the audit trail, reports, drill-downs and exports', () => {
  const dept: Record<string, { documentId: string; id: number }> = {};
  const items: Record<string, string> = {};
  let specialist: { token: string }, head: { token: string }, comms: { token: string }, manager: { token: string };
  let publication: string;

  const departmentId = async (documentId: string) => (await api('GET', `/departments/${documentId}`)).body.data.id as number;

  beforeAll(async () => {
    for (const [key, parent] of [['A', undefined], ['A1', 'A'], ['B', undefined]] as const) {
      const documentId = await createDepartment(`Підрозділ охоплення ${key}`, parent ? dept[parent].documentId : undefined);
      dept[key] = { documentId, id: await departmentId(documentId) };
    }
    const headA = await createStaff(dept.A.documentId, 'Охопленко Голова');
    const specialistA = await createStaff(dept.A.documentId, 'Охопленко Спеціаліст');
    expect((await api('PUT', `/departments/${dept.A.documentId}`, { data: { head: headA } })).status).toBe(200);
    const at = (day: string) => `2017-03-${day}T09:00:00.000Z`;
    items.PA = (await registerAppeal({ receivedAt: at('06'), department: dept.A.documentId, assignee: specialistA, subject: 'Тема А' })).documentId;
    items.PA1 = (await registerAppeal({ receivedAt: at('07'), department: dept.A1.documentId, subject: 'Тема А1' })).documentId;
    items.PB = (await registerAppeal({ receivedAt: at('08'), department: dept.B.documentId, subject: 'Таємна тема Б' })).documentId;
    const rb = await api('POST', '/information-requests', { data: { receivedAt: at('09'), channel: 'email', requestText: 'Запит Б', department: dept.B.documentId } });
    expect(rb.status).toBe(201);
    items.RB = rb.body.data.documentId;
    const pub = await api('POST', '/publications?status=draft', { data: { kind: 'news', title: 'Новина для журналу' } });
    expect(pub.status).toBe(201);
    publication = pub.body.data.documentId;

    specialist = await adminWithRole('city-appeals-specialist', specialistA);
    head = await adminWithRole('city-department-head', headA);
    comms = await adminWithRole('city-communications-specialist');
    manager = await adminWithRole('city-manager');
  });

  const entriesFor = async (token: string, recordDocumentId: string) => {
    const res = await cm(token, 'GET', `${ENTRIES}?page=1&pageSize=100&filters[recordDocumentId][$eq]=${recordDocumentId}`);
    expect(res.status).toBe(200);
    expect(res.body.pagination.total).toBe(res.body.results.length);
    return res.body.results as any[];
  };

  it('audit entries follow the scope and role of the record they describe', async () => {
    const seen = async (token: string) => Object.fromEntries(await Promise.all(
      [...Object.entries(items), ['publication', publication]].map(async ([key, id]) => [key, (await entriesFor(token, id)).length]),
    ));
    expect(await seen(specialist.token)).toEqual({ PA: 1, PA1: 1, PB: 0, RB: 0, publication: 0 });
    expect(await seen(head.token)).toEqual({ PA: 1, PA1: 1, PB: 0, RB: 0, publication: 0 });
    expect(await seen(comms.token)).toEqual({ PA: 0, PA1: 0, PB: 0, RB: 0, publication: 1 });
    expect(await seen(manager.token)).toEqual({ PA: 1, PA1: 1, PB: 1, RB: 1, publication: 1 });

    // the detail of an entry out of scope is not found, and no filter or search reveals its subject
    const [entryB] = await entriesFor(manager.token, items.PB);
    expect(entryB.changes.some((c: any) => c.after === 'Таємна тема Б')).toBe(true);
    // (the content manager answers an existing document it may not show with an empty form, like any other type)
    for (const token of [specialist.token, comms.token]) {
      const detail = await cm(token, 'GET', `${ENTRIES}/${entryB.documentId}`);
      expect([200, 404]).toContain(detail.status);
      expect(detail.body.data?.recordDocumentId).toBeUndefined();
      expect(JSON.stringify(detail.body)).not.toMatch(/Таємна тема Б/);
    }
    const allowed = await cm(manager.token, 'GET', `${ENTRIES}/${entryB.documentId}`);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.recordDocumentId).toBe(items.PB);
    const search = await cm(specialist.token, 'GET', `${ENTRIES}?page=1&pageSize=100&_q=${encodeURIComponent('Таємна тема Б')}`);
    expect(search.status).toBe(200);
    expect(search.body.results.map((e: any) => e.recordDocumentId)).not.toContain(items.PB);
    const byType = await cm(specialist.token, 'GET', `${ENTRIES}?page=1&pageSize=100&filters[contentType][$eq]=api::appeal.appeal`);
    const visible = new Set(byType.body.results.map((e: any) => e.recordDocumentId));
    expect(visible.has(items.PA)).toBe(true);
    expect(visible.has(items.PB)).toBe(false);

    // role changes: only for those who read roles
    const roleEntries = (token: string) => cm(token, 'GET', `${ENTRIES}?page=1&pageSize=1&filters[contentType][$in][0]=admin::role&filters[contentType][$in][1]=admin::user`);
    expect((await roleEntries(specialist.token)).body.pagination.total).toBe(0);
    expect((await roleEntries(comms.token)).body.pagination.total).toBe(0);
    expect((await roleEntries(manager.token)).body.pagination.total).toBeGreaterThan(0);
  });

  const as = (token: string, path: string) => http('GET', path, undefined, bearer(token));

  it('the discipline report, its drill-down and its export show only the caller’s departments', async () => {
    const names = async (token: string) => {
      const res = await as(token, `/admin/reports/discipline?${PERIOD}&groupBy=department`);
      expect(res.status).toBe(200);
      return Object.fromEntries(res.body.data.rows.map((r: any) => [r.groupName, r.received]));
    };
    expect(await names(specialist.token)).toEqual({ 'Підрозділ охоплення A': 1, 'Підрозділ охоплення A1': 1 });
    expect(await names(head.token)).toEqual({ 'Підрозділ охоплення A': 1, 'Підрозділ охоплення A1': 1 });
    expect(await names(manager.token)).toEqual({ 'Підрозділ охоплення A': 1, 'Підрозділ охоплення A1': 1, 'Підрозділ охоплення B': 2 });

    const drill = (token: string, groupId: number) => as(token, `/admin/reports/discipline/items?${PERIOD}&groupBy=department&groupId=${groupId}&figure=received`);
    for (const token of [specialist.token, head.token]) {
      const other = await drill(token, dept.B.id);
      expect(other.status).toBe(200);
      expect(other.body.data).toEqual([]);
      expect((await drill(token, dept.A.id)).body.data.map((i: any) => i.documentId)).toEqual([items.PA]);
    }
    expect((await drill(manager.token, dept.B.id)).body.data.map((i: any) => i.documentId).sort()).toEqual([items.PB, items.RB].sort());
    const byAssignee = await as(specialist.token, `/admin/reports/discipline/items?${PERIOD}&groupBy=assignee&groupId=none&figure=received`);
    expect(byAssignee.body.data.map((i: any) => i.documentId)).toEqual([items.PA1]);

    const csv = await as(specialist.token, `/admin/reports/discipline?${PERIOD}&groupBy=department&format=csv`);
    expect(csv.status).toBe(200);
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines.some((l) => l.startsWith('Підрозділ охоплення B'))).toBe(false);
    expect(lines[lines.length - 1]).toMatch(/^Усього;2;/);
  });

  it('the analysis report counts only the caller’s registers and departments', async () => {
    const totals = async (token: string) => (await as(token, `/admin/reports/analysis?${PERIOD}`)).body.data.totals;
    expect(await totals(specialist.token)).toMatchObject({ appeals: 2, informationRequests: 0 });
    expect(await totals(manager.token)).toMatchObject({ appeals: 3, informationRequests: 1 });
    const csv = await as(head.token, `/admin/reports/analysis?${PERIOD}&format=csv`);
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toMatch(/;2;100/);
  });

  it('communications staff get no register data from any report, export or dashboard figure', async () => {
    for (const path of [
      `/admin/reports/discipline?${PERIOD}&groupBy=department`,
      `/admin/reports/discipline?${PERIOD}&groupBy=assignee&format=csv`,
      `/admin/reports/discipline/items?${PERIOD}&groupBy=department&groupId=${dept.B.id}&figure=received`,
      `/admin/reports/analysis?${PERIOD}`,
      `/admin/reports/analysis?${PERIOD}&format=xlsx`,
    ]) {
      const res = await as(comms.token, path);
      expect({ path, status: res.status, message: errorMessage(res) }).toEqual({ path, status: 403, message: expect.stringMatching(/доступні лише тим, хто має доступ до цих реєстрів/) });
    }
    const dashboard = await as(comms.token, '/admin/reports/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.data).toMatchObject({ scope: { kind: 'none' }, atRisk: 0, overdue: 0, unrouted: 0, month: { answered: 0 }, items: [] });
    expect((await as(comms.token, `/admin/reports/communications?${PERIOD}`)).status).toBe(200);
    const noComms = await as(specialist.token, `/admin/reports/communications?${PERIOD}`);
    expect(noComms.status).toBe(403);
    expect(errorMessage(noComms)).toMatch(/комунікац/);
  });

  it('the dashboard of an administrator without a staff record shows only what their roles read', async () => {
    const unlinked = await adminWithRole('city-appeals-specialist');
    const res = await as(unlinked.token, '/admin/reports/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ atRisk: 0, overdue: 0, unrouted: 0, items: [] });
    const everything = await as(manager.token, '/admin/reports/dashboard');
    expect(everything.body.data.unrouted).toBeGreaterThan(0);
  });
});
