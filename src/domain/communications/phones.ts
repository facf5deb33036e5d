import type { Span } from './text-spans';

/**
 * Ukrainian phone numbers in free text (how far this goes: see the comment at the top of `masking.ts`).
 * A number is recognised by its digits, not by its spacing, so every way people write one is covered
 * by one rule.
 */

/** Digit groups joined by at most three separators: «+38 (067) 123-45-67» is one run of five groups. */
const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\(?\d+(?:[ \u00A0\t\-–.()]{1,3}\d+)*/gu;

/** 0XX XXX XX XX, +380 XX XXX XX XX, and the old trunk prefix 8 0XX …; an operator or area code never starts with 0. */
export function isUkrainianPhone(digits: string): boolean {
  return /^(?:0|380|80)[1-9]\d{8}$/.test(digits);
}

/** The number without its country or trunk prefix, so +380 67… and 067… compare equal. */
function nationalNumber(digits: string): string {
  const m = /^(?:380|80|0)([1-9]\d{8})$/.exec(digits);
  return m ? m[1] : digits;
}

export function findPhones(text: string, knownPhone: string | null | undefined): Span[] {
  const knownDigits = (knownPhone ?? '').replace(/\D/g, '');
  const isPhone = (digits: string): boolean =>
    isUkrainianPhone(digits) || (knownDigits.length >= 5 && nationalNumber(digits) === nationalNumber(knownDigits));
  const maxDigits = Math.max(12, knownDigits.length);
  const spans: Span[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const runStart = run.index ?? 0;
    const groups = Array.from(run[0].matchAll(/\d+/g), (g) => ({
      start: runStart + (g.index ?? 0),
      end: runStart + (g.index ?? 0) + g[0].length,
      digits: g[0],
    }));
    // From each group, the longest sequence of whole groups that is a phone: «067 123 45 67 2 шт.» stops before «2».
    let i = 0;
    while (i < groups.length) {
      let digits = '';
      let last = -1;
      for (let j = i; j < groups.length && digits.length + groups[j].digits.length <= maxDigits; j++) {
        digits += groups[j].digits;
        if (isPhone(digits)) last = j;
      }
      if (last < 0) {
        i++;
        continue;
      }
      spans.push(phoneSpan(text, i === 0 ? runStart : groups[i].start, groups[last].end));
      i = last + 1;
    }
  }
  return spans;
}

/**
 * Takes in the «+» and the «(» of an area code written before the first digits, but leaves brackets that
 * enclose the whole number: «(067) 123-45-67» is masked whole, «(0671234567)» keeps its brackets.
 */
function phoneSpan(text: string, start: number, end: number): Span {
  let s = start;
  if (text.charAt(s - 1) === '(') s--;
  if (text.charAt(s - 1) === '+') s--;
  let e = end;
  const written = text.slice(s, e);
  const unclosed = (written.match(/\(/g)?.length ?? 0) - (written.match(/\)/g)?.length ?? 0);
  if (unclosed > 0 && text.charAt(s) === '(') s++;
  else if (unclosed > 0 && text.charAt(e) === ')') e++;
  return { kind: 'phone', start: s, end: e };
}
