/**
 * Where personal data sits in a text: half-open [start, end) ranges in UTF-16 code units (as
 * `String.prototype.slice` counts), found by the finders in `masking.ts`, `phones.ts`, `addresses.ts`.
 */

export type PersonalDataKind = 'email' | 'phone' | 'name' | 'address';

export interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export function matchSpans(text: string, pattern: RegExp, kind: PersonalDataKind): Span[] {
  return Array.from(text.matchAll(pattern), (m) => ({
    kind,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  })).filter((s) => s.end > s.start);
}

/** Overlaps (a name inside an address, an e-mail's digits) become one span of the longer finding's kind. */
export function joinOverlapping(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const joined: Span[] = [];
  for (const span of sorted) {
    const last = joined[joined.length - 1];
    if (!last || span.start >= last.end) {
      joined.push({ ...span });
      continue;
    }
    if (span.end <= last.end) continue;
    const kind = span.end - span.start > last.end - last.start ? span.kind : last.kind;
    joined[joined.length - 1] = { kind, start: last.start, end: span.end };
  }
  return joined;
}
