import { isInTheFuture, validInstant } from '../action-moment';
import type { RuleViolation } from '../errors';
import { formatKyivDateTime } from '../terms';
import { isBlank, sameValue } from './values';
import { violation } from './violation';

/**
 * A recorded correction of a genuine typo in a frozen term field (issue 14 rule 2): once an item has left the open
 * states, its receipt, what its term is counted from and the moments of its answer, forwarding or return are a record;
 * the only way to change one is a correction by the head (or deputy) or the manager, with the old and the new value,
 * the reason, who and when. The correction is itself a record: it is never edited or deleted.
 */

export const CORRECTION_REGISTERS = ['appeal', 'information_request'] as const;
export type CorrectionRegister = (typeof CORRECTION_REGISTERS)[number];

/** The frozen fields a correction may change, per register, with their type and Ukrainian label. */
export const CORRECTABLE_FIELDS: Readonly<Record<CorrectionRegister, Readonly<Record<string, { type: 'datetime' | 'boolean'; label: string }>>>> = {
  appeal: {
    receivedAt: { type: 'datetime', label: 'Дата надходження' },
    needsAdditionalStudy: { type: 'boolean', label: 'Потребує додаткового вивчення' },
    answeredAt: { type: 'datetime', label: 'Дата відповіді' },
    forwardedAt: { type: 'datetime', label: 'Дата пересилання' },
    returnedAt: { type: 'datetime', label: 'Дата повернення автору' },
  },
  information_request: {
    receivedAt: { type: 'datetime', label: 'Дата надходження' },
    urgent: { type: 'boolean', label: 'Терміновий' },
    answeredAt: { type: 'datetime', label: 'Дата відповіді' },
    forwardedAt: { type: 'datetime', label: 'Дата направлення' },
  },
};

/** Every field any register may correct (the enumeration of the correction record). */
export const CORRECTION_FIELDS = ['receivedAt', 'needsAdditionalStudy', 'urgent', 'answeredAt', 'forwardedAt', 'returnedAt'] as const;
export const CORRECTION_FIELD_LABELS: Readonly<Record<(typeof CORRECTION_FIELDS)[number], string>> = {
  receivedAt: 'дата надходження',
  needsAdditionalStudy: 'потребує додаткового вивчення',
  urgent: 'терміновий запит',
  answeredAt: 'дата відповіді',
  forwardedAt: 'дата пересилання (направлення)',
  returnedAt: 'дата повернення автору',
};
export const CORRECTION_REGISTER_LABELS: Readonly<Record<CorrectionRegister, string>> = {
  appeal: 'звернення',
  information_request: 'запит на інформацію',
};

export interface CorrectionInput {
  register: unknown;
  field: unknown;
  /** the new value as read: a Date, a boolean, or null when it could not be read */
  newValue: unknown;
  reason: unknown;
  correctedById: unknown;
  /** whether the item is still open (then it is edited directly, not corrected) */
  itemOpen: boolean;
  oldValue: unknown;
  now: Date;
}

const WHY =
  'Після того як запис вийшов з розгляду, строк і дотримання строку зафіксовано; очевидну помилку виправляє лише ' +
  'керівник (заступник) або керуючий справами записаним виправленням: що, було, стало, чому, хто і коли.';

/** The first reason a correction cannot be made, or null. */
export function checkCorrection(input: CorrectionInput): RuleViolation | null {
  if (!(CORRECTION_REGISTERS as readonly unknown[]).includes(input.register)) {
    return violation('register', 'correction.register_unknown', 'Оберіть реєстр: звернення або запит на інформацію.');
  }
  const fields = CORRECTABLE_FIELDS[input.register as CorrectionRegister];
  const spec = typeof input.field === 'string' && Object.prototype.hasOwnProperty.call(fields, input.field) ? fields[input.field] : null;
  if (spec === null) {
    return violation('field', 'correction.field_not_correctable',
      `Виправленням змінюють лише зафіксовані поля строку: ${Object.values(fields).map((f) => `«${f.label}»`).join(', ')}.`);
  }
  if (isBlank(input.reason)) {
    return violation('reason', 'correction.reason_required', `Вкажіть, чому виправляється значення (яка помилка і звідки відомо правильне). ${WHY}`);
  }
  if (isBlank(input.correctedById)) {
    return violation('correctedBy', 'correction.corrected_by_required', `Вкажіть, хто виправляє: керівник (заступник) або керуючий справами. ${WHY}`);
  }
  if (input.itemOpen) {
    return violation('itemDocumentId', 'correction.item_open',
      'Запис ще розглядається: його строк ще не зафіксовано, тож значення змінюють у самому записі, без виправлення.');
  }
  if (spec.type === 'datetime') {
    const moment = validInstant(input.newValue);
    if (moment === null) return violation('newValue', 'correction.value_invalid', 'Нове значення має бути датою і часом (ISO 8601).');
    if (isInTheFuture(moment, input.now)) {
      return violation('newValue', 'correction.value_in_future', `Нове значення ${formatKyivDateTime(moment)} ще не настало: виправлення вносить фактичну дату.`);
    }
  } else if (typeof input.newValue !== 'boolean') {
    return violation('newValue', 'correction.value_invalid', 'Нове значення має бути «так» (true) або «ні» (false).');
  }
  if (sameValue(input.oldValue ?? null, input.newValue)) {
    return violation('newValue', 'correction.value_unchanged', 'Нове значення збігається з чинним: виправляти нічого.');
  }
  return null;
}

/** How a value is written in the correction record (old and new): an ISO instant, true/false, or empty. */
export function correctionValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
