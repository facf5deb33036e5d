import type { Core } from '@strapi/strapi';
import type { Caller } from '../domain/access/caller';
import { COMMUNICATIONS_ROLE, HEAD_ROLE, MANAGER_ROLE, SUPER_ADMIN_ROLE } from './roles/definitions';

/** Who sent the current request, read from Strapi's request context; no request means the system itself. */
export function currentActor(strapi: Core.Strapi): { kind: Caller['kind']; id: number | null; name: string | null } {
  const ctx: any = strapi.requestContext.get();
  const strategy = ctx?.state?.auth?.strategy?.name;
  if (strategy === 'admin' && ctx.state.user) return { kind: 'admin', id: ctx.state.user.id, name: ctx.state.user.email ?? null };
  if (strategy === 'content-api-token' || strategy === 'api-token') {
    const token = ctx.state.auth.credentials ?? {};
    return { kind: 'api_token', id: token.id ?? null, name: token.name ?? null };
  }
  if (strategy === 'users-permissions') {
    const user = ctx.state.auth.credentials ?? ctx.state.user ?? {};
    return { kind: 'users_permissions', id: user.id ?? null, name: user.email ?? user.username ?? null };
  }
  return { kind: 'system', id: null, name: null };
}

/** The caller with what the access rules need: roles and the linked staff member of an admin user. */
export async function currentCaller(strapi: Core.Strapi): Promise<Caller> {
  const actor = currentActor(strapi);
  if (actor.kind === 'api_token') return { kind: 'api_token', tokenId: actor.id, tokenName: actor.name };
  if (actor.kind === 'users_permissions') return { kind: 'users_permissions', userId: actor.id };
  if (actor.kind === 'system' || actor.id === null) return { kind: 'system' };
  const user: any = await strapi.db.query('admin::user').findOne({ where: { id: actor.id }, populate: { roles: { select: ['code'] } } });
  const codes: string[] = (user?.roles ?? []).map((r: any) => r.code);
  const staff: any = await strapi.db.query('api::staff-member.staff-member').findOne({ where: { adminUser: { id: actor.id } }, select: ['id'] });
  // a head or a deputy head of some department (Law 393/96-ВР Arts. 8, 20: «керівник … або його заступник»)
  const heads = staff
    ? await strapi.db.query('api::department.department').count({ where: { $or: [{ head: { id: staff.id } }, { deputyHead: { id: staff.id } }] } })
    : 0;
  return {
    kind: 'admin',
    adminUserId: actor.id,
    email: actor.name,
    isManager: codes.includes(MANAGER_ROLE) || codes.includes(SUPER_ADMIN_ROLE),
    isHead: codes.includes(HEAD_ROLE) || heads > 0,
    isCommunications: codes.includes(COMMUNICATIONS_ROLE),
    staffId: staff?.id ?? null,
  };
}
