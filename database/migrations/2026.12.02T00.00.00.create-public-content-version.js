'use strict';

/**
 * The version of what the public API answers, one row per scope: `content` (publications, campaigns, events, topics)
 * and `statistics` (appeals and information requests, the inputs of appealStatistics). Every write that can change a
 * public answer raises its scope's version in the write's own transaction; instances serve a cached answer only
 * while its version is the latest (src/public-api/cache). Not a content type: schema sync leaves it alone.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('public_content_version'))) {
      await knex.schema.createTable('public_content_version', (table) => {
        table.string('scope', 32).notNullable().primary();
        table.bigInteger('version').notNullable().defaultTo(0);
      });
    }
    for (const scope of ['content', 'statistics']) {
      const found = await knex('public_content_version').where({ scope }).first();
      if (!found) await knex('public_content_version').insert({ scope, version: 0 });
    }
  },
};
