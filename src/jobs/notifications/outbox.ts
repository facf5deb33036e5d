import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { renderSubject, type TemplateData, type TemplateName } from './templates';

/**
 * The transactional outbox. Rows are inserted through the current database transaction (the register change, or
 * the advisory-locked job), so a message exists exactly when the change that caused it was committed. The unique
 * index on idempotency_key makes a second insert of the same message a no-op (INSERT … ON CONFLICT DO NOTHING).
 */

export const NOTIFICATION_UID = 'api::notification.notification';
export const NOTIFICATION_TABLE = 'notifications';
const TABLE = NOTIFICATION_TABLE;

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
    subject: renderSubject(m.template, m.data as never).slice(0, 500),
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
    // SQLite allows 999 bound variables per statement: 16 columns × 50 rows stays well below; PostgreSQL allows
    // 65 535, so a sweep over thousands of items takes a few statements rather than hundreds.
    const batch = strapi.db.dialect.client === 'postgres' ? 2000 : 50;
    for (let i = 0; i < rows.length; i += batch) {
      // RETURNING lists only the rows actually inserted (both SQLite ≥ 3.35 and PostgreSQL).
      const result = await trx(TABLE).insert(rows.slice(i, i + batch)).onConflict('idempotency_key').ignore().returning('id');
      inserted += result.length;
    }
    return inserted;
  });
}

/**
 * Leases at most `limit` sendable rows to this worker — pending, due, and not leased by someone else (or leased by
 * a worker that died: its lease expired) — and returns exactly the rows it leased.
 *
 * PostgreSQL: one statement. The candidates are chosen once, in a materialized CTE with `LIMIT … FOR UPDATE SKIP
 * LOCKED`, and the UPDATE joins that fixed set. (`UPDATE … WHERE id IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED)`
 * may be planned as a semi-join that runs the subquery again and again, each time past the rows it has just locked,
 * and leases far more than `n`.) Concurrent workers get disjoint batches: a row another worker has locked is
 * skipped, and one it has just leased no longer matches when its new version is re-checked.
 * SQLite: one writer at a time, so a plain select-then-update in one transaction is enough.
 */
export async function claimBatch(strapi: Core.Strapi, now: Date, limit: number, leaseSeconds: number): Promise<ClaimedRow[]> {
  if (!Number.isInteger(limit) || limit <= 0) return [];
  const token = crypto.randomUUID();
  const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
  if (strapi.db.dialect.client === 'postgres') {
    const result: any = await strapi.db.connection.raw(
      `WITH c AS MATERIALIZED (
         SELECT id FROM ?? WHERE delivery_state = 'pending'
           AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
           AND (claimed_until IS NULL OR claimed_until < ?)
         ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
       UPDATE ?? AS t SET claim_token = ?, claimed_until = ? FROM c WHERE t.id = c.id
       RETURNING t.id, t.recipient, t.template, t.data, t.attempts, t.idempotency_key, t.claim_token`,
      [qualifiedTable(strapi), now, now, limit, qualifiedTable(strapi), token, leaseUntil],
    );
    return (result.rows as any[]).map(toClaimedRow).sort((a, b) => a.id - b.id);
  }
  return withTrx(strapi, async (trx) => {
    const ids = (
      await trx(TABLE)
        .select('id')
        .where('delivery_state', 'pending')
        .andWhere((w: any) => w.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', now))
        .andWhere((w: any) => w.whereNull('claimed_until').orWhere('claimed_until', '<', now))
        .orderBy('id')
        .limit(limit)
    ).map((r: any) => r.id);
    if (!ids.length) return [];
    await trx(TABLE).whereIn('id', ids).update({ claim_token: token, claimed_until: leaseUntil });
    const rows = await trx(TABLE)
      .select('id', 'recipient', 'template', 'data', 'attempts', 'idempotency_key', 'claim_token')
      .where('claim_token', token)
      .orderBy('id');
    return rows.map(toClaimedRow);
  });
}

/**
 * Extends this worker's lease on one row to `leaseSeconds` from `now`, right before it is sent — so a batch may take
 * longer than one lease and still no row is sent by two workers. False when the lease is lost (another worker took
 * the row after it expired, or it was settled meanwhile): the row must not be sent.
 */
export async function renewLease(strapi: Core.Strapi, row: ClaimedRow, now: Date, leaseSeconds: number): Promise<boolean> {
  const changed = await strapi.db.connection(TABLE)
    .where({ id: row.id, claim_token: row.claimToken, delivery_state: 'pending' })
    .update({ claimed_until: new Date(now.getTime() + leaseSeconds * 1000) });
  return Number(changed) === 1;
}

function toClaimedRow(r: any): ClaimedRow {
  return {
    id: Number(r.id),
    recipient: r.recipient,
    template: r.template,
    data: typeof r.data === 'string' ? JSON.parse(r.data) : r.data,
    attempts: Number(r.attempts ?? 0),
    idempotencyKey: r.idempotency_key,
    claimToken: r.claim_token,
  };
}

export function qualifiedTable(strapi: Core.Strapi): string {
  const schema = strapi.db.getSchemaName?.();
  return schema ? `${schema}.${TABLE}` : TABLE;
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
