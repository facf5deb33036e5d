import { findAddresses } from './addresses';
import { findPhones } from './phones';
import { PersonalDataKind, Span, joinOverlapping, matchSpans } from './text-spans';
import { WORD_END, WORD_START, escapeRegExp, letterCount, wordFormsPattern } from './word-forms';

/**
 * Finding the applicant's personal data in a text that is about to be published on the city website
 * (Law «Про захист персональних даних»: name, address, phone and e-mail never leave the admin side).
 * This is a safety net for the staff review that the publication workflow requires, not a replacement
 * for it: when in doubt it masks too much rather than too little.
 *
 * E-mails: any ordinary address (local part of letters, digits and . _ % + -, a dotted domain with a
 * top-level part of 2+ letters; Cyrillic domains too), plus the applicant's known e-mail as written.
 *
 * Phones: Ukrainian mobile and long-distance numbers however they are spaced — +380 67 123 45 67,
 * +380671234567, 380671234567, +38 (067) 123-45-67, 8 067 123 45 67, 067-123-45-67, (067)1234567,
 * (067) 123-45-67, 067 123 45 67, 0671234567: the digits (groups joined by spaces, hyphens, dots or
 * brackets) must be 0XXXXXXXXX, 380XXXXXXXXX or 80XXXXXXXXX with X₁ ≠ 0. Short city numbers (22-33-44)
 * are caught only when they are the applicant's known phone; other people's short numbers are not.
 *
 * Name — how far it goes. Each part of the known full name (split at spaces, hyphens and dots) is
 * matched as a whole word (Cyrillic-aware edges, any letter case) in these forms:
 *  - stem + a case ending: the part minus its final vowel, «ь» or «й» (or «-ий»/«-ой» of adjectival
 *    surnames) followed by one of the endings in `INFLECTIONAL_ENDINGS` — so Шевченко / Шевченка /
 *    Шевченку / Шевченком / Шевченкові, Тарас / Тараса / Тарасу / Тарасе, Григорович / Григоровича /
 *    Григоровичем, Ковальська / Ковальської / Ковальській, Білецький / Білецького, Андрій / Андрія,
 *    Марія / Марії, Петрівна / Петрівни, Коваль / Коваля;
 *  - alternations: fleeting «е»/«о» (Кравець → Кравця, Заєць → Зайця, Дячок → Дячка), «і» → «о» in the
 *    last syllable (Федір → Федора, Яків → Якова), г/к/х → з/ц/с in the dative of -а nouns (Ольга → Ользі,
 *    Лука → Луці);
 *  - initials next to a matched part, with or without spaces: Т. Г. Шевченко, Т.Г. Шевченко,
 *    Шевченко Т.Г., Шевченко Т. Г., Т. Шевченку (initials are the capital first letters of the known
 *    parts; lower-case «т.» is not an initial). Adjacent matches («Шевченку Тарасу Григоровичу») are
 *    masked as one.
 * Known misses: other vowel alternations (Лев → Льва, Лебідь → Лебедя, Пень → Пня); diminutives and short
 * forms (Тарасик, Оля, Сашко); possessive adjectives beyond -ів (Тарасова, Шевченкова); a name or its
 * stem shorter than three letters (Ія, Ян, Аня → Ані) is matched only exactly as written; initials
 * without the surname next to them; the name in Latin letters (Shevchenko) or with Latin look-alike
 * letters typed inside Cyrillic words; misspellings. Known over-masking: common words that share the
 * stem (surname Коваль also masks «коваля», first name Надія masks «надії»), other people with the same
 * surname or first name, and a street named like the applicant.
 *
 * Address: the known address as written (any letter case, flexible spaces), and its street-and-house
 * part in any case form of the street type and name, with an optional «буд.»/«№» and an optional
 * apartment: «вул. Садова, 3» also finds «вулиці Садовій, 3», «Садова 3», «вул. Садова, буд. 3, кв. 5».
 * The house number must match exactly; a street mentioned without the number is not personal data, and
 * a known address without any number (just «м. Дрогобич») is not looked for at all.
 */

export type { PersonalDataKind } from './text-spans';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
  match: string;
}

export interface KnownPersonalData {
  fullName?: string | null;
  address?: string | null;
  email?: string | null;
  phone?: string | null;
}

export const PERSONAL_DATA_PLACEHOLDERS: Readonly<Record<PersonalDataKind, string>> = {
  email: '[e-mail приховано]',
  phone: '[телефон приховано]',
  name: '[ПІБ приховано]',
  address: '[адресу приховано]',
};

/** How a kind is named in messages to staff (the values themselves are never repeated). */
export const PERSONAL_DATA_KIND_LABELS: Readonly<Record<PersonalDataKind, string>> = {
  email: 'адреса електронної пошти',
  phone: 'номер телефону',
  name: 'ім’я заявника',
  address: 'адреса заявника',
};

/** Matches in text order; overlapping findings are joined into one so nothing leaks between them. */
export function findPersonalData(text: string, known: KnownPersonalData = {}): PersonalDataMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const spans = [
    ...findEmails(text, known.email),
    ...findPhones(text, known.phone),
    ...findAddresses(text, known.address),
    ...findNames(text, known.fullName),
  ];
  return joinOverlapping(spans).map((s) => ({ ...s, match: text.slice(s.start, s.end) }));
}

export function maskPersonalData(text: string, known: KnownPersonalData = {}): string {
  if (typeof text !== 'string') return '';
  let masked = '';
  let from = 0;
  for (const m of findPersonalData(text, known)) {
    masked += text.slice(from, m.start) + PERSONAL_DATA_PLACEHOLDERS[m.kind];
    from = m.end;
  }
  return masked + text.slice(from);
}

export function containsPersonalData(text: string, known: KnownPersonalData = {}): boolean {
  return findPersonalData(text, known).length > 0;
}

// ---- e-mail -------------------------------------------------------------------------------------------

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}])/gu;

function findEmails(text: string, knownEmail: string | null | undefined): Span[] {
  const spans = matchSpans(text, EMAIL, 'email');
  const email = knownEmail?.trim();
  if (email) spans.push(...matchSpans(text, new RegExp(escapeRegExp(email), 'giu'), 'email'));
  return spans;
}

// ---- name ---------------------------------------------------------------------------------------------

function findNames(text: string, fullName: string | null | undefined): Span[] {
  const parts = (fullName ?? '').split(/[\s\u00A0\-‐–.,]+/u).filter((p) => letterCount(p) > 0);
  const words = parts.filter((p) => letterCount(p) >= 2);
  if (words.length === 0) return [];
  const pattern = new RegExp(`${WORD_START}(?:${words.map(wordFormsPattern).join('|')})${WORD_END}`, 'giu');
  const initials = [...new Set(parts.map((p) => p.charAt(0).toUpperCase()).filter((c) => /\p{Lu}/u.test(c)))];
  const initialsAround = initialsPatterns(initials);
  const spans = matchSpans(text, pattern, 'name').map((s) => withInitials(text, s, initialsAround));
  return joinAdjacentNames(text, spans);
}

interface InitialsPatterns {
  before: RegExp;
  after: RegExp;
}

/** Capital letters only: a lower-case «т.» or «г.» is an abbreviation («т. зв.», «2026 р.»), not an initial. */
function initialsPatterns(initials: string[]): InitialsPatterns | null {
  if (initials.length === 0) return null;
  const initial = `[${initials.map(escapeRegExp).join('')}]\\.`;
  return {
    before: new RegExp(`(?:${initial}\\s*){1,2}$`, 'u'),
    after: new RegExp(`^\\s*${initial}(?:\\s*${initial})?`, 'u'),
  };
}

/** Two initials with their spaces fit in this many characters; looking no further keeps long texts linear. */
const INITIALS_WINDOW = 16;

/** «Т. Г. Шевченко», «Шевченко Т.Г.»: initials only count next to a matched part of the name. */
function withInitials(text: string, span: Span, patterns: InitialsPatterns | null): Span {
  if (patterns === null) return span;
  let start = span.start;
  const from = Math.max(0, span.start - INITIALS_WINDOW);
  const before = patterns.before.exec(text.slice(from, span.start));
  // The initial must begin a word: «СТ. Шевченко» is not «Т. Шевченко».
  if (before && !/[\p{L}\p{N}]/u.test(text.charAt(from + before.index - 1))) start = from + before.index;
  const after = patterns.after.exec(text.slice(span.end, span.end + INITIALS_WINDOW));
  return { kind: 'name', start, end: after ? span.end + after[0].length : span.end };
}

/** «Шевченку Тарасу Григоровичу» becomes one placeholder, not three. */
function joinAdjacentNames(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    if (last && span.start >= last.end && /^[\s\u00A0\-‐]*$/u.test(text.slice(last.end, span.start))) {
      joined[joined.length - 1] = { ...last, end: Math.max(last.end, span.end) };
    } else {
      joined.push(span);
    }
  }
  return joined;
}
