import { readinessDecision, runProbe } from '../../../src/domain/operations/readiness';
import { checkReadiness } from '../../../src/operations/readiness';

describe('readiness', () => {
  it('is ready only when the database answers and the instance is not shutting down', () => {
    expect(readinessDecision({ draining: false, database: 'ok' })).toEqual({ ready: true, httpStatus: 200, reason: 'ready' });
    expect(readinessDecision({ draining: false, database: 'failed' })).toEqual({ ready: false, httpStatus: 503, reason: 'database-unreachable' });
    expect(readinessDecision({ draining: false, database: 'timeout' })).toEqual({ ready: false, httpStatus: 503, reason: 'database-timeout' });
    expect(readinessDecision({ draining: true, database: 'ok' })).toEqual({ ready: false, httpStatus: 503, reason: 'draining' });
  });

  it('answers 503 when the probe fails (connection refused)', async () => {
    const refused = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(await checkReadiness(refused, { timeoutMs: 1000, draining: false })).toMatchObject({ httpStatus: 503, reason: 'database-unreachable' });
  });

  it('answers 503 within the timeout when the probe hangs', async () => {
    let settled = false;
    const hung = () => new Promise<void>(() => undefined);
    const decision = checkReadiness(hung, { timeoutMs: 50, draining: false }).then((d) => {
      settled = true;
      return d;
    });
    expect(await decision).toMatchObject({ httpStatus: 503, reason: 'database-timeout' });
    expect(settled).toBe(true);
  });

  it('answers 200 when the probe succeeds, and does not ask the database while draining', async () => {
    let asked = 0;
    const probe = async () => {
      asked++;
      return [{ '?column?': 1 }];
    };
    expect(await checkReadiness(probe, { timeoutMs: 1000, draining: false })).toMatchObject({ httpStatus: 200, ready: true });
    expect(await checkReadiness(probe, { timeoutMs: 1000, draining: true })).toMatchObject({ httpStatus: 503, reason: 'draining' });
    expect(asked).toBe(1);
  });

  it('a probe that fails after the timeout counts as a timeout, not as a crash', async () => {
    const late = () => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 100));
    expect(await runProbe(late, 20)).toBe('timeout');
  });
});
