/**
 * One line of a job instruction or unit regulation, recognised by its shape alone. The documents
 * come out of Word by copy-paste or a .docx text extractor, so the shapes are loose: a clause
 * number may stand on its own line, a bullet marker may stand on its own line, signatures and
 * approval stamps surround the body. `parse.ts` puts the lines together.
 */

export type SectionKind = 'general' | 'tasks' | 'functions' | 'rights' | 'responsibility' | 'organisation' | 'other';

export type DocumentLine =
  | { kind: 'blank' }
  /** «2. Завдання та обов’язки» — a top-level number and words; whether it really opens a section is decided by the parser. */
  | { kind: 'numbered'; number: number; text: string }
  /** «2.12.» or «1.1. Головний спеціаліст…»; `text` is '' when the clause text is on the next line(s). */
  | { kind: 'clause'; number: string; text: string }
  /** «- текст», «· текст», or a lone «-» whose text is on the next line (`text` ''). */
  | { kind: 'bullet'; text: string }
  /** ЗАТВЕРДЖУЮ/ПОГОДЖУЮ stamps, «____» blanks to fill, a signatory's name with initials. */
  | { kind: 'signature' }
  | { kind: 'text'; text: string };

// Up to two digits before the first dot and three after each, then a space, a letter or the end of
// the line: a date (01.02.2026) that opens a continuation line is not a clause number. A line that
// opens with «1.5 ставки» cannot be told from clause 1.5; the parser warns when it is out of its section.
const CLAUSE = /^(\d{1,2}(?:\.\d{1,3})+)(?:[.)]?(?=\s|$)|[.)](?=\p{L}))\s*(.*)$/u;
const NUMBERED = /^(\d{1,2})\.\s*(\p{L}.*)$/u;
const LONE_NUMBER = /^(\d{1,2})\.$/u;
// Hyphen, en/em dash, middle dot (the seed regulation), bullet, squares, Word's Symbol-font bullets.
const BULLET = /^[-\u2013\u2014\u00b7\u2022\u25aa\u25cf\u2219\uf0b7\uf0a7*]\s*(.*)$/u;

const STAMP = /^[«"“]?\s*(?:ЗАТВЕРДЖУЮ|ЗАТВЕРДЖЕНО|ЗАТВЕРДЖЕНА|ЗАТВЕРДЖЕНИЙ|ПОГОДЖУЮ|ПОГОДЖЕНО|ПОГОДЖЕНА)(?!\p{L})/u;
const BLANK_TO_FILL = /_{3,}/u;
const UPPER = 'А-ЯІЇЄҐ';
const LETTERS = 'А-ЯІЇЄҐа-яіїєґ';
const APOSTROPHE = "'’ʼ";
// «В.Б. Коцюба», «А.Л.БІЛОУСОВ», «Т. Кучма» ending a line — how a signatory is written under a
// signature. A clause that names a person ends with a full stop, so it is not taken for one.
const INITIALS_THEN_SURNAME = new RegExp(
  `(?:^|[\\s_])[${UPPER}]\\.\\s?(?:[${UPPER}]\\.\\s?)?[${UPPER}][${LETTERS}${APOSTROPHE}-]+\\s*$`,
  'u',
);
// «Ірина ПЕТРЕНКО» — the style of signatures since the 2019 rules on documents.
const NAME_THEN_SURNAME_IN_CAPS = new RegExp(
  `(?:^|\\s{2,}|_)[${UPPER}][а-яіїєґ${APOSTROPHE}]+\\s+[${UPPER}]{2}[${UPPER}${APOSTROPHE}-]*\\s*$`,
  'u',
);

export function classifyLine(raw: string): DocumentLine {
  const line = raw.replace(/[\u00a0\t\u2007\u202f]/gu, ' ').trim();
  if (line === '') return { kind: 'blank' };
  // A numbered line is never a signature, even when a clause names a person or leaves a «___» blank.
  const clause = CLAUSE.exec(line);
  if (clause) return { kind: 'clause', number: clause[1], text: clause[2].trim() };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { kind: 'numbered', number: Number(numbered[1]), text: collapse(numbered[2]) };
  if (isSignatureLine(line)) return { kind: 'signature' };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1].trim() };
  return { kind: 'text', text: line };
}

/**
 * Lines of the document, classified. A top-level number alone on its line («3.») followed by words
 * on the next non-blank line is one heading split by the editor; it is joined back here.
 */
export function documentLines(text: string): DocumentLine[] {
  const raw = text.split(/\r\n|\r|\n|\f|\u2028|\u2029/u);
  const lines: DocumentLine[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const lone = LONE_NUMBER.exec(raw[index].trim());
    const next = lone ? nextNonBlank(raw, index + 1) : -1;
    if (lone && next >= 0) {
      const joined = classifyLine(`${lone[1]}. ${raw[next].trim()}`);
      if (joined.kind === 'numbered') {
        lines.push(joined);
        index = next;
        continue;
      }
    }
    lines.push(classifyLine(raw[index]));
  }
  return lines;
}

function nextNonBlank(raw: readonly string[], from: number): number {
  for (let index = from; index < raw.length; index += 1) if (raw[index].trim() !== '') return index;
  return -1;
}

export function isSignatureLine(line: string): boolean {
  return (
    STAMP.test(line) ||
    BLANK_TO_FILL.test(line) ||
    INITIALS_THEN_SURNAME.test(line) ||
    NAME_THEN_SURNAME_IN_CAPS.test(line)
  );
}

/**
 * A heading is short words, not a sentence that goes on: a top-level numbered line that ends with
 * a comma or semicolon, or is longer than a heading ever is, is running text that happens to start
 * with a number.
 */
export function looksLikeHeading(text: string): boolean {
  return text.length <= 120 && !/[,;]$/u.test(text);
}

// Checked in this order; the first match wins («Завдання та обов’язки» is tasks, not rights).
const SECTION_KINDS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['general', /загальн/u],
  ['tasks', /завдан|обов['’ʼ]?язк/u],
  ['functions', /функці/u],
  ['responsibility', /відповідальн/u],
  ['rights', /(?<!\p{L})прав[аоі]?(?!\p{L})/u],
  ['organisation', /організац/u],
];

export function sectionKindOf(heading: string): SectionKind {
  const lower = heading.toLocaleLowerCase('uk');
  for (const [kind, pattern] of SECTION_KINDS) if (pattern.test(lower)) return kind;
  return 'other';
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
