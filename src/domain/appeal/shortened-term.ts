import { checkActionMoment, validInstant } from '../action-moment';
import { isIsoDate, kyivDate } from '../calendar';
import type { RuleViolation } from '../errors';
import { touched } from '../register/change';
import { isBlank } from '../register/values';
import { formatIsoDate } from '../terms';
import { appealDueAt } from './deadlines';
import type { AppealChange } from './snapshot';
import { LAW } from './vocabulary';

/**
 * Art. 20 of Law 393/96-ВР: «На обґрунтовану письмову вимогу громадянина термін розгляду може бути скорочено від
 * встановленого цією статтею терміну.» The demand is recorded (its text and date); the shorter term is a date that is
 * not after the statutory term and not before the demand (so not before receipt either). A demand may be recorded
 * without a shorter term (the council did not grant it); a shorter term never exists without a recorded demand.
 * The statute says «письмову вимогу»: the demand is the applicant's written text, not a note of a phone call.
 */
export function checkShortenedTerm(change: AppealChange): RuleViolation | null {
  if (!change.isCreate && !touched(change, 'shortenedUntil', 'shortenedTermDemand', 'shortenedTermDemandedAt', 'receivedAt', 'needsAdditionalStudy')) {
    return null;
  }
  const { after, now, settings } = change;
  const statute = `ч. 2 ст. 20 ${LAW}`;
  const moment = checkActionMoment({
    field: 'shortenedTermDemandedAt',
    value: isBlank(after.shortenedTermDemandedAt) ? null : after.shortenedTermDemandedAt,
    receivedAt: after.receivedAt,
    now,
    action: 'вимоги заявника скоротити строк',
    statute,
  });
  if (moment) return moment;
  if (isBlank(after.shortenedUntil)) return null;
  if (isBlank(after.shortenedTermDemand)) {
    return {
      field: 'shortenedTermDemand',
      rule: 'shortened_term.demand_required',
      message:
        `Строк розгляду скорочують лише «на обґрунтовану письмову вимогу громадянина» (${statute}). ` +
        'Внесіть текст вимоги заявника з її обґрунтуванням у поле «Вимога заявника скоротити строк».',
    };
  }
  if (isBlank(after.shortenedTermDemandedAt)) {
    return {
      field: 'shortenedTermDemandedAt',
      rule: 'shortened_term.demand_date_required',
      message: `Вкажіть дату вимоги заявника скоротити строк розгляду (${statute}).`,
    };
  }
  if (!isIsoDate(after.shortenedUntil)) {
    return {
      field: 'shortenedUntil',
      rule: 'shortened_term.invalid_date',
      message: `Дату скороченого строку не розпізнано. Оберіть дату в календарі (${statute}).`,
    };
  }
  const receivedAt = validInstant(after.receivedAt);
  if (receivedAt === null) return null; // the receipt check names what is missing
  const demandDate = kyivDate(after.shortenedTermDemandedAt as Date);
  if (after.shortenedUntil < demandDate) {
    return {
      field: 'shortenedUntil',
      rule: 'shortened_term.before_demand',
      message:
        `Скорочений строк ${formatIsoDate(after.shortenedUntil)} раніший за дату вимоги заявника ` +
        `${formatIsoDate(demandDate)}: строк не може спливти ще до того, як його скоротили (${statute}). ` +
        `Оберіть дату не раніше ${formatIsoDate(demandDate)}.`,
    };
  }
  const statutoryDate = kyivDate(appealDueAt(receivedAt, after.needsAdditionalStudy !== false, settings));
  if (after.shortenedUntil > statutoryDate) {
    return {
      field: 'shortenedUntil',
      rule: 'shortened_term.longer_than_statutory',
      message:
        `Строк можна лише скоротити «від встановленого цією статтею терміну» (${statute}); строк за законом ` +
        `спливає ${formatIsoDate(statutoryDate)}. Оберіть дату не пізніше ${formatIsoDate(statutoryDate)} ` +
        'або продовжте строк рішенням керівника.',
    };
  }
  return null;
}
