import type { Core } from '@strapi/strapi';
import type { ClaimedRow } from './outbox';

/**
 * Gives leased rows back without counting an attempt (a worker that stops early, at shutdown): they are sendable
 * again at once, by this or another instance, instead of waiting for the lease to expire. Only rows still held by
 * this worker's claim change.
 */
export async function releaseClaims(strapi: Core.Strapi, rows: ClaimedRow[]): Promise<number> {
  let released = 0;
  for (const row of rows) {
    released += Number(await strapi.db.connection('notifications')
      .where({ id: row.id, claim_token: row.claimToken, delivery_state: 'pending' })
      .update({ claim_token: null, claimed_until: null }));
  }
  return released;
}
