'use strict';

/**
 * Yearly registration sequences (Instruction 348/1997: numbering restarts every year, numbers are never reused).
 * One row per (scope, year); a number is taken with a single atomic upsert inside the registering transaction,
 * so concurrent registrations can neither collide nor leave a gap when the registration itself is refused.
 * The table is not a content type: schema sync leaves it alone.
 */
module.exports = {
  async up(knex) {
    if (await knex.schema.hasTable('registration_counters')) return;
    await knex.schema.createTable('registration_counters', (table) => {
      table.string('scope', 32).notNullable();
      table.integer('year').notNullable();
      table.integer('value').notNullable();
      table.primary(['scope', 'year']);
    });
  },
};
