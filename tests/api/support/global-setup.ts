import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { mailTestEnv } from './mail-env';
import { freePort } from './net';

/**
 * Boots Strapi once for the whole API test run, on its own database (a fresh SQLite file, or the fresh PostgreSQL
 * database that scripts/with-test-postgres.js created), listening on a free loopback port. Tests talk HTTP to it
 * with a full-access API token; nothing in them reaches into the server process.
 */
export const TEST_ADMIN = { email: 'tester@example.gov.ua', password: 'Tester-Passw0rd!' };
export const TEST_TRUSTED_ORIGIN = 'https://panel.example.test';

export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  process.chdir(root);
  const port = await freePort();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_DEMO_DATA: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    // an origin besides the server's own that may call the admin API with credentials (tests/api/public-limits)
    CORS_ORIGINS: TEST_TRUSTED_ORIGIN,
    METRICS_TOKEN: `metrics-${crypto.randomBytes(12).toString('hex')}`,
  });
  Object.assign(process.env, await mailTestEnv());
  const postgres = Boolean(process.env.DATABASE_URL) || process.env.DATABASE_CLIENT === 'postgres';
  if (!postgres) {
    const file = path.join(root, '.tmp', `test-${process.pid}-${Date.now()}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = file;
    (globalThis as any).__TEST_SQLITE_FILE__ = file;
  }

  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const started = Date.now();
  const app = await compileStrapi({ appDir: root });
  // the built admin panel (npm run build) is served when present, for the browser tests of the panel
  const adminBuilt = fs.existsSync(path.join(app.distDir, 'build', 'index.html'));
  process.env.TEST_ADMIN_PANEL = adminBuilt ? 'true' : 'false';
  const strapi = createStrapi({ ...app, autoReload: false, serveAdminPanel: adminBuilt });
  await strapi.load();
  await strapi.listen();
  const token = await strapi.service('admin::api-token').create({
    name: `api-tests-${Date.now()}`,
    description: 'API tests',
    type: 'full-access',
    kind: 'content-api',
    lifespan: null,
  });
  // the administrator of admin-API tests (content manager, reports), independent of test order
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: TEST_ADMIN.email, firstname: 'Тест', lastname: 'Адміністратор', password: TEST_ADMIN.password,
    isActive: true, registrationToken: null, roles: [superAdmin.id],
  });
  const { createWebsiteToken } = require(path.join(app.distDir, 'src/bootstrap/website-token'));
  const website = await createWebsiteToken(strapi, `website-tests-${Date.now()}`);
  process.env.TEST_WEBSITE_TOKEN = website.accessKey;
  process.env.TEST_BASE_URL = `http://127.0.0.1:${port}`;
  // one admin session for the whole run: the admin log-in route is rate-limited per e-mail
  const login = await fetch(`${process.env.TEST_BASE_URL}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  }).then((res) => res.json());
  process.env.TEST_ADMIN_TOKEN = login?.data?.token ?? login?.data?.accessToken ?? '';
  if (!process.env.TEST_ADMIN_TOKEN) throw new Error(`admin log-in failed in global setup: ${JSON.stringify(login)}`);
  process.env.TEST_API_TOKEN = token.accessKey;
  process.env.TEST_DB_CLIENT = postgres ? 'postgres' : 'sqlite';
  (globalThis as any).__STRAPI__ = strapi;
  // eslint-disable-next-line no-console
  console.log(`\nStrapi booted for API tests on ${process.env.TEST_BASE_URL} (${process.env.TEST_DB_CLIENT}) in ${Date.now() - started} ms`);
}

