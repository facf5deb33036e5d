import type { Core } from '@strapi/strapi';
import { PENDING_WHEN_MISSING, ROLE_DEFINITIONS } from './roles/definitions';
import { grantKey, planGrants } from './roles/plan';

/**
 * Creates the roles of ./roles/definitions.ts that are missing and adds each grant once (./roles/plan.ts decides
 * which). Given grants are remembered in the store, so a role that already exists keeps whatever a manager made of it.
 */
export async function provisionAdminRoles(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'city-access' });
  const applied: Record<string, string[]> = ((await store.get({ key: 'applied-grants' })) as any) ?? {};
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
  }
  await store.set({ key: 'applied-grants', value: applied });

  const missing = PENDING_WHEN_MISSING.filter((uid) => !contentTypes[uid]);
  if (missing.length) strapi.log.info(`Ролі: права на ${missing.join(', ')} буде надано, щойно ці типи вмісту з’являться`);
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
