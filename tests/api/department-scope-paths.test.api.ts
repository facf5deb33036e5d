import ExcelJS from 'exceljs';
import { api, http } from './support/client';
import { adminWithRole, bearer, cm } from './support/admin-roles';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';

const PERIOD = 'from=2015-05-01&to=2015-05-31';
const tag = Date.now().toString(36);

/**
 * Every read path a specialist of department A uses shows A (and a head also A's subdivisions), never department B:
 * the register lists and their search, the report's XLSX export, the dashboard widgets and the journal of changes.
 * May 2015 holds only the items made here.
 */
describe('department scope agrees on every read path', () => {
  const names = { A: `Підрозділ шляхів А ${tag}`, A1: `Підрозділ шляхів А1 ${tag}`, B: `Підрозділ шляхів Б ${tag}` };
  const dept: Record<string, string> = {};
  const items: Record<string, any> = {};
  let specialist: { token: string }, head: { token: string }, manager: { token: string };

  beforeAll(async () => {
    dept.A = await createDepartment(names.A);
    dept.A1 = await createDepartment(names.A1, dept.A);
    dept.B = await createDepartment(names.B);
    const headA = await createStaff(dept.A, `Шляховий Голова ${tag}`);
    expect((await api('PUT', `/departments/${dept.A}`, { data: { head: headA } })).status).toBe(200);
    const at = (day: string) => `2015-05-${day}T09:00:00.000Z`;
    const specialistStaff = await createStaff(dept.A, `Шляховий Спеціаліст ${tag}`);
    const executorB = await createStaff(dept.B, `Шляховий Виконавець Б ${tag}`);
    items.A = await registerAppeal({ receivedAt: at('04'), department: dept.A, assignee: specialistStaff, applicant: { fullName: `Ашляхова${tag} Ольга`, address: 'вул. 1' } });
    items.A1 = await registerAppeal({ receivedAt: at('05'), department: dept.A1, applicant: { fullName: `Ашляхенко${tag} Ігор`, address: 'вул. 2' } });
    items.B = await registerAppeal({ receivedAt: at('04'), department: dept.B, assignee: executorB, applicant: { fullName: `Бшляховий${tag} Павло`, address: 'вул. 3' } });
    const rb = await api('POST', '/information-requests', { data: { receivedAt: at('06'), channel: 'email', requestText: 'Запит Б', department: dept.B, requester: { fullName: `Бзапитувач${tag} Федір` } } });
    expect(rb.status).toBe(201);
    items.RB = rb.body.data;
    specialist = await adminWithRole('city-appeals-specialist', specialistStaff);
    head = await adminWithRole('city-department-head', headA);
    manager = await adminWithRole('city-manager');
  });

  const listed = async (token: string, uid: string, query: string) => {
    const res = await cm(token, 'GET', `${uid}?page=1&pageSize=100&${query}`);
    expect(res.status).toBe(200);
    return res.body.results.map((r: any) => r.documentId).sort();
  };

  it('the register lists and their search', async () => {
    const period = 'filters[$and][0][receivedAt][$gte]=2015-05-01T00:00:00.000Z&filters[$and][1][receivedAt][$lte]=2015-05-31T23:59:59.999Z';
    expect(await listed(specialist.token, 'api::appeal.appeal', period)).toEqual([items.A.documentId, items.A1.documentId].sort());
    expect(await listed(head.token, 'api::appeal.appeal', period)).toEqual([items.A.documentId, items.A1.documentId].sort());
    expect(await listed(manager.token, 'api::appeal.appeal', period)).toEqual([items.A.documentId, items.A1.documentId, items.B.documentId].sort());
    expect(await listed(specialist.token, 'api::information-request.information-request', 'filters[$and][0][receivedAt][$lte]=2015-05-31T23:59:59.999Z&filters[$and][1][receivedAt][$gte]=2015-05-01T00:00:00.000Z')).toEqual([]);
    expect(await listed(specialist.token, 'api::appeal.appeal', `_q=${encodeURIComponent(`Бшляховий${tag}`)}`)).toEqual([]);
    expect(await listed(manager.token, 'api::appeal.appeal', `_q=${encodeURIComponent(`Бшляховий${tag}`)}`)).toEqual([items.B.documentId]);
    expect(await listed(specialist.token, 'api::appeal.appeal', `_q=${encodeURIComponent(items.B.registrationNumber)}`)).toEqual([]);
  });

  it('the XLSX export of the discipline report', async () => {
    const rows = async (token: string) => {
      const res = await fetch(`${process.env.TEST_BASE_URL}/admin/reports/discipline?${PERIOD}&groupBy=department&format=xlsx`, { headers: bearer(token) });
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
      return workbook.worksheets[0].getSheetValues().filter(Boolean).map((row: any) => String(row[1] ?? ''));
    };
    const mine = await rows(specialist.token);
    expect(mine).toEqual(expect.arrayContaining([names.A, names.A1]));
    expect(mine).not.toContain(names.B);
    expect(await rows(manager.token)).toEqual(expect.arrayContaining([names.A, names.A1, names.B]));
  });

  it('the dashboard widgets (a specialist: their own items; a head: the department with its subdivisions)', async () => {
    const widgetItems = async (token: string) => {
      const res = await http('GET', '/admin/reports/dashboard', undefined, bearer(token));
      expect(res.status).toBe(200);
      return res.body.data.items as any[];
    };
    const mine = await widgetItems(specialist.token);
    expect(mine.map((i) => i.documentId)).toContain(items.A.documentId);
    expect(mine.map((i) => i.documentId)).not.toContain(items.B.documentId);
    expect(mine.every((i) => i.department === names.A)).toBe(true);
    const heads = await widgetItems(head.token);
    expect(heads.map((i) => i.documentId)).toEqual(expect.arrayContaining([items.A.documentId, items.A1.documentId]));
    expect(heads.every((i) => i.department === names.A || i.department === names.A1)).toBe(true);
  });

  it('the journal of changes', async () => {
    const entries = async (token: string, documentId: string) => {
      const res = await cm(token, 'GET', `api::audit-entry.audit-entry?page=1&pageSize=100&filters[recordDocumentId][$eq]=${documentId}`);
      expect(res.status).toBe(200);
      return res.body.results.length;
    };
    expect(await entries(specialist.token, items.A.documentId)).toBeGreaterThan(0);
    expect(await entries(head.token, items.A1.documentId)).toBeGreaterThan(0);
    expect(await entries(specialist.token, items.B.documentId)).toBe(0);
    expect(await entries(specialist.token, items.RB.documentId)).toBe(0);
    expect(await entries(manager.token, items.B.documentId)).toBeGreaterThan(0);
  });
});
