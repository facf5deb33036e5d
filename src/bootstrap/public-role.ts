import type { Core } from '@strapi/strapi';
import { publicReadActions } from '../read-models/public/public-content';

const PERMISSION = 'plugin::users-permissions.permission';

/**
 * The users-permissions Public role gets exactly the read actions of the public content types, set at every start:
 * what the public API exposes is code, not a setting someone can widen by a click (no registration, no log-in
 * routes for the public either — staff use the admin panel).
 */
export async function provisionPublicRole(strapi: Core.Strapi): Promise<string[]> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return [];
  const wanted = publicReadActions((uid) => Boolean(strapi.contentTypes[uid as keyof typeof strapi.contentTypes]));
  const current: Array<{ id: number; action: string }> = await strapi.db.query(PERMISSION).findMany({ where: { role: role.id }, select: ['id', 'action'] });
  const surplus = current.filter((p) => !wanted.includes(p.action));
  if (surplus.length) await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: surplus.map((p) => p.id) } } });
  const have = new Set(current.map((p) => p.action));
  for (const action of wanted.filter((a) => !have.has(a))) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
  return wanted;
}
