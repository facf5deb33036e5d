import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { afterFailedAttempt, type RetryPolicy } from '../domain/notifications/schedule';
import { runExclusively } from '../scheduling/run-exclusively';
import { isDraining } from '../operations/lifecycle';
import { claimBatch, markFailure, markSent, type ClaimedRow } from './outbox';
import { releaseClaims } from './release';
import { isTemplateName, render } from './templates';

export interface OutboxRunOptions {
  now?: Date;
  batchSize?: number;
  /** Test hook of the crash test: called after rows are leased and before any is sent. */
  afterClaim?: (rows: ClaimedRow[]) => void | Promise<void>;
}

export interface OutboxRunResult {
  sent: number;
  retrying: number;
  failed: number;
  /** Leased rows given back unsent because the instance was shutting down. */
  released?: number;
}

const MAX_BATCHES_PER_RUN = 20;

/**
 * The outbox worker: lease a batch (briefly, under the advisory lock), then talk to the mail server outside any
 * transaction, settling each row on its own. A worker killed after leasing leaves rows that become sendable again
 * when their lease expires; a failed send waits with exponential backoff and, after the last attempt, is marked
 * failed for staff to see and retry.
 */
export async function sendDueNotifications(strapi: Core.Strapi, options: OutboxRunOptions = {}): Promise<OutboxRunResult> {
  const result: OutboxRunResult = { sent: 0, retrying: 0, failed: 0 };
  const batchSize = options.batchSize ?? 25;
  const policy = retryPolicy();
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN && !isDraining(); batch++) {
    const now = options.now ?? new Date();
    const claim = await runExclusively(strapi, 'notifications-outbox-claim', () => claimBatch(strapi, now, batchSize, leaseSeconds()));
    if (!claim.ran || claim.result.length === 0) break;
    if (options.afterClaim) await options.afterClaim(claim.result);
    for (const [i, row] of claim.result.entries()) {
      // shutting down: finish the message being sent, give the rest of the batch back (lifecycle.ts)
      if (isDraining()) return { ...result, released: await releaseClaims(strapi, claim.result.slice(i)) };
      try {
        await deliver(strapi, row);
        await markSent(strapi, row, new Date());
        result.sent++;
      } catch (error: any) {
        const outcome = afterFailedAttempt(row.attempts + 1, now, policy);
        await markFailure(strapi, row, describe(error), outcome, now);
        if (outcome.state === 'failed') result.failed++;
        else result.retrying++;
      }
    }
    if (claim.result.length < batchSize) break;
  }
  return result;
}

async function deliver(strapi: Core.Strapi, row: ClaimedRow): Promise<void> {
  if (!isTemplateName(row.template)) throw new Error(`Невідомий шаблон листа «${row.template}»`);
  const mail = render(row.template, row.data);
  const info: any = await strapi.plugin('email').service('email').send({
    to: row.recipient,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'X-Notification-Key': row.idempotencyKey },
  });
  // No SMTP_HOST: nodemailer's stream transport handed back the whole message; keep it as a file a person can open.
  if (info && Buffer.isBuffer(info.message)) writeEml(strapi, row, info.message);
}

function writeEml(strapi: Core.Strapi, row: ClaimedRow, message: Buffer): void {
  const dir = path.resolve(strapi.dirs.app.root, process.env.MAIL_DIR || path.join('.tmp', 'mail'));
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = `${stamp}-${row.id}-${row.idempotencyKey.replace(/[^a-zA-Z0-9_-]+/g, '_').slice(0, 120)}.eml`;
  fs.writeFileSync(path.join(dir, name), message);
}

function describe(error: any): string {
  const parts = [error?.code, error?.responseCode, error?.message ?? String(error)].filter(Boolean);
  return parts.join(' ');
}

function envNumber(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n >= 0 && process.env[name] !== '' ? n : fallback;
}

export function leaseSeconds(): number {
  return envNumber('NOTIFY_LEASE_SECONDS', 300);
}

export function retryPolicy(): RetryPolicy {
  return {
    baseSeconds: envNumber('NOTIFY_RETRY_BASE_SECONDS', 60),
    maxAttempts: Math.max(1, envNumber('NOTIFY_MAX_ATTEMPTS', 8)),
    capSeconds: 6 * 60 * 60,
  };
}
