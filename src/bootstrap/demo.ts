import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { seedDemoData } from './seed';
import { demoDataWanted } from './config/demo-data';

/**
 * Quick start: under `npm run dev` (or with SEED_DEMO_DATA=true) an empty register is filled with demo data at start,
 * and a first administrator is created when none exists (DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD; a random password
 * is printed once when none is given). `npm start` seeds nothing unless SEED_DEMO_DATA=true says so.
 */
export async function seedDemoOnEmptyDatabase(strapi: Core.Strapi): Promise<void> {
  if (!demoDataWanted(process.env.SEED_DEMO_DATA, strapi.config.get('autoReload') === true)) return;
  await ensureDemoAdmin(strapi);
  const appeals = await strapi.db.query('api::appeal.appeal').count({});
  if (appeals > 0) return;
  strapi.log.info('Порожня база: додаю демо-дані (npm run dev або SEED_DEMO_DATA=true)…');
  await seedDemoData(strapi);
}

export async function ensureDemoAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  const email = process.env.DEMO_ADMIN_EMAIL || 'admin@example.gov.ua';
  const given = process.env.DEMO_ADMIN_PASSWORD;
  const password = given || `Demo-${crypto.randomBytes(9).toString('base64url')}1a`;
  await users.createFirstAdmin({ email, firstname: 'Адміністратор', lastname: 'Демо', password });
  strapi.log.info(`Створено адміністратора ${email}${given ? '' : ` з паролем ${password} (змініть його після входу)`}`);
}
