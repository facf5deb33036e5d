import { endOfKyivDay, isIsoDate, kyivDate } from '../calendar';
import { RuleViolation } from '../errors';
import { formatIsoDate } from '../terms';
import { AppealChange, isBlank, sameValue, touched, validInstant } from './change';
import { AppealDeadlineSettings, appealDueAt, appealExtensionLimit } from './deadlines';
import { APPEAL_STATE_LABELS, AppealState, isOpenAppealState } from './states';

/**
 * The due instant of an appeal and its extension (Law 393/96-ВР Art. 20): one month from receipt,
 * or 15 days when no additional study is needed; the head may extend it, the applicant is told, and
 * the total may not exceed 45 days. `dueAt` is always computed here — a value typed into the patch is
 * replaced — so the admin panel, REST, GraphQL and imports all get the same term.
 */

const LAW = 'Закону «Про звернення громадян»';

export interface TermOutcome {
  /** The due instant after the change (null only for a legacy record without a receipt date). */
  dueAt: Date | null;
  /** Whether `dueAt` must be written. */
  setDueAt: boolean;
  /** The due instant moved: facts recorded against it (answeredLate) must be recomputed. */
  dueMoved: boolean;
  /** A new extension: the applicant must be notified of the new term (Art. 20). */
  extensionNoticeRequired: boolean;
}

export function resolveAppealTerm(change: AppealChange, stateAfter: AppealState): TermOutcome | RuleViolation {
  const { before, after, settings } = change;
  const cleared = checkExtensionNotCleared(change);
  if (cleared) return cleared;

  const receivedAt = validInstant(after.receivedAt);
  const persistedDue = validInstant(before?.dueAt);
  if (receivedAt === null) {
    return { dueAt: persistedDue, setDueAt: false, dueMoved: false, extensionNoticeRequired: false };
  }
  const baseChanged = change.isCreate || touched(change, 'receivedAt', 'needsAdditionalStudy');
  const base = appealDueAt(receivedAt, after.needsAdditionalStudy !== false, settings);

  if (touched(change, 'extendedUntil')) {
    const currentDue = baseChanged || persistedDue === null ? base : persistedDue;
    const refusal =
      checkExtensionAllowed(change, stateAfter) ??
      checkExtensionFits(after.extendedUntil, kyivDate(currentDue), receivedAt, settings);
    if (refusal) return refusal;
    return moved(endOfKyivDay(after.extendedUntil as string), persistedDue, true);
  }

  if (baseChanged || persistedDue === null) {
    if (isBlank(after.extendedUntil)) return moved(base, persistedDue, false);
    // An extension in force survives a corrected receipt date only if it still fits the new bounds.
    const refusal = checkExtensionFits(after.extendedUntil, kyivDate(base), receivedAt, settings);
    if (refusal) return refusal;
    return moved(endOfKyivDay(after.extendedUntil as string), persistedDue, false);
  }

  return {
    dueAt: persistedDue,
    setDueAt: change.patch.dueAt !== undefined, // overwrite a hand-typed value with the persisted one
    dueMoved: false,
    extensionNoticeRequired: false,
  };
}

function moved(dueAt: Date, persistedDue: Date | null, extensionNoticeRequired: boolean): TermOutcome {
  return { dueAt, setDueAt: true, dueMoved: !sameValue(dueAt, persistedDue), extensionNoticeRequired };
}

/** The applicant has been told of the extended term (Art. 20); silently withdrawing it would mislead them. */
function checkExtensionNotCleared(change: AppealChange): RuleViolation | null {
  const { before, patch } = change;
  if (patch.extendedUntil === undefined || !isBlank(patch.extendedUntil) || isBlank(before?.extendedUntil)) return null;
  return {
    field: 'extendedUntil',
    rule: 'extension.cannot_clear',
    message:
      `Строк розгляду вже продовжено до ${formatIsoDate(before?.extendedUntil as string)}, і заявника про це ` +
      `повідомлено (ст. 20 ${LAW}); скасувати продовження не можна. Якщо відповідь готова раніше — просто надайте її.`,
  };
}

/** Art. 20: the head (or deputy) extends the term, with reasons, while the appeal is still being considered. */
function checkExtensionAllowed(change: AppealChange, stateAfter: AppealState): RuleViolation | null {
  const stateBefore = change.before?.workflowState ?? 'registered';
  const closedState = [stateBefore, stateAfter].find((s) => !isOpenAppealState(s));
  if (closedState !== undefined) {
    return {
      field: 'extendedUntil',
      rule: 'extension.state_not_open',
      message:
        `Продовжити строк можна лише для звернення, яке ще розглядається; стан звернення — ` +
        `«${APPEAL_STATE_LABELS[closedState] ?? closedState}» (ст. 20 ${LAW}).`,
    };
  }
  if (isBlank(change.after.extensionReason)) {
    return {
      field: 'extensionReason',
      rule: 'extension.reason_required',
      message: `Строк розгляду продовжують лише з обґрунтуванням (ст. 20 ${LAW}). Вкажіть причину продовження.`,
    };
  }
  if (isBlank(change.after.extensionApprovedById)) {
    return {
      field: 'extensionApprovedById',
      rule: 'extension.approver_required',
      message:
        `Строк розгляду продовжує керівник органу або його заступник (ст. 20 ${LAW}). ` +
        'Вкажіть, хто погодив продовження.',
    };
  }
  return null;
}

/** The extension may not shorten the current term, and the total may not exceed 45 days (Art. 20). */
function checkExtensionFits(
  extendedUntil: unknown,
  currentDueDate: string,
  receivedAt: Date,
  s: AppealDeadlineSettings,
): RuleViolation | null {
  if (!isIsoDate(extendedUntil)) {
    return {
      field: 'extendedUntil',
      rule: 'extension.invalid_date',
      message: `Дату, до якої продовжено строк, не розпізнано. Оберіть дату в календарі (ст. 20 ${LAW}).`,
    };
  }
  if (extendedUntil < currentDueDate) {
    return {
      field: 'extendedUntil',
      rule: 'extension.before_current_due',
      message:
        `Продовжений строк не може бути коротшим за чинний: строк розгляду спливає ${formatIsoDate(currentDueDate)} ` +
        `(ст. 20 ${LAW}). Оберіть дату не раніше ${formatIsoDate(currentDueDate)}.`,
    };
  }
  const limitDate = kyivDate(appealExtensionLimit(receivedAt, s));
  if (extendedUntil > limitDate) {
    return {
      field: 'extendedUntil',
      rule: 'extension.over_45_days',
      message:
        `Продовження строку понад 45 днів заборонено (ст. 20 ${LAW}). ` +
        `Оберіть дату не пізніше ${formatIsoDate(limitDate)}.`,
    };
  }
  return null;
}
