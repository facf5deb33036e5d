/**
 * The process's own measurements, written in the Prometheus text format (version 0.0.4) without a client library:
 * a latency histogram per route class, request counters, and the cron jobs' last duration and last success. Figures
 * read from the database (outbox, overdue items) are added per scrape in metrics.ts.
 */

export type RouteClass = 'admin' | 'content-api' | 'graphql' | 'other';

/** Upper bounds of the latency buckets, seconds. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
  buckets: number[];
  sum: number;
  count: number;
}

interface JobFigures {
  runs: { success: number; error: number };
  lastDurationSeconds: number | null;
  lastSuccessSeconds: number | null;
  running: number;
}

const latency = new Map<RouteClass, Histogram>();
const requests = new Map<string, number>();
const jobs = new Map<string, JobFigures>();
const directReads = { answered: 0, passed: 0 };

/** A GraphQL request past the response cache: answered by the public direct reads, or passed on to Apollo. */
export function countDirectRead(outcome: 'answered' | 'passed'): void {
  directReads[outcome]++;
}

export function observeRequest(routeClass: RouteClass, status: number, seconds: number): void {
  let h = latency.get(routeClass);
  if (!h) {
    h = { buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
    latency.set(routeClass, h);
  }
  LATENCY_BUCKETS.forEach((bound, i) => {
    if (seconds <= bound) h!.buckets[i]++;
  });
  h.sum += seconds;
  h.count++;
  const key = `${routeClass}\u0000${Math.floor(status / 100)}xx`;
  requests.set(key, (requests.get(key) ?? 0) + 1);
}

function jobFigures(name: string): JobFigures {
  let j = jobs.get(name);
  if (!j) {
    j = { runs: { success: 0, error: 0 }, lastDurationSeconds: null, lastSuccessSeconds: null, running: 0 };
    jobs.set(name, j);
  }
  return j;
}

export function jobStarted(name: string): void {
  jobFigures(name).running++;
}

export function jobFinished(name: string, outcome: 'success' | 'error', seconds: number, at: Date): void {
  const j = jobFigures(name);
  j.running = Math.max(0, j.running - 1);
  j.runs[outcome]++;
  j.lastDurationSeconds = seconds;
  if (outcome === 'success') j.lastSuccessSeconds = at.getTime() / 1000;
}

export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Array<Sample & { suffix?: string }>;
}

/** The in-process families (latency, requests, jobs), in a stable order. */
export function processFamilies(jobNames: string[]): Family[] {
  const histogram: Family = { name: 'city_http_request_duration_seconds', help: 'Time to answer an HTTP request, by route class.', type: 'histogram', samples: [] };
  for (const [routeClass, h] of [...latency.entries()].sort()) {
    LATENCY_BUCKETS.forEach((bound, i) => histogram.samples.push({ suffix: '_bucket', labels: { route_class: routeClass, le: String(bound) }, value: h.buckets[i] }));
    histogram.samples.push({ suffix: '_bucket', labels: { route_class: routeClass, le: '+Inf' }, value: h.count });
    histogram.samples.push({ suffix: '_sum', labels: { route_class: routeClass }, value: h.sum });
    histogram.samples.push({ suffix: '_count', labels: { route_class: routeClass }, value: h.count });
  }
  const counter: Family = { name: 'city_http_requests_total', help: 'HTTP requests answered, by route class and status class.', type: 'counter', samples: [] };
  for (const [key, value] of [...requests.entries()].sort()) {
    const [routeClass, statusClass] = key.split('\u0000');
    counter.samples.push({ labels: { route_class: routeClass, status_class: statusClass }, value });
  }
  const names = [...new Set([...jobNames, ...jobs.keys()])].sort();
  const runs: Family = { name: 'city_job_runs_total', help: 'Finished runs of a scheduled job on this instance, by outcome.', type: 'counter', samples: [] };
  const duration: Family = { name: 'city_job_last_duration_seconds', help: 'Duration of the last finished run of a scheduled job on this instance.', type: 'gauge', samples: [] };
  const success: Family = { name: 'city_job_last_success_timestamp_seconds', help: 'Unix time of the last successful run of a scheduled job on this instance (0 = none yet).', type: 'gauge', samples: [] };
  const running: Family = { name: 'city_job_running', help: 'Runs of a scheduled job in progress on this instance.', type: 'gauge', samples: [] };
  for (const name of names) {
    const j = jobFigures(name);
    runs.samples.push({ labels: { job: name, outcome: 'success' }, value: j.runs.success }, { labels: { job: name, outcome: 'error' }, value: j.runs.error });
    if (j.lastDurationSeconds !== null) duration.samples.push({ labels: { job: name }, value: j.lastDurationSeconds });
    success.samples.push({ labels: { job: name }, value: j.lastSuccessSeconds ?? 0 });
    running.samples.push({ labels: { job: name }, value: j.running });
  }
  const direct: Family = {
    name: 'city_public_graphql_direct_reads_total',
    help: 'GraphQL requests past the response cache that the public direct reads answered (answered) or left to Apollo (passed).',
    type: 'counter',
    samples: (['answered', 'passed'] as const).map((outcome) => ({ labels: { outcome }, value: directReads[outcome] })),
  };
  return [histogram, counter, runs, duration, success, running, direct];
}

export function renderFamilies(families: Family[]): string {
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples) lines.push(`${f.name}${s.suffix ?? ''}${renderLabels(s.labels)} ${renderValue(s.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function renderLabels(labels: Record<string, string> | undefined): string {
  if (!labels || !Object.keys(labels).length) return '';
  const escaped = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`);
  return `{${escaped.join(',')}}`;
}

function renderValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}
