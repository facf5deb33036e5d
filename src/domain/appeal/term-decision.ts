import { checkActionMoment, validInstant } from '../action-moment';
import { isIsoDate, kyivDate } from '../calendar';
import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import type { TermLaw } from '../register/term';
import { isBlank } from '../register/values';
import { endOfTermDay, formatIsoDate, formatKyivDateTime, statutoryTermSettings } from '../terms';
import { AppealDeadlineSettings, appealControlDueAt, appealDueAt, appealExtensionLimit } from './deadlines';
import { PETITION_TERM_FIELDS, petitionDueAt } from './e-petition';
import type { AppealChange, AppealSnapshot } from './snapshot';
import { APPEAL_STATE_LABELS, AppealState, isOpenAppealState } from './states';
import { LAW } from './vocabulary';

/**
 * The term of an appeal and its extension (Law 393/96-ВР Art. 20): one month from receipt, or 15 days when no
 * additional study is needed; the head may extend it, the applicant is told, and the total may not exceed 45 days.
 * The steps every register shares are in src/domain/register/term.ts.
 */
export const APPEAL_TERM: TermLaw<AppealSnapshot, AppealState, AppealDeadlineSettings> = {
  // Art. 23-1: a petition that collected its signatures — 10 working days from the publication of its consideration.
  baseFields: ['needsAdditionalStudy', 'shortenedUntil', ...PETITION_TERM_FIELDS],
  // Art. 20 ч. 2: a term shortened on the applicant's demand replaces the statutory one (checkShortenedTerm).
  baseDue: (receivedAt, after, settings) =>
    petitionDueAt(after, settings, settings.calendar) ??
    (isBlank(after.shortenedUntil)
      ? appealDueAt(receivedAt, after.needsAdditionalStudy === true, settings)
      : endOfTermDay(after.shortenedUntil as string, statutoryTermSettings(settings))),
  // Civil Code Art. 254(5): an extension to a day off ends on the first working day after it, like every term.
  extensionDue: (extendedUntil, settings) => endOfTermDay(extendedUntil, statutoryTermSettings(settings)),
  controlDue: (after, _dueAt, receivedAt, settings) => {
    if (!isBlank(after.extendedUntil)) return endOfTermDay(after.extendedUntil as string, settings);
    // a petition's term is counted in working days: its last day is a working day, the control date is the same
    const petition = petitionDueAt(after, settings, settings.calendar);
    if (petition !== null) return petition;
    if (!isBlank(after.shortenedUntil)) return endOfTermDay(after.shortenedUntil as string, settings);
    return appealControlDueAt(receivedAt, after.needsAdditionalStudy === true, settings);
  },
  extensionInPlay: (change) => touched(change, 'extendedUntil', 'extensionDecidedAt'),
  checkExtensionAllowed,
  checkExtensionDecision,
  checkExtensionFits: (change, receivedAt, currentDue) =>
    checkExtensionFits(change.after.extendedUntil, kyivDate(currentDue), receivedAt, change.settings),
  // The applicant has been told of the extended term (Art. 20); silently withdrawing it would mislead them.
  cannotClearMessage: (extendedUntil) =>
    `Строк розгляду вже продовжено до ${formatIsoDate(extendedUntil)}, і заявника про це ` +
    `повідомлено (ст. 20 ${LAW}); скасувати продовження не можна. Якщо відповідь готова раніше — просто надайте її.`,
  writesRecomputedDue: true,
};

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

/**
 * When the head decided the extension: the moment the caller gives (an old decision entered later states its real
 * date), or now. A copy of `now`, never the caller's object.
 */
export function extensionDecisionMoment(change: AppealChange): Date {
  const given = change.patch.extensionDecidedAt;
  return isBlank(given) ? new Date(change.now.getTime()) : (given as Date);
}

/**
 * Art. 20: «Якщо в місячний термін вирішити порушені у зверненні питання неможливо, керівник … встановлює необхідний
 * термін для його розгляду». The head sets a further term while the term in force still runs: the decision is a real
 * moment, not in the future, not before receipt, and not after `currentDue` (the term before this extension).
 */
export function checkExtensionDecision(change: AppealChange, currentDue: Date): RuleViolation | null {
  const decidedAt = extensionDecisionMoment(change);
  const moment = checkActionMoment({
    field: 'extensionDecidedAt',
    value: decidedAt,
    receivedAt: change.after.receivedAt,
    now: change.now,
    action: 'рішення про продовження строку',
    statute: `ст. 20 ${LAW}`,
  });
  if (moment) return moment;
  const instant = validInstant(decidedAt) as Date;
  if (instant.getTime() <= currentDue.getTime()) return null;
  return {
    field: 'extensionDecidedAt',
    rule: 'extension.decided_after_due',
    message:
      `Рішення про продовження строку ухвалено ${formatKyivDateTime(instant)}, коли строк розгляду вже сплив ` +
      `(${formatKyivDateTime(currentDue)}). Керівник встановлює необхідний строк, доки звернення розглядається ` +
      `в чинний строк (ст. 20 ${LAW}); продовжити вже пропущений строк не можна. Якщо рішення ухвалено раніше, ` +
      'вкажіть його фактичну дату в полі «Дата рішення про продовження».',
  };
}
