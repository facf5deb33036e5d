import { DomainError, RuleViolation } from '../errors';
import { checkEPetition, checkPetitionTermFrozen } from './e-petition';
import { touched } from '../register/change';
import { frozenOnceDisposed, lockedIn, receiptCheck } from '../register/checks';
import { APPEAL_WORKFLOW } from './states';
import { isBlank } from '../register/values';
import { registrationPrefix } from './registration';
import type { AppealDeadlineSettings } from './deadlines';
import type { AppealChange, AppealSnapshot } from './snapshot';
import { checkApplicantNotifiedOfExtension } from './extension-notice';
import { checkPrivilegeCategory } from './privileges';
import { checkShortenedTerm } from './shortened-term';
import { LAW } from './vocabulary';
import { checkComplaintDates, checkComplaintTermRestoration, checkRecurrenceLink } from './disposal-record';

/**
 * Checks of single facts of an appeal that do not depend on its workflow state.
 * Each returns the first broken rule or null.
 */

const INSTRUCTION = 'Інструкція з діловодства за зверненнями громадян, постанова КМУ № 348 від 14.04.1997';

/** Numbers are generated once, unique and never reused (Instruction 348/1997): nobody types them. */
export function checkRegistrationNumberUntouched(change: AppealChange): RuleViolation | null {
  if (!touched(change, 'registrationNumber')) return null;
  return {
    field: 'registrationNumber',
    rule: 'registration_number.read_only',
    message:
      'Реєстраційний номер присвоюється автоматично під час реєстрації і більше не змінюється: номери унікальні ' +
      `й не використовуються повторно (${INSTRUCTION}). Приберіть номер із форми — його буде присвоєно системою.`,
  };
}

/** The term runs from the day of receipt (Law 393/96-ВР Art. 20, Civil Code Art. 253). */
export const checkReceivedAt = receiptCheck<AppealSnapshot, AppealDeadlineSettings>({
  required:
    'Вкажіть дату і час надходження звернення: від наступного дня після неї рахується строк розгляду ' +
    `(ст. 20 ${LAW}, ст. 253 Цивільного кодексу України).`,
  invalid: `Дату надходження не розпізнано. Оберіть дату і час у календарі (ст. 20 ${LAW}).`,
  inFuture: (receivedAt, now) =>
    `Дата надходження ${receivedAt} ще не настала (зараз ${now}). ` +
    `Вкажіть фактичні дату і час надходження: від них рахується строк розгляду (ст. 20 ${LAW}).`,
});

/** A new appeal must yield a registration index (first letter of the surname, КО or БП). */
export function checkRegistrationPrefixDerivable(change: AppealChange): RuleViolation | null {
  if (!change.isCreate) return null;
  try {
    registrationPrefix(change.after.authorKind, change.after.applicantFullName);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.violation;
    throw error;
  }
}

/**
 * An appeal from the Government Contact Center (hotline 1545) is reported back to the center by its
 * card number, so the card number is part of the registration.
 */
export function checkHotlineCardNumber(change: AppealChange): RuleViolation | null {
  if (!change.isCreate && !touched(change, 'channel', 'contactCenterCardNumber')) return null;
  if (change.after.channel !== 'government_hotline' || !isBlank(change.after.contactCenterCardNumber)) return null;
  return {
    field: 'contactCenterCardNumber',
    rule: 'hotline.card_number_required',
    message:
      'Для звернення, що надійшло з урядової «гарячої лінії» 1545, вкажіть номер картки Урядового контактного ' +
      'центру: за цим номером центру звітують про результат розгляду. Заповніть поле «Номер картки УКЦ».',
  };
}

/**
 * Once taken off control the record of how the appeal was disposed of (Law 393/96-ВР Arts. 5, 7, 8, 15, 19) is final:
 * the applicant already has it.
 */
export const checkClosedAnswerLocked = lockedIn<AppealSnapshot, AppealDeadlineSettings>(
  'closed',
  [
    'answerText', 'answerOutcome', 'answeredAt', 'notConsideredReason', 'forwardedTo', 'forwardedAt', 'returnReason', 'returnedAt',
    'refusalReasons', 'refusalLegalBasis', 'refusalAppealProcedure', 'notConsideredDecidedById', 'notConsideredDecidedAt',
  ],
  'Звернення знято з контролю: відповідь і результат розгляду вже надіслано заявнику, змінювати їх не можна ' +
    `(${INSTRUCTION}). Якщо заявник звернувся знову, зареєструйте повторне звернення.`,
);

/**
 * Art. 20 sets the term; once the appeal has left consideration (answered, forwarded, returned, not considered,
 * closed), the term and whether it was kept (`answeredLate`, `forwardedLate`) are a record of what happened: nothing
 * that moves the term or the measured moments changes any more. An extension (its date or, for appeals, the date of
 * the head's decision) is refused by the term check with `extension.state_not_open`.
 */
export const checkTermFrozen = frozenOnceDisposed<AppealSnapshot, AppealDeadlineSettings>(
  APPEAL_WORKFLOW,
  {
    receivedAt: 'Дата надходження',
    needsAdditionalStudy: 'Потребує додаткового вивчення',
    shortenedUntil: 'Скорочений строк (на вимогу заявника)',
    answeredAt: 'Дата відповіді',
    forwardedAt: 'Дата пересилання',
    returnedAt: 'Дата повернення автору',
  },
  (field, state) =>
    `Звернення вже не розглядається (стан «${state}»): строк розгляду і те, чи дотримано його, зафіксовано ` +
    `(ст. 20 ${LAW}). Поле «${field}» змінювати не можна — від нього залежить строк або дотримання строку.`,
);

/** The checks of single facts, in the order a person hears about them. */
export const APPEAL_FIELD_CHECKS = [
  checkRegistrationNumberUntouched,
  checkReceivedAt,
  checkRegistrationPrefixDerivable,
  checkHotlineCardNumber,
  checkClosedAnswerLocked,
  checkTermFrozen,
  checkComplaintDates,
  checkComplaintTermRestoration,
  checkRecurrenceLink,
  checkPetitionTermFrozen,
  checkEPetition,
  checkShortenedTerm,
  checkPrivilegeCategory,
  checkApplicantNotifiedOfExtension,
];
