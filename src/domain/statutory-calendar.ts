import { isIsoDate, type DayKind } from './calendar';

/** A day of the statutory calendar as the database holds it (Labour Code Art. 73 holidays, with their names). */
export interface StatutoryCalendarDay {
  /** YYYY-MM-DD */
  date: string;
  kind: DayKind;
  title: string;
}

/**
 * Which statutory calendar days a database still lacks (Labour Code Art. 73; Civil Code Art. 254(5) needs them to
 * move a term off a non-working day). A date the calendar already holds is never touched, whatever its kind or title:
 * the manager's entry stands (e.g. a holiday a manager recorded as a transferred working day). Only missing dates are
 * inserted, each once even if the list names it twice, in date order. Invalid dates are left out.
 */
export function statutoryDaysToInsert(
  statutory: readonly StatutoryCalendarDay[],
  existingDates: Iterable<string | null | undefined>,
): StatutoryCalendarDay[] {
  const present = new Set<string>();
  for (const date of existingDates) if (typeof date === 'string') present.add(date);
  const missing: StatutoryCalendarDay[] = [];
  for (const day of statutory) {
    if (!isIsoDate(day.date) || present.has(day.date)) continue;
    present.add(day.date);
    missing.push({ date: day.date, kind: day.kind, title: day.title });
  }
  return missing.sort((a, b) => a.date.localeCompare(b.date));
}
