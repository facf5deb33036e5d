import type { RuleViolation } from '../errors';
import { filled, firstOf } from '../register/checks';
import { isBlank } from '../register/values';
import type { TermSettings } from '../terms';
import type { InformationRequestChange, InformationRequestSnapshot } from './snapshot';
import type { InformationRequestState } from './states';
import { LAW } from './vocabulary';

/**
 * Art. 22(4) of Law 2939-VI: «У відмові в задоволенні запиту на інформацію має бути зазначено: 1) прізвище, ім'я, по
 * батькові та посада особи, відповідальної за розгляд запиту розпорядником інформації; 2) дату відмови; 3) мотивовану
 * підставу відмови; 4) порядок оскарження відмови; 5) підпис.»
 *
 * The date of the refusal is `answeredAt` (it defaults to the moment of the record and is checked against the receipt
 * and now); the reasoned ground is `refusalGround` with `refusalExplanation` (state-checks.ts); this file adds the
 * responsible person and how to appeal. The signature is on the paper letter and is not recorded. A partial answer
 * withholds part of the information, so it is a refusal in that part and carries the same record.
 */

/** What a refusal tells the requester about appeal when the clerk writes nothing else (Art. 23(1)); editable. */
export const DEFAULT_REFUSAL_APPEAL_PROCEDURE =
  'Відмову в задоволенні запиту на інформацію може бути оскаржено до керівника розпорядника інформації, вищого ' +
  `органу або до суду (ч. 1 ст. 23 ${LAW}), а також у порядку, визначеному Кодексом адміністративного ` +
  'судочинства України. Запитувач також може звернутися до Уповноваженого Верховної Ради України з прав людини.';

/** The item holds a refusal (whole or in part) once in this state. */
export function recordsRefusal(state: InformationRequestState, after: InformationRequestSnapshot): boolean {
  return state === 'refused' || (state === 'answered' && !isBlank(after.answerOutcome) && after.answerOutcome !== 'provided');
}

/** On entering a refusal, a blank appeal procedure receives the default text (the clerk may edit it). */
export function refusalDefaults(
  change: InformationRequestChange,
  state: InformationRequestState,
): { refusalAppealProcedure?: string } {
  if (!recordsRefusal(state, change.after) || !isBlank(change.after.refusalAppealProcedure)) return {};
  return { refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE };
}

/** The fields a refusal record is re-checked on when edited. */
export const REFUSAL_RECORD_FIELDS = ['refusalOfficialName', 'refusalOfficialPosition', 'refusalAppealProcedure'] as const;

export const checkRefusalRecord: (c: InformationRequestChange) => RuleViolation | null = firstOf<InformationRequestSnapshot, TermSettings>(
  filled('refusalOfficialName', 'refusal.official_name_required',
    'У відмові в задоволенні запиту зазначають «прізвище, ім\'я, по батькові та посад[у] особи, відповідальної за ' +
      `розгляд запиту» (п. 1 ч. 4 ст. 22 ${LAW}). Вкажіть прізвище, ім'я, по батькові відповідальної особи.`),
  filled('refusalOfficialPosition', 'refusal.official_position_required',
    `У відмові зазначають посаду особи, відповідальної за розгляд запиту (п. 1 ч. 4 ст. 22 ${LAW}). Вкажіть посаду.`),
  filled('refusalAppealProcedure', 'refusal.appeal_procedure_required',
    `У відмові зазначають порядок оскарження відмови (п. 4 ч. 4 ст. 22, ч. 1 ст. 23 ${LAW}). ` +
      'Поверніть текст про порядок оскарження (його можна редагувати, але не залишати порожнім).'),
);
