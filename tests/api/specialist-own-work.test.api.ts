import { api } from './support/client';
import { adminWithRole, cm } from './support/admin-roles';
import { appealInput, createDepartment, createStaff } from './support/fixtures';

const APPEALS = 'api::appeal.appeal';
const REQUESTS = 'api::information-request.information-request';

/**
 * A specialist registers an item in the admin panel without choosing a department: it belongs to their department,
 * the saved form shows its number and due date, and opening it again or finding it in the list is never refused.
 */
describe('a specialist never loses sight of their own work', () => {
  let specialist: { token: string };
  let department: { documentId: string; id: number };
  let other: string;

  beforeAll(async () => {
    const documentId = await createDepartment(`Відділ власної роботи ${Date.now().toString(36)}`);
    department = { documentId, id: (await api('GET', `/departments/${documentId}`)).body.data.id };
    other = await createDepartment(`Чужий відділ ${Date.now().toString(36)}`);
    const staff = await createStaff(documentId, 'Власенко Оксана');
    specialist = await adminWithRole('city-appeals-specialist', staff);
  });

  it('an appeal registered without a department is the specialist’s department’s, with its number and due date on save', async () => {
    const { department: _none, ...data } = appealInput({ subject: 'Власна робота: ліхтар' }) as any;
    const created = await cm(specialist.token, 'POST', APPEALS, data);
    expect(created.status).toBe(201);
    const saved = created.body.data;
    expect(saved.registrationNumber).toMatch(/^Ш-\d+\/2026$/);
    expect(saved.dueAt).toBe('2026-04-02T20:59:59.999Z');

    const opened = await cm(specialist.token, 'GET', `${APPEALS}/${saved.documentId}`);
    expect(opened.status).toBe(200);
    expect(opened.body.data.registrationNumber).toBe(saved.registrationNumber);
    const stored = await api('GET', `/appeals/${saved.documentId}?populate=department`);
    expect(stored.body.data.department.documentId).toBe(department.documentId);

    const list = await cm(specialist.token, 'GET', `${APPEALS}?page=1&pageSize=100&filters[documentId][$eq]=${saved.documentId}`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((r: any) => r.documentId)).toEqual([saved.documentId]);
  });

  it('an information request registered without a department is the specialist’s department’s too', async () => {
    const created = await cm(specialist.token, 'POST', REQUESTS, { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', requestText: 'Прошу надати копію рішення.' });
    expect(created.status).toBe(201);
    expect(created.body.data.registrationNumber).toMatch(/\/2026$/);
    expect(typeof created.body.data.dueAt).toBe('string');
    const opened = await cm(specialist.token, 'GET', `${REQUESTS}/${created.body.data.documentId}`);
    expect(opened.status).toBe(200);
    const stored = await api('GET', `/information-requests/${created.body.data.documentId}?populate=department`);
    expect(stored.body.data.department.documentId).toBe(department.documentId);
  });

  it('a department chosen in the form is kept', async () => {
    const created = await cm(specialist.token, 'POST', APPEALS, appealInput({ department: { connect: [{ documentId: other }] } }));
    expect(created.status).toBe(201);
    const stored = await api('GET', `/appeals/${created.body.data.documentId}?populate=department`);
    expect(stored.body.data.department.documentId).toBe(other);
  });

  it('REST registrations are not defaulted (no admin user behind them)', async () => {
    const res = await api('POST', '/appeals?populate=department', { data: appealInput() });
    expect(res.status).toBe(201);
    expect(res.body.data.department).toBeNull();
  });
});
