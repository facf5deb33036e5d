import { jobFinished, jobStarted } from './metrics-registry';

/**
 * Graceful shutdown. Strapi answers SIGTERM/SIGINT with strapi.destroy(): it stops the cron scheduler (without
 * waiting for a task that is running), calls our destroy() lifecycle, then cuts every open HTTP connection and
 * closes the database pool. Anything still working at that point loses its database: a request gets a reset
 * connection and an outbox worker that has just handed a message to the mail server can no longer mark it sent.
 *
 * So destroy() drains first: the instance reports not-ready, stops accepting connections, lets in-flight requests
 * answer and running jobs finish (an outbox worker stops after the message it is sending and gives the rest of its
 * batch back), all within SHUTDOWN_TIMEOUT_SECONDS. Only then does Strapi tear the rest down.
 */

let draining = false;
let inFlightRequests = 0;
const runningJobs = new Set<Promise<unknown>>();
const idleWaiters = new Set<() => void>();

export function isDraining(): boolean {
  return draining;
}

export function requestStarted(): void {
  inFlightRequests++;
}

export function requestFinished(): void {
  inFlightRequests = Math.max(0, inFlightRequests - 1);
  notifyIfIdle();
}

export function inFlight(): { requests: number; jobs: number } {
  return { requests: inFlightRequests, jobs: runningJobs.size };
}

/** Runs a scheduled job with its duration and outcome recorded, and with shutdown waiting for it. */
export async function trackJob<T>(name: string, job: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  jobStarted(name);
  const run = job();
  runningJobs.add(run);
  try {
    const result = await run;
    jobFinished(name, 'success', seconds(started), new Date());
    return result;
  } catch (error) {
    jobFinished(name, 'error', seconds(started), new Date());
    throw error;
  } finally {
    runningJobs.delete(run);
    notifyIfIdle();
  }
}

export interface DrainOptions {
  timeoutMs: number;
  /** Stops accepting new connections (the HTTP server's close()); established ones are still answered. */
  stopAccepting?: () => void;
  log?: (message: string) => void;
}

/** Waits until no request and no job is in flight, or the timeout passes. Resolves with what was still running. */
export async function drain(options: DrainOptions): Promise<{ requests: number; jobs: number }> {
  draining = true;
  options.stopAccepting?.();
  const deadline = Date.now() + options.timeoutMs;
  while (!idle() && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.max(0, Math.min(1000, deadline - Date.now())));
      function done() {
        clearTimeout(timer);
        idleWaiters.delete(done);
        resolve();
      }
      idleWaiters.add(done);
    });
  }
  const left = inFlight();
  if (left.requests || left.jobs) options.log?.(`Shutdown: ${left.requests} request(s) and ${left.jobs} job(s) still running after ${options.timeoutMs} ms`);
  return left;
}

/** Tests of the lifecycle run it twice in one process. */
export function resetLifecycleForTests(): void {
  draining = false;
  inFlightRequests = 0;
  runningJobs.clear();
}

function idle(): boolean {
  return inFlightRequests === 0 && runningJobs.size === 0;
}

function notifyIfIdle(): void {
  if (!idle()) return;
  for (const waiter of [...idleWaiters]) waiter();
}

function seconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
