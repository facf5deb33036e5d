import { validInstant } from '../action-moment';
import { isIsoDate, kyivDate } from '../calendar';
import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import type { TermLaw } from '../register/term';
import { isBlank } from '../register/values';
import { violation } from '../register/violation';
import { endOfTermDay, formatIsoDate, formatKyivDate, statutoryTermSettings, type TermSettings } from '../terms';
import {
  EXTENSION_LIMIT_WORKING_DAYS,
  EXTENSION_NOTICE_WORKING_DAYS,
  extensionLimit,
  extensionNoticeDeadline,
  informationRequestDueAt,
} from './deadlines';
import type { InformationRequestChange, InformationRequestSnapshot } from './snapshot';
import { checkExtensionGround } from './extension-ground';
import { checkActionMoment } from './state-checks';
import { INFORMATION_REQUEST_STATE_LABELS, InformationRequestState, isOpenInformationRequestState } from './states';
import { LAW } from './vocabulary';

/**
 * The due instant of an information request and its extension (Law 2939-VI Art. 20): 5 working days
 * from receipt, or 48 hours for an urgent request; for a large volume of information the council may
 * extend the term up to 20 working days with reasons, telling the requester in writing within 5
 * working days of receipt. The steps every register shares are in src/domain/register/term.ts.
 */

export const INFORMATION_REQUEST_TERM: TermLaw<InformationRequestSnapshot, InformationRequestState, TermSettings> = {
  baseFields: ['urgent'],
  baseDue: (receivedAt, after, settings) => informationRequestDueAt(receivedAt, after.urgent === true, settings.calendar),
  extensionInPlay: (change, stateAfter, entering) =>
    // The ground is part of the extension: editing it alone is an extension decision too (refused once disposed).
    touched(change, 'extendedUntil', 'extensionGround') ||
    (stateAfter === 'extended' && (entering || touched(change, 'extensionReason', 'requesterNotifiedOfExtensionAt'))),
  checkExtensionAllowed,
  checkExtensionFits,
  // Civil Code Art. 254(5): an extension to a day off ends on the first working day after it, like every term.
  extensionDue: (extendedUntil, settings) => endOfTermDay(extendedUntil, statutoryTermSettings(settings)),
  // Terms in working days and hours never end on a day off; only an extension date can, and its control date is
  // rolled by the configured rule.
  controlDue: (after, dueAt, _receivedAt, settings) =>
    isBlank(after.extendedUntil) ? dueAt : endOfTermDay(after.extendedUntil as string, settings),
  // The requester has been told of the extended term (Art. 20(4)); silently withdrawing it would mislead them.
  cannotClearMessage: (extendedUntil) =>
    `Строк розгляду запиту вже продовжено до ${formatIsoDate(extendedUntil)}, і запитувача про це ` +
    `повідомлено (ч. 4 ст. 20 ${LAW}); скасувати продовження не можна. Якщо відповідь готова раніше — просто надайте її.`,
};

/** Art. 20(4): the term is extended, with reasons, while the request is being worked on. */
function checkExtensionAllowed(
  change: InformationRequestChange,
  stateAfter: InformationRequestState,
): RuleViolation | null {
  const stateBefore = change.before?.workflowState ?? 'registered';
  const closedState = [stateBefore, stateAfter].find((s) => !isOpenInformationRequestState(s));
  if (closedState !== undefined) {
    return violation(
      'extendedUntil',
      'extension.state_not_open',
      'Продовжити строк можна лише для запиту, який ще розглядається; стан запиту — ' +
        `«${INFORMATION_REQUEST_STATE_LABELS[closedState] ?? closedState}» (ч. 4 ст. 20 ${LAW}).`,
    );
  }
  if (stateAfter !== 'extended') {
    return violation(
      'workflowState',
      'extension.state_required',
      change.isCreate
        ? `Строк розгляду продовжують після реєстрації запиту (ч. 4 ст. 20 ${LAW}): спершу зареєструйте запит, ` +
            'а потім внесіть продовження.'
        : 'Продовження строку фіксують переведенням запиту у стан ' +
            `«${INFORMATION_REQUEST_STATE_LABELS.extended}» (ч. 4 ст. 20 ${LAW}). Залиште стан без змін або оберіть цей стан.`,
    );
  }
  if (change.after.urgent === true) return urgentRefusal();
  if (isBlank(change.after.extensionReason)) {
    return violation(
      'extensionReason',
      'extension.reason_required',
      'Строк розгляду запиту продовжують лише з обґрунтуванням: великий обсяг інформації або пошук серед значної ' +
        `кількості даних (ч. 4 ст. 20 ${LAW}). Вкажіть причину продовження.`,
    );
  }
  const ground = checkExtensionGround(change);
  if (ground) return ground;
  const changingExtension =
    !isBlank(change.before?.extendedUntil) &&
    touched(change, 'extendedUntil') &&
    !touched(change, 'requesterNotifiedOfExtensionAt');
  if (changingExtension) {
    return violation(
      'requesterNotifiedOfExtensionAt',
      'extension.new_notice_required',
      `Запитувача вже повідомлено про продовження строку до ${formatIsoDate(change.before?.extendedUntil as string)}. ` +
        `Новий строк теж треба повідомити письмово (ч. 4 ст. 20 ${LAW}): вкажіть дату нового повідомлення.`,
    );
  }
  return null;
}

/**
 * The extension may not shorten the current term, may not exceed 20 working days, and the requester
 * must have been told in writing within 5 working days of receipt (Art. 20(4)).
 */
function checkExtensionFits(
  change: InformationRequestChange,
  receivedAt: Date,
  currentDue: Date,
): RuleViolation | null {
  const { after, settings } = change;
  if (after.urgent === true) return urgentRefusal();
  const extendedUntil = after.extendedUntil;
  if (isBlank(extendedUntil)) {
    return violation(
      'extendedUntil',
      'extension.date_required',
      `Вкажіть дату, до якої продовжено строк розгляду запиту (ч. 4 ст. 20 ${LAW}).`,
    );
  }
  if (!isIsoDate(extendedUntil)) {
    return violation(
      'extendedUntil',
      'extension.invalid_date',
      `Дату, до якої продовжено строк, не розпізнано. Оберіть дату в календарі (ч. 4 ст. 20 ${LAW}).`,
    );
  }
  const currentDueDate = kyivDate(currentDue);
  if (extendedUntil < currentDueDate) {
    return violation(
      'extendedUntil',
      'extension.before_current_due',
      `Продовжений строк не може бути коротшим за чинний: строк відповіді на запит спливає ${formatIsoDate(currentDueDate)} ` +
        `(ст. 20 ${LAW}). Оберіть дату не раніше ${formatIsoDate(currentDueDate)}.`,
    );
  }
  const limit = extensionLimit(receivedAt, settings.calendar);
  if (extendedUntil > kyivDate(limit)) {
    return violation(
      'extendedUntil',
      'extension.over_20_working_days',
      `Строк розгляду запиту можна продовжити не більше ніж до ${EXTENSION_LIMIT_WORKING_DAYS} робочих днів з дня ` +
        `надходження (ч. 4 ст. 20 ${LAW}). Оберіть дату не пізніше ${formatKyivDate(limit)}.`,
    );
  }
  return checkExtensionNotice(change, receivedAt);
}

function checkExtensionNotice(change: InformationRequestChange, receivedAt: Date): RuleViolation | null {
  const raw = change.after.requesterNotifiedOfExtensionAt;
  const deadline = extensionNoticeDeadline(receivedAt, change.settings.calendar);
  if (raw === null || raw === undefined) {
    return violation(
      'requesterNotifiedOfExtensionAt',
      'extension.notice_required',
      'Про продовження строку розгляду запиту запитувача повідомляють у письмовій формі не пізніше ' +
        `${EXTENSION_NOTICE_WORKING_DAYS} робочих днів з дня надходження запиту (ч. 4 ст. 20 ${LAW}). ` +
        `Вкажіть дату повідомлення — не пізніше ${formatKyivDate(deadline)}.`,
    );
  }
  const moment = checkActionMoment(change, 'requesterNotifiedOfExtensionAt', 'повідомлення про продовження строку');
  if (moment) return moment;
  const notifiedAt = validInstant(raw) as Date;
  if (notifiedAt.getTime() > deadline.getTime()) {
    return violation(
      'requesterNotifiedOfExtensionAt',
      'extension.notice_late',
      `Запитувача повідомлено про продовження строку ${formatKyivDate(notifiedAt)}, а повідомити запитувача ` +
        `протягом ${EXTENSION_NOTICE_WORKING_DAYS} робочих днів з дня надходження запиту (ч. 4 ст. 20 ${LAW}) ` +
        `треба було не пізніше ${formatKyivDate(deadline)}. Строк продовжити вже не можна: надайте відповідь ` +
        'або мотивовану відмову.',
    );
  }
  return null;
}

function urgentRefusal(): RuleViolation {
  return violation(
    'extendedUntil',
    'extension.urgent_request',
    'Строк відповіді на терміновий запит (48 годин, ч. 2 ст. 20 ' +
      `${LAW}) не продовжується: продовження до 20 робочих днів можливе лише для звичайного запиту ` +
      '(ч. 4 ст. 20). Надайте відповідь у 48 годин або зніміть позначку «Терміновий», якщо підстав для неї немає.',
  );
}
