import type { Core } from '@strapi/strapi';
import { readinessDecision, runProbe, type ReadinessDecision } from '../domain/operations/readiness';
import { isDraining } from './lifecycle';

/** How long `select 1` may take before the instance counts as cut off from its database. */
export function readinessTimeoutMs(): number {
  const n = Number(process.env.READINESS_DB_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : 2000;
}

/** GET /_ready's decision: the database answers a trivial query in time, and the instance is not shutting down. */
export async function checkReadiness(probe: () => Promise<unknown>, options: { timeoutMs: number; draining: boolean }): Promise<ReadinessDecision> {
  if (options.draining) return readinessDecision({ draining: true, database: 'ok' });
  return readinessDecision({ draining: false, database: await runProbe(probe, options.timeoutMs) });
}

export function databaseProbe(strapi: Core.Strapi): () => Promise<unknown> {
  return () => strapi.db.connection.raw('select 1');
}

export function readiness(strapi: Core.Strapi): Promise<ReadinessDecision> {
  return checkReadiness(databaseProbe(strapi), { timeoutMs: readinessTimeoutMs(), draining: isDraining() });
}
