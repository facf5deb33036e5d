import type { RuleViolation } from './errors';
import { formatKyivDateTime } from './terms';

/** Clock tolerance: a moment a few minutes ahead of the server is a skewed clock, not a date in the future. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export function isInTheFuture(instant: Date, now: Date): boolean {
  return instant.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

/** A usable instant, or null for a missing or invalid one. */
export function validInstant(value: unknown): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

export interface ActionMoment {
  field: string;
  /** the moment as given (null/undefined: not given, it defaults to now elsewhere) */
  value: unknown;
  receivedAt: unknown;
  now: Date;
  /** in the genitive, e.g. «надання відповіді» */
  action: string;
  /** the statute the term comes from, e.g. «ст. 7, 20 Закону України «Про звернення громадян»» */
  statute: string;
  /** how the receipt is named in the message, e.g. «надходження запиту» */
  receipt?: string;
}

/**
 * When something was done (answered, forwarded, the requester told) decides whether a term was kept, so the date must
 * be a real instant, not in the future, and not before the item was received. One rule for every register.
 */
export function checkActionMoment(m: ActionMoment): RuleViolation | null {
  if (m.value === null || m.value === undefined) return null;
  const moment = validInstant(m.value);
  if (moment === null) {
    return { field: m.field, rule: `${m.field}.invalid`, message: `Дату ${m.action} не розпізнано. Оберіть дату і час у календарі.` };
  }
  if (isInTheFuture(moment, m.now)) {
    return {
      field: m.field,
      rule: `${m.field}.in_future`,
      message: `Дата ${m.action} ${formatKyivDateTime(moment)} ще не настала. Вкажіть фактичну дату — від неї залежить, чи дотримано строк (${m.statute}).`,
    };
  }
  const receivedAt = validInstant(m.receivedAt);
  if (receivedAt !== null && moment.getTime() < receivedAt.getTime()) {
    return {
      field: m.field,
      rule: `${m.field}.before_receipt`,
      message: `Дата ${m.action} ${formatKyivDateTime(moment)} раніша за дату ${m.receipt ?? 'надходження'} ${formatKyivDateTime(receivedAt)}. Перевірте обидві дати.`,
    };
  }
  return null;
}
