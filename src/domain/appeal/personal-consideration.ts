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
 * Who the first head is: the staff member the council names in its settings («Перший керівник (міський голова)»,
 * `firstHead`) — the head of the body, the city mayor. When the council has named nobody, the fallback is the head
 * (`head`) of the department at the top of the appeal's department chain — the department reached by following
 * «Вищий підрозділ» (`parent`) until there is none (the executive body, e.g. the executive committee's apparatus over
 * the appeals department). The appeal's department is the one given at registration, else the registering clerk's,
 * else the one ordinary routing would give. The glue (src/documents/routing.ts) reads the setting, finds that
 * department and its head; this module decides and says which of the two applied.
 *
 * While the first head is away the position they hold is covered by its substitution order, as for every other
 * position (`decisionForPosition`); a first head who holds no position in the register has no substitution order, and
 * the appeal stays unassigned with the reason.
 */

export interface FirstHeadInput {
  /** why the head considers it personally: `personalConsiderationBasis(...).citation` (Art. 20 or the council's act) */
  citation: string;
  /** YYYY-MM-DD, Kyiv: the day of receipt */
  onDate: string;
  /** the first head named in the council's settings (`firstHead`); null when the council has named nobody */
  configuredHead?: { id: string; name?: string } | null;
  /** the top of the appeal's department chain (the fallback); null when the appeal's department is not known */
  topDepartment: { name: string; headId: string | null; headName?: string } | null;
  /**
   * a position the first head holds — the configured one, else the top department's head — (its substitution order
   * applies while they are away); null when none
   */
  headPosition: PositionInfo | null;
  positions: PositionInfo[];
  absences: AbsenceInfo[];
}

export const FIRST_HEAD_CONFIGURED = 'перший керівник, зазначений у налаштуваннях';
export const FIRST_HEAD_NOT_CONFIGURED = 'першого керівника в налаштуваннях не зазначено';

export function routeToFirstHead(input: FirstHeadInput): RoutingDecision {
  const { topDepartment } = input;
  const configured = input.configuredHead ?? null;
  const citation = capitalized(input.citation);
  if (configured !== null) {
    const position: PositionInfo = input.headPosition ?? {
      id: `head:${configured.id}`,
      title: 'Перший керівник (міський голова)',
      holderId: configured.id,
      ...(configured.name ? { holderName: configured.name } : {}),
      substituteIds: [],
    };
    const who = configured.name ? ` (${configured.name})` : '';
    return assigned(decisionForPosition(position, `${citation} — ${FIRST_HEAD_CONFIGURED}${who}`, input));
  }
  if (topDepartment === null) {
    return {
      assigneeId: null,
      reason: `${citation}. ${capitalized(FIRST_HEAD_NOT_CONFIGURED)}, а підрозділ звернення не визначено: зазначте першого керівника в налаштуваннях строків або вкажіть підрозділ і призначте виконавця вручну.`,
    };
  }
  if (topDepartment.headId === null) {
    return {
      assigneeId: null,
      reason: `${citation}. ${capitalized(FIRST_HEAD_NOT_CONFIGURED)}, а в підрозділу «${topDepartment.name}» не зазначено керівника: зазначте першого керівника в налаштуваннях строків чи керівника підрозділу або призначте виконавця вручну.`,
    };
  }
  const basis = `${citation} — керівник підрозділу-вершини «${topDepartment.name}»: ${FIRST_HEAD_NOT_CONFIGURED}`;
  const position: PositionInfo = input.headPosition ?? {
    id: `head:${topDepartment.headId}`,
    title: `Керівник підрозділу «${topDepartment.name}»`,
    holderId: topDepartment.headId,
    ...(topDepartment.headName ? { holderName: topDepartment.headName } : {}),
    substituteIds: [],
  };
  return assigned(decisionForPosition(position, basis, input));
}

function assigned(decision: RoutingDecision): RoutingDecision {
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
  /**
   * the first head (named in the settings, else the head of the top of the appeal's department chain) and, while they
   * are away, who stands in for them today by the substitution order; empty when none is recorded
   */
  firstHeadIds: readonly number[];
  /** the caller's «why» for this change (`assignmentNote`) */
  note: string | null;
}

/**
 * An appeal the first head considers personally may be handed to someone else (the head's resolution names an
 * executor who prepares the answer), but not silently: a change of assignee to anyone other than the first head needs
 * the reason (`assignmentNote`), which the assignment history keeps. Taking the assignee off, or giving the appeal to
 * the first head (or to who stands in for them today), needs none. The choice made at registration is the registering clerk's and is recorded as such.
 */
export function checkPersonalReassignment(change: PersonalReassignment): RuleViolation | null {
  if (!change.personal || change.fromId === change.toId || change.toId === null) return null;
  if (change.firstHeadIds.includes(change.toId)) return null;
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
