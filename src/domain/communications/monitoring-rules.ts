import { isIsoDate } from '../calendar';
import type { RuleViolation } from '../errors';
import { formatIsoDate } from '../terms';

/**
 * A report on monitoring public opinion goes to management (Regulation of the public relations sector, 3.1): it
 * covers a real period, and its mention counts are whole numbers that cannot be negative.
 */

export interface MonitoringReportSnapshot {
  /** YYYY-MM-DD, Kyiv calendar dates, inclusive */
  periodFrom: string | null;
  periodTo: string | null;
  positiveMentions: number | null;
  neutralMentions: number | null;
  negativeMentions: number | null;
}

const COUNT_LABELS = {
  positiveMentions: 'позитивних',
  neutralMentions: 'нейтральних',
  negativeMentions: 'негативних',
} as const;

export function checkMonitoringReport(r: MonitoringReportSnapshot): RuleViolation | null {
  if (!isIsoDate(r.periodFrom)) {
    return { field: 'periodFrom', rule: 'monitoring.period_from_required', message: 'Вкажіть початок періоду моніторингу.' };
  }
  if (!isIsoDate(r.periodTo)) {
    return { field: 'periodTo', rule: 'monitoring.period_to_required', message: 'Вкажіть кінець періоду моніторингу.' };
  }
  if (r.periodTo < r.periodFrom) {
    return {
      field: 'periodTo',
      rule: 'monitoring.period_reversed',
      message:
        `Кінець періоду моніторингу ${formatIsoDate(r.periodTo)} раніший за його початок ${formatIsoDate(r.periodFrom)}. ` +
        'Виправте період звіту.',
    };
  }
  for (const field of Object.keys(COUNT_LABELS) as Array<keyof typeof COUNT_LABELS>) {
    const value = r[field];
    if (value !== null && value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      return {
        field,
        rule: 'monitoring.count_invalid',
        message: `Кількість ${COUNT_LABELS[field]} згадок має бути цілим невід’ємним числом, отримано «${String(value)}».`,
      };
    }
  }
  return null;
}
