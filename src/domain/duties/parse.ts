import { DomainError } from '../errors';
import { Competence, inCanonicalOrder } from './competences';
import { BodyReader, DraftDuty, ParsedSection } from './clause-reader';
import { DocumentLine, SectionKind, collapse, documentLines } from './document-lines';
import { suggestCompetences } from './suggest';

/**
 * Reads a job instruction (посадова інструкція) or a unit regulation (положення про підрозділ) into
 * its numbered clauses: the duties the product routes work by. The result is for a person to review
 * before it is saved, so doubtful places become `warnings`, not guesses made silently.
 *
 * Representation choices:
 * - every numbered clause (1.1, 2.12, 5.5 …) is one duty, whatever its section: rights and
 *   responsibility clauses are kept so the imported instruction can be read in full;
 * - bullets inside a clause stay in that clause's `bullets` (its `text` is the lead-in, e.g.
 *   «…виконує наступні функції:»), and the clause carries the union of the competences of its text
 *   and its bullets: routing asks «does this instruction cover X», which the clause answers;
 * - bullets directly under a section heading, with no numbered clause to belong to (the rights of
 *   the seed regulation), become one duty each, numbered `4-1`, `4-2`… — the section number, a
 *   hyphen (never used in real clause numbers) and the bullet's position;
 * - competences are suggested only for clauses of tasks, functions and unrecognised sections: the
 *   general part, rights, responsibility and organisation describe the position, not work it
 *   takes on (a responsibility for «звітність» does not make a position the one that writes reports);
 * - text under a heading that belongs to no clause («Головний спеціаліст:») is a lead-in and is not kept;
 * - signature blocks and approval stamps (ЗАТВЕРДЖУЮ, ПОГОДЖУЮ, «____», a name with initials) end
 *   the clause they follow and never become duties.
 */

export interface ParsedDuty {
  /** Exactly as written, without the trailing dot: '2.12'; '4-1' for a bullet under a bare heading. */
  clause: string;
  text: string;
  section: SectionKind;
  bullets: string[];
  competences: Competence[];
}

export interface SubstitutionClause {
  clause: string;
  text: string;
}

export interface ParsedInstruction {
  kind: 'job_instruction' | 'unit_regulation';
  title: string;
  sections: ParsedSection[];
  duties: ParsedDuty[];
  /** Clauses that say who performs the duties while the holder is away (1.4 of the seed instruction). */
  substitution: SubstitutionClause[];
  warnings: string[];
}

export type { SectionKind } from './document-lines';
export type { ParsedSection } from './clause-reader';

const FIELD = 'text';

export function parseInstruction(text: string): ParsedInstruction {
  const body = checkedText(text);
  const lines = documentLines(body);
  const reader = new BodyReader();
  for (const line of lines) reader.read(line);
  const duties = reader.finish();
  if (duties.length === 0) {
    throw new DomainError({
      field: FIELD,
      rule: 'instruction.no_clauses',
      message:
        'У тексті не знайдено жодного нумерованого пункту (1.1, 2.1 …): посадову інструкцію чи положення ' +
        'можна імпортувати лише з пунктами. Перевірте, що вставлено повний текст документа.',
    });
  }
  const header = documentHeader(reader.preamble);
  const parsed = duties.map(finishedDuty);
  return {
    kind: header.kind,
    title: header.title,
    sections: reader.sections,
    duties: parsed,
    substitution: parsed.filter(isSubstitution).map((duty) => ({ clause: duty.clause, text: duty.text })),
    warnings: [...header.warnings, ...reader.warnings, ...duplicateWarnings(parsed), ...emptyWarnings(parsed)],
  };
}

function checkedText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new DomainError({
      field: FIELD,
      rule: 'instruction.empty',
      message: 'Текст документа порожній: вставте текст посадової інструкції чи положення або завантажте файл із ним.',
    });
  }
  if (looksBinary(text)) {
    throw new DomainError({
      field: FIELD,
      rule: 'instruction.not_text',
      message:
        'Це не схоже на текст документа (трапляються двійкові символи): можливо, передано файл .docx або .pdf ' +
        'як є. Збережіть документ як текст (UTF-8) або завантажте .docx, щоб текст було видобуто з нього.',
    });
  }
  return text.replace(/^\ufeff/u, '');
}

// A .docx is a zip: read as a string, it is full of NULs, control bytes and U+FFFD from invalid UTF-8.
// Real text has none of these beyond the odd stray character, hence a threshold rather than «any».
function looksBinary(text: string): boolean {
  const suspicious = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/gu)?.length ?? 0;
  return text.includes('\u0000') || suspicious > Math.max(2, text.length / 100);
}

function finishedDuty(duty: DraftDuty): ParsedDuty {
  const text = collapse(duty.textLines.join(' '));
  const bullets = duty.bullets.map((lines) => collapse(lines.join(' '))).filter((bullet) => bullet !== '');
  return {
    clause: duty.clause,
    text,
    section: duty.section,
    bullets,
    competences: competencesOf(duty.section, text, bullets),
  };
}

const SECTIONS_WITH_WORK: ReadonlySet<SectionKind> = new Set(['tasks', 'functions', 'other']);

function competencesOf(section: SectionKind, text: string, bullets: readonly string[]): Competence[] {
  if (!SECTIONS_WITH_WORK.has(section)) return [];
  return inCanonicalOrder([text, ...bullets].flatMap(suggestCompetences));
}

// «На період відсутності … його обов’язки виконує …», «обов’язки … тимчасово виконує …».
const SUBSTITUTION = [
  /на\s+(?:період|час)\s+(?:\S+\s+){0,3}?відсутност/u,
  /обов['’ʼ]?язки\s+(?:\S+\s+){0,3}?(?:виконує|виконують|покладаються)/u,
  /тимчасово\s+виконує/u,
];

function isSubstitution(duty: ParsedDuty): boolean {
  const text = duty.text.toLocaleLowerCase('uk');
  return SUBSTITUTION.some((pattern) => pattern.test(text));
}

function duplicateWarnings(duties: readonly ParsedDuty[]): string[] {
  const seen = new Map<string, number>();
  for (const duty of duties) seen.set(duty.clause, (seen.get(duty.clause) ?? 0) + 1);
  return [...seen]
    .filter(([, count]) => count > 1)
    .map(
      ([clause, count]) =>
        `Номер пункту ${clause} повторюється: збережено ${count === 2 ? 'обидва пункти' : `усі ${count} пункти з цим номером`} ` +
        'в порядку документа, перевірте нумерацію.',
    );
}

function emptyWarnings(duties: readonly ParsedDuty[]): string[] {
  return duties
    .filter((duty) => duty.text === '' && duty.bullets.length === 0)
    .map((duty) => `Пункт ${duty.clause} не має тексту.`);
}

const KIND_LINE = /^[«"“]?\s*(ПОСАДОВА\s+ІНСТРУКЦІЯ|ПОЛОЖЕННЯ)(?!\p{L})\s*(.*)$/iu;

/**
 * The document's name is its first line that says what it is («ПОСАДОВА ІНСТРУКЦІЯ», «ПОЛОЖЕННЯ»)
 * and the lines after it up to the first clause; approval stamps above it are not part of it.
 */
function documentHeader(preamble: readonly DocumentLine[]): {
  kind: ParsedInstruction['kind'];
  title: string;
  warnings: string[];
} {
  const texts = preamble.map((line) => (line.kind === 'text' ? line.text : line.kind === 'signature' ? null : ''));
  const start = texts.findIndex((text) => text !== null && KIND_LINE.test(text));
  if (start < 0) {
    return {
      kind: 'job_instruction',
      title: '',
      warnings: [
        'Не знайдено назви документа («ПОСАДОВА ІНСТРУКЦІЯ» чи «ПОЛОЖЕННЯ»): документ прийнято як посадову ' +
          'інструкцію без назви. Перевірте вид документа і впишіть назву.',
      ],
    };
  }
  const [, kindWords, rest] = KIND_LINE.exec(texts[start] as string) as RegExpExecArray;
  const isJobInstruction = /^посадова/iu.test(kindWords);
  const parts = [isJobInstruction ? 'Посадова інструкція' : 'Положення', rest];
  for (const text of texts.slice(start + 1)) {
    if (text === null) break; // a stamp or signature after the name ends it
    parts.push(text);
  }
  return {
    kind: isJobInstruction ? 'job_instruction' : 'unit_regulation',
    title: collapse(parts.join(' ')),
    warnings: [],
  };
}
