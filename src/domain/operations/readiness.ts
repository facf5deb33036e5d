/**
 * Whether an instance should receive traffic. A reverse proxy (or an orchestrator) asks GET /_ready and sends
 * requests only to instances that answer 200: one that is shutting down, or cannot reach the database, answers 503
 * and keeps serving what it already has. `/_health` (Strapi's own) only says the process is alive.
 */
export type ProbeOutcome = 'ok' | 'failed' | 'timeout';

export interface ReadinessInputs {
  draining: boolean;
  database: ProbeOutcome;
}

export interface ReadinessDecision {
  ready: boolean;
  httpStatus: 200 | 503;
  reason: 'ready' | 'draining' | 'database-unreachable' | 'database-timeout';
}

export function readinessDecision({ draining, database }: ReadinessInputs): ReadinessDecision {
  if (draining) return { ready: false, httpStatus: 503, reason: 'draining' };
  if (database === 'timeout') return { ready: false, httpStatus: 503, reason: 'database-timeout' };
  if (database === 'failed') return { ready: false, httpStatus: 503, reason: 'database-unreachable' };
  return { ready: true, httpStatus: 200, reason: 'ready' };
}

/** Runs `probe` for at most `timeoutMs`: a hung database counts as unreachable, not as a hung readiness check. */
export async function runProbe(probe: () => Promise<unknown>, timeoutMs: number): Promise<ProbeOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ProbeOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    return await Promise.race([probe().then(() => 'ok' as const, () => 'failed' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
