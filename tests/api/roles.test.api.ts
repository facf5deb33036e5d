import { api, errorMessage, http } from './support/client';
import { adminWithRole, asSuper, cm, roleByCode } from './support/admin-roles';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';

const APPEALS = 'api::appeal.appeal';
const REQUESTS = 'api::information-request.information-request';
const extension = (approver: string) => ({ extendedUntil: '2026-04-16', extensionReason: 'Потрібен виїзд комісії', extensionApprovedBy: approver, extensionDecidedAt: '2026-03-25T10:00:00.000Z' });

/** What each provisioned role can and cannot do through the admin API, including across departments. */
describe('admin roles and department scope', () => {
  let deptA: string, deptA1: string, deptB: string;
  let headA: string, headB: string, specialistStaff: string, managerStaff: string;
  let appealA1: any, appealB: any;
  let specialist: { token: string }, head: { token: string }, comms: { token: string }, manager: { token: string };

  beforeAll(async () => {
    deptA = await createDepartment('Департамент А');
    deptA1 = await createDepartment('Відділ А-1', deptA);
    deptB = await createDepartment('Департамент Б');
    headA = await createStaff(deptA, 'Головенко Ганна');
    headB = await createStaff(deptB, 'Борисенко Богдан');
    specialistStaff = await createStaff(deptA, 'Спеціалістенко Софія');
    managerStaff = await createStaff(undefined, 'Керуюча Марія');
    for (const [dept, h] of [[deptA, headA], [deptB, headB]]) {
      expect((await api('PUT', `/departments/${dept}`, { data: { head: h } })).status).toBe(200);
    }
    appealA1 = await registerAppeal({ department: deptA1, subject: 'Звернення відділу А-1' });
    appealB = await registerAppeal({ department: deptB, subject: 'Звернення департаменту Б' });
    specialist = await adminWithRole('city-appeals-specialist', specialistStaff);
    head = await adminWithRole('city-department-head', headA);
    comms = await adminWithRole('city-communications-specialist');
    manager = await adminWithRole('city-manager', managerStaff);
  });

  it("names Strapi's own roles in Ukrainian (users list, role picker, invitations)", async () => {
    expect((await roleByCode('strapi-super-admin')).name).toBe('Головний адміністратор');
    expect((await roleByCode('strapi-editor')).name).toBe('Редактор');
    expect((await roleByCode('strapi-author')).name).toBe('Автор');
    expect((await roleByCode('strapi-author')).description).toBe('Керує записами, які створив сам.');
  });

  it('provisions the four roles with Ukrainian names, the department condition on the registers', async () => {
    expect((await roleByCode('city-appeals-specialist')).name).toBe('Спеціаліст відділу звернень');
    expect((await roleByCode('city-department-head')).name).toBe('Начальник відділу');
    expect((await roleByCode('city-communications-specialist')).name).toBe('Спеціаліст з комунікацій');
    const managerRole = await roleByCode('city-manager');
    expect(managerRole.name).toBe('Керуючий справами');
    expect(managerRole.description).toMatch(/ролями/);
    const perms = (await asSuper('GET', `/admin/roles/${(await roleByCode('city-appeals-specialist')).id}/permissions`)).body.data;
    const read = perms.find((p: any) => p.action === 'plugin::content-manager.explorer.read' && p.subject === APPEALS);
    expect(read.conditions).toEqual(['api::belongs-to-my-department']);
    expect(read.properties.fields).toEqual(expect.arrayContaining(['subject', 'applicant.fullName', 'department']));
    expect(perms.some((p: any) => p.action === 'plugin::content-manager.explorer.delete')).toBe(false);
  });

  it('specialist: sees and edits only the appeals of their department and its sub-departments', async () => {
    const list = await cm(specialist.token, 'GET', `${APPEALS}?page=1&pageSize=100`);
    expect(list.status).toBe(200);
    const ids = list.body.results.map((r: any) => r.documentId);
    expect(ids).toContain(appealA1.documentId);
    expect(ids).not.toContain(appealB.documentId);
    expect((await cm(specialist.token, 'GET', `${APPEALS}/${appealB.documentId}`)).status).toBe(403);
    const edited = await cm(specialist.token, 'PUT', `${APPEALS}/${appealA1.documentId}`, { subject: 'Уточнена тема' });
    expect(edited.status).toBe(200);
    const got = await cm(specialist.token, 'GET', `${APPEALS}/${appealA1.documentId}`);
    expect(got.status).toBe(200);
    expect(got.body.data.subject).toBe('Уточнена тема');
    expect(edited.body.data.subject).toBe('Уточнена тема');
    expect((await cm(specialist.token, 'PUT', `${APPEALS}/${appealB.documentId}`, { subject: 'Чуже' })).status).toBe(403);
    expect((await cm(specialist.token, 'DELETE', `${APPEALS}/${appealA1.documentId}`)).status).toBe(403);
    expect((await cm(specialist.token, 'GET', `${REQUESTS}?page=1&pageSize=10`)).status).toBe(200);
    expect((await cm(specialist.token, 'GET', `api::staff-member.staff-member?page=1&pageSize=10`)).status).toBe(200);
    expect((await cm(specialist.token, 'POST', APPEALS, { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'written', appealType: 'proposal', authorKind: 'anonymous', subject: 'Нове', department: deptA })).status).toBe(201);
  });

  it('only the head chooses the executor: a specialist’s update permission leaves the assignee out', async () => {
    const specialistPerms = (await asSuper('GET', `/admin/roles/${(await roleByCode('city-appeals-specialist')).id}/permissions`)).body.data;
    const update = specialistPerms.find((p: any) => p.action === 'plugin::content-manager.explorer.update' && p.subject === APPEALS);
    expect(update.properties.fields).not.toContain('assignee');
    expect(update.properties.fields).toContain('extendedUntil');
    const assigned = await cm(head.token, 'PUT', `${APPEALS}/${appealA1.documentId}`, { workflowState: 'assigned', assignee: { connect: [{ documentId: specialistStaff }] } });
    expect(assigned.status).toBe(200);
    expect(assigned.body.data.workflowState).toBe('assigned');
  });

  it('specialist cannot approve an extension, even naming the head', async () => {
    const res = await cm(specialist.token, 'PUT', `${APPEALS}/${appealA1.documentId}`, extension(headA));
    expect(res.status).toBe(403);
    expect(errorMessage(res)).toMatch(/лише керівник підрозділу або керуючий справами/);
  });

  it('head: approves an extension in a sub-department personally; not in the name of another head; not outside scope', async () => {
    const other = await cm(head.token, 'PUT', `${APPEALS}/${appealA1.documentId}`, extension(headB));
    expect(other.status).toBe(403);
    expect(errorMessage(other)).toMatch(/вкажіть себе/);
    const own = await cm(head.token, 'PUT', `${APPEALS}/${appealA1.documentId}`, extension(headA));
    expect(own.status).toBe(200);
    expect(own.body.data.extendedUntil).toBe('2026-04-16');
    expect((await cm(head.token, 'PUT', `${APPEALS}/${appealB.documentId}`, extension(headA))).status).toBe(403);
  });

  it('information request extension: refused for the specialist, allowed for the head of the department', async () => {
    const created = await api('POST', '/information-requests', {
      data: { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', requestText: 'Прошу надати копії договорів', department: deptA1, assignee: specialistStaff },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const ext = { workflowState: 'extended', extendedUntil: '2026-03-30', extensionGround: 'large_volume', extensionReason: 'Великий обсяг', requesterNotifiedOfExtensionAt: '2026-03-09T12:00:00.000Z' };
    const refused = await cm(specialist.token, 'PUT', `${REQUESTS}/${id}`, ext);
    expect(refused.status).toBe(403);
    expect(errorMessage(refused)).toMatch(/ч\. 4 ст\. 20/);
    const ok = await cm(head.token, 'PUT', `${REQUESTS}/${id}`, ext);
    expect(ok.status).toBe(200);
    expect(ok.body.data.dueAt).toBe('2026-03-30T20:59:59.999Z');
  });

  it('communications specialist: no access to the registers, reads staff', async () => {
    expect((await cm(comms.token, 'GET', `${APPEALS}?page=1&pageSize=10`)).status).toBe(403);
    expect((await cm(comms.token, 'GET', `${REQUESTS}?page=1&pageSize=10`)).status).toBe(403);
    expect((await cm(comms.token, 'GET', `api::staff-member.staff-member?page=1&pageSize=10`)).status).toBe(200);
  });

  it('manager: reads every department, manages roles, records a head’s approval, but does not edit registers', async () => {
    const only = `filters[$and][0][documentId][$in][0]=${appealA1.documentId}&filters[$and][0][documentId][$in][1]=${appealB.documentId}`;
    const list = await cm(manager.token, 'GET', `${APPEALS}?page=1&pageSize=100&${only}`);
    const ids = list.body.results.map((r: any) => r.documentId);
    expect(ids).toEqual(expect.arrayContaining([appealA1.documentId, appealB.documentId]));
    expect((await cm(manager.token, 'PUT', `${APPEALS}/${appealB.documentId}`, { subject: 'Правка' })).status).toBe(403);
    const managerRoles = await fetchAs(manager.token, '/admin/roles');
    expect(managerRoles.status).toBe(200);
    expect(managerRoles.body.data.map((r: any) => r.code)).toContain('city-department-head');
    const specialistRoles = await fetchAs(specialist.token, '/admin/roles');
    expect(specialistRoles.status).toBe(403);
  });

  it('API token: the approver must head the appeal’s department or a parent one', async () => {
    const a = await registerAppeal({ department: deptA1, receivedAt: '2026-03-02T09:00:00.000Z' });
    const refused = await api('PUT', `/appeals/${a.documentId}`, { data: extension(headB) });
    expect(refused.status).toBe(403);
    expect(errorMessage(refused)).toMatch(/керівник підрозділу/);
    const ok = await api('PUT', `/appeals/${a.documentId}`, { data: extension(headA) });
    expect(ok.status).toBe(200);
    expect(ok.body.data.dueAt).toBe('2026-04-16T20:59:59.999Z');
  });

  it('answers to appeals on the website: communications staff publish them, a register specialist may not', async () => {
    const draft = await api('POST', '/publications?status=draft', { data: { kind: 'appeal_answer', title: 'Відповідь щодо освітлення', question: 'Коли встановлять ліхтарі?', body: 'Ліхтарі встановлять у квітні.' } });
    expect(draft.status).toBe(201);
    const publish = (token: string) => cm(token, 'POST', `api::publication.publication/${draft.body.data.documentId}/actions/publish`, {});
    expect((await publish(specialist.token)).status).toBe(403);
    const published = await publish(comms.token);
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).not.toBeNull();
  });

  it('the Authenticated role of the users-permissions plugin has no permissions', async () => {
    const roles = await asSuper('GET', '/users-permissions/roles');
    const authenticated = roles.body.roles.find((r: any) => r.type === 'authenticated');
    const role = await asSuper('GET', `/users-permissions/roles/${authenticated.id}`);
    const enabled = Object.values<any>(role.body.role.permissions).flatMap((p: any) =>
      Object.values<any>(p.controllers).flatMap((c: any) => Object.entries<any>(c).filter(([, v]) => v.enabled).map(([k]) => k)));
    expect(enabled).toEqual([]);
  });
});

function fetchAs(token: string, path: string) {
  return http('GET', path, undefined, { Authorization: `Bearer ${token}` });
}
