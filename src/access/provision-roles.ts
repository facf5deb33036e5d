import type { Core } from '@strapi/strapi';
import { PENDING_WHEN_MISSING, ROLE_DEFINITIONS } from './roles/definitions';
import { definitionPermissions, FIELDS_ADDED_BEFORE_MEMORY, followNewFields, grantKey, planGrants } from './roles/plan';

/**
 * Creates the roles of ./roles/definitions.ts that are missing and adds each grant once (./roles/plan.ts decides
 * which). Given grants are remembered in the store, so a role that already exists keeps whatever a manager made of it.
 * So are the fields each grant gave: a field a later version adds to a content type reaches the roles whose
 * definition covers it (`followNewFields`), and a field a manager took away stays away.
 */
export async function provisionAdminRoles(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'city-access' });
  const applied: Record<string, string[]> = ((await store.get({ key: 'applied-grants' })) as any) ?? {};
  const grantedFields: Record<string, Record<string, string[]>> = ((await store.get({ key: 'granted-fields' })) as any) ?? {};
  const roleService = strapi.service('admin::role') as any;
  const actions = (strapi.service('admin::permission') as any).actionProvider.values() as Array<{ actionId: string; subjects?: string[] }>;
  const contentTypes = fieldsByContentType(strapi);

  for (const definition of ROLE_DEFINITIONS) {
    let role = await strapi.db.query('admin::role').findOne({ where: { code: definition.code } });
    // A role a manager created by hand under the same name is adopted, not duplicated.
    if (!role) role = await strapi.db.query('admin::role').findOne({ where: { name: definition.name } });
    if (!role) {
      role = await roleService.create({ name: definition.name, code: definition.code, description: definition.description });
      strapi.log.info(`Ролі: створено роль «${definition.name}»`);
    }
    const fresh = planGrants({ definition, contentTypes, actions, applied: applied[definition.code] ?? [] });
    if (fresh.length) await roleService.addPermissions(role.id, fresh);
    applied[definition.code] = [...(applied[definition.code] ?? []), ...fresh.map(grantKey)];
    grantedFields[definition.code] = await followFields(strapi, role.id, definitionPermissions(definition, contentTypes, actions), grantedFields[definition.code] ?? {});
  }
  await store.set({ key: 'applied-grants', value: applied });
  await store.set({ key: 'granted-fields', value: grantedFields });

  const missing = PENDING_WHEN_MISSING.filter((uid) => !contentTypes[uid]);
  if (missing.length) strapi.log.info(`Ролі: права на ${missing.join(', ')} буде надано, щойно ці типи вмісту з’являться`);
}

/**
 * Adds to the role's existing content-manager permissions the fields their content type gained since the last start
 * (see followNewFields) and returns what to remember. A permission a manager deleted is left deleted.
 */
async function followFields(strapi: Core.Strapi, roleId: number, planned: ReturnType<typeof definitionPermissions>, remembered: Record<string, string[]>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = { ...remembered };
  const rows: any[] = await strapi.db.query('admin::permission').findMany({ where: { role: roleId } });
  for (const permission of planned) {
    if (!permission.properties.fields) continue;
    const row = rows.find((r) => r.action === permission.action && (r.subject ?? null) === permission.subject);
    if (!row) continue;
    const current: string[] = Array.isArray(row.properties?.fields) ? row.properties.fields : [];
    const key = grantKey(permission);
    const introduced = permission.subject ? FIELDS_ADDED_BEFORE_MEMORY[permission.subject] : undefined;
    const { add, remember } = followNewFields({ planned: permission.properties.fields, remembered: remembered[key], current, introduced });
    out[key] = remember;
    if (!add.length) continue;
    await strapi.db.query('admin::permission').update({ where: { id: row.id }, data: { properties: { ...row.properties, fields: [...current, ...add] } } });
    strapi.log.info(`Ролі: ${permission.subject} — нові поля для ${permission.action}: ${add.join(', ')}`);
  }
  return out;
}

/** Every field path the admin panel would tick for "all fields", components included, per content type. */
function fieldsByContentType(strapi: Core.Strapi): Record<string, string[]> {
  const service = strapi.service('admin::content-type') as any;
  const out: Record<string, string[]> = {};
  for (const [uid, model] of Object.entries(strapi.contentTypes as unknown as Record<string, any>)) {
    if (!uid.startsWith('api::')) continue;
    out[uid] = service.getNestedFields(model, { components: strapi.components, nestingLevel: 15 });
  }
  return out;
}
