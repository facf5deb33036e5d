import type { RetryPolicy } from './schedule';

/**
 * How much one run of the outbox worker may do, and for how long a leased message is this worker's alone — from
 * the environment, bounded to values that work. A run sends at most `maxPerRun` messages in batches of `batchSize`;
 * each message's lease is renewed right before it is sent, for `leaseSeconds`, and a send that has not finished
 * within `sendTimeoutMs` (well inside the lease) is given up and retried later, so no other worker can take a
 * message while it is being sent.
 */
export interface OutboxLimits {
  leaseSeconds: number;
  batchSize: number;
  maxPerRun: number;
  sendTimeoutMs: number;
  retry: RetryPolicy;
}

/** NOTIFY_LEASE_SECONDS, NOTIFY_RETRY_BASE_SECONDS, NOTIFY_MAX_ATTEMPTS (other keys are ignored). */
export type OutboxEnv = Readonly<Record<string, string | undefined>>;

/** Bounds of each setting: [least, greatest, default]. */
export const OUTBOX_BOUNDS = {
  // Shorter than a slow SMTP conversation and messages would be given up; longer than an hour and a message a
  // crashed worker had leased waits too long.
  leaseSeconds: [30, 3600, 300],
  retryBaseSeconds: [1, 3600, 60],
  maxAttempts: [1, 20, 8],
  batchSize: [1, 100, 25],
  maxPerRun: [1, 500, 500],
} as const;

/**
 * NOTIFY_SWEEP_PARTITIONS: into how many parts the reminder sweep splits its items on PostgreSQL, each part written
 * at the same time on a connection of its own (src/jobs/notifications/outbox-sweep.ts). About the database server's
 * cores; 1 writes everything in one statement per register. [least, greatest, default].
 */
export const SWEEP_PARTITION_BOUNDS = [1, 8, 2] as const;

export function sweepPartitions(env: OutboxEnv): number {
  return bounded(envInteger(env.NOTIFY_SWEEP_PARTITIONS), ...SWEEP_PARTITION_BOUNDS);
}

/** The longest a single send may take: half the lease, and never more than two minutes. */
export const MAX_SEND_TIMEOUT_MS = 120_000;
const RETRY_CAP_SECONDS = 6 * 60 * 60;

/**
 * `overrides` are a caller's explicit choices (the operations script, the tests); they may go below the lower bound
 * of the lease (down to 1 s) so a test can let a lease run out, but never above the upper bounds.
 */
export function outboxLimits(env: OutboxEnv, overrides: { leaseSeconds?: number; batchSize?: number; maxPerRun?: number } = {}): OutboxLimits {
  const [leaseMin, leaseMax, leaseDefault] = OUTBOX_BOUNDS.leaseSeconds;
  const leaseSeconds = overrides.leaseSeconds !== undefined
    ? bounded(overrides.leaseSeconds, 1, leaseMax, leaseDefault)
    : bounded(envInteger(env.NOTIFY_LEASE_SECONDS), leaseMin, leaseMax, leaseDefault);
  return {
    leaseSeconds,
    batchSize: bounded(overrides.batchSize, ...OUTBOX_BOUNDS.batchSize),
    maxPerRun: bounded(overrides.maxPerRun, ...OUTBOX_BOUNDS.maxPerRun),
    sendTimeoutMs: Math.min(MAX_SEND_TIMEOUT_MS, Math.floor((leaseSeconds * 1000) / 2)),
    retry: {
      baseSeconds: bounded(envInteger(env.NOTIFY_RETRY_BASE_SECONDS), ...OUTBOX_BOUNDS.retryBaseSeconds),
      maxAttempts: bounded(envInteger(env.NOTIFY_MAX_ATTEMPTS), ...OUTBOX_BOUNDS.maxAttempts),
      capSeconds: RETRY_CAP_SECONDS,
    },
  };
}

function envInteger(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  return /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
}

/** A whole number within [least, greatest]: beyond a bound → that bound; missing or not a number → the default. */
function bounded(value: number | undefined, least: number, greatest: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(greatest, Math.max(least, Math.floor(value)));
}
