import type { Core } from '@strapi/strapi';
import { diffRecords } from '../domain/audit/diff';
import { currentActor } from '../access/caller';
import { writeAuditEntry } from './audit-write';

/**
 * Admin roles, their permissions and the roles of admin users do not go through the Document Service, so their changes
 * are recorded from database lifecycles of admin::role, admin::permission and admin::user. Every admin API door that
 * changes them (role create/update/delete/batch-delete, role permissions, user create/update/delete/batch-delete)
 * ends in a per-row create, update or delete of these models. Only changes made by a person or a token are recorded:
 * at every start Strapi itself rewrites the super admin's permissions, and the provisioned roles are reviewed code.
 */
export function subscribeRoleTrail(strapi: Core.Strapi): void {
  const byRequest = () => currentActor(strapi).kind !== 'system';
  const roleFields = (r: any) => (r ? { name: r.name ?? null, code: r.code ?? null, description: r.description ?? null } : null);
  const entry = (action: string, role: any, changes: any[]) =>
    writeAuditEntry(strapi, { action, contentType: 'admin::role', recordDocumentId: role?.documentId ?? null, recordLabel: role?.name ?? null, changes });

  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    async afterCreate(event: any) {
      if (byRequest()) await entry('create', event.result, diffRecords(null, roleFields(event.result), []));
    },
    async beforeUpdate(event: any) {
      if (byRequest()) event.state.before = await strapi.db.query('admin::role').findOne({ where: event.params.where });
    },
    async afterUpdate(event: any) {
      if (!event.state.before) return;
      const changes = diffRecords(roleFields(event.state.before), roleFields(event.result), []);
      if (changes.length) await entry('update', event.result, changes);
    },
    async beforeDelete(event: any) {
      if (byRequest()) event.state.before = await strapi.db.query('admin::role').findOne({ where: event.params.where });
    },
    async afterDelete(event: any) {
      if (event.state.before) await entry('delete', event.state.before, diffRecords(roleFields(event.state.before), null, []));
    },
  } as any);

  strapi.db.lifecycles.subscribe({
    models: ['admin::permission'],
    async afterCreate(event: any) {
      if (!byRequest()) return;
      const permission: any = await strapi.db.query('admin::permission').findOne({ where: { id: event.result.id }, populate: ['role'] });
      await entry('update', permission?.role, [{ field: permissionLabel(permission ?? event.result), before: null, after: permissionValue(permission ?? event.result) }]);
    },
    async beforeDelete(event: any) {
      if (byRequest()) event.state.before = await strapi.db.query('admin::permission').findOne({ where: event.params.where, populate: ['role'] });
    },
    async afterDelete(event: any) {
      const permission = event.state.before;
      if (permission) await entry('update', permission.role, [{ field: permissionLabel(permission), before: permissionValue(permission), after: null }]);
    },
    async beforeUpdate(event: any) {
      if (byRequest()) event.state.before = await strapi.db.query('admin::permission').findOne({ where: event.params.where, populate: ['role'] });
    },
    async afterUpdate(event: any) {
      const before = event.state.before;
      if (!before) return;
      const after: any = await strapi.db.query('admin::permission').findOne({ where: { id: before.id }, populate: ['role'] });
      const changes = diffRecords({ [permissionLabel(before)]: permissionValue(before) }, { [permissionLabel(after ?? before)]: after ? permissionValue(after) : null }, []);
      if (changes.length) await entry('update', after?.role ?? before.role, changes);
    },
  } as any);

  subscribeUserRoleTrail(strapi, byRequest);
}

/** An admin user's roles: recorded when a user is created, when the set of roles changes, and when a user is deleted. */
function subscribeUserRoleTrail(strapi: Core.Strapi, byRequest: () => boolean): void {
  const rolesOf = (user: any): string[] => (user?.roles ?? []).map((r: any) => r.name ?? r.code ?? String(r.id)).sort();
  const load = (where: any) => strapi.db.query('admin::user').findOne({ where, populate: { roles: { select: ['id', 'name', 'code'] } } });
  const entry = (action: string, user: any, before: string[] | null, after: string[] | null) =>
    writeAuditEntry(strapi, {
      action,
      contentType: 'admin::user',
      recordDocumentId: user?.documentId ?? null,
      recordLabel: user?.email ?? null,
      changes: [{ field: 'roles', before, after }],
    });

  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    async afterCreate(event: any) {
      if (!byRequest()) return;
      const user = await load({ id: event.result.id });
      await entry('create', user ?? event.result, null, rolesOf(user));
    },
    async beforeUpdate(event: any) {
      if (byRequest() && event.params?.data && 'roles' in event.params.data) event.state.before = await load(event.params.where);
    },
    async afterUpdate(event: any) {
      const before = event.state.before;
      if (!before) return;
      const user = await load({ id: before.id });
      const was = rolesOf(before);
      const now = rolesOf(user);
      if (JSON.stringify(was) !== JSON.stringify(now)) await entry('update', user ?? before, was, now);
    },
    async beforeDelete(event: any) {
      if (byRequest()) event.state.before = await load(event.params.where);
    },
    async afterDelete(event: any) {
      const before = event.state.before;
      if (before) await entry('delete', before, rolesOf(before), null);
    },
  } as any);
}

function permissionLabel(p: any): string {
  return `permissions: ${p.action}${p.subject ? ` → ${p.subject}` : ''}`;
}

function permissionValue(p: any): unknown {
  return { fields: p.properties?.fields ?? null, conditions: p.conditions ?? [] };
}
