import type { Core } from '@strapi/strapi';

/**
 * The users-permissions Authenticated role gets nothing by default: citizens do not sign in to this product, and a
 * self-registered account must not read or write registers. Run once (remembered in the store), so permissions a
 * manager later grants on purpose in the admin panel stay. The Public role is configured by the public API.
 */
export async function clearAuthenticatedRoleOnce(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'city-access' });
  if (await store.get({ key: 'authenticated-cleared' })) return;
  const role: any = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  if (role) await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { role: { id: role.id } } });
  await store.set({ key: 'authenticated-cleared', value: true });
}
