/**
 * Aggregate figures as the public sees them: a value, its Ukrainian label and a count. Values that the vocabulary
 * does not know (or a missing value) are kept, labelled as such, so totals always add up.
 */
export interface StatisticsBucket {
  key: string;
  label: string;
  count: number;
}

export const UNSPECIFIED_KEY = 'unspecified';
export const UNSPECIFIED_LABEL = 'не зазначено';

export function toBuckets(rows: Array<{ key: unknown; count: unknown; label?: unknown }>, labels: Readonly<Record<string, string>> = {}): StatisticsBucket[] {
  const merged = new Map<string, StatisticsBucket>();
  for (const row of rows) {
    const key = row.key === null || row.key === undefined || row.key === '' ? UNSPECIFIED_KEY : String(row.key);
    const label = key === UNSPECIFIED_KEY ? UNSPECIFIED_LABEL : typeof row.label === 'string' && row.label ? row.label : labels[key] ?? key;
    const existing = merged.get(key);
    const count = Number(row.count) || 0;
    if (existing) existing.count += count;
    else merged.set(key, { key, label, count });
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Share of answered items answered on time, rounded to a tenth of a percent; null when nothing was answered. */
export function onTimeShare(answered: number, answeredOnTime: number): number | null {
  if (answered <= 0) return null;
  return Math.round((answeredOnTime / answered) * 1000) / 10;
}
