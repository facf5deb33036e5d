import type { Core } from '@strapi/strapi';
import { publicReadActions } from '../read-models/public/public-content';

/**
 * The city website's API token: a custom token with exactly the Public role's read actions — never Strapi's
 * "read-only" type, which can read every content type, appeals included.
 */
export async function createWebsiteToken(strapi: Core.Strapi, name = `city-website-${new Date().toISOString().slice(0, 10)}`) {
  const permissions = publicReadActions((uid) => Boolean(strapi.contentTypes[uid as keyof typeof strapi.contentTypes]));
  return strapi.service('admin::api-token').create({
    name,
    description: 'Міський вебсайт: лише читання опублікованих матеріалів і статистики',
    type: 'custom',
    kind: 'content-api',
    lifespan: null,
    permissions,
  });
}
