import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import { frozenOnceDisposed, lockedIn, receiptCheck } from '../register/checks';
import { INFORMATION_REQUEST_WORKFLOW } from './states';
import { isBlank, isOneOf } from '../register/values';
import { violation } from '../register/violation';
import type { TermSettings } from '../terms';
import { FREE_PAGES } from './deadlines';
import type { InformationRequestChange, InformationRequestSnapshot } from './snapshot';
import { checkUrgencyMarkedByCouncil } from './urgency-by-council';
import { LAW, URGENCY_GROUNDS } from './vocabulary';

/**
 * Checks of single facts of an information request that do not depend on its workflow state.
 * Each returns the first broken rule or null.
 */

/** Numbers are generated once, unique and never reused: nobody types them. */
export function checkRegistrationNumberUntouched(change: InformationRequestChange): RuleViolation | null {
  if (!touched(change, 'registrationNumber')) return null;
  return violation(
    'registrationNumber',
    'registration_number.read_only',
    'Реєстраційний номер запиту на інформацію присвоюється автоматично під час реєстрації і більше не змінюється: ' +
      'номери унікальні й не використовуються повторно. Приберіть номер із форми — його буде присвоєно системою.',
  );
}

/** The term runs from the day of receipt (Art. 20, Civil Code Art. 253) or, for 48 hours, from its moment. */
export const checkReceivedAt = receiptCheck<InformationRequestSnapshot, TermSettings>({
  required:
    'Вкажіть дату і час надходження запиту: від наступного дня після неї рахуються 5 робочих днів на відповідь, ' +
    `а від самого моменту надходження — 48 годин для термінового запиту (ст. 20 ${LAW}, ст. 253 Цивільного кодексу України).`,
  invalid: `Дату надходження запиту не розпізнано. Оберіть дату і час у календарі (ст. 20 ${LAW}).`,
  inFuture: (receivedAt, now) =>
    `Дата надходження ${receivedAt} ще не настала (зараз ${now}). ` +
    `Вкажіть фактичні дату і час надходження запиту: від них рахується строк відповіді (ст. 20 ${LAW}).`,
});

/**
 * Art. 20(2)–(3): 48 hours only for the listed kinds of information, and the requester's plea for urgent
 * handling must be justified — so an urgent request records both the ground and the justification.
 */
export function checkUrgency(change: InformationRequestChange): RuleViolation | null {
  if (!change.isCreate && !touched(change, 'urgent', 'urgencyGround', 'urgencyJustification', 'urgencyMarkedByCouncil', 'urgencyCouncilReason')) return null;
  if (change.after.urgent !== true) {
    if (change.after.urgencyMarkedByCouncil !== true) return null;
    return violation(
      'urgencyMarkedByCouncil',
      'urgency.council_mark_without_urgent',
      `Позначка «Терміновим визнала рада» стосується лише термінового запиту (ч. 2 ст. 20 ${LAW}). ` +
        'Поставте позначку «Терміновий» або зніміть позначку ради.',
    );
  }
  if (!isOneOf(URGENCY_GROUNDS, change.after.urgencyGround)) {
    return violation(
      'urgencyGround',
      'urgency.ground_required',
      'Відповідь протягом 48 годин надається лише на запит щодо інформації, необхідної для захисту життя чи ' +
        'свободи особи, щодо стану довкілля, якості харчових продуктів і предметів побуту, аварій, катастроф, ' +
        `небезпечних природних явищ та інших надзвичайних подій (ч. 2 ст. 20 ${LAW}). ` +
        'Оберіть підставу термінового розгляду або зніміть позначку «Терміновий».',
    );
  }
  if (change.after.urgencyMarkedByCouncil === true) return checkUrgencyMarkedByCouncil(change);
  if (isBlank(change.after.urgencyJustification)) {
    return violation(
      'urgencyJustification',
      'urgency.justification_required',
      `Клопотання про термінове опрацювання запиту має бути обґрунтованим (ч. 3 ст. 20 ${LAW}). ` +
        'Внесіть обґрунтування, яке навів запитувач, або зніміть позначку «Терміновий».',
    );
  }
  return null;
}

/**
 * Art. 21: information is free; only the actual costs of copying or printing more than 10 pages may be
 * charged, and never for information about the requester himself (Art. 21(4)).
 */
export function checkCharge(change: InformationRequestChange): RuleViolation | null {
  if (!change.isCreate && !touched(change, 'pages', 'copyingCharge', 'aboutRequester', 'publicInterest')) return null;
  const { pages, copyingCharge, aboutRequester, publicInterest } = change.after;
  if (pages !== null && pages !== undefined && !(Number.isInteger(pages) && pages >= 0)) {
    return violation(
      'pages',
      'charge.pages_invalid',
      `Кількість сторінок копій має бути цілим невід'ємним числом, а не «${String(pages)}»: від неї залежить, ` +
        `чи можна стягувати плату (ч. 2 ст. 21 ${LAW}).`,
    );
  }
  if (copyingCharge === null || copyingCharge === undefined) return null;
  if (typeof copyingCharge !== 'number' || !Number.isFinite(copyingCharge)) {
    return violation(
      'copyingCharge',
      'charge.invalid',
      `Суму плати за копіювання та друк не розпізнано. Вкажіть суму в гривнях або залиште поле порожнім (ст. 21 ${LAW}).`,
    );
  }
  if (copyingCharge < 0) {
    return violation(
      'copyingCharge',
      'charge.negative',
      `Плата за копіювання та друк не може бути від'ємною (ст. 21 ${LAW}). Вкажіть фактичні витрати або 0.`,
    );
  }
  if (copyingCharge === 0) return null;
  if (aboutRequester === true) {
    return violation(
      'copyingCharge',
      'charge.about_requester',
      'За надання особі інформації про себе плата за копіювання та друк не стягується ' +
        `(ч. 4 ст. 21 ${LAW}). Приберіть суму плати.`,
    );
  }
  if (publicInterest === true) {
    return violation(
      'copyingCharge',
      'charge.public_interest',
      'При наданні інформації, що становить суспільний інтерес, плата за копіювання та друк не стягується ' +
        `(ч. 4 ст. 21 ${LAW}). Приберіть суму плати або зніміть позначку «Суспільний інтерес», якщо її поставлено помилково.`,
    );
  }
  if (pages === null || pages === undefined || pages <= FREE_PAGES) {
    return violation(
      'copyingCharge',
      'charge.within_free_pages',
      `Фактичні витрати на копіювання та друк відшкодовуються лише за копії обсягом більш як ${FREE_PAGES} сторінок ` +
        `(ч. 2 ст. 21 ${LAW}); вказано сторінок: ${pages ?? 'не вказано'}. Приберіть суму плати або вкажіть ` +
        'фактичну кількість сторінок.',
    );
  }
  return null;
}

/**
 * Once taken off control the record of how the request was disposed of (Arts. 20–22) is final: the requester already
 * has it.
 */
export const checkClosedAnswerLocked = lockedIn<InformationRequestSnapshot, TermSettings>(
  'closed',
  ['answerText', 'answerOutcome', 'answeredAt', 'pages', 'copyingCharge', 'refusalGround', 'refusalExplanation',
    'forwardedTo', 'forwardedAt', 'requesterNotifiedOfForwardingAt', 'publicInterest', 'refusalOfficialName',
    'refusalOfficialPosition', 'refusalAppealProcedure'],
  'Запит знято з контролю: відповідь, відмову або повідомлення про направлення запиту вже надіслано запитувачу, ' +
    'змінювати їх не можна. Якщо запитувач звернувся знову, зареєструйте новий запит на інформацію.',
);

/**
 * Art. 20 sets the term; once the request has left consideration (answered, forwarded, refused, closed), the term
 * and whether it was kept (`answeredLate`, `forwardedLate`) are a record of what happened: nothing that moves the term
 * or the measured moments changes any more. An extension is refused by the term check with `extension.state_not_open`.
 */
export const checkTermFrozen = frozenOnceDisposed<InformationRequestSnapshot, TermSettings>(
  INFORMATION_REQUEST_WORKFLOW,
  {
    receivedAt: 'Дата й час надходження',
    urgent: 'Терміновий (48 годин)',
    answeredAt: 'Дата відповіді',
    forwardedAt: 'Дата надсилання розпоряднику',
  },
  (field, state) =>
    `Запит уже не розглядається (стан «${state}»): строк розгляду і те, чи дотримано його, зафіксовано ` +
    `(ст. 20 ${LAW}). Поле «${field}» змінювати не можна — від нього залежить строк або дотримання строку.`,
);

/** The checks of single facts, before the state is resolved. */
export const INFORMATION_REQUEST_FIELD_CHECKS = [checkRegistrationNumberUntouched, checkReceivedAt];

// After the state is resolved: a closed request asked to change state hears that the table forbids it,
// and one whose answer is edited hears that the answer is final, before any check of the edited values.
export const INFORMATION_REQUEST_RECORD_CHECKS = [checkClosedAnswerLocked, checkTermFrozen, checkUrgency, checkCharge];
