import { DateTime } from 'luxon';
import { DomainError } from '../errors';
import { COMPETENCE_LABELS, Competence } from './competences';

/**
 * Who gets a new appeal or request: the person whose job instruction, in force on the day, has a
 * duty covering the item's competence — or, while that person is away, whoever the position's
 * substitution order names. The decision comes with a reason a head of department can check
 * against the paper instruction and the absence order, because an assignment is an order to work.
 *
 * Plain values in, plain values out: the glue code loads positions, instructions and absences; the
 * date is the day of receipt in Kyiv, so the same item routes the same way whenever it is replayed.
 */

export interface PositionInfo {
  id: string;
  title: string;
  /** null while the position is vacant */
  holderId: string | null;
  holderName?: string;
  /** Positions whose holders stand in, in order (clause 1.4 of the seed instruction names them). */
  substituteIds: string[];
}

export interface InstructionInfo {
  id: string;
  positionId: string;
  title: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  version: number;
  duties: Array<{ clause: string; competences: Competence[] }>;
}

export type AbsenceReason = 'vacation' | 'sick_leave' | 'business_trip';

export interface AbsenceInfo {
  staffId: string;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, inclusive: the last day away */
  to: string;
  reason: AbsenceReason;
}

export interface RoutingInput {
  competence: Competence;
  /** YYYY-MM-DD, Kyiv */
  onDate: string;
  positions: PositionInfo[];
  instructions: InstructionInfo[];
  absences: AbsenceInfo[];
}

export type RoutingDecision =
  | { assigneeId: string; positionId: string; viaSubstitution: boolean; reason: string }
  | { assigneeId: null; reason: string };

/** «на час відпустки» — genitive, after «на час». */
const ABSENCE_FOR: Readonly<Record<AbsenceReason, string>> = {
  vacation: 'відпустки',
  sick_leave: 'лікарняного',
  business_trip: 'відрядження',
};

/** «Ковальчук Н. А. — у відпустці». */
const ABSENT_STATE: Readonly<Record<AbsenceReason, string>> = {
  vacation: 'у відпустці',
  sick_leave: 'на лікарняному',
  business_trip: 'у відрядженні',
};

export function routeItem(input: RoutingInput): RoutingDecision {
  checkDate(input.onDate);
  const candidates = candidatePositions(input);
  if (candidates.length === 0) {
    return {
      assigneeId: null,
      reason:
        `Жодна посадова інструкція, чинна на ${kyivDate(input.onDate)}, не містить обов’язку щодо: ` +
        `${COMPETENCE_LABELS[input.competence]}. Призначте виконавця вручну або доповніть посадову інструкцію.`,
    };
  }
  const unavailable: string[] = [];
  for (const candidate of candidates) {
    const decision = decisionFor(candidate, input);
    if (decision.assigneeId !== null) return decision;
    unavailable.push(decision.reason);
  }
  return {
    assigneeId: null,
    reason:
      `На ${kyivDate(input.onDate)} немає кого призначити: ${unavailable.join('; ')}. ` + 'Призначте виконавця вручну.',
  };
}

/**
 * The instruction in force for a position on a date: the latest `effectiveFrom` not after the date,
 * and of several editions from the same day the highest version. A new edition supersedes the old
 * from its own effective date, so an item received the day before still follows the old one.
 */
export function instructionInForce(
  instructions: readonly InstructionInfo[],
  positionId: string,
  onDate: string,
): InstructionInfo | null {
  let inForce: InstructionInfo | null = null;
  for (const instruction of instructions) {
    if (instruction.positionId !== positionId || instruction.effectiveFrom > onDate) continue;
    if (inForce === null || isLater(instruction, inForce)) inForce = instruction;
  }
  return inForce;
}

function isLater(a: InstructionInfo, b: InstructionInfo): boolean {
  return a.effectiveFrom !== b.effectiveFrom ? a.effectiveFrom > b.effectiveFrom : a.version > b.version;
}

interface Candidate {
  position: PositionInfo;
  instruction: InstructionInfo;
  clause: string;
}

/** Ordered by position title, then id, so that the same data always gives the same assignee. */
function candidatePositions(input: RoutingInput): Candidate[] {
  const candidates: Candidate[] = [];
  for (const position of input.positions) {
    const instruction = instructionInForce(input.instructions, position.id, input.onDate);
    const duty = instruction?.duties.find((candidate) => candidate.competences.includes(input.competence));
    if (instruction && duty) candidates.push({ position, instruction, clause: duty.clause });
  }
  return candidates.sort(
    (a, b) =>
      a.position.title.localeCompare(b.position.title, 'uk') ||
      (a.position.id < b.position.id ? -1 : a.position.id > b.position.id ? 1 : 0),
  );
}

function decisionFor(candidate: Candidate, input: RoutingInput): RoutingDecision {
  return decisionForPosition(candidate.position, clauseReference(candidate), input);
}

/**
 * The holder of the position, or — while the holder is away or the post is vacant — the first present substitute in
 * the position's order; `basis` opens the reason (an instruction clause, or the article that names the position).
 */
export function decisionForPosition(
  position: PositionInfo,
  basis: string,
  input: Pick<RoutingInput, 'onDate' | 'positions' | 'absences'>,
): RoutingDecision {
  const holderAway = whyAway(position, input);
  if (holderAway === null) {
    return { assigneeId: position.holderId as string, positionId: position.id, viaSubstitution: false, reason: basis };
  }
  // Substitutes who cannot stand in today, said so that the person checking sees why the order was skipped.
  const skipped: string[] = [];
  for (const substituteId of position.substituteIds) {
    const substitute = input.positions.find((other) => other.id === substituteId);
    if (substitute === undefined) {
      skipped.push(`заступника за посадою «${substituteId}» немає серед посад`);
      continue;
    }
    const substituteAway = whyAway(substitute, input);
    if (substituteAway === null) {
      const chosen = skipped.length === 0 ? [] : [`заміщує наступний за порядком: ${substitute.title}`];
      return {
        assigneeId: substitute.holderId as string,
        positionId: substitute.id,
        viaSubstitution: true,
        reason: [basis, holderAway.substitution, ...skipped, ...chosen].join('; '),
      };
    }
    skipped.push(`${substitute.title}: ${substituteAway.state}`);
  }
  const noOrder = position.substituteIds.length === 0 ? ['порядок заміщення не встановлено'] : [];
  return {
    assigneeId: null,
    reason: `${position.title} (${basis}): ${[holderAway.state, ...skipped, ...noOrder].join(', ')}`,
  };
}

/** null when the holder is at work; otherwise how to say why the position's work goes elsewhere. */
function whyAway(position: PositionInfo, input: Pick<RoutingInput, 'onDate' | 'absences'>): { substitution: string; state: string } | null {
  if (position.holderId === null) {
    return { substitution: `заміщення вакантної посади «${position.title}»`, state: 'посада вакантна' };
  }
  const absence = input.absences.find(
    (candidate) =>
      candidate.staffId === position.holderId && candidate.from <= input.onDate && input.onDate <= candidate.to,
  );
  if (absence === undefined) return null;
  // A name with initials reads the same in both cases («Ковальчук Н. А.»); a bare id needs a noun that declines.
  const whose = position.holderName ?? `працівника ${position.holderId}`;
  const who = position.holderName ?? `працівник ${position.holderId}`;
  return {
    substitution: `заміщення на час ${ABSENCE_FOR[absence.reason]} ${whose}`,
    state: `${who} ${ABSENT_STATE[absence.reason]} (${kyivDate(absence.from)}–${kyivDate(absence.to)})`,
  };
}

/** «п. 2.1 посадової інструкції головного спеціаліста… (ред. 2 від 01.02.2026)». */
function clauseReference({ instruction, clause }: Candidate): string {
  const loose = /^(\d+)-(\d+)$/u.exec(clause);
  const where = loose ? `абз. ${loose[2]} розд. ${loose[1]}` : `п. ${clause}`;
  return `${where} ${documentInGenitive(instruction.title)} (ред. ${instruction.version} від ${kyivDate(instruction.effectiveFrom)})`;
}

function documentInGenitive(title: string): string {
  const trimmed = title.trim();
  const job = /^посадова\s+інструкція(?!\p{L})\s*/iu.exec(trimmed);
  if (job) return `посадової інструкції ${trimmed.slice(job[0].length)}`.trim();
  const regulation = /^положення(?!\p{L})\s*/iu.exec(trimmed);
  if (regulation) return `положення ${trimmed.slice(regulation[0].length)}`.trim();
  return `документа «${trimmed}»`;
}

function kyivDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

function checkDate(onDate: string): void {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(onDate) && DateTime.fromISO(onDate, { zone: 'utc' }).isValid) return;
  throw new DomainError({
    field: 'onDate',
    rule: 'routing.invalid_date',
    message: `Дата «${onDate}» не є календарною датою у форматі РРРР-ММ-ДД: виконавця визначають на день надходження.`,
  });
}
