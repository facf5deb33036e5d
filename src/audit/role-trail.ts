import type { Core } from '@strapi/strapi';
import { diffRecords } from '../domain/audit/diff';
import { currentActor } from '../access/caller';
import { writeAuditEntry } from './write';

/**
 * Admin roles and their permissions do not go through the Document Service, so their changes are recorded from
 * database lifecycles of admin::role and admin::permission. Only changes made by a person or a token are recorded:
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
  } as any);
}

function permissionLabel(p: any): string {
  return `permissions: ${p.action}${p.subject ? ` → ${p.subject}` : ''}`;
}

function permissionValue(p: any): unknown {
  return { fields: p.properties?.fields ?? null, conditions: p.conditions ?? [] };
}
