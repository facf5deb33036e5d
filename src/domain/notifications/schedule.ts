import { addCalendarDays, addWorkingDays, endOfKyivDay, kyivDate, workingDaysBetween, type Calendar } from '../calendar';
import { MAX_REMINDER_OFFSET_WORKING_DAYS } from '../settings';

/**
 * Which open items get which reminder today, when an item counts as overdue for escalation, what a head's daily
 * digest covers, and how long a failed e-mail waits — as pure functions of explicit inputs (today's Kyiv date, the
 * calendar, the settings). The glue (src/jobs/notifications) turns the windows into one query per kind.
 */

export type ReminderKind = { kind: 'reminder'; workingDaysLeft: number } | { kind: 'due_today' };

/** Start of a Kyiv calendar date as an instant (the end of the day before, plus 1 ms). */
export function startOfKyivDay(isoDate: string): Date {
  return new Date(endOfKyivDay(addCalendarDays(isoDate, -1)).getTime() + 1);
}

/**
 * The due instants the reminder job looks at today: from now (an item already past due is escalated, not reminded)
 * to the end of the last day that is still `max(offsets)` working days away (days off after that working day count
 * as the same distance).
 */
export function reminderWindow(now: Date, offsets: readonly number[], cal: Calendar): { from: Date; to: Date } {
  const today = kyivDate(now);
  const furthest = furthestReminder(offsets);
  const lastDay = addCalendarDays(addWorkingDays(today, furthest + 1, cal), -1);
  return { from: now, to: endOfKyivDay(lastDay) };
}

/**
 * The reminder an item due at `dueAt` gets today: the due day itself (or a day off before it with no working day
 * left), or "N working days left" when N is one of the configured offsets. Null otherwise.
 */
export function reminderFor(dueAt: Date, now: Date, offsets: readonly number[], cal: Calendar): ReminderKind | null {
  if (dueAt.getTime() < now.getTime()) return null;
  const today = kyivDate(now);
  // Only distances up to the furthest reminder matter: never count further than that, however far the due date.
  const furthest = furthestReminder(offsets);
  const left = workingDaysBetween(today, kyivDate(dueAt), cal, furthest);
  if (left === 0) return { kind: 'due_today' };
  return left <= furthest && offsets.includes(left) ? { kind: 'reminder', workingDaysLeft: left } : null;
}

/**
 * The furthest reminder the jobs look ahead for. The settings are checked when written and normalized when read
 * (src/domain/settings.ts); bounding here as well keeps the reminder job's work independent of whatever number
 * reaches it.
 */
function furthestReminder(offsets: readonly number[]): number {
  let furthest = 0;
  for (const offset of offsets) {
    if (Number.isInteger(offset) && offset > furthest) furthest = Math.min(offset, MAX_REMINDER_OFFSET_WORKING_DAYS);
  }
  return furthest;
}

/** A head's digest covers every open item due by the end of the `workingDays`-th working day from today, overdue ones included. */
export function digestHorizon(now: Date, workingDays: number, cal: Calendar): Date {
  return endOfKyivDay(addWorkingDays(kyivDate(now), workingDays, cal));
}

export const DIGEST_WORKING_DAYS = 3;

/**
 * The idempotency key of a notification: what it is about, which kind, for which date (or other distinguishing
 * value) and to whom. A rerun, a restart or a second instance computes the same key and the database's unique
 * index turns the second insert into nothing.
 */
export function notificationKey(...parts: Array<string | number>): string {
  return parts.map((p) => String(p).replace(/[:\s]+/g, '_')).join(':').slice(0, 255);
}

/** Distinct e-mail addresses, in order, case-insensitively; blanks dropped. */
export function distinctRecipients(emails: ReadonlyArray<string | null | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const email of emails) {
    const trimmed = email?.trim();
    if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    out.push(trimmed);
  }
  return out;
}

export interface RetryPolicy {
  baseSeconds: number;
  maxAttempts: number;
  capSeconds: number;
}

/**
 * After the `attempts`-th failed send: wait base·2^(attempts−1) seconds (capped), or give up after `maxAttempts`
 * so staff see the error in the panel and retry by hand.
 */
export function afterFailedAttempt(attempts: number, now: Date, policy: RetryPolicy): { state: 'pending'; nextAttemptAt: Date } | { state: 'failed' } {
  if (attempts >= policy.maxAttempts) return { state: 'failed' };
  const delay = Math.min(policy.capSeconds, policy.baseSeconds * 2 ** Math.max(0, attempts - 1));
  return { state: 'pending', nextAttemptAt: new Date(now.getTime() + delay * 1000) };
}

/**
 * Privileged applicants (Law 393/96-ВР Art. 20, first in order) are reminded earlier: besides the configured offsets,
 * each offset `lead` working days further ahead (bounded like every offset). Distinct, largest first.
 */
export function reminderOffsetsFor(offsets: readonly number[], privileged: boolean, lead: number): number[] {
  const all = privileged ? [...offsets, ...offsets.map((o) => Math.min(o + lead, MAX_REMINDER_OFFSET_WORKING_DAYS))] : [...offsets];
  return [...new Set(all)].sort((a, b) => b - a);
}

/** Reminders run on the internal control date when there is one; lateness and escalation on the statutory term. */
export function controlInstant(dueAt: Date, controlDueAt: Date | null | undefined): Date {
  return controlDueAt instanceof Date && !Number.isNaN(controlDueAt.getTime()) ? controlDueAt : dueAt;
}

/**
 * Law 393/96-ВР Art. 20: «Звернення громадян, які мають установлені законодавством пільги, розглядаються у
 * першочерговому порядку» — in a list a head reads (the daily digest) privileged appeals come first; within each
 * group the order given (by term) is kept.
 */
export function priorityFirst<T extends { priority?: boolean }>(lines: readonly T[]): T[] {
  return [...lines.filter((line) => line.priority === true), ...lines.filter((line) => line.priority !== true)];
}
