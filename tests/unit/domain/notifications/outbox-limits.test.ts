import { outboxLimits, sweepPartitions } from '../../../../src/domain/notifications/outbox-limits';

describe('outboxLimits: the outbox settings, bounded', () => {
  it('defaults: a 300 s lease, batches of 25, at most 500 messages a run, a send given up after 120 s', () => {
    expect(outboxLimits({})).toEqual({
      leaseSeconds: 300,
      batchSize: 25,
      maxPerRun: 500,
      sendTimeoutMs: 120_000,
      retry: { baseSeconds: 60, maxAttempts: 8, capSeconds: 21_600 },
    });
  });

  it('takes lawful values from the environment, and a send always ends within half its lease', () => {
    expect(outboxLimits({ NOTIFY_LEASE_SECONDS: '30', NOTIFY_RETRY_BASE_SECONDS: '5', NOTIFY_MAX_ATTEMPTS: '3' })).toEqual({
      leaseSeconds: 30,
      batchSize: 25,
      maxPerRun: 500,
      sendTimeoutMs: 15_000,
      retry: { baseSeconds: 5, maxAttempts: 3, capSeconds: 21_600 },
    });
  });

  it('clamps values beyond the bounds and ignores what is not a whole number', () => {
    const huge = outboxLimits({ NOTIFY_LEASE_SECONDS: '1000000000', NOTIFY_RETRY_BASE_SECONDS: '1e12', NOTIFY_MAX_ATTEMPTS: '1000000' });
    expect([huge.leaseSeconds, huge.retry.baseSeconds, huge.retry.maxAttempts, huge.sendTimeoutMs]).toEqual([3600, 60, 20, 120_000]);
    const tiny = outboxLimits({ NOTIFY_LEASE_SECONDS: '0', NOTIFY_RETRY_BASE_SECONDS: '0', NOTIFY_MAX_ATTEMPTS: '0' });
    expect([tiny.leaseSeconds, tiny.retry.baseSeconds, tiny.retry.maxAttempts, tiny.sendTimeoutMs]).toEqual([30, 1, 1, 15_000]);
    const junk = outboxLimits({ NOTIFY_LEASE_SECONDS: 'soon', NOTIFY_RETRY_BASE_SECONDS: '-5', NOTIFY_MAX_ATTEMPTS: '2.5' });
    expect([junk.leaseSeconds, junk.retry.baseSeconds, junk.retry.maxAttempts]).toEqual([300, 60, 8]);
  });

  it('lets a caller choose a run’s size and a short lease, within the upper bounds', () => {
    expect(outboxLimits({}, { batchSize: 10, maxPerRun: 35, leaseSeconds: 3 })).toMatchObject({ batchSize: 10, maxPerRun: 35, leaseSeconds: 3, sendTimeoutMs: 1500 });
    expect(outboxLimits({}, { batchSize: 10_000, maxPerRun: 1e9, leaseSeconds: 1e9 })).toMatchObject({ batchSize: 100, maxPerRun: 500, leaseSeconds: 3600 });
    expect(outboxLimits({}, { batchSize: 0, maxPerRun: -1, leaseSeconds: 0 })).toMatchObject({ batchSize: 1, maxPerRun: 1, leaseSeconds: 1 });
  });
});

describe('sweepPartitions: the reminder sweep\'s parts on PostgreSQL, bounded', () => {
  it('two by default, a lawful value as given, beyond the bounds the bound, not a whole number the default', () => {
    expect(sweepPartitions({})).toBe(2);
    expect(sweepPartitions({ NOTIFY_SWEEP_PARTITIONS: '1' })).toBe(1);
    expect(sweepPartitions({ NOTIFY_SWEEP_PARTITIONS: ' 4 ' })).toBe(4);
    expect(sweepPartitions({ NOTIFY_SWEEP_PARTITIONS: '0' })).toBe(1);
    expect(sweepPartitions({ NOTIFY_SWEEP_PARTITIONS: '64' })).toBe(8);
    expect(sweepPartitions({ NOTIFY_SWEEP_PARTITIONS: 'many' })).toBe(2);
    expect(sweepPartitions({ NOTIFY_SWEEP_PARTITIONS: '1.5' })).toBe(2);
  });
});
