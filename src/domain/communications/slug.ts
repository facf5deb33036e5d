import { DomainError } from '../errors';

/**
 * Addresses of publications on the city website, made from their Ukrainian titles.
 *
 * Transliteration follows the official table of Cabinet of Ministers Resolution No. 55 of 27.01.2010
 * «Про впорядкування транслітерації українського алфавіту латиницею» — the same one used for passports
 * and road signs, so a resident who types the address by ear gets what the state taught them:
 * - Є, Ї, Й, Ю, Я are Ye, Yi, Y, Yu, Ya at the beginning of a word and ie, i, i, iu, ia elsewhere;
 * - «зг» is «zgh» (Згорани → Zghorany), so it is not read as «ж» (zh);
 * - the soft sign and the apostrophe are not rendered (Знам’янка → Znamianka).
 * Letters outside the Ukrainian alphabet (Latin, digits, Russian ы/э/ё/ъ) are left as they are.
 */

// The resolution's table, in the order of the alphabet.
// prettier-ignore
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};

/** The resolution's footnote: these five at the beginning of a word. */
const WORD_INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Typographic (’), typewriter ('), modifier-letter (ʼ) apostrophes and the backtick people type for it. */
const APOSTROPHES = new Set(['’', "'", 'ʼ', '`', '‘']);

const LETTER = /\p{L}/u;

export function transliterate(text: string): string {
  // A decomposed «й» (и + combining breve) must read as «й», not as «и» followed by a stray mark.
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (APOSTROPHES.has(char)) continue;
    const lower = char.toLowerCase();
    let latin = LETTERS[lower];
    if (latin === undefined) {
      out += char;
      continue;
    }
    if (lower in WORD_INITIAL && atWordStart(chars, i)) latin = WORD_INITIAL[lower];
    else if (lower === 'г' && chars[i - 1]?.toLowerCase() === 'з') latin = 'gh';
    out += lower === char ? latin : capitalised(latin, chars, i);
  }
  return out;
}

/** The previous letter, looking through apostrophes (Знам’янка: «я» follows «м», not the word break). */
function atWordStart(chars: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && APOSTROPHES.has(chars[j])) j--;
  return j < 0 || !LETTER.test(chars[j]);
}

/** «Щука» → «Shchuka», but «ЩУКА» → «SHCHUKA»: a capital inside a capitalised word stays all capitals. */
function capitalised(latin: string, chars: string[], i: number): string {
  const isUpperLetter = (c: string | undefined): boolean =>
    c !== undefined && LETTER.test(c) && c === c.toUpperCase() && c !== c.toLowerCase();
  if (isUpperLetter(chars[i + 1]) || isUpperLetter(chars[i - 1])) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** What a publication is called when its title yields no Latin letters or digits at all. */
export const FALLBACK_SLUG = 'publikatsiia';

export const DEFAULT_SLUG_MAX_LENGTH = 80;

/**
 * «Біла Церква: ремонт доріг» → «bila-tserkva-remont-dorih». Cut at a hyphen so no word is chopped,
 * unless the first word alone is longer than `maxLength`.
 */
export function slugify(title: string, maxLength = DEFAULT_SLUG_MAX_LENGTH): string {
  assertMaxLength(maxLength);
  const slug = transliterate(title ?? '')
    .toLowerCase()
    // Latin letters with diacritics (café) keep their base letter.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cutAtWordBoundary(slug, maxLength) || FALLBACK_SLUG.slice(0, maxLength);
}

function cutAtWordBoundary(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const head = slug.slice(0, maxLength);
  if (slug.charAt(maxLength) === '-') return head.replace(/-+$/, '');
  const lastHyphen = head.lastIndexOf('-');
  return (lastHyphen > 0 ? head.slice(0, lastHyphen) : head).replace(/-+$/, '');
}

/** A loop guard: the website never holds this many publications with one title. */
const MAX_SUFFIX = 10_000;

/**
 * `base`, or `base-2`, `base-3`… — the first one not `taken`. The database lookup stays with the caller:
 * pass the set of slugs already used, or a predicate. The suffix never pushes the slug past `maxLength`:
 * the base is shortened (at a word boundary) to make room.
 */
export function uniqueSlug(
  base: string,
  taken: ((candidate: string) => boolean) | Set<string>,
  maxLength = DEFAULT_SLUG_MAX_LENGTH,
): string {
  assertMaxLength(maxLength);
  const isTaken = typeof taken === 'function' ? taken : (candidate: string) => taken.has(candidate);
  const root = base.trim() === '' ? FALLBACK_SLUG : base.trim();
  const first = cutAtWordBoundary(root, maxLength);
  if (!isTaken(first)) return first;
  for (let n = 2; n <= MAX_SUFFIX; n++) {
    const suffix = `-${n}`;
    const candidate = (cutAtWordBoundary(root, maxLength - suffix.length) || root.slice(0, 1)) + suffix;
    if (!isTaken(candidate)) return candidate;
  }
  throw new DomainError({
    field: 'slug',
    rule: 'slug.exhausted',
    message:
      `Адреси «${root}», «${root}-2» … «${root}-${MAX_SUFFIX}» уже зайняті. Змініть заголовок публікації ` +
      'або вкажіть адресу (slug) вручну.',
  });
}

function assertMaxLength(maxLength: number): void {
  if (!Number.isInteger(maxLength) || maxLength < 3) {
    throw new RangeError(`Expected an integer slug length of at least 3, got ${maxLength}`);
  }
}
