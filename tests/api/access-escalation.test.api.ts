import { createHash } from 'node:crypto';
import { errorMessage, http, type ApiResponse } from './support/client';
import { adminWithRole, asSuper, bearer, cm, roleByCode } from './support/admin-roles';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';
import { openDirectDb, quote, type DirectDb } from './support/direct-db';
import { ROLE_DEFINITIONS } from '../../src/access/roles/definitions';

const APPEALS = 'api::appeal.appeal';
const ENTRIES = 'api::audit-entry.audit-entry';

/** Tables whose content decides who may do what: any change by a refused request is an escalation. */
const GUARDED_TABLES = ['admin_users', 'admin_roles', 'admin_permissions', 'admin_users_roles_lnk', 'admin_permissions_role_lnk', 'strapi_api_tokens', 'strapi_api_token_permissions', 'strapi_transfer_tokens', 'audit_entries', 'appeals'];

async function snapshot(db: DirectDb): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of GUARDED_TABLES) {
    const rows = await db.all(`select * from ${quote(table)} order by id`);
    out[table] = `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex')}`;
  }
  return out;
}

/**
 * Every provisioned role tries every way up: the Super Admin role for itself or a new user, its own roles, role
 * permissions, roles themselves, a Super Admin's account, API and transfer tokens, and the audit trail. None may
 * succeed, and the stored state must be exactly what it was.
 */
describe('role escalation through the admin API', () => {
  let db: DirectDb;
  let superRole: any;
  let superAdminId: number;
  let spareRole: any;
  let appeal: any;
  let auditEntry: any;
  const users: Record<string, { id: number; token: string; roleId: number }> = {};
  let attempts = 0;
  const escalations: string[] = [];

  beforeAll(async () => {
    db = await openDirectDb();
    const dept = await createDepartment('Підрозділ перевірки ролей');
    superRole = await roleByCode('strapi-super-admin');
    const me = await asSuper('GET', '/admin/users/me');
    superAdminId = me.body.data.id;
    spareRole = (await asSuper('POST', '/admin/roles', { name: `Запасна роль ${Date.now()}`, description: 'для перевірки' })).body.data;
    appeal = await registerAppeal({ department: dept, subject: 'Звернення для перевірки ролей' });
    auditEntry = (await http('GET', `/api/audit-entries?filters[recordDocumentId][$eq]=${appeal.documentId}`, undefined, bearer(process.env.TEST_API_TOKEN!))).body.data[0];
    for (const definition of ROLE_DEFINITIONS) {
      const staff = await createStaff(dept, `Працівник ${definition.code}`);
      const user = await adminWithRole(definition.code, staff);
      users[definition.code] = { id: user.id, token: user.token, roleId: (await roleByCode(definition.code)).id };
    }
  });

  afterAll(async () => {
    await db?.close();
  });

  async function attempt(label: string, res: Promise<ApiResponse>): Promise<ApiResponse> {
    const r = await res;
    attempts++;
    if (r.status < 300) escalations.push(`${label}: ${r.status}`);
    return r;
  }

  it.each(ROLE_DEFINITIONS.map((d) => [d.code]))('%s: every door up is closed and nothing changes', async (code) => {
    const { id, token, roleId } = users[code];
    const as = (method: string, path: string, body?: unknown) => http(method, path, body, bearer(token));
    const before = await snapshot(db);
    const label = (what: string) => `${code} ${what}`;

    const tries: Array<[string, () => Promise<ApiResponse>]> = [
      ['own user → Super Admin', () => as('PUT', `/admin/users/${id}`, { roles: [superRole.id] })],
      ['own user → Super Admin (string id)', () => as('PUT', `/admin/users/${id}`, { roles: [String(superRole.id)] })],
      ['own user → one more role', () => as('PUT', `/admin/users/${id}`, { roles: [roleId, spareRole.id] })],
      ['profile with roles', () => as('PUT', '/admin/users/me', { roles: [superRole.id] })],
      ['new user with Super Admin', () => as('POST', '/admin/users', { email: `esc-${code}-${Date.now()}@example.gov.ua`, firstname: 'Зловмисник', roles: [superRole.id] })],
      ['own role permissions: delete appeals', () => as('PUT', `/admin/roles/${roleId}/permissions`, { permissions: [{ action: 'plugin::content-manager.explorer.delete', subject: APPEALS, properties: {}, conditions: [] }] })],
      ['new role', () => as('POST', '/admin/roles', { name: `Роль ${code} ${Date.now()}`, description: 'x' })],
      ['rename own role', () => as('PUT', `/admin/roles/${roleId}`, { name: 'Перейменована', description: 'x' })],
      ['delete a role', () => as('DELETE', `/admin/roles/${spareRole.id}`)],
      ['batch-delete roles', () => as('POST', '/admin/roles/batch-delete', { ids: [spareRole.id] })],
      ['Super Admin password', () => as('PUT', `/admin/users/${superAdminId}`, { password: 'Takeover-Passw0rd!' })],
      ['Super Admin e-mail', () => as('PUT', `/admin/users/${superAdminId}`, { email: `takeover-${code}@example.gov.ua` })],
      ['Super Admin deactivated', () => as('PUT', `/admin/users/${superAdminId}`, { isActive: false })],
      ['delete Super Admin', () => as('DELETE', `/admin/users/${superAdminId}`)],
      ['batch-delete Super Admin', () => as('POST', '/admin/users/batch-delete', { ids: [superAdminId] })],
      ['full-access API token', () => as('POST', '/admin/api-tokens', { name: `esc-${code}-${Date.now()}`, type: 'full-access', lifespan: null })],
      ['custom API token deleting appeals', () => as('POST', '/admin/api-tokens', { name: `esc2-${code}-${Date.now()}`, type: 'custom', lifespan: null, permissions: ['api::appeal.appeal.delete'] })],
      ['list API tokens', () => as('GET', '/admin/api-tokens')],
      ['transfer token', () => as('POST', '/admin/transfer/tokens', { name: `esc-${code}-${Date.now()}`, description: '', permissions: ['push', 'pull'], lifespan: null })],
      ['list transfer tokens', () => as('GET', '/admin/transfer/tokens')],
      ['edit an audit entry', () => cm(token, 'PUT', `${ENTRIES}/${auditEntry.documentId}`, { actorName: 'хтось' })],
      ['delete an audit entry', () => cm(token, 'DELETE', `${ENTRIES}/${auditEntry.documentId}`)],
      ['create an audit entry', () => cm(token, 'POST', ENTRIES, { action: 'create', contentType: 'x', actorKind: 'system', occurredAt: new Date().toISOString() })],
      ['delete an appeal', () => cm(token, 'DELETE', `${APPEALS}/${appeal.documentId}`)],
      ['register another first administrator', () => http('POST', '/admin/register-admin', { email: `first-${code}-${Date.now()}@example.gov.ua`, firstname: 'Перший', password: 'First-Passw0rd!' })],
      ['register with a made-up invitation', () => http('POST', '/admin/register', { registrationToken: 'a'.repeat(40), userInfo: { firstname: 'Х', lastname: 'Х', password: 'Invite-Passw0rd!' } })],
    ];
    for (const [what, run] of tries) {
      const res = await attempt(label(what), run());
      expect({ what, status: res.status }).toEqual({ what, status: expect.any(Number) });
      expect([400, 401, 403, 404, 405]).toContain(res.status);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('a role granted role management (as the manager’s was before) is still refused, in Ukrainian', async () => {
    const admins = (await asSuper('POST', '/admin/roles', { name: `Адміністратор ролей ${Date.now()}`, description: 'права на ролі й користувачів' })).body.data;
    const granted = await asSuper('PUT', `/admin/roles/${admins.id}/permissions`, {
      permissions: ['users', 'roles'].flatMap((s) => ['create', 'read', 'update', 'delete'].map((a) => ({ action: `admin::${s}.${a}`, subject: null, properties: {}, conditions: [] }))),
    });
    expect(granted.status).toBe(200);
    const { id, token } = await adminWithRole((await asSuper('GET', '/admin/roles')).body.data.find((r: any) => r.id === admins.id).code);
    const roleId = admins.id;
    const as = (method: string, path: string, body?: unknown) => http(method, path, body, bearer(token));
    const own = await as('PUT', `/admin/users/${id}`, { roles: [superRole.id] });
    expect(own.status).toBe(403);
    expect(errorMessage(own)).toMatch(/власні ролі/);
    const created = await as('POST', '/admin/users', { email: `esc-m-${Date.now()}@example.gov.ua`, firstname: 'Х', roles: [superRole.id] });
    expect(created.status).toBe(403);
    expect(errorMessage(created)).toMatch(/лише супер адміністратор/);
    expect(created.body.error.details.rule).toBe('access.super_admin_role');
    const perms = await as('PUT', `/admin/roles/${roleId}/permissions`, { permissions: [] });
    expect(perms.status).toBe(403);
    expect(errorMessage(perms)).toMatch(/ролі та їхні права може лише супер адміністратор/);
    const takeover = await as('PUT', `/admin/users/${superAdminId}`, { password: 'Takeover-Passw0rd!' });
    expect(takeover.status).toBe(403);
    expect(errorMessage(takeover)).toMatch(/супер адміністратора/);
  });

  it('the manager still manages ordinary users, and every role change is in the audit trail', async () => {
    const { token } = users['city-manager'];
    const as = (method: string, path: string, body?: unknown) => http(method, path, body, bearer(token));
    const specialistRole = await roleByCode('city-appeals-specialist');
    const headRole = await roleByCode('city-department-head');
    const created = await as('POST', '/admin/users', { email: `clerk-${Date.now()}@example.gov.ua`, firstname: 'Новий', roles: [specialistRole.id] });
    expect(created.status).toBe(201);
    const user = created.body.data;
    const changed = await as('PUT', `/admin/users/${user.id}`, { roles: [headRole.id] });
    expect(changed.status).toBe(200);
    expect(changed.body.data.roles.map((r: any) => r.code)).toEqual(['city-department-head']);
    const refused = await as('PUT', `/admin/users/${user.id}`, { roles: [headRole.id, superRole.id] });
    expect(refused.status).toBe(403);
    const entries = (await http('GET', `/api/audit-entries?filters[contentType][$eq]=admin::user&filters[recordDocumentId][$eq]=${user.documentId}&sort=id:asc`, undefined, bearer(process.env.TEST_API_TOKEN!))).body.data;
    expect(entries.map((e: any) => [e.action, e.actorKind, e.changes])).toEqual([
      ['create', 'admin', [{ field: 'roles', before: null, after: [specialistRole.name] }]],
      ['update', 'admin', [{ field: 'roles', before: [specialistRole.name], after: [headRole.name] }]],
    ]);
    expect((await as('DELETE', `/admin/users/${user.id}`)).status).toBe(200);
    const deleted = (await http('GET', `/api/audit-entries?filters[contentType][$eq]=admin::user&filters[recordDocumentId][$eq]=${user.documentId}&sort=id:asc`, undefined, bearer(process.env.TEST_API_TOKEN!))).body.data;
    expect(deleted.map((e: any) => e.action)).toEqual(['create', 'update', 'delete']);
  });

  it('the Super Admin does not edit their own roles either, but edits role permissions (recorded)', async () => {
    const own = await asSuper('PUT', `/admin/users/${superAdminId}`, { roles: [superRole.id, spareRole.id] });
    expect(own.status).toBe(403);
    expect(errorMessage(own)).toMatch(/власні ролі/);
    const same = await asSuper('PUT', `/admin/users/${superAdminId}`, { roles: [superRole.id], firstname: 'Тест' });
    expect(same.status).toBe(200);
    const perms = await asSuper('PUT', `/admin/roles/${spareRole.id}/permissions`, {
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::holiday.holiday', properties: { fields: ['date'] }, conditions: [] }],
    });
    expect(perms.status).toBe(200);
    const entries = (await http('GET', `/api/audit-entries?filters[contentType][$eq]=admin::role&filters[recordDocumentId][$eq]=${spareRole.documentId}&sort=id:asc`, undefined, bearer(process.env.TEST_API_TOKEN!))).body.data;
    expect(entries.map((e: any) => e.changedFields)).toEqual(['code, description, name', 'permissions: plugin::content-manager.explorer.read → api::holiday.holiday']);
  });

  it('reports: escalation attempts and escalations found', () => {
    console.log(`Role escalation: ${attempts} attempts over ${ROLE_DEFINITIONS.length} roles, ${escalations.length} escalations${escalations.length ? `: ${escalations.join('; ')}` : ''}`);
    expect(attempts).toBeGreaterThanOrEqual(ROLE_DEFINITIONS.length * 26);
    expect(escalations).toEqual([]);
  });
});
