import { checkActionMoment, validInstant } from '../action-moment';
import { addCalendarMonths, isIsoDate, type Calendar } from '../calendar';
import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import { frozenOnceDisposed } from '../register/checks';
import { isBlank } from '../register/values';
import { violation } from '../register/violation';
import { dueAfterWorkingDays, formatIsoDate } from '../terms';
import type { AppealDeadlineSettings } from './deadlines';
import type { AppealChange, AppealSnapshot } from './snapshot';
import { APPEAL_WORKFLOW } from './states';
import { LAW } from './vocabulary';

/**
 * Electronic petitions to the local council (Art. 23-1 of Law 393/96-ВР), registered as appeals of the channel
 * `e_petition` with their own fields:
 *
 * - the number of signatures it needs is set by the community statute (the council's deadline settings,
 *   `ePetitionSignatureThreshold`); it is copied onto the petition when it is registered, so a later change of the
 *   statute does not rewrite old records (`petitionSignatureThreshold`);
 * - signatures are collected for not more than three months (`petitionCollectionStartsOn` … `EndsOn`) — переказ
 *   ч. 6 ст. 23-1; the number collected is `petitionSignatures`;
 * - a petition that collected them is considered «невідкладно, але не пізніше десяти робочих днів з дня оприлюднення
 *   інформації про початок її розгляду» (ч. 8 ст. 23-1): `petitionConsiderationPublishedAt`, and `dueAt` is the end
 *   of the 10th working day after it;
 * - the answer to it is published on the council's website (ч. 9 ст. 23-1 — переказ): `petitionAnswerPublishedAt`,
 *   required to take the petition off control; the text goes to the site through the publications register
 *   (kind «відповідь на звернення», linked by `sourceAppeal`);
 * - one that «в установлений строк не набрала необхідної кількості підписів на її підтримку, після завершення строку
 *   збору підписів розглядається як звернення громадян відповідно до вимог цього Закону» (ч. 10 ст. 23-1): its term
 *   is the ordinary term of Art. 20.
 */

export const PETITION_COLLECTION_MAX_MONTHS = 3;
export const PETITION_CONSIDERATION_WORKING_DAYS = 10;

export const PETITION_FIELDS = [
  'petitionSignatureThreshold',
  'petitionCollectionStartsOn',
  'petitionCollectionEndsOn',
  'petitionSignatures',
  'petitionConsiderationPublishedAt',
  'petitionAnswerPublishedAt',
] as const;

const isPetition = (s: AppealSnapshot): boolean => s.channel === 'e_petition';

/** The threshold in force for this petition: its own record, or the council's setting for a new one. */
export function petitionThreshold(after: AppealSnapshot, settings: AppealDeadlineSettings): number | null {
  const own = after.petitionSignatureThreshold;
  if (typeof own === 'number' && Number.isSafeInteger(own) && own > 0) return own;
  const set = settings.ePetitionSignatureThreshold;
  return typeof set === 'number' && Number.isSafeInteger(set) && set > 0 ? set : null;
}

/** Collected enough signatures: considered as a petition (10 working days), not as an ordinary appeal. */
export function collectedEnough(after: AppealSnapshot, settings: AppealDeadlineSettings): boolean {
  const threshold = petitionThreshold(after, settings);
  return isPetition(after) && threshold !== null && typeof after.petitionSignatures === 'number' && after.petitionSignatures >= threshold;
}

/**
 * The term of a petition considered as such: the end of the 10th working day after the publication of the start of
 * its consideration; null when it is not (yet) such a petition — the ordinary Art. 20 term applies.
 */
export function petitionDueAt(after: AppealSnapshot, settings: AppealDeadlineSettings, calendar: Calendar): Date | null {
  const published = validInstant(after.petitionConsiderationPublishedAt);
  if (published === null || !collectedEnough(after, settings)) return null;
  return dueAfterWorkingDays(published, PETITION_CONSIDERATION_WORKING_DAYS, calendar);
}

/** Fields the term of a petition is counted from (they move `dueAt`). */
export const PETITION_TERM_FIELDS = ['channel', 'petitionSignatures', 'petitionSignatureThreshold', 'petitionConsiderationPublishedAt'] as const;

/** What the decision writes: the council's threshold, copied onto a petition that has none. */
export function petitionDefaults(change: AppealChange): { petitionSignatureThreshold?: number } {
  const { after, settings } = change;
  if (!isPetition(after) || !isBlank(after.petitionSignatureThreshold)) return {};
  const threshold = petitionThreshold(after, settings);
  return threshold === null ? {} : { petitionSignatureThreshold: threshold };
}

/** Art. 23-1: what an e-petition records, checked when it is registered and whenever one of its facts changes. */
export function checkEPetition(change: AppealChange): RuleViolation | null {
  const { after, before, settings } = change;
  const fields = PETITION_FIELDS as readonly (keyof AppealSnapshot)[];
  if (!isPetition(after)) {
    const stray = PETITION_FIELDS.find((f) => touched(change, f) && !isBlank(after[f]));
    return stray === undefined
      ? null
      : violation(stray, 'e_petition.not_a_petition',
          `Поля електронної петиції заповнюють лише для звернення, що надійшло як електронна петиція (ст. 23-1 ${LAW}). ` +
            'Оберіть спосіб надходження «електронна петиція» або приберіть ці дані.');
  }
  const closing = change.patch.workflowState === 'closed' && before?.workflowState !== 'closed';
  if (!change.isCreate && !touched(change, 'channel', ...fields) && !closing) return null;

  if (touched(change, 'petitionSignatureThreshold') && !isBlank(before?.petitionSignatureThreshold)) {
    return violation('petitionSignatureThreshold', 'e_petition.threshold_fixed',
      `Кількість підписів для цієї петиції вже зафіксовано (${String(before?.petitionSignatureThreshold)}) за статутом ` +
        `громади на день реєстрації (ст. 23-1 ${LAW}); змінювати її заднім числом не можна.`);
  }
  const threshold = petitionThreshold(after, settings);
  if (threshold === null) {
    return violation('petitionSignatureThreshold', 'e_petition.threshold_required',
      'Кількість підписів на підтримку електронної петиції до органу місцевого самоврядування визначає статут ' +
        `територіальної громади (ст. 23-1 ${LAW}). Задайте її в «Налаштуваннях строків» (поле «Підписів для ` +
        'е-петиції») або вкажіть у петиції кількість, установлену статутом.');
  }
  const starts = after.petitionCollectionStartsOn;
  const ends = after.petitionCollectionEndsOn;
  if (!isIsoDate(starts) || !isIsoDate(ends)) {
    return violation(isIsoDate(starts) ? 'petitionCollectionEndsOn' : 'petitionCollectionStartsOn', 'e_petition.collection_period_required',
      `Вкажіть період збору підписів на підтримку петиції — дату початку й дату завершення (ст. 23-1 ${LAW}).`);
  }
  if (ends < starts) {
    return violation('petitionCollectionEndsOn', 'e_petition.collection_period_reversed',
      `Збір підписів не може завершитися (${formatIsoDate(ends)}) раніше, ніж почався (${formatIsoDate(starts)}).`);
  }
  const limit = addCalendarMonths(starts, PETITION_COLLECTION_MAX_MONTHS);
  if (ends > limit) {
    return violation('petitionCollectionEndsOn', 'e_petition.collection_over_3_months',
      `Підписи на підтримку електронної петиції збирають не більше трьох місяців з дня її оприлюднення (ст. 23-1 ${LAW}). ` +
        `Збір, розпочатий ${formatIsoDate(starts)}, завершується не пізніше ${formatIsoDate(limit)}.`);
  }
  const signatures = after.petitionSignatures;
  if (!(typeof signatures === 'number' && Number.isSafeInteger(signatures) && signatures >= 0)) {
    return violation('petitionSignatures', 'e_petition.signatures_required',
      `Вкажіть, скільки підписів зібрала петиція (ціле невід'ємне число): від цього залежить, чи розглядають її як ` +
        `петицію, чи як звернення громадян (ст. 23-1 ${LAW}).`);
  }
  if (!isBlank(after.petitionConsiderationPublishedAt)) {
    if (signatures < threshold) {
      return violation('petitionConsiderationPublishedAt', 'e_petition.not_enough_signatures',
        `Петиція зібрала ${signatures} з ${threshold} необхідних підписів. Електронна петиція, яка в установлений строк не ` +
          'набрала необхідної кількості підписів на її підтримку, після завершення строку збору підписів розглядається ' +
          `як звернення громадян (ст. 23-1 ${LAW}) — у строк ст. 20; приберіть дату оприлюднення початку розгляду.`);
    }
    const moment = checkActionMoment({
      field: 'petitionConsiderationPublishedAt', value: after.petitionConsiderationPublishedAt, receivedAt: null, now: change.now,
      action: 'оприлюднення інформації про початок розгляду петиції', statute: `ст. 23-1 ${LAW}`, receipt: 'надходження петиції',
    });
    if (moment) return moment;
  }
  const answerPublished = checkActionMoment({
    field: 'petitionAnswerPublishedAt', value: after.petitionAnswerPublishedAt, receivedAt: after.answeredAt, now: change.now,
    action: 'оприлюднення відповіді на петицію', statute: `ст. 23-1 ${LAW}`, receipt: 'надання відповіді',
  });
  if (answerPublished) return answerPublished;
  if (closing && collectedEnough(after, settings) && isBlank(after.petitionAnswerPublishedAt)) {
    return violation('petitionAnswerPublishedAt', 'e_petition.answer_publication_required',
      `Відповідь на електронну петицію оприлюднюється на офіційному вебсайті ради (ст. 23-1 ${LAW}). Опублікуйте ` +
        'відповідь (публікація «відповідь на звернення») і вкажіть дату оприлюднення, тоді знімайте петицію з контролю.');
  }
  return null;
}

/** What `petitionAnswerRecordOnPublish` reads of the appeal a published answer is linked to. */
export interface PetitionAnswerTarget {
  channel: string | null;
  answeredAt: Date | null;
  petitionConsiderationPublishedAt: Date | null;
  petitionAnswerPublishedAt: Date | null;
}

/**
 * The answer to an e-petition considered as a petition is published on the council's website (ст. 23-1 — переказ).
 * When the website's publication of that answer goes out (a publication «відповідь на звернення» linked to the
 * petition), its moment is recorded on the petition as `petitionAnswerPublishedAt`: the record states when the site
 * showed it, and nobody has to type it. Only for a petition that collected its signatures (its start of consideration
 * was published), has been answered and has no date yet; a date already recorded (say, of a publication on another
 * petitions platform) stands. Returns the moment to record, or null.
 */
export function petitionAnswerRecordOnPublish(appeal: PetitionAnswerTarget | null, publishedAt: Date): Date | null {
  if (!appeal || appeal.channel !== 'e_petition') return null;
  if (appeal.petitionConsiderationPublishedAt === null || appeal.answeredAt === null) return null;
  if (appeal.petitionAnswerPublishedAt !== null) return null;
  return publishedAt.getTime() < appeal.answeredAt.getTime() ? null : publishedAt;
}

/** Once the petition has left consideration, the facts its term was counted from are a record (rule 2 of issue 14). */
export const checkPetitionTermFrozen = frozenOnceDisposed<AppealSnapshot, AppealDeadlineSettings>(
  APPEAL_WORKFLOW,
  {
    petitionSignatures: 'Зібрано підписів',
    petitionSignatureThreshold: 'Необхідно підписів',
    petitionConsiderationPublishedAt: 'Оприлюднено початок розгляду',
  },
  (field, state) =>
    `Петиція вже не розглядається (стан «${state}»): строк розгляду і те, чи дотримано його, зафіксовано ` +
    `(ст. 20, 23-1 ${LAW}). Поле «${field}» змінювати не можна — від нього залежить строк.`,
);
