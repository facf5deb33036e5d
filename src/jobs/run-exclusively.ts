import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

export type ExclusiveRun<T> = { ran: true; result: T } | { ran: false };

/**
 * Runs `job` on at most one instance at a time. Cron tasks fire on every instance; on PostgreSQL the job holds a
 * transaction-scoped advisory lock (released at commit or on a crash), and an instance that cannot take it skips the
 * tick. The job's own queries join that transaction, so keep it short: find due work and write outbox rows, don't
 * talk to remote servers inside it. SQLite is a single-instance database: the job simply runs.
 * With `wait: true` an instance that cannot take the lock waits for it instead of skipping (work done at start that
 * must be finished before the instance serves, e.g. the statutory calendar): the job then runs after the other
 * instance's commit and sees its rows.
 */
export async function runExclusively<T>(strapi: Core.Strapi, name: string, job: () => Promise<T>, options: { wait?: boolean } = {}): Promise<ExclusiveRun<T>> {
  if (strapi.db.dialect.client !== 'postgres') return { ran: true, result: await job() };
  return strapi.db.transaction(async ({ trx }) => {
    if (options.wait) {
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [advisoryKey(name)]);
      return { ran: true, result: await job() } as const;
    }
    const result: any = await trx.raw('SELECT pg_try_advisory_xact_lock(?) AS locked', [advisoryKey(name)]);
    if (!result.rows?.[0]?.locked) return { ran: false } as const;
    return { ran: true, result: await job() } as const;
  });
}

/** A stable signed 64-bit key per job name (PostgreSQL advisory locks take a bigint). */
export function advisoryKey(name: string): string {
  return crypto.createHash('sha256').update(`city-appeals:${name}`).digest().readBigInt64BE(0).toString();
}
