import type { Core } from '@strapi/strapi';
import { kyivDate } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import { parseInstruction, type ParsedDuty, type ParsedInstruction } from '../../domain/duties/parse';

export interface ImportOptions {
  /** position documentId or exact title (for a job instruction) */
  position?: string | null;
  /** department documentId, code or exact name (for a unit regulation) */
  department?: string | null;
  /** YYYY-MM-DD; default: today in Kyiv */
  effectiveFrom?: string | null;
  /** default: one more than the latest edition for the same position, department or title */
  version?: number | null;
  approvedBy?: string | null;
  approvedOn?: string | null;
  title?: string | null;
  dryRun?: boolean;
  now?: Date;
  progress?: (line: string) => void;
}

export interface ImportPlan {
  kind: ParsedInstruction['kind'];
  title: string;
  positionId: string | null;
  positionTitle: string | null;
  departmentId: string | null;
  effectiveFrom: string;
  version: number;
  duties: Array<Pick<ParsedDuty, 'clause' | 'section' | 'competences'> & { text: string }>;
  substitution: ParsedInstruction['substitution'];
  warnings: string[];
}

export interface ImportResult {
  dryRun: boolean;
  plan: ImportPlan;
  instructionId: string | null;
  dutiesCreated: number;
}

const INSTRUCTION = 'api::job-instruction.job-instruction';

/**
 * One import, for the command line and the HTTP route alike: parse (a malformed or empty text is refused before
 * anything is written), resolve where the document belongs, then create the instruction and all its duties in one
 * transaction through the Document Service (so the duty rules apply) — or, on a dry run, only return the plan.
 */
export async function importInstruction(strapi: Core.Strapi, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const say = options.progress ?? (() => undefined);
  const parsed = parseInstruction(text);
  say(`Розпізнано: ${parsed.duties.length} пунктів у ${parsed.sections.length} розділах; заміщення — ${parsed.substitution.map((s) => `п. ${s.clause}`).join(', ') || 'не знайдено'}.`);
  const plan = await planOf(strapi, parsed, options);
  if (options.dryRun) return { dryRun: true, plan, instructionId: null, dutiesCreated: 0 };

  return strapi.db.transaction(async () => {
    const instruction = await strapi.documents(INSTRUCTION as any).create({
      data: {
        kind: plan.kind,
        title: plan.title,
        position: plan.positionId,
        department: plan.departmentId,
        effectiveFrom: plan.effectiveFrom,
        version: plan.version,
        approvedBy: options.approvedBy ?? null,
        approvedOn: options.approvedOn ?? null,
      } as any,
    });
    let created = 0;
    for (const [order, duty] of plan.duties.entries()) {
      await strapi.documents('api::duty.duty' as any).create({ data: { ...duty, order, instruction: instruction.documentId } as any });
      created += 1;
      if (created % 10 === 0 || created === plan.duties.length) say(`Створено пунктів: ${created}/${plan.duties.length}`);
    }
    return { dryRun: false, plan, instructionId: instruction.documentId as string, dutiesCreated: created };
  });
}

async function planOf(strapi: Core.Strapi, parsed: ParsedInstruction, options: ImportOptions): Promise<ImportPlan> {
  const position = options.position ? await findPosition(strapi, options.position) : null;
  const departmentId = options.department ? await findDepartment(strapi, options.department) : null;
  const effectiveFrom = options.effectiveFrom ?? kyivDate(options.now ?? new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(effectiveFrom)) refuse('effectiveFrom', 'import.bad_date', `Дата набрання чинності «${effectiveFrom}» має бути у форматі РРРР-ММ-ДД.`);
  const title = (options.title ?? parsed.title).trim() || 'Посадова інструкція (без назви)';
  const version = options.version ?? (await nextVersion(strapi, position?.id ?? null, departmentId, title));
  if (!Number.isInteger(version) || version < 1) refuse('version', 'import.bad_version', `Номер редакції має бути цілим числом від 1, а не «${String(version)}».`);
  return {
    kind: parsed.kind,
    title,
    positionId: position?.id ?? null,
    positionTitle: position?.title ?? null,
    departmentId,
    effectiveFrom,
    version,
    // Bullets stay with their clause, one per line, as a person reads them in the document.
    duties: parsed.duties.map((duty) => ({
      clause: duty.clause,
      section: duty.section,
      competences: duty.competences,
      text: [duty.text, ...duty.bullets.map((bullet) => `– ${bullet}`)].filter(Boolean).join('\n'),
    })),
    substitution: parsed.substitution,
    warnings: parsed.warnings,
  };
}

async function findPosition(strapi: Core.Strapi, ref: string): Promise<{ id: string; title: string }> {
  const row: any = await strapi.db.query('api::position.position' as any).findOne({ where: { $or: [{ documentId: ref }, { title: ref }] }, select: ['documentId', 'title'] });
  if (!row) refuse('position', 'import.unknown_position', `Посаду «${ref}» не знайдено: вкажіть точну назву посади або її ідентифікатор (documentId).`);
  return { id: row.documentId, title: row.title };
}

async function findDepartment(strapi: Core.Strapi, ref: string): Promise<string> {
  const row: any = await strapi.db.query('api::department.department' as any).findOne({ where: { $or: [{ documentId: ref }, { code: ref }, { name: ref }] }, select: ['documentId'] });
  if (!row) refuse('department', 'import.unknown_department', `Підрозділ «${ref}» не знайдено: вкажіть код, точну назву або ідентифікатор підрозділу.`);
  return row.documentId;
}

/** Editions of the same document are numbered on: the position's, else the department's, else the same title's. */
async function nextVersion(strapi: Core.Strapi, positionId: string | null, departmentId: string | null, title: string): Promise<number> {
  const where = positionId ? { position: { documentId: positionId } } : departmentId ? { department: { documentId: departmentId }, position: { id: { $null: true } } } : { title };
  const latest: any = await strapi.db.query(INSTRUCTION as any).findOne({ where, select: ['version'], orderBy: { version: 'desc' } });
  return Number(latest?.version ?? 0) + 1;
}

function refuse(field: string, rule: string, message: string): never {
  throw new DomainError({ field, rule, message });
}
