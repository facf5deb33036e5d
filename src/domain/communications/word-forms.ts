/**
 * Regular-expression sources that find a Ukrainian name (or a street name) in any grammatical case,
 * by stem and a closed list of endings. Used by `masking.ts`; the limits are documented there.
 */

/** Apostrophes people type inside Ukrainian words (Мар’яна, Знам'янка). */
export const APOSTROPHE_CLASS = "['’ʼ`]";

/**
 * JavaScript's \b knows only ASCII letters, so word edges are spelled out: no letter, mark or digit on
 * the outside, and no apostrophe that would glue the match to a neighbouring letter.
 */
export const WORD_START = `(?<![\\p{L}\\p{M}\\p{N}])(?<!\\p{L}${APOSTROPHE_CLASS})`;
export const WORD_END = `(?![\\p{L}\\p{M}\\p{N}])(?!${APOSTROPHE_CLASS}\\p{L})`;

/**
 * Case endings of nouns and adjectives that names take (nominative … vocative, singular; and the
 * plural/possessive -и, -ів): Шевченк-о/-а/-у/-ові/-ом/-е, Тарас-/-а/-у/-ові/-ом/-е, Ковальськ-а/-ої/-ій/-у/-ою,
 * Білецьк-ий/-ого/-ому/-им/-ім, Андрі-й/-я/-ю/-єві/-єм/-є, Марі-я/-ї/-ю/-єю/-є, Ковал-ь/-я/-ю/-еві/-ем.
 * Longest first, so the alternation never settles for a shorter ending inside a longer one.
 */
// prettier-ignore
export const INFLECTIONAL_ENDINGS: readonly string[] = [
  'ові', 'еві', 'єві', 'ого', 'ому', 'ою', 'ею', 'єю', 'ом', 'ем', 'єм', 'ої', 'ій', 'ий', 'им', 'ім', 'ів', 'их',
  'и', 'а', 'я', 'у', 'ю', 'і', 'ї', 'е', 'є', 'о', 'й', 'ь', '',
];

/** Shorter stems would match ordinary words («Ан-» in «Анна» would also take «ана», «ану»…). */
export const MIN_STEM_LETTERS = 3;

const FINAL_VOWEL_OR_SOFT = /[аяоеєиіїуюьй]$/u;
const CONSONANT = /[бвгґджзклмнпрстфхцчшщ]/u;

/** The part of the word the endings attach to: Шевченко → шевченк, Білецький → білецьк, Андрій → андрі. */
export function stemOf(word: string): string {
  const w = word.toLowerCase();
  if (/(ий|ой)$/u.test(w)) return w.slice(0, -2);
  if (FINAL_VOWEL_OR_SOFT.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * Stems that change in the oblique cases (a small alternation rule, not a morphological dictionary):
 * - the fleeting «е»/«о»: Кравець → Кравц-я, Заєць → Зайц-я, Дячок → Дячк-а;
 * - «і» in the last closed syllable turns back to «о»: Федір → Федор-а, Яків → Яков-а, Сокіл → Сокол-а.
 */
function alternateStems(word: string): string[] {
  const w = word.toLowerCase();
  const stems: string[] = [];
  if (/[^є]ець$/u.test(w)) stems.push(w.slice(0, -3) + 'ц');
  if (/єць$/u.test(w)) stems.push(w.slice(0, -3) + 'йц');
  if (/ок$/u.test(w)) stems.push(w.slice(0, -2) + 'к');
  const last = w.charAt(w.length - 1);
  if (w.length >= 4 && w.charAt(w.length - 2) === 'і' && CONSONANT.test(last)) stems.push(w.slice(0, -2) + 'о' + last);
  return stems;
}

/**
 * Dative and locative of -а nouns soften г/к/х before «і»: Ольга → Ользі, Лука → Луці, Параска → Парасці.
 * Not for adjectival surnames (Ковальська → Ковальській keeps «к»).
 */
function softenedDative(word: string): string | null {
  const w = word.toLowerCase();
  if (!/[гкх]а$/u.test(w) || /[сцз]ька$/u.test(w)) return null;
  const soft: Record<string, string> = { г: 'з', к: 'ц', х: 'с' };
  return w.slice(0, -2) + soft[w.charAt(w.length - 2)] + 'і';
}

export function letterCount(word: string): number {
  return Array.from(word).filter((c) => /\p{L}/u.test(c)).length;
}

/**
 * A regular-expression source (to be used with the `iu` flags, between WORD_START and WORD_END) for
 * every case form of one word. Words under three letters, or whose stem would be, match only as written.
 */
export function wordFormsPattern(word: string): string {
  const w = word.toLowerCase();
  const exact = literal(w);
  const stem = stemOf(w);
  if (letterCount(w) < 3 || letterCount(stem) < MIN_STEM_LETTERS) return exact;
  const endings = `(?:${INFLECTIONAL_ENDINGS.map(literal).join('|')})`;
  const stems = [stem, ...alternateStems(w)].map(literal);
  const alternatives = [exact, `(?:${stems.join('|')})${endings}`];
  const dative = softenedDative(w);
  if (dative !== null) alternatives.push(literal(dative));
  return `(?:${alternatives.join('|')})`;
}

/** The word as written, with any apostrophe matching any apostrophe. */
export function literal(text: string): string {
  return Array.from(text)
    .map((c) => (/['’ʼ`]/u.test(c) ? APOSTROPHE_CLASS : escapeRegExp(c)))
    .join('');
}

/** Only syntax characters: under the `u` flag an escaped `-` outside a class is itself an error. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
