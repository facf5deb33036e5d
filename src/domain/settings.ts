import { CalendarDay } from './calendar';
import { APPEAL_EXTENSION_LIMIT_DAYS } from './appeal/deadlines';
import { checkCouncilPersonalRules, councilPersonalRules } from './appeal/council-personal-rules';
import type { CouncilPersonalRule } from './appeal/council-rule';
import type { RuleViolation } from './errors';
import { NON_WORKING_DAY_RULES, NonWorkingDayRule, TermSettings } from './terms';

/** The deadline settings as an admin edits them (a Strapi single type): loosely typed, possibly empty. */
export interface DeadlineSettingsInput {
  martialLaw?: boolean | null;
  nonWorkingDayRule?: string | null;
  reminderOffsets?: unknown;
  /** Art. 23-1 of Law 393/96-ВР: the signatures an e-petition needs, as the community statute sets them. */
  ePetitionSignatureThreshold?: unknown;
  /** Art. 20 and the council's rules: categories the first head considers personally by the council's act. */
  personalConsiderationRules?: unknown;
}

export type NormalizedDeadlineSettings = TermSettings & {
  reminderOffsetsWorkingDays: number[];
  /** undefined when the council has not set it (the community statute sets it; there is no default). */
  ePetitionSignatureThreshold?: number;
  /** The council's own rules on personal consideration by the first head (none unless the council adds them). */
  personalConsiderationRules: CouncilPersonalRule[];
};

// Martial law has been in force since 24.02.2022 and is extended by decree; defaulting to it keeps
// public holidays working days (Law 2136-IX Art. 6(6)) until an admin says otherwise.
const DEFAULT_MARTIAL_LAW = true;
// Civil Code Art. 254(5).
const DEFAULT_RULE: NonWorkingDayRule = 'next';
// Remind the executor 3 and 1 working days before the due date.
const DEFAULT_REMINDER_OFFSETS = [3, 1];

/**
 * The furthest reminder that can ever fire. No term in either register is longer than 45 calendar days (an appeal
 * extended under Art. 20 of Law 393/96-ВР; an information request is at most 20 working days), and 45 consecutive
 * days hold at most 6 whole weeks (30 working days) and 3 more days: 33 working days. A larger offset names a day
 * before the item existed, and would only make the reminder job count further ahead.
 */
export const MAX_REMINDER_OFFSET_WORKING_DAYS =
  Math.floor(APPEAL_EXTENSION_LIMIT_DAYS / 7) * 5 + Math.min(APPEAL_EXTENSION_LIMIT_DAYS % 7, 5);

/** A few reminders per item: more would be noise to the executor. */
export const MAX_REMINDER_OFFSETS = 5;

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
    ePetitionSignatureThreshold: signatureThreshold(input?.ePetitionSignatureThreshold) ?? undefined,
    personalConsiderationRules: councilPersonalRules(input?.personalConsiderationRules),
  };
}

/**
 * What the jobs use, whatever the database holds (a value stored before the settings were checked, or written
 * around the Document Service): the lawful offsets among `[3, 1]`, `["3", "1"]` or `"3, 1"`, distinct, largest
 * first, at most MAX_REMINDER_OFFSETS of them (those nearest the due date). Nothing usable → the default.
 */
function normalizeReminderOffsets(raw: unknown): number[] {
  const offsets = offsetItems(raw)
    .slice(0, 100)
    .map(toOffset)
    .filter((n): n is number => n !== null && n <= MAX_REMINDER_OFFSET_WORKING_DAYS);
  const distinct = [...new Set(offsets)].sort((a, b) => b - a).slice(-MAX_REMINDER_OFFSETS);
  return distinct.length > 0 ? distinct : [...DEFAULT_REMINDER_OFFSETS];
}

function offsetItems(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') return raw.trim() === '' ? [] : raw.trim().split(/[,;\s]+/);
  return [];
}

/** A non-negative integer from a number or a string of digits; null for anything else. */
function toOffset(item: unknown): number | null {
  const n = typeof item === 'string' && /^\s*\d+\s*$/.test(item) ? Number(item) : item;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** A positive whole number of signatures; null for blank or anything else. */
function signatureThreshold(raw: unknown): number | null {
  const n = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

export type DeadlineSettingsCheck =
  | {
      ok: true;
      data: {
        martialLaw?: boolean;
        nonWorkingDayRule?: NonWorkingDayRule;
        reminderOffsets?: number[] | null;
        ePetitionSignatureThreshold?: number | null;
        personalConsiderationRules?: Array<Record<string, unknown>>;
      };
    }
  | { ok: false; violation: RuleViolation };

/**
 * The check of a write to the deadline settings: only the fields present are looked at, and each comes back in its
 * stored form (reminder offsets as distinct integers, largest first; blank → null, which means the default [3, 1]).
 * A value a job could not use lawfully is refused rather than quietly replaced.
 */
export function checkDeadlineSettings(data: Record<string, unknown>): DeadlineSettingsCheck {
  const out: Extract<DeadlineSettingsCheck, { ok: true }>['data'] = {};
  if ('martialLaw' in data) {
    if (typeof data.martialLaw !== 'boolean') {
      return refused('martialLaw', 'settings.martial_law', 'Поле «Воєнний стан» має бути так або ні (true/false).');
    }
    out.martialLaw = data.martialLaw;
  }
  if ('nonWorkingDayRule' in data) {
    const rule = data.nonWorkingDayRule;
    if (typeof rule !== 'string' || !(NON_WORKING_DAY_RULES as readonly string[]).includes(rule)) {
      return refused(
        'nonWorkingDayRule', 'settings.non_working_day_rule',
        `Правило неробочого дня має бути одним із: ${NON_WORKING_DAY_RULES.join(', ')} (ч. 5 ст. 254 Цивільного кодексу України).`,
      );
    }
    out.nonWorkingDayRule = rule as NonWorkingDayRule;
  }
  if ('reminderOffsets' in data) {
    const checked = checkReminderOffsets(data.reminderOffsets);
    if (!checked.ok) return checked;
    out.reminderOffsets = checked.offsets;
  }
  if ('ePetitionSignatureThreshold' in data) {
    const raw = data.ePetitionSignatureThreshold;
    const blank = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
    const threshold = signatureThreshold(raw);
    if (!blank && threshold === null) {
      return refused(
        'ePetitionSignatureThreshold', 'settings.e_petition_threshold',
        'Кількість підписів на підтримку електронної петиції — ціле додатне число, як його встановлює статут ' +
          'територіальної громади (ст. 23-1 Закону України «Про звернення громадян»).',
      );
    }
    out.ePetitionSignatureThreshold = threshold;
  }
  if ('personalConsiderationRules' in data) {
    const checked = checkCouncilPersonalRules(data.personalConsiderationRules);
    if (!checked.ok) return checked;
    out.personalConsiderationRules = checked.rules;
  }
  return { ok: true, data: out };
}

const OFFSETS_EXAMPLE = 'наприклад [3, 1]';

export function checkReminderOffsets(raw: unknown): { ok: true; offsets: number[] | null } | { ok: false; violation: RuleViolation } {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, offsets: null };
  if (!Array.isArray(raw) && typeof raw !== 'string') {
    return refused('reminderOffsets', 'settings.reminder_offsets.type', `Нагадування задаються списком цілих чисел робочих днів до строку, ${OFFSETS_EXAMPLE}.`);
  }
  const items = offsetItems(raw);
  if (items.length === 0) return { ok: true, offsets: null };
  if (items.length > MAX_REMINDER_OFFSETS) {
    return refused(
      'reminderOffsets', 'settings.reminder_offsets.too_many',
      `Нагадувань може бути не більше ${MAX_REMINDER_OFFSETS}, а вказано ${items.length}: залиште найпотрібніші, ${OFFSETS_EXAMPLE}.`,
    );
  }
  const offsets: number[] = [];
  for (const item of items) {
    const n = toOffset(item);
    if (n === null) {
      const shown = typeof item === 'string' ? item.slice(0, 40) : JSON.stringify(item)?.slice(0, 40) ?? String(item);
      return refused(
        'reminderOffsets', 'settings.reminder_offsets.not_integer',
        `Нагадування «${shown}» — не ціле невід'ємне число робочих днів до строку; ${OFFSETS_EXAMPLE}.`,
      );
    }
    if (n > MAX_REMINDER_OFFSET_WORKING_DAYS) {
      return refused(
        'reminderOffsets', 'settings.reminder_offsets.out_of_range',
        `Нагадування за ${workingDays(n)} до строку ніколи не надійде: найдовший строк — ${APPEAL_EXTENSION_LIMIT_DAYS} днів ` +
          `(ст. 20 Закону України «Про звернення громадян»), тобто не більше ${MAX_REMINDER_OFFSET_WORKING_DAYS} робочих днів. ` +
          `Допустимо від 0 до ${MAX_REMINDER_OFFSET_WORKING_DAYS}.`,
      );
    }
    if (offsets.includes(n)) {
      return refused('reminderOffsets', 'settings.reminder_offsets.duplicate', `Нагадування за ${workingDays(n)} до строку вказано двічі: залиште одне.`);
    }
    offsets.push(n);
  }
  return { ok: true, offsets: offsets.sort((a, b) => b - a) };
}

function refused(field: string, rule: string, message: string): { ok: false; violation: RuleViolation } {
  return { ok: false, violation: { field, rule, message } };
}

/** 1 робочий день, 2–4 робочі дні, 5+ робочих днів. */
function workingDays(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} робочий день`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} робочі дні`;
  return `${n} робочих днів`;
}
