import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { adminChangeRefusal, type AdminChange } from '../domain/access/admin-changes';
import { SUPER_ADMIN_ROLE } from './roles/definitions';

export const ADMIN_CHANGES_POLICY = 'global::admin-changes';

type Door = 'user.create' | 'user.update' | 'user.delete' | 'user.batch-delete' | 'user.profile' | 'role.write' | 'api-token' | 'transfer-token';

/**
 * Every admin API route that changes accounts, roles or tokens, by method and path as @strapi/admin declares them
 * (node_modules/@strapi/admin/dist/server/server/src/routes). Token routes are guarded for reading too: the admin API
 * shows a token's key to whoever may read it.
 */
const DOORS: Array<{ method: string; path: RegExp; door: Door }> = [
  { method: 'POST', path: /^\/users$/, door: 'user.create' },
  { method: 'PUT', path: /^\/users\/me$/, door: 'user.profile' },
  { method: 'PUT', path: /^\/users\/:id$/, door: 'user.update' },
  { method: 'DELETE', path: /^\/users\/:id$/, door: 'user.delete' },
  { method: 'POST', path: /^\/users\/batch-delete$/, door: 'user.batch-delete' },
  { method: 'POST', path: /^\/roles$/, door: 'role.write' },
  { method: 'PUT', path: /^\/roles\/:id$/, door: 'role.write' },
  { method: 'PUT', path: /^\/roles\/:id\/permissions$/, door: 'role.write' },
  { method: 'DELETE', path: /^\/roles\/:id$/, door: 'role.write' },
  { method: 'POST', path: /^\/roles\/batch-delete$/, door: 'role.write' },
  { method: '*', path: /^\/api-tokens(\/|$)/, door: 'api-token' },
  { method: '*', path: /^\/transfer\/tokens(\/|$)/, door: 'transfer-token' },
];

/**
 * Puts the rule of ../domain/access/admin-changes.ts in front of every such route of the admin API: a policy that runs
 * after Strapi's own authentication and permission checks, before the controller. Runs in register(): the admin routes
 * are mounted after bootstrap, from `strapi.admin.routes`.
 */
export function guardAdminChanges(strapi: Core.Strapi): void {
  (strapi.get('policies') as any).set(ADMIN_CHANGES_POLICY, async (ctx: any, config: { door: Door }) => {
    const refusal = await refusalFor(strapi, ctx, config.door);
    if (refusal) throw new errors.PolicyError(refusal.message, { rule: refusal.rule });
    return true;
  });
  const guarded = new Set<string>();
  for (const router of Object.values((strapi as any).admin?.routes ?? {}) as any[]) {
    if (!router || !Array.isArray(router.routes) || (router.prefix && router.prefix !== '/admin')) continue;
    for (const route of router.routes) {
      const door = DOORS.find((d) => (d.method === '*' || d.method === route.method) && d.path.test(route.path))?.door;
      if (!door) continue;
      route.config = { ...(route.config ?? {}), policies: [...(route.config?.policies ?? []), { name: ADMIN_CHANGES_POLICY, config: { door } }] };
      guarded.add(`${route.method} ${route.path}`);
    }
  }
  // A Strapi upgrade that renames a route must not silently open it again.
  const missing = DOORS.filter((d) => d.method !== '*' && ![...guarded].some((g) => g.startsWith(`${d.method} `) && d.path.test(g.slice(d.method.length + 1))));
  if (missing.length) throw new Error(`Захист адміністративних маршрутів: не знайдено ${missing.map((d) => `${d.method} ${d.path}`).join(', ')}`);
}

async function refusalFor(strapi: Core.Strapi, ctx: any, door: Door) {
  const user = ctx.state?.user;
  if (!user?.id) throw new errors.UnauthorizedError('Потрібно увійти до адмін-панелі.');
  const superRole: any = await strapi.db.query('admin::role').findOne({ where: { code: SUPER_ADMIN_ROLE }, select: ['id'] });
  const actor = { id: user.id, roleIds: await roleIdsOf(strapi, user.id) };
  return adminChangeRefusal(actor, superRole?.id ?? null, await changeOf(strapi, ctx, door));
}

async function changeOf(strapi: Core.Strapi, ctx: any, door: Door): Promise<AdminChange> {
  const body = ctx.request?.body ?? {};
  switch (door) {
    case 'user.create':
      return { kind: 'user.create', roleIds: roleList(body.roles) };
    case 'user.update':
      return {
        kind: 'user.update',
        targetId: ctx.params.id,
        targetRoleIds: await roleIdsOf(strapi, ctx.params.id),
        newRoleIds: body && typeof body === 'object' && 'roles' in body ? roleList(body.roles) : null,
      };
    case 'user.delete':
      return { kind: 'user.delete', targets: [{ id: ctx.params.id, roleIds: await roleIdsOf(strapi, ctx.params.id) }] };
    case 'user.batch-delete': {
      const list: unknown[] = Array.isArray(body.ids) ? body.ids : [];
      return { kind: 'user.delete', targets: await Promise.all(list.map(async (id) => ({ id: String(id), roleIds: await roleIdsOf(strapi, id) }))) };
    }
    case 'user.profile':
      return { kind: 'user.profile', sendsRoles: !!body && typeof body === 'object' && 'roles' in body };
    case 'role.write':
      return { kind: 'role.write' };
    case 'api-token':
      return { kind: 'token.manage', token: 'api' };
    case 'transfer-token':
      return { kind: 'token.manage', token: 'transfer' };
  }
}

/** Role ids as sent: ids, numeric strings, or `{ id }` objects; anything else is kept as text and matches no role. */
function roleList(value: unknown): Array<string | number> {
  if (!Array.isArray(value)) return [];
  return value.map((r) => (r && typeof r === 'object' && 'id' in (r as any) ? String((r as any).id) : String(r)));
}

async function roleIdsOf(strapi: Core.Strapi, userId: unknown): Promise<Array<string | number>> {
  if (typeof userId !== 'number' && !(typeof userId === 'string' && /^\d{1,15}$/.test(userId))) return [];
  const user: any = await strapi.db.query('admin::user').findOne({ where: { id: Number(userId) }, populate: { roles: { select: ['id'] } } });
  return (user?.roles ?? []).map((r: any) => r.id);
}
