import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { render, type TemplateData, type TemplateName } from './templates';

/**
 * The transactional outbox. Rows are inserted through the current database transaction (the register change, or
 * the advisory-locked job), so a message exists exactly when the change that caused it was committed. The unique
 * index on idempotency_key makes a second insert of the same message a no-op (INSERT … ON CONFLICT DO NOTHING).
 */

export const NOTIFICATION_UID = 'api::notification.notification';
const TABLE = 'notifications';

export interface OutboxMessage<T extends TemplateName = TemplateName> {
  recipient: string;
  template: T;
  data: TemplateData[T];
  idempotencyKey: string;
  itemType?: 'appeal' | 'information_request' | 'department';
  itemDocumentId?: string | null;
  registrationNumber?: string | null;
}

export interface ClaimedRow {
  id: number;
  recipient: string;
  template: TemplateName;
  data: any;
  attempts: number;
  idempotencyKey: string;
  claimToken: string;
}

/** Runs `fn` with the knex transaction of the current Strapi transaction (or a new one). */
export function withTrx<T>(strapi: Core.Strapi, fn: (trx: any) => Promise<T>): Promise<T> {
  return strapi.db.transaction(({ trx }) => fn(trx)) as unknown as Promise<T>;
}

export async function enqueue(strapi: Core.Strapi, messages: OutboxMessage[], now = new Date()): Promise<number> {
  if (!messages.length) return 0;
  const rows = messages.map((m) => ({
    document_id: newDocumentId(),
    recipient: m.recipient,
    template: m.template,
    subject: render(m.template, m.data as never).subject.slice(0, 500),
    data: JSON.stringify(m.data),
    delivery_state: 'pending',
    attempts: 0,
    next_attempt_at: now,
    idempotency_key: m.idempotencyKey,
    item_type: m.itemType ?? null,
    item_document_id: m.itemDocumentId ?? null,
    registration_number: m.registrationNumber ?? null,
    created_at: now,
    updated_at: now,
    // Strapi 5 keeps published_at on every row; a type without draft & publish shows only published rows.
    published_at: now,
  }));
  return withTrx(strapi, async (trx) => {
    let inserted = 0;
    // SQLite allows 999 bound variables per statement: 16 columns × 50 rows stays well below.
    for (let i = 0; i < rows.length; i += 50) {
      // RETURNING lists only the rows actually inserted (both SQLite ≥ 3.35 and PostgreSQL).
      const result = await trx(TABLE).insert(rows.slice(i, i + 50)).onConflict('idempotency_key').ignore().returning('id');
      inserted += result.length;
    }
    return inserted;
  });
}

/**
 * Leases up to `limit` sendable rows to this worker: pending, due, and not leased by someone else (or leased by a
 * worker that died — its lease expired). One UPDATE decides: PostgreSQL re-checks the WHERE clause on each row a
 * concurrent worker changed, and SKIP LOCKED lets two workers take disjoint batches instead of waiting.
 */
export async function claimBatch(strapi: Core.Strapi, now: Date, limit: number, leaseSeconds: number): Promise<ClaimedRow[]> {
  const token = crypto.randomUUID();
  const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
  const postgres = strapi.db.dialect.client === 'postgres';
  return withTrx(strapi, async (trx) => {
    const sendable = (q: any) =>
      q.where('delivery_state', 'pending')
        .andWhere((w: any) => w.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', now))
        .andWhere((w: any) => w.whereNull('claimed_until').orWhere('claimed_until', '<', now));
    const candidates = sendable(trx(TABLE).select('id')).orderBy('id').limit(limit);
    if (postgres) candidates.forUpdate().skipLocked();
    await sendable(trx(TABLE).whereIn('id', candidates)).update({ claim_token: token, claimed_until: leaseUntil });
    const rows = await trx(TABLE)
      .select('id', 'recipient', 'template', 'data', 'attempts', 'idempotency_key', 'claim_token')
      .where('claim_token', token)
      .orderBy('id');
    return rows.map((r: any) => ({
      id: Number(r.id),
      recipient: r.recipient,
      template: r.template,
      data: typeof r.data === 'string' ? JSON.parse(r.data) : r.data,
      attempts: Number(r.attempts ?? 0),
      idempotencyKey: r.idempotency_key,
      claimToken: r.claim_token,
    }));
  });
}

/** Only the worker that still holds the lease may settle a row (a late worker after lease expiry changes nothing). */
export async function markSent(strapi: Core.Strapi, row: ClaimedRow, sentAt: Date): Promise<void> {
  await strapi.db.connection(TABLE).where({ id: row.id, claim_token: row.claimToken }).update({
    delivery_state: 'sent', sent_at: sentAt, attempts: row.attempts + 1, claim_token: null, claimed_until: null, last_error: null, updated_at: sentAt,
  });
}

export async function markFailure(
  strapi: Core.Strapi, row: ClaimedRow, error: string, outcome: { state: 'pending'; nextAttemptAt: Date } | { state: 'failed' }, now: Date,
): Promise<void> {
  await strapi.db.connection(TABLE).where({ id: row.id, claim_token: row.claimToken }).update({
    delivery_state: outcome.state,
    next_attempt_at: outcome.state === 'pending' ? outcome.nextAttemptAt : null,
    attempts: row.attempts + 1,
    last_error: error.slice(0, 5000),
    claim_token: null,
    claimed_until: null,
    updated_at: now,
  });
}

/** Strapi's document ids are 24 lowercase alphanumerics; rows written here need one too. */
function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(24);
  let id = alphabet[bytes[0] % 26];
  for (let i = 1; i < 24; i++) id += alphabet[bytes[i] % alphabet.length];
  return id;
}
