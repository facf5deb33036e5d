import { CalendarDay } from './calendar';
import { NON_WORKING_DAY_RULES, NonWorkingDayRule, TermSettings } from './terms';

/** The deadline settings as an admin edits them (a Strapi single type): loosely typed, possibly empty. */
export interface DeadlineSettingsInput {
  martialLaw?: boolean | null;
  nonWorkingDayRule?: string | null;
  reminderOffsets?: unknown;
}

export type NormalizedDeadlineSettings = TermSettings & { reminderOffsetsWorkingDays: number[] };

// Martial law has been in force since 24.02.2022 and is extended by decree; defaulting to it keeps
// public holidays working days (Law 2136-IX Art. 6(6)) until an admin says otherwise.
const DEFAULT_MARTIAL_LAW = true;
// Civil Code Art. 254(5).
const DEFAULT_RULE: NonWorkingDayRule = 'next';
// Remind the executor 3 and 1 working days before the due date.
const DEFAULT_REMINDER_OFFSETS = [3, 1];

export function normalizeDeadlineSettings(
  input: DeadlineSettingsInput | null | undefined,
  days: CalendarDay[],
): NormalizedDeadlineSettings {
  const martialLaw = typeof input?.martialLaw === 'boolean' ? input.martialLaw : DEFAULT_MARTIAL_LAW;
  const rule = input?.nonWorkingDayRule;
  const nonWorkingDayRule = (NON_WORKING_DAY_RULES as readonly string[]).includes(rule ?? '')
    ? (rule as NonWorkingDayRule)
    : DEFAULT_RULE;
  return {
    calendar: { martialLaw, days: days.map((d) => ({ date: d.date, kind: d.kind })) },
    nonWorkingDayRule,
    reminderOffsetsWorkingDays: normalizeReminderOffsets(input?.reminderOffsets),
  };
}

/**
 * Accepts what an admin form or a JSON field may hold — `[3, 1]`, `["3", "1"]`, `"3, 1"` — and
 * returns distinct non-negative integers, largest first. Nothing usable → the default.
 */
function normalizeReminderOffsets(raw: unknown): number[] {
  const items: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,;\s]+/) : [];
  const offsets = items
    .map((item) => (typeof item === 'string' && item.trim() !== '' ? Number(item) : item))
    .filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0);
  const distinct = [...new Set(offsets)].sort((a, b) => b - a);
  return distinct.length > 0 ? distinct : [...DEFAULT_REMINDER_OFFSETS];
}
