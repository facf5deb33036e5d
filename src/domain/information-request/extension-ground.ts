import type { RuleViolation } from '../errors';
import { isOneOf } from '../register/values';
import { violation } from '../register/violation';
import type { InformationRequestChange } from './snapshot';
import { EXTENSION_GROUND_LABELS, EXTENSION_GROUNDS, LAW } from './vocabulary';

/**
 * Art. 20(4) of Law 2939-VI: «У разі якщо запит стосується надання великого обсягу інформації або потребує пошуку
 * інформації серед значної кількості даних, розпорядник інформації може продовжити строк розгляду запиту до 20 робочих
 * днів з обґрунтуванням такого продовження.» The two grounds are the whole list: an extension names one of them
 * (`extensionGround`), and `extensionReason` is the reasoning the law asks for. Checked whenever an extension is
 * recorded or edited (term-decision.ts, `checkExtensionAllowed`).
 */
export function checkExtensionGround(change: InformationRequestChange): RuleViolation | null {
  if (isOneOf(EXTENSION_GROUNDS, change.after.extensionGround)) return null;
  const grounds = EXTENSION_GROUNDS.map((g) => `«${EXTENSION_GROUND_LABELS[g]}»`).join(' або ');
  return violation(
    'extensionGround',
    'extension.ground_required',
    'Строк розгляду запиту продовжують до 20 робочих днів лише «у разі якщо запит стосується надання великого ' +
      'обсягу інформації або потребує пошуку інформації серед значної кількості даних» ' +
      `(ч. 4 ст. 20 ${LAW}). Оберіть підставу продовження: ${grounds}; інших підстав закон не передбачає.`,
  );
}
