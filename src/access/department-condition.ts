import type { Core } from '@strapi/strapi';
import { departmentsInScope } from '../domain/access/department-scope';
import { DEPARTMENT_CONDITION } from './roles/definitions';

/**
 * The admin RBAC condition «Належить до мого підрозділу»: the record's department is the department of the staff member
 * linked to the signed-in admin user, one of its sub-departments, or a department that staff member heads.
 * An admin user without a linked staff member sees nothing under this condition.
 */
export async function registerDepartmentCondition(strapi: Core.Strapi): Promise<void> {
  const name = DEPARTMENT_CONDITION.replace(/^api::/, '');
  await (strapi.service('admin::permission') as any).conditionProvider.register({
    displayName: 'Належить до мого підрозділу (з підпорядкованими)',
    name,
    category: 'Підрозділ',
    async handler(user: { id: number; permission?: { subject?: string } }) {
      const departments = await departmentScopeOf(strapi, user.id);
      if (!departments.length) return false;
      const subject = user.permission?.subject;
      const model: any = subject ? (strapi.contentTypes as any)[subject] : null;
      if (!model?.attributes?.department) return { 'department.id': { $in: departments } };
      // By record id, not by `department.id`: the content manager checks some responses (the record returned after
      // saving) with relations reduced to counts, where a relation path never matches and the saved form comes back empty.
      const rows: any[] = await strapi.db.query(subject as any).findMany({ where: { department: { id: { $in: departments } } }, select: ['id'] });
      const inScope = { id: { $in: rows.map((r) => r.id) } };
      // The ids are read when the request's permissions are built, before a record this request creates exists: the
      // item the clerk is registering is answered in full (its number and due date), not as an empty form. It gets the
      // clerk's department (src/documents/creator-department.ts), so later requests find it in scope.
      if (!isCreateRequest(strapi, subject as string)) return inScope;
      const newest: any = await strapi.db.query(subject as any).findOne({ select: ['id'], orderBy: { id: 'desc' } });
      return { $or: [inScope, { id: { $gt: newest?.id ?? 0 } }] };
    },
  });
}

/** The current request is the content manager's create of `subject` (POST to its collection). */
function isCreateRequest(strapi: Core.Strapi, subject: string): boolean {
  const ctx: any = strapi.requestContext.get();
  if (ctx?.request?.method !== 'POST') return false;
  const path = String(ctx.request.path ?? '').replace(/\/$/, '');
  return path === `/content-manager/collection-types/${subject}`;
}

// The handler runs once per scoped permission when a request's ability is built: the scope is looked up once per request.
const scopeByRequest = new WeakMap<object, Map<number, Promise<number[]>>>();

export function departmentScopeOf(strapi: Core.Strapi, adminUserId: number): Promise<number[]> {
  const ctx = strapi.requestContext.get() as object | undefined;
  if (!ctx) return loadDepartmentScope(strapi, adminUserId);
  const cache = scopeByRequest.get(ctx) ?? new Map<number, Promise<number[]>>();
  scopeByRequest.set(ctx, cache);
  if (!cache.has(adminUserId)) cache.set(adminUserId, loadDepartmentScope(strapi, adminUserId));
  return cache.get(adminUserId)!;
}

async function loadDepartmentScope(strapi: Core.Strapi, adminUserId: number): Promise<number[]> {
  const staff: any = await strapi.db.query('api::staff-member.staff-member').findOne({
    where: { adminUser: { id: adminUserId }, active: { $ne: false } },
    populate: { department: { select: ['id'] } },
  });
  if (!staff) return [];
  const headed: any[] = await strapi.db.query('api::department.department').findMany({ where: { head: { id: staff.id } }, select: ['id'] });
  const all: any[] = await strapi.db.query('api::department.department').findMany({ select: ['id'], populate: { parent: { select: ['id'] } } });
  return departmentsInScope(
    all.map((d) => ({ id: d.id, parentId: d.parent?.id ?? null })),
    [staff.department?.id, ...headed.map((d) => d.id)],
  );
}
