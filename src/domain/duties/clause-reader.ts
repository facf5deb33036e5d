import { DocumentLine, SectionKind, looksLikeHeading, sectionKindOf } from './document-lines';

/**
 * Walks the classified lines of a document once, keeping the current section and clause, and
 * collects the raw clauses for `parse.ts` to finish. The rules for what belongs to a clause are in
 * the comment of `parse.ts`; the ones that need the walk itself are here.
 */

export interface ParsedSection {
  number: string;
  heading: string;
  kind: SectionKind;
}

export interface DraftDuty {
  clause: string;
  section: SectionKind;
  textLines: string[];
  bullets: string[][];
  /** The bullet marker was alone on its line: its text is on the next line(s). */
  awaitingBulletText: boolean;
  /** A bullet under a bare heading: text after a blank line no longer belongs to it. */
  loose: boolean;
  /** Lines added since the last blank line (and where to), so a signature block can take back its own. */
  paragraph: Array<{ target: string[]; text: string }>;
  firstParagraph: boolean;
  blankSinceLastLine: boolean;
}

/** Walks the classified lines once, keeping the current section and clause. */
export class BodyReader {
  readonly preamble: DocumentLine[] = [];
  readonly sections: ParsedSection[] = [];
  readonly warnings: string[] = [];
  private readonly duties: DraftDuty[] = [];
  private current: DraftDuty | null = null;
  private started = false;
  private afterSignature = false;
  private looseBulletCount = 0;

  read(line: DocumentLine): void {
    if (line.kind === 'numbered' && this.opensSection(line.number, line.text)) return this.openSection(line);
    if (line.kind === 'clause') return this.openClause(line.number, line.text);
    if (!this.started) {
      this.preamble.push(line);
      return;
    }
    if (line.kind === 'blank') return this.markBlank();
    if (line.kind === 'signature') return this.closeAtSignature();
    if (line.kind === 'bullet') return this.addBullet(line.text);
    // A numbered line that opens no section (its number goes backwards, or it reads like a sentence) is text.
    this.addText(line.kind === 'numbered' ? `${line.number}. ${line.text}` : line.text);
  }

  finish(): DraftDuty[] {
    this.current = null;
    return this.duties;
  }

  private get section(): ParsedSection | null {
    return this.sections.length > 0 ? this.sections[this.sections.length - 1] : null;
  }

  private opensSection(number: number, text: string): boolean {
    const previous = this.section === null ? 0 : Number(this.section.number);
    return number > previous && looksLikeHeading(text);
  }

  private openSection(line: { number: number; text: string }): void {
    this.started = true;
    this.afterSignature = false;
    this.current = null;
    this.looseBulletCount = 0;
    this.sections.push({ number: String(line.number), heading: line.text, kind: sectionKindOf(line.text) });
  }

  private openClause(number: string, text: string): void {
    this.started = true;
    this.afterSignature = false;
    const section = this.section;
    if (section !== null && number.split('.')[0] !== section.number) {
      this.warnings.push(
        `Пункт ${number} стоїть у розділі ${section.number} «${section.heading}»: перевірте нумерацію документа.`,
      );
    }
    this.current = this.newDuty(number, false);
    if (text !== '') this.append(this.current.textLines, text);
  }

  private newDuty(clause: string, loose: boolean): DraftDuty {
    const duty: DraftDuty = {
      clause,
      section: this.section?.kind ?? 'other',
      textLines: [],
      bullets: [],
      awaitingBulletText: false,
      loose,
      paragraph: [],
      firstParagraph: true,
      blankSinceLastLine: false,
    };
    this.duties.push(duty);
    return duty;
  }

  private markBlank(): void {
    const duty = this.current;
    if (duty === null || duty.paragraph.length === 0) return;
    duty.paragraph = [];
    duty.firstParagraph = false;
    duty.blankSinceLastLine = true;
  }

  private addBullet(text: string): void {
    if (this.afterSignature) return;
    let duty = this.current;
    if (duty === null || duty.loose) {
      const section = this.section;
      if (section === null) return;
      this.looseBulletCount += 1;
      duty = this.newDuty(`${section.number}-${this.looseBulletCount}`, true);
      this.current = duty;
    } else {
      duty.bullets.push([]);
    }
    const target = duty.loose ? duty.textLines : duty.bullets[duty.bullets.length - 1];
    duty.awaitingBulletText = text === '';
    if (text !== '') this.append(target, text);
  }

  private addText(text: string): void {
    const duty = this.current;
    if (duty === null) return; // a lead-in under a heading, or what follows a signature
    if (duty.loose) {
      if (duty.blankSinceLastLine && !duty.awaitingBulletText) {
        this.current = null;
        return;
      }
      this.append(duty.textLines, text);
    } else if (duty.bullets.length > 0 && (duty.awaitingBulletText || !duty.blankSinceLastLine)) {
      this.append(duty.bullets[duty.bullets.length - 1], text);
    } else {
      // After the bullets and a blank line, the clause speaks again in its own voice.
      this.append(duty.textLines, text);
    }
    duty.awaitingBulletText = false;
  }

  private append(target: string[], text: string): void {
    target.push(text);
    if (this.current !== null) {
      this.current.paragraph.push({ target, text });
      this.current.blankSinceLastLine = false;
    }
  }

  /**
   * A signatory's title («Заступник міського голови / з питань діяльності…») stands just above the
   * name, with nothing to tell it from clause text but where sentences end. So the lines of the
   * current paragraph after its last full stop (or all of them, if it is not the clause's first
   * paragraph and has none) are the signature block's, and are taken back from the clause.
   */
  private closeAtSignature(): void {
    const duty = this.current;
    this.current = null;
    this.afterSignature = true;
    if (duty === null) return;
    let keep = duty.paragraph.length;
    while (keep > 0 && !ENDS_SENTENCE.test(duty.paragraph[keep - 1].text)) keep -= 1;
    if (keep === 0 && duty.firstParagraph) return;
    for (let index = duty.paragraph.length - 1; index >= keep; index -= 1) duty.paragraph[index].target.pop();
  }
}

const ENDS_SENTENCE = /[.;:!?]\s*[»"”)]?$/u;
