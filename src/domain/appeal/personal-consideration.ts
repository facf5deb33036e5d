import type { RuleViolation } from '../errors';
import { decisionForPosition, type AbsenceInfo, type PositionInfo, type RoutingDecision } from '../duties/routing';
import { isBlank } from '../register/values';
import { ART_20_PERSONAL } from './privileges';

/**
 * Personal consideration by the first head (Law 393/96-ВР Art. 20: «Звернення Героїв Радянського Союзу, Героїв
 * Соціалістичної Праці, Героїв України розглядаються першим керівником … особисто»), and for the categories the
 * council's own rules add (`personalConsiderationBasis`, src/domain/appeal/privileges.ts). The basis — the article or
 * the council's act — is cited in every reason and refusal.
 *
 * Who the first head is, with the data the product has: the head (`head`) of the department at the top of the
 * appeal's department chain — the department reached by following «Вищий підрозділ» (`parent`) until there is none (the
 * executive body, e.g. the executive committee's apparatus over the appeals department). The appeal's department is
 * the one given at registration, else the registering clerk's, else the one ordinary routing would give. The glue
 * (src/documents/routing.ts) finds that department and its head; this module decides and says why.
 *
 * While the head is away the position the head holds is covered by its substitution order, as for every other
 * position (`decisionForPosition`); a head who holds no position in the register has no substitution order, and the
 * appeal stays unassigned with the reason.
 */

export interface FirstHeadInput {
  /** why the head considers it personally: `personalConsiderationBasis(...).citation` (Art. 20 or the council's act) */
  citation: string;
  /** YYYY-MM-DD, Kyiv: the day of receipt */
  onDate: string;
  /** the top of the appeal's department chain; null when the appeal's department is not known */
  topDepartment: { name: string; headId: string | null; headName?: string } | null;
  /** a position the head holds (its substitution order applies while the head is away); null when none */
  headPosition: PositionInfo | null;
  positions: PositionInfo[];
  absences: AbsenceInfo[];
}

export function routeToFirstHead(input: FirstHeadInput): RoutingDecision {
  const { topDepartment } = input;
  const citation = capitalized(input.citation);
  if (topDepartment === null) {
    return {
      assigneeId: null,
      reason: `${citation}. Підрозділ звернення не визначено, тож першого керівника не встановлено: вкажіть підрозділ і призначте керівника вручну.`,
    };
  }
  if (topDepartment.headId === null) {
    return {
      assigneeId: null,
      reason: `${citation}. У підрозділу «${topDepartment.name}» не зазначено керівника: зазначте керівника підрозділу або призначте виконавця вручну.`,
    };
  }
  const basis = `${citation} — керівник підрозділу «${topDepartment.name}»`;
  const position: PositionInfo = input.headPosition ?? {
    id: `head:${topDepartment.headId}`,
    title: `Керівник підрозділу «${topDepartment.name}»`,
    holderId: topDepartment.headId,
    ...(topDepartment.headName ? { holderName: topDepartment.headName } : {}),
    substituteIds: [],
  };
  const decision = decisionForPosition(position, basis, input);
  if (decision.assigneeId === null) return { assigneeId: null, reason: `${decision.reason}. Призначте виконавця вручну.` };
  return decision;
}

export interface PersonalReassignment {
  /** the appeal is for personal consideration by the first head (`personalConsiderationByHead`) */
  personal: boolean;
  /**
   * the basis recorded with the appeal (`personalConsiderationBasis`); null for an appeal flagged before the basis was
   * recorded — only Heroes were flagged then, so Art. 20 is cited
   */
  citation: string | null;
  fromId: number | null;
  toId: number | null;
  /** the first head of the appeal's department chain; null when none is recorded */
  firstHeadId: number | null;
  /** the caller's «why» for this change (`assignmentNote`) */
  note: string | null;
}

/**
 * An appeal the first head considers personally may be handed to someone else (the head's resolution names an
 * executor who prepares the answer), but not silently: a change of assignee to anyone other than the first head needs
 * the reason (`assignmentNote`), which the assignment history keeps. Taking the assignee off, or giving the appeal to
 * the first head, needs none. The choice made at registration is the registering clerk's and is recorded as such.
 */
export function checkPersonalReassignment(change: PersonalReassignment): RuleViolation | null {
  if (!change.personal || change.fromId === change.toId || change.toId === null) return null;
  if (change.firstHeadId !== null && change.toId === change.firstHeadId) return null;
  if (!isBlank(change.note)) return null;
  return {
    field: 'assignee',
    rule: 'personal_consideration.reassignment_reason_required',
    message:
      `Звернення розглядає перший керівник особисто (${isBlank(change.citation) ? ART_20_PERSONAL : change.citation}). Передаючи його іншому виконавцю, ` +
      'зазначте підставу (наприклад, доручення керівника) у полі «Підстава зміни виконавця».',
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
