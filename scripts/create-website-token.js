#!/usr/bin/env node
/**
 * npm run token:website [-- --name <name>] — creates the city website's API token: read-only access to exactly
 * what the public API exposes (published publications, campaigns, events, classifier topics; statistics need no
 * token). Prints the token once: store it in the website's secrets; it cannot be shown again.
 */
'use strict';
const { withStrapi } = require('./lib/boot');

async function main() {
  process.env.SEED_DEMO_DATA = 'false';
  process.env.CRON_ENABLED = 'false';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const nameAt = process.argv.indexOf('--name');
  const name = nameAt > 0 ? process.argv[nameAt + 1] : undefined;
  await withStrapi({}, async (strapi, app) => {
    const { createWebsiteToken } = app.require('src/bootstrap/website-token');
    const token = await createWebsiteToken(strapi, name);
    console.log(`Токен «${token.name}» (лише читання публічних матеріалів: ${token.permissions.join(', ')})`);
    console.log(token.accessKey);
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Не вдалося створити токен: ${error.message}`);
    process.exit(1);
  },
);
