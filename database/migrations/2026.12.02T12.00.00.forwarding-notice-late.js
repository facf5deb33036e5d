'use strict';

/**
 * A notice to the requester given later than the forwarding of the request (Art. 22(3) of Law 2939-VI, «з одночасним
 * повідомленням») is recorded and marked late (`forwardingNoticeLate`) instead of refused. The column is added here
 * for an existing register so that every request already forwarded reads `false` (its notice was accepted only within
 * the tolerance, so none of them was late) instead of an empty value; on a new database Strapi creates it. Works on
 * SQLite and PostgreSQL.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('information_requests'))) return;
    if (await knex.schema.hasColumn('information_requests', 'forwarding_notice_late')) return;
    await knex.schema.alterTable('information_requests', (table) => {
      table.boolean('forwarding_notice_late').defaultTo(false);
    });
    await knex('information_requests').whereNull('forwarding_notice_late').update({ forwarding_notice_late: false });
  },
};
