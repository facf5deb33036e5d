const MESSAGE = Symbol.for('message'); // winston's key of the formatted line
import { loggerSettings } from '../../../src/bootstrap/config/logger-settings';
import { drain, inFlight, requestFinished, requestStarted, resetLifecycleForTests, trackJob, isDraining } from '../../../src/operations/lifecycle';
import { observeRequest, processFamilies, renderFamilies } from '../../../src/operations/metrics-registry';

function sampleValue(text: string, line: string): number {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  if (!found) throw new Error(`no sample ${line} in\n${text}`);
  return Number(found.slice(line.length + 1));
}

describe('metrics registry', () => {
  it('puts each request into the cumulative buckets of its route class and counts it by status class', () => {
    observeRequest('graphql', 200, 0.03);
    observeRequest('graphql', 200, 0.3);
    observeRequest('graphql', 503, 20);
    const text = renderFamilies(processFamilies([]));
    expect(text).toContain('# TYPE city_http_request_duration_seconds histogram');
    expect(sampleValue(text, 'city_http_request_duration_seconds_bucket{route_class="graphql",le="0.025"}')).toBe(0);
    expect(sampleValue(text, 'city_http_request_duration_seconds_bucket{route_class="graphql",le="0.05"}')).toBe(1);
    expect(sampleValue(text, 'city_http_request_duration_seconds_bucket{route_class="graphql",le="0.5"}')).toBe(2);
    expect(sampleValue(text, 'city_http_request_duration_seconds_bucket{route_class="graphql",le="10"}')).toBe(2);
    expect(sampleValue(text, 'city_http_request_duration_seconds_bucket{route_class="graphql",le="+Inf"}')).toBe(3);
    expect(sampleValue(text, 'city_http_request_duration_seconds_count{route_class="graphql"}')).toBe(3);
    expect(sampleValue(text, 'city_http_request_duration_seconds_sum{route_class="graphql"}')).toBeCloseTo(20.33, 6);
    expect(sampleValue(text, 'city_http_requests_total{route_class="graphql",status_class="2xx"}')).toBe(2);
    expect(sampleValue(text, 'city_http_requests_total{route_class="graphql",status_class="5xx"}')).toBe(1);
  });

  it('records a job\'s duration and last success, and an error without moving the last success', async () => {
    resetLifecycleForTests();
    const before = Date.now() / 1000;
    await trackJob('testJob', async () => 'done');
    const afterSuccess = renderFamilies(processFamilies(['neverRan']));
    const lastSuccess = sampleValue(afterSuccess, 'city_job_last_success_timestamp_seconds{job="testJob"}');
    expect(lastSuccess).toBeGreaterThanOrEqual(Math.floor(before));
    expect(sampleValue(afterSuccess, 'city_job_runs_total{job="testJob",outcome="success"}')).toBe(1);
    expect(sampleValue(afterSuccess, 'city_job_last_success_timestamp_seconds{job="neverRan"}')).toBe(0);
    expect(sampleValue(afterSuccess, 'city_job_last_duration_seconds{job="testJob"}')).toBeGreaterThanOrEqual(0);
    await expect(trackJob('testJob', async () => { throw new Error('SMTP down'); })).rejects.toThrow('SMTP down');
    const afterError = renderFamilies(processFamilies([]));
    expect(sampleValue(afterError, 'city_job_runs_total{job="testJob",outcome="error"}')).toBe(1);
    expect(sampleValue(afterError, 'city_job_last_success_timestamp_seconds{job="testJob"}')).toBe(lastSuccess);
    expect(sampleValue(afterError, 'city_job_running{job="testJob"}')).toBe(0);
  });

  it('escapes label values', () => {
    const text = renderFamilies([{ name: 'x', help: 'h', type: 'gauge', samples: [{ labels: { a: 'q"\\\n' }, value: 1 }] }]);
    expect(text).toContain('x{a="q\\"\\\\\\n"} 1');
  });
});

describe('shutdown drain', () => {
  beforeEach(() => resetLifecycleForTests());

  it('waits for an in-flight request and a running job, and reports draining meanwhile', async () => {
    requestStarted();
    let finishJob!: () => void;
    const job = trackJob('slow', () => new Promise<void>((resolve) => (finishJob = resolve)));
    let stopped = 0;
    const drained = drain({ timeoutMs: 5000, stopAccepting: () => stopped++ });
    expect(isDraining()).toBe(true);
    expect(stopped).toBe(1);
    let done = false;
    drained.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    requestFinished();
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    finishJob();
    await job;
    expect(await drained).toEqual({ requests: 0, jobs: 0 });
    expect(inFlight()).toEqual({ requests: 0, jobs: 0 });
  });

  it('gives up after the timeout and says what was still running', async () => {
    requestStarted();
    const logged: string[] = [];
    expect(await drain({ timeoutMs: 50, log: (m) => logged.push(m) })).toEqual({ requests: 1, jobs: 0 });
    expect(logged[0]).toMatch(/1 request\(s\) and 0 job\(s\) still running/);
  });
});

describe('log format', () => {
  it('writes one JSON object per line with LOG_FORMAT=json', () => {
    const transport: any = loggerSettings({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' }).transports[0];
    expect(transport.level).toBe('info');
    const out = transport.format.transform({ level: 'info', message: 'Звернення Ш-1/2026 зареєстровано', [Symbol.for('level')]: 'info', requestId: 7 });
    const line = out[MESSAGE];
    expect(line).not.toContain('\n');
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({ level: 'info', message: 'Звернення Ш-1/2026 зареєстровано', requestId: 7 });
    expect(new Date(parsed.timestamp).toString()).not.toBe('Invalid Date');
  });

  it('keeps readable lines otherwise', () => {
    const transport: any = loggerSettings({}).transports[0];
    expect(transport.level).toBe('http');
    const out = transport.format.transform({ level: 'info', message: 'hello', [Symbol.for('level')]: 'info' });
    expect(() => JSON.parse(out[MESSAGE])).toThrow();
    expect(out[MESSAGE]).toContain('hello');
  });
});
