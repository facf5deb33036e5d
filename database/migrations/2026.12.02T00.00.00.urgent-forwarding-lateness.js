'use strict';

/**
 * An urgent information request (Art. 20(2) of Law 2939-VI, 48 hours) forwarded to the holder after its 48 hours is
 * late (issue 14, rule 16). Before, forwarding was measured against 5 working days for every request, so an urgent
 * request forwarded on, say, day 4 was recorded as on time. Those rows are corrected once: only to `true`, and only
 * where the recorded moments show the 48 hours had passed; nothing else is touched. Works on SQLite and PostgreSQL
 * (the comparison is made here, not in SQL, so the two databases' date storage does not matter).
 */
const URGENT_TERM_MS = 48 * 60 * 60 * 1000;

function instant(value) {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number' || /^\d+$/.test(String(value))) return Number(value);
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? null : t;
}

module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('information_requests'))) return;
    for (const column of ['urgent', 'forwarded_at', 'received_at', 'forwarded_late']) {
      if (!(await knex.schema.hasColumn('information_requests', column))) return;
    }
    const rows = await knex('information_requests')
      .select('id', 'urgent', 'received_at', 'forwarded_at', 'forwarded_late')
      .whereNotNull('forwarded_at')
      .whereNotNull('received_at');
    const late = rows
      .filter((row) => row.urgent === true || row.urgent === 1 || row.urgent === '1')
      .filter((row) => !(row.forwarded_late === true || row.forwarded_late === 1))
      .filter((row) => {
        const received = instant(row.received_at);
        const forwarded = instant(row.forwarded_at);
        return received !== null && forwarded !== null && forwarded > received + URGENT_TERM_MS;
      })
      .map((row) => row.id);
    for (let i = 0; i < late.length; i += 500) {
      await knex('information_requests').whereIn('id', late.slice(i, i + 500)).update({ forwarded_late: true });
    }
  },
};
