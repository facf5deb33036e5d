import { checkMonitoringReport, MonitoringReportSnapshot } from '../../../../src/domain/communications/monitoring-rules';

const report = (overrides: Partial<MonitoringReportSnapshot> = {}): MonitoringReportSnapshot => ({
  periodFrom: '2026-10-01',
  periodTo: '2026-10-31',
  positiveMentions: 12,
  neutralMentions: 40,
  negativeMentions: 0,
  ...overrides,
});

describe('opinion monitoring report', () => {
  it('accepts a month and a one-day period with zero or missing counts', () => {
    expect(checkMonitoringReport(report())).toBeNull();
    expect(checkMonitoringReport(report({ periodTo: '2026-10-01', positiveMentions: null }))).toBeNull();
  });

  it('refuses a reversed period, naming both dates', () => {
    expect(checkMonitoringReport(report({ periodFrom: '2026-11-01' }))).toEqual({
      field: 'periodTo',
      rule: 'monitoring.period_reversed',
      message: 'Кінець періоду моніторингу 31.10.2026 раніший за його початок 01.11.2026. Виправте період звіту.',
    });
  });

  it('refuses a missing period and negative or fractional counts', () => {
    expect(checkMonitoringReport(report({ periodFrom: null }))?.rule).toBe('monitoring.period_from_required');
    expect(checkMonitoringReport(report({ periodTo: null }))?.rule).toBe('monitoring.period_to_required');
    expect(checkMonitoringReport(report({ negativeMentions: -1 }))).toMatchObject({ field: 'negativeMentions', rule: 'monitoring.count_invalid' });
    expect(checkMonitoringReport(report({ neutralMentions: 2.5 }))?.message).toBe('Кількість нейтральних згадок має бути цілим невід’ємним числом, отримано «2.5».');
  });
});
