import { DomainError } from '../errors';
import { isOneOf } from '../register/values';
import { AUTHOR_KINDS } from './vocabulary';

/**
 * Registration index of an appeal (Instruction on records of citizens' appeals, Cabinet Resolution
 * 348/1997): the first letter of the author's surname, `КО` for a collective appeal, `БП` for one
 * without a signature; then a sequence number that restarts every year, e.g. `Ш-17/2026`
 * (src/domain/register/registration.ts).
 */

export const COLLECTIVE_PREFIX = 'КО';
export const ANONYMOUS_PREFIX = 'БП';

// Apostrophes and quotes that may precede a surname's first letter: ASCII ', the Ukrainian
// apostrophe ʼ (U+02BC, a *modifier letter* in Unicode, so a plain \p{L} test would take it for a
// letter), typographic ’ ‘ ′, backtick, acute and ʹ, plus all quote marks.
const SKIPPABLE = /[\s\p{P}\p{Lm}\p{Sk}\u2032]/u;
// A real first letter: upper/lower/title case or other letters, never a modifier letter.
const SURNAME_LETTER = /[\p{Lu}\p{Ll}\p{Lt}\p{Lo}]/u;

/**
 * `authorKind` comes from the database as a string; null/undefined means the schema default
 * `individual`. The surname is the first word of «Прізвище Ім'я По батькові».
 */
export function registrationPrefix(
  authorKind: string | null | undefined,
  applicantFullName: string | null | undefined,
): string {
  const kind = authorKind ?? 'individual';
  if (!isOneOf(AUTHOR_KINDS, kind)) {
    throw new DomainError({
      field: 'authorKind',
      rule: 'registration.unknown_author_kind',
      message:
        `Невідомий вид звернення за автором: «${kind}». Оберіть «індивідуальне», «колективне» або «анонімне» ` +
        '(Інструкція з діловодства за зверненнями громадян, постанова КМУ № 348 від 14.04.1997).',
    });
  }
  if (kind === 'collective') return COLLECTIVE_PREFIX;
  if (kind === 'anonymous') return ANONYMOUS_PREFIX;

  const letter = firstLetterOfSurname(applicantFullName);
  if (letter === null) {
    throw new DomainError({
      field: 'applicantFullName',
      rule: 'registration.surname_required',
      message:
        'Не вказано прізвище заявника: реєстраційний індекс індивідуального звернення починається з першої ' +
        'літери прізвища (Інструкція з діловодства за зверненнями громадян, постанова КМУ № 348 від 14.04.1997). ' +
        "Вкажіть ПІБ у порядку «Прізвище Ім'я По батькові» або позначте звернення як анонімне чи колективне.",
    });
  }
  return letter;
}

function firstLetterOfSurname(fullName: string | null | undefined): string | null {
  if (typeof fullName !== 'string') return null;
  // NFC so that a decomposed «Й» (И + combining breve) counts as one letter.
  for (const char of fullName.normalize('NFC')) {
    if (SURNAME_LETTER.test(char)) return char.toLocaleUpperCase('uk');
    if (!SKIPPABLE.test(char)) return null; // a digit or symbol first: not a surname
  }
  return null;
}
