import type { Core } from '@strapi/strapi';
import { CM, PENDING_WHEN_MISSING, ROLE_DEFINITIONS, type RoleDefinition } from './roles/definitions';

interface PermissionInput {
  action: string;
  subject: string | null;
  properties: { fields?: string[] };
  conditions: string[];
}

/**
 * Creates the roles of ./roles/definitions.ts that are missing and adds each grant once. A grant is remembered once
 * added, so a permission a manager later removes in the admin panel is not given back, and a role that already
 * exists keeps whatever the manager made of it; only grants for content types that did not exist before are added.
 */
export async function provisionAdminRoles(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'city-access' });
  const applied: Record<string, string[]> = ((await store.get({ key: 'applied-grants' })) as any) ?? {};
  const roleService = strapi.service('admin::role') as any;
  const actions = (strapi.service('admin::permission') as any).actionProvider.values() as Array<{ actionId: string; subjects?: string[] }>;

  for (const definition of ROLE_DEFINITIONS) {
    let role = await strapi.db.query('admin::role').findOne({ where: { code: definition.code } });
    if (!role) role = await strapi.db.query('admin::role').findOne({ where: { name: definition.name } });
    if (!role) {
      role = await roleService.create({ name: definition.name, code: definition.code, description: definition.description });
      strapi.log.info(`Ролі: створено роль «${definition.name}»`);
    }
    const done = new Set(applied[definition.code] ?? []);
    const fresh = permissionsOf(strapi, definition, actions).filter((p) => !done.has(keyOf(p)));
    if (fresh.length) await roleService.addPermissions(role.id, fresh);
    applied[definition.code] = [...done, ...fresh.map(keyOf)];
  }
  await store.set({ key: 'applied-grants', value: applied });

  const missing = PENDING_WHEN_MISSING.filter((uid) => !(strapi.contentTypes as any)[uid]);
  if (missing.length) strapi.log.info(`Ролі: права на ${missing.join(', ')} буде надано, щойно ці типи вмісту з’являться`);
}

function keyOf(p: PermissionInput): string {
  return `${p.action}|${p.subject ?? ''}`;
}

function permissionsOf(strapi: Core.Strapi, definition: RoleDefinition, actions: Array<{ actionId: string; subjects?: string[] }>): PermissionInput[] {
  const contentTypes = strapi.contentTypes as unknown as Record<string, any>;
  const applies = (action: string, subject: string | null) => {
    const known = actions.find((a) => a.actionId === action);
    if (!known) return false;
    if (subject === null) return !Array.isArray(known.subjects) || known.subjects.length === 0;
    return Boolean(contentTypes[subject]) && (known.subjects ?? []).includes(subject);
  };
  const grants = [...definition.grants];
  if (definition.readsEverything) {
    grants.push({ action: `${CM}.read`, subjects: Object.keys(contentTypes).filter((uid) => uid.startsWith('api::')) });
  }
  const out: PermissionInput[] = [];
  for (const grant of grants) {
    for (const subject of grant.subjects ?? [null]) {
      if (!applies(grant.action, subject)) continue;
      const p: PermissionInput = { action: grant.action, subject, properties: {}, conditions: grant.conditions ?? [] };
      if (subject && grant.action.startsWith(CM) && !grant.action.endsWith('.delete') && !grant.action.endsWith('.publish')) {
        const omit = grant.omitFields ?? [];
        p.properties.fields = fieldsOf(strapi, contentTypes[subject]).filter((f) => !omit.some((o) => f === o || f.startsWith(`${o}.`)));
      }
      if (!out.some((o) => keyOf(o) === keyOf(p))) out.push(p);
    }
  }
  return out;
}

/** Every field path the admin panel would tick for "all fields", components included. */
function fieldsOf(strapi: Core.Strapi, contentType: any): string[] {
  const service = strapi.service('admin::content-type') as any;
  return service.getNestedFields(contentType, { components: strapi.components, nestingLevel: 15 });
}
