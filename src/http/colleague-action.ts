import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { adminChangeRefusal } from '../domain/access/admin-changes';
import { refuse, readText } from '../documents/input';
import { ROLE_DEFINITIONS, SUPER_ADMIN_ROLE } from '../access/roles/definitions';

const STAFF = 'api::staff-member.staff-member';
const DEPARTMENT = 'api::department.department';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether the signed-in administrator may add colleagues (create admin-panel accounts). */
function requireAccountCreator(ctx: any): any {
  const user = ctx.state?.user;
  if (!user?.id) throw new errors.UnauthorizedError('Потрібно увійти до адмін-панелі.');
  if (!ctx.state.userAbility?.can('admin::users.create')) {
    throw new errors.ForbiddenError('Додавати колег з обліковим записом може лише той, хто має право створювати користувачів адмін-панелі.');
  }
  return user;
}

/** Whether the administrator holds the Super Admin role (only they may grant it). */
async function isSuperAdmin(strapi: Core.Strapi, userId: number): Promise<boolean> {
  const actor: any = await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: { roles: { select: ['code'] } } });
  return (actor?.roles ?? []).some((r: any) => r.code === SUPER_ADMIN_ROLE);
}

/**
 * GET /city/colleagues/options — what the «Додати колегу» form offers: every department by name, and the roles this
 * administrator may grant (the Super Admin role only to a Super Admin), in the panel's own words.
 */
export function colleagueOptionsAction(strapi: Core.Strapi) {
  return async (ctx: any): Promise<void> => {
    const user = requireAccountCreator(ctx);
    const departments: any[] = await strapi.db.query(DEPARTMENT).findMany({ select: ['documentId', 'name'], orderBy: { name: 'asc' } });
    const grantable = [...ROLE_DEFINITIONS.map((r) => r.code), ...((await isSuperAdmin(strapi, user.id)) ? [SUPER_ADMIN_ROLE] : [])];
    const roles: any[] = await strapi.db.query('admin::role').findMany({ where: { code: { $in: grantable } }, select: ['code', 'name'] });
    const order = (code: string) => grantable.indexOf(code);
    ctx.body = {
      data: {
        departments: departments.map((d) => ({ documentId: d.documentId, name: d.name })),
        roles: roles.sort((a, b) => order(a.code) - order(b.code)).map((r) => ({ code: r.code, name: r.name })),
      },
    };
  };
}

/**
 * POST /city/colleagues — one step to add a colleague: the staff member (name, position, department, e-mail)
 * and their admin-panel account with a role, linked to each other, in one transaction. Answers the invitation link
 * the colleague opens to set a password. Allowed to whoever may create admin users (`admin::users.create`), under the
 * same rule as every other account change (src/domain/access/admin-changes.ts: only a Super Admin grants that role).
 *
 * Body: `{ data: { fullName, email, positionTitle?, phone?, department (documentId), role (role code) } }`.
 */
export function colleagueAction(strapi: Core.Strapi) {
  return async (ctx: any): Promise<void> => {
    const user = requireAccountCreator(ctx);
    const data = ctx.request.body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) refuse('data', 'Передайте об’єкт data: ПІБ, e-mail, посада, підрозділ і роль колеги.');
    const fullName = readText(data.fullName, 'fullName');
    if (!fullName || fullName.trim().split(/\s+/).length < 2) refuse('fullName', 'Вкажіть ПІБ колеги: прізвище та ім’я (і по батькові).', 'colleague.full_name_required');
    const email = readText(data.email, 'email')?.trim().toLowerCase() ?? '';
    if (!EMAIL.test(email)) refuse('email', 'Вкажіть робочу електронну адресу колеги: на неї він увійде до адмін-панелі.', 'colleague.email_required');
    const positionTitle = readText(data.positionTitle, 'positionTitle');
    const phone = readText(data.phone, 'phone');
    const departmentId = readText(data.department, 'department');
    if (!departmentId) refuse('department', 'Оберіть підрозділ колеги: від нього залежить, які звернення він бачить.', 'colleague.department_required');
    const department: any = await strapi.db.query(DEPARTMENT).findOne({ where: { documentId: departmentId }, select: ['id', 'documentId', 'name'] });
    if (!department) refuse('department', 'Такого підрозділу немає. Оберіть підрозділ зі списку.', 'colleague.department_unknown');
    const roleCode = readText(data.role, 'role');
    const known = [...ROLE_DEFINITIONS.map((r) => r.code), SUPER_ADMIN_ROLE];
    const role: any = roleCode && known.includes(roleCode) ? await strapi.db.query('admin::role').findOne({ where: { code: roleCode }, select: ['id', 'code', 'name'] }) : null;
    if (!role) refuse('role', `Оберіть роль колеги: ${ROLE_DEFINITIONS.map((r) => `«${r.name}» (${r.code})`).join(', ')}.`, 'colleague.role_unknown');

    const superRole: any = await strapi.db.query('admin::role').findOne({ where: { code: SUPER_ADMIN_ROLE }, select: ['id'] });
    const actor: any = await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: { roles: { select: ['id'] } } });
    const refusal = adminChangeRefusal({ id: user.id, roleIds: (actor?.roles ?? []).map((r: any) => r.id) }, superRole?.id ?? null, { kind: 'user.create', roleIds: [role.id] });
    if (refusal) throw new errors.PolicyError(refusal.message, { rule: refusal.rule });
    if (await strapi.db.query('admin::user').count({ where: { email } })) {
      refuse('email', `Обліковий запис з адресою ${email} уже є. Прив’яжіть його до працівника в картці працівника.`, 'colleague.email_taken');
    }
    if (await strapi.db.query(STAFF).count({ where: { email } })) {
      refuse('email', `Працівник з адресою ${email} уже є в довіднику.`, 'colleague.staff_email_taken');
    }

    const [lastname, ...rest] = fullName.trim().split(/\s+/);
    const result = await strapi.db.transaction(async () => {
      const account: any = await (strapi.service('admin::user') as any).create({ email, firstname: rest.join(' '), lastname, roles: [role.id] });
      const staff: any = await strapi.documents(STAFF as any).create({
        data: { fullName: fullName.trim(), email, positionTitle, phone, department: department.id, adminUser: account.id, active: true } as any,
      });
      return { account, staff };
    });
    const adminUrl = String(strapi.config.get('admin.absoluteUrl') ?? '/admin').replace(/\/$/, '');
    ctx.status = 201;
    ctx.body = {
      data: {
        staffMember: { documentId: result.staff.documentId, fullName: result.staff.fullName, department: department.name },
        adminUser: { id: result.account.id, email: result.account.email, role: role.name },
        inviteUrl: `${adminUrl}/auth/register?registrationToken=${result.account.registrationToken}`,
      },
    };
  };
}
