import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { outboxLimits } from '../../domain/notifications/outbox-limits';
import { appealExtensionNoticeOf } from '../../domain/notifications/register-events';
import { afterFailedAttempt } from '../../domain/notifications/schedule';
import { isDraining } from '../../operations/lifecycle';
import { claimBatch, markFailure, markSent, renewLease, type ClaimedRow } from './outbox';
import { releaseClaims } from './release';
import { isTemplateName, render } from './templates';

export interface OutboxRunOptions {
  now?: Date;
  batchSize?: number;
  /** At most this many messages leased (and so sent) in one run; bounded by OUTBOX_BOUNDS.maxPerRun. */
  maxPerRun?: number;
  /** The lease of a claimed message; NOTIFY_LEASE_SECONDS when absent. */
  leaseSeconds?: number;
  /** Test hook of the crash test: called after rows are leased and before any is sent. */
  afterClaim?: (rows: ClaimedRow[]) => void | Promise<void>;
}

export interface OutboxRunResult {
  sent: number;
  retrying: number;
  failed: number;
  /** Leased by this run, then taken by another worker after the lease ran out: not sent by this run. */
  leaseLost: number;
  /** Leased rows given back unsent because the instance was shutting down. */
  released?: number;
}

/**
 * The outbox worker: lease a batch (one short statement), then talk to the mail server outside any transaction,
 * settling each row on its own. Right before a row is sent its lease is renewed; a row whose lease was lost is
 * skipped, and a send is given up well before the renewed lease ends — so however slow the mail server, a message is
 * sent at most once per lease. A run leases at most `maxPerRun` rows in all. Every instance may run the worker at
 * the same time: their batches are disjoint (see claimBatch). A worker killed after leasing leaves rows that become
 * sendable again when their lease expires; a failed send waits with exponential backoff and, after the last
 * attempt, is marked failed for staff to see and retry.
 */
export async function sendDueNotifications(strapi: Core.Strapi, options: OutboxRunOptions = {}): Promise<OutboxRunResult> {
  const result: OutboxRunResult = { sent: 0, retrying: 0, failed: 0, leaseLost: 0 };
  const limits = outboxLimits(process.env, options);
  const clock = () => options.now ?? new Date();
  let leased = 0;
  while (leased < limits.maxPerRun && !isDraining()) {
    const wanted = Math.min(limits.batchSize, limits.maxPerRun - leased);
    const rows = (await claimBatch(strapi, clock(), wanted, limits.leaseSeconds)).slice(0, wanted);
    if (rows.length === 0) break;
    leased += rows.length;
    if (options.afterClaim) await options.afterClaim(rows);
    for (const [i, row] of rows.entries()) {
      // shutting down: finish the message being sent, give the rest of the batch back (src/operations/lifecycle.ts)
      if (isDraining()) return { ...result, released: await releaseClaims(strapi, rows.slice(i)) };
      if (!(await renewLease(strapi, row, clock(), limits.leaseSeconds))) {
        result.leaseLost++;
        continue;
      }
      try {
        await withTimeout(deliver(strapi, row), limits.sendTimeoutMs);
        const sentAt = new Date();
        await markSent(strapi, row, sentAt);
        await recordExtensionNotice(strapi, row, sentAt);
        result.sent++;
      } catch (error: any) {
        const now = clock();
        const outcome = afterFailedAttempt(row.attempts + 1, now, limits.retry);
        await markFailure(strapi, row, describe(error), outcome, now);
        if (outcome.state === 'failed') result.failed++;
        else result.retrying++;
      }
    }
    if (rows.length < wanted) break;
  }
  return result;
}

/**
 * Law 393/96-ВР Art. 20: the moment the e-mail notice of an extension left is the proof that the applicant was told.
 * Written once, only while the appeal is still extended to the date the notice named and no moment is recorded yet
 * (a clerk's earlier entry wins). A computed fact the system records itself, like the sending of the message.
 */
async function recordExtensionNotice(strapi: Core.Strapi, row: ClaimedRow, sentAt: Date): Promise<void> {
  const notice = appealExtensionNoticeOf(row.template, row.idempotencyKey);
  if (!notice) return;
  await strapi.db.query('api::appeal.appeal').updateMany({
    where: { documentId: notice.documentId, extendedUntil: notice.extendedUntil, applicantNotifiedOfExtensionAt: { $null: true } },
    data: { applicantNotifiedOfExtensionAt: sentAt },
  });
}

/** A send still running after `ms` is given up (and retried later), so it can never outlast the row's lease. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Поштовий сервер не відповів за ${Math.round(ms / 1000)} с`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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
