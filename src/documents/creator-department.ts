import type { Core } from '@strapi/strapi';
import { currentActor } from '../access/caller';
import { isBlank, readRelation } from './input';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** The registers whose new items belong to a department. */
export const DEPARTMENT_REGISTERS = ['api::appeal.appeal', 'api::information-request.information-request'] as const;

/**
 * A new appeal or information request registered in the admin panel without a department belongs to the department
 * of the staff member who registered it (admin user → linked staff member → department), so the clerk keeps it in
 * sight under the department scope of their role. A department chosen in the form, or given by the routing of the
 * item to an executor, is kept. Other callers (REST, GraphQL, scripts) are not defaulted.
 */
export function creatorDepartment(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (action !== 'create' || !(DEPARTMENT_REGISTERS as readonly string[]).includes(uid)) return next();
    const data = params?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return next();
    if (!isBlank(readRelation(data.department, 'department'))) return next();
    const actor = currentActor(strapi);
    if (actor.kind !== 'admin' || actor.id === null) return next();
    const department = await departmentOfAdmin(strapi, actor.id);
    if (department !== null) data.department = department;
    return next();
  };
}

/** The department of the active staff member linked to the admin user, or null. */
export async function departmentOfAdmin(strapi: Core.Strapi, adminUserId: number): Promise<number | null> {
  const staff: any = await strapi.db.query('api::staff-member.staff-member').findOne({
    where: { adminUser: { id: adminUserId }, active: { $ne: false } },
    populate: { department: { select: ['id'] } },
  });
  return staff?.department?.id ?? null;
}
