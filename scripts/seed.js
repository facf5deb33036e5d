#!/usr/bin/env node
/**
 * npm run seed — adds the demo data (departments, staff, classifier topics, calendar, 30+ appeals in every state,
 * campaigns, events, a monitoring report and publications of every kind) and a first administrator. Idempotent:
 * reference rows are matched by natural keys; demo appeals, campaigns and publications are added only to an empty
 * register. Prints a JSON summary on its last line.
 */
'use strict';
const { withStrapi } = require('./lib/boot');

async function main() {
  process.env.SEED_DEMO_DATA = 'false'; // this script seeds explicitly, bootstrap must not do it a second time
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'info';
  await withStrapi({}, async (strapi, app) => {
    const { seedDemoData } = app.require('src/bootstrap/seed');
    const { ensureDemoAdmin } = app.require('src/bootstrap/demo');
    await ensureDemoAdmin(strapi);
    const report = await seedDemoData(strapi, new Date(), (line) => console.log(line));
    const countByState = async (table) => {
      const rows = await strapi.db.connection(table).select('workflow_state').count({ n: '*' }).groupBy('workflow_state');
      return Object.fromEntries(rows.map((r) => [r.workflow_state, Number(r.n)]));
    };
    console.log(JSON.stringify({
      created: report,
      appealsByState: await countByState('appeals'),
      informationRequestsByState: await countByState('information_requests'),
      campaignsByState: Object.fromEntries((await strapi.db.connection('campaigns').select('campaign_state').count({ n: '*' }).groupBy('campaign_state')).map((r) => [r.campaign_state, Number(r.n)])),
      // one draft row per publication; a published one has a second row
      publicationsByKind: Object.fromEntries((await strapi.db.connection('publications').whereNull('published_at').select('kind').count({ n: '*' }).groupBy('kind')).map((r) => [r.kind, Number(r.n)])),
      publishedPublications: Number((await strapi.db.connection('publications').whereNotNull('published_at').count({ n: '*' }))[0].n),
    }));
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Помилка наповнення демо-даними: ${error.message}`);
    console.error(error);
    process.exit(1);
  },
);
