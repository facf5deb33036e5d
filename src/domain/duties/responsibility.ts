import { COMPETENCES, COMPETENCE_LABELS, type Competence } from './competences';
import { instructionInForce, routeItem, type AbsenceInfo, type InstructionInfo, type PositionInfo } from './routing';

/**
 * Who is responsible for what on a day: for each staff member, the duties of the positions they hold and of those
 * they cover as a substitute; for each competence, who would receive a new item. Everything is asked of
 * `routeItem`, so this view can never disagree with what routing actually does.
 */

export interface ResponsibilityInput {
  /** YYYY-MM-DD, Kyiv */
  onDate: string;
  positions: PositionInfo[];
  /** any editions; the one in force per position is chosen here */
  instructions: InstructionInfo[];
  absences: AbsenceInfo[];
}

export interface HeldDuties {
  positionId: string;
  positionTitle: string;
  instructionTitle: string;
  version: number;
  duties: InstructionInfo['duties'];
}

export interface StaffResponsibility {
  staffId: string;
  name: string | null;
  holds: HeldDuties[];
  /** positions whose holder is away (or which are vacant) today, with the reason as routing states it */
  covers: Array<HeldDuties & { reason: string }>;
}

export interface CompetenceResponsibility {
  competence: Competence;
  label: string;
  assigneeId: string | null;
  reason: string;
}

export interface ResponsibilityView {
  onDate: string;
  staff: StaffResponsibility[];
  competences: CompetenceResponsibility[];
}

export function responsibilityView(input: ResponsibilityInput): ResponsibilityView {
  const staff = new Map<string, StaffResponsibility>();
  const entry = (staffId: string, name: string | null) => {
    const existing = staff.get(staffId);
    if (existing) return existing;
    const created: StaffResponsibility = { staffId, name, holds: [], covers: [] };
    staff.set(staffId, created);
    return created;
  };
  const names = new Map(input.positions.filter((p) => p.holderId).map((p) => [p.holderId as string, p.holderName ?? null]));
  const inForce: InstructionInfo[] = [];

  for (const position of input.positions) {
    const instruction = instructionInForce(input.instructions, position.id, input.onDate);
    if (instruction === null) continue;
    inForce.push(instruction);
    const held: HeldDuties = { positionId: position.id, positionTitle: position.title, instructionTitle: instruction.title, version: instruction.version, duties: instruction.duties };
    if (position.holderId !== null) entry(position.holderId, names.get(position.holderId) ?? null).holds.push(held);
    // Who works this position's duties today: routing asked about a kind of work only this position covers.
    const probe = routeItem({
      competence: COMPETENCES[0],
      onDate: input.onDate,
      positions: input.positions,
      instructions: [{ ...instruction, duties: [{ clause: '—', competences: [COMPETENCES[0]] }] }],
      absences: input.absences,
    });
    if (probe.assigneeId !== null && probe.viaSubstitution) {
      const reason = probe.reason.split('; ').slice(1).join('; ');
      entry(probe.assigneeId, names.get(probe.assigneeId) ?? null).covers.push({ ...held, reason });
    }
  }

  const competences = COMPETENCES.map((competence) => {
    const decision = routeItem({ competence, onDate: input.onDate, positions: input.positions, instructions: inForce, absences: input.absences });
    return { competence, label: COMPETENCE_LABELS[competence], assigneeId: decision.assigneeId, reason: decision.reason };
  });
  return { onDate: input.onDate, staff: [...staff.values()], competences };
}
