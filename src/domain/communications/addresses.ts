import { WORD_START, escapeRegExp, letterCount, literal, wordFormsPattern } from './word-forms';
import { Span, matchSpans } from './text-spans';

/**
 * The applicant's known address in free text: as written, and its street-and-house part in any case
 * form (how far this goes: see the comment at the top of `masking.ts`).
 */

/** Street types as abbreviated and in their case forms (вул. / вулиця / вулиці / вулицею …). */
const STREET_TYPE = [
  'вул\\.?',
  'вулиц(?:я|і|ю|ею)',
  'просп\\.?',
  'пр-т',
  'проспект(?:у|і|ом)?',
  'пров\\.?',
  'провул(?:ок|ку|ка|ком)',
  'пл\\.?',
  'площ(?:а|і|у|ею)',
  'бульв?\\.?',
  'б-р',
  'бульвар(?:у|і|ом|а)?',
  'майдан(?:у|і|ом)?',
  'узвіз',
  'узвоз(?:у|і|ом)',
  'шосе',
  'проїзд(?:у|і|ом)?',
  'тупик(?:у|а|ом)?',
  'наб\\.?',
  'набережн(?:а|ої|ій|у|ою)',
  'мкр\\.?',
  'мікрорайон(?:у|і|ом)?',
].join('|');

const HOUSE_PREFIX = '(?:(?:буд(?:инок|инку)?\\.?|№)\\s*)';
const APARTMENT = `(?:\\s*,?\\s*(?:кв\\.?|квартир[аиіу])\\s*(?:№\\s*)?\\d+\\p{L}?(?![\\p{L}\\p{N}]))`;
const HOUSE = /^(?:(?:буд(?:инок)?\.?|№)\s*)?(\d+)(?:\s*-?\s*(\p{L}))?(?:\s*\/\s*(\d+)(?:\s*-?\s*(\p{L}))?)?$/u;

interface StreetAddress {
  words: string[];
  house: RegExpExecArray;
}

export function findAddresses(text: string, address: string | null | undefined): Span[] {
  const written = (address ?? '').trim();
  // Without a house number («м. Дрогобич») an address names a place, not a person: masking it would
  // blank the city out of every published answer.
  if (letterCount(written) === 0 || !/\d/.test(written)) return [];
  const spans = matchSpans(
    text,
    new RegExp(`(?<![\\p{L}\\p{N}])${flexibleSpaces(written)}(?![\\p{L}\\p{N}])`, 'giu'),
    'address',
  );
  const street = streetAddress(written);
  if (street) {
    const name = street.words.map(wordFormsPattern).join('\\s+');
    const pattern =
      `${WORD_START}(?:(?:${STREET_TYPE})\\s*)?${name}\\s*,?\\s*${HOUSE_PREFIX}?${housePattern(street.house)}` +
      `(?![\\p{L}\\p{N}])${APARTMENT}?`;
    spans.push(...matchSpans(text, new RegExp(pattern, 'giu'), 'address'));
  }
  return spans;
}

/** «м. Дрогобич, вул. Садова, 3, кв. 5» → street words [Садова] and house 3. */
function streetAddress(address: string): StreetAddress | null {
  const segments = address
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const next = i + 1 < segments.length ? HOUSE.exec(segments[i + 1]) : null;
    if (next && letterCount(segments[i]) > 0) return street(segments[i], next);
    const inline = /^(.*?\p{L}.*?)\s+(\S*\d.*)$/u.exec(segments[i]);
    const house = inline ? HOUSE.exec(inline[2]) : null;
    if (inline && house) return street(inline[1], house);
  }
  return null;
}

function street(segment: string, house: RegExpExecArray): StreetAddress | null {
  const name = segment
    .replace(new RegExp(`^(?:${STREET_TYPE})(?![\\p{L}])\\s*`, 'iu'), '')
    .replace(/^\p{L}{1,4}\.\s*/u, ''); // «с.», «смт.» before a village street
  const words = name.split(/\s+/u).filter(Boolean);
  return words.length > 0 ? { words, house } : null;
}

function housePattern(house: RegExpExecArray): string {
  const [, number, letter, secondNumber, secondLetter] = house;
  const part = (n: string, l: string | undefined): string => (l ? `${n}\\s*-?\\s*${escapeRegExp(l)}` : n);
  return part(number, letter) + (secondNumber ? `\\s*\\/\\s*${part(secondNumber, secondLetter)}` : '');
}

/** «вул.Садова,3» and «вул. Садова, 3» are the same address. */
function flexibleSpaces(written: string): string {
  const tokens = written.match(/[\p{L}\p{N}'’ʼ`]+|[^\s\p{L}\p{N}'’ʼ`]/gu) ?? [];
  return tokens
    .map((token, k) => {
      const separator =
        k === 0 ? '' : /[\p{L}\p{N}]/u.test(tokens[k - 1]) && /[\p{L}\p{N}]/u.test(token) ? '\\s+' : '\\s*';
      return separator + literal(token);
    })
    .join('');
}
