import { api, http } from './support/client';
import { adminWithRole, asSuper, bearer, cm } from './support/admin-roles';
import { createDepartment, registerAppeal } from './support/fixtures';

const tag = Date.now().toString(36);

/** One step to add a colleague: the staff member and the admin account with role and department, linked. */
describe('adding a colleague with an admin-panel account', () => {
  let department: string;

  beforeAll(async () => {
    department = await createDepartment(`Відділ нових колег ${tag}`);
  });

  it('creates the staff member and the account with the role, links them, and answers the invitation link', async () => {
    const email = `kolega.${tag}@example.gov.ua`;
    const res = await asSuper('POST', '/city/colleagues', {
      data: { fullName: 'Новенька Ганна Петрівна', email, positionTitle: 'Головний спеціаліст', department, role: 'city-appeals-specialist' },
    });
    expect(res.status).toBe(201);
    expect(res.body.data.staffMember.department).toBe(`Відділ нових колег ${tag}`);
    expect(res.body.data.adminUser.email).toBe(email);
    expect(res.body.data.adminUser.role).toBe('Спеціаліст відділу звернень');
    const link = new URL(res.body.data.inviteUrl);
    expect(link.pathname).toMatch(/\/admin\/auth\/register$/);
    const registrationToken = link.searchParams.get('registrationToken');
    expect(registrationToken).toMatch(/^[0-9a-f]{20,}$/);

    const staff = await asSuper('GET', `/content-manager/collection-types/api::staff-member.staff-member/${res.body.data.staffMember.documentId}`);
    expect(staff.status).toBe(200);
    expect(staff.body.data).toMatchObject({ fullName: 'Новенька Ганна Петрівна', email, positionTitle: 'Головний спеціаліст' });

    // the colleague accepts the invitation and works in their department at once: the account is linked to the staff
    // member, whose department scopes what the role reads
    const registered = await http('POST', '/admin/register', { registrationToken, userInfo: { firstname: 'Ганна', lastname: 'Новенька', password: 'Kolega-Passw0rd!' } });
    expect(registered.status).toBe(200);
    const token = registered.body.data.token;
    const mine = await registerAppeal({ department, subject: `Для нової колеги ${tag}` });
    const list = await cm(token, 'GET', `api::appeal.appeal?page=1&pageSize=100&filters[documentId][$eq]=${mine.documentId}`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((r: any) => r.documentId)).toEqual([mine.documentId]);
  });

  it('refuses incomplete data in Ukrainian, naming the field, and writes nothing', async () => {
    const email = `nepovna.${tag}@example.gov.ua`;
    const res = await asSuper('POST', '/city/colleagues', { data: { fullName: 'Неповна Олена', email, department, role: 'no-such-role' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['role']);
    expect(res.body.error.message).toMatch(/роль/);
    const noDepartment = await asSuper('POST', '/city/colleagues', { data: { fullName: 'Неповна Олена', email, role: 'city-appeals-specialist' } });
    expect(noDepartment.status).toBe(400);
    expect(noDepartment.body.error.details.rule).toBe('colleague.department_required');
    const staff = await api('GET', `/staff-members?filters[email][$eq]=${encodeURIComponent(email)}`);
    expect(staff.body.data).toEqual([]);
  });

  it('is refused to a colleague who may not create admin accounts', async () => {
    const specialist = await adminWithRole('city-appeals-specialist');
    const res = await http('POST', '/city/colleagues', { data: { fullName: 'Зайвий Іван', email: `zaivyi.${tag}@example.gov.ua`, department, role: 'city-appeals-specialist' } }, bearer(specialist.token));
    expect(res.status).toBe(403);
  });

  it('offers the form every department by name and the roles this administrator may grant', async () => {
    const res = await asSuper('GET', '/city/colleagues/options');
    expect(res.status).toBe(200);
    expect(res.body.data.departments).toContainEqual({ documentId: department, name: `Відділ нових колег ${tag}` });
    const names: string[] = res.body.data.departments.map((d: any) => d.name);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names.slice().sort((a, b) => a.localeCompare(b)));
    const roles = res.body.data.roles.map((r: any) => r.code);
    expect(roles.slice(0, 4)).toEqual(['city-appeals-specialist', 'city-department-head', 'city-communications-specialist', 'city-manager']);
    // a Super Admin may grant their own role, named in Ukrainian
    expect(res.body.data.roles).toContainEqual({ code: 'strapi-super-admin', name: 'Головний адміністратор' });
    const specialist = await adminWithRole('city-appeals-specialist');
    const refused = await http('GET', '/city/colleagues/options', undefined, bearer(specialist.token));
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/[А-Яа-яІіЇї]/);
  });
});
