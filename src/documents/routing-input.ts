import type { Core } from '@strapi/strapi';
import { storedIsoDate } from './stored-values';
import type { Competence } from '../domain/duties/competences';
import { isCompetence } from '../domain/duties/competences';
import { surnameWithInitials } from '../domain/duties/names';
import { instructionInForce, type AbsenceInfo, type InstructionInfo, type PositionInfo, type RoutingInput } from '../domain/duties/routing';

export interface LoadedRoutingInput extends RoutingInput {
  /** position documentId → department documentId, to fill an empty department of a routed item */
  departmentOfPosition: Map<string, string | null>;
  /** staff documentId → department documentId */
  departmentOfStaff: Map<string, string | null>;
}

/** Who holds which position on a day, who stands in for whom and who is away: what a substitution order needs. */
export type SubstitutionInput = Pick<LoadedRoutingInput, 'onDate' | 'positions' | 'absences' | 'departmentOfPosition' | 'departmentOfStaff'>;

/**
 * What `routeItem` needs on one day, in four set-based queries: every position (with holder and ordered
 * substitutes) and the absences covering the day (loadSubstitutionInput), the instructions already in effect and the
 * duties of only those in force. Unit regulations govern a department, not a position, and are not used for routing.
 */
export async function loadRoutingInput(strapi: Core.Strapi, competence: Competence, onDate: string): Promise<LoadedRoutingInput> {
  const base = await loadSubstitutionInput(strapi, onDate);
  const { positions } = base;
  const instructionRows: any[] = await strapi.db.query('api::job-instruction.job-instruction' as any).findMany({
    where: { effectiveFrom: { $lte: onDate }, kind: 'job_instruction', position: { id: { $notNull: true } } },
    select: ['id', 'title', 'effectiveFrom', 'version'],
    populate: { position: { select: ['documentId'] } },
  });
  const candidates = instructionRows.map((row) => ({
    rowId: row.id as number,
    info: {
      id: String(row.id),
      positionId: row.position.documentId as string,
      title: row.title as string,
      effectiveFrom: storedIsoDate(row.effectiveFrom) ?? '',
      version: Number(row.version ?? 1),
      duties: [] as InstructionInfo['duties'],
    },
  }));
  const allInfos = candidates.map((candidate) => candidate.info);
  const inForce = positions
    .map((position) => instructionInForce(allInfos, position.id, onDate))
    .filter((info): info is InstructionInfo => info !== null);

  if (inForce.length > 0) {
    const dutyRows: any[] = await strapi.db.query('api::duty.duty' as any).findMany({
      where: { instruction: { id: { $in: inForce.map((info) => Number(info.id)) } } },
      select: ['clause', 'competences', 'order'],
      populate: { instruction: { select: ['id'] } },
      orderBy: [{ order: 'asc' }, { id: 'asc' }],
    });
    const byId = new Map(inForce.map((info) => [info.id, info]));
    for (const row of dutyRows) {
      const info = byId.get(String(row.instruction?.id));
      if (info) info.duties.push({ clause: row.clause, competences: competencesOf(row.competences) });
    }
  }

  return { ...base, competence, instructions: inForce };
}

/** The positions (with holder and ordered substitutes) and the absences covering `onDate`, in two queries. */
export async function loadSubstitutionInput(strapi: Core.Strapi, onDate: string): Promise<SubstitutionInput> {
  const positionRows: any[] = await strapi.db.query('api::position.position' as any).findMany({
    select: ['id', 'documentId', 'title'],
    populate: {
      holder: { select: ['documentId', 'fullName'], populate: { department: { select: ['documentId'] } } },
      department: { select: ['documentId'] },
      substitutes: { select: ['documentId'] },
    },
  });
  const positions: PositionInfo[] = positionRows.map((row) => ({
    id: row.documentId,
    title: row.title,
    holderId: row.holder?.documentId ?? null,
    ...(row.holder?.fullName ? { holderName: surnameWithInitials(row.holder.fullName) } : {}),
    substituteIds: (row.substitutes ?? []).map((substitute: any) => substitute.documentId),
  }));

  const absenceRows: any[] = await strapi.db.query('api::absence.absence' as any).findMany({
    where: { absentFrom: { $lte: onDate }, absentTo: { $gte: onDate }, staffMember: { id: { $notNull: true } } },
    select: ['absentFrom', 'absentTo', 'reason'],
    populate: { staffMember: { select: ['documentId'] } },
  });
  const absences: AbsenceInfo[] = absenceRows.map((row) => ({
    staffId: row.staffMember.documentId,
    from: storedIsoDate(row.absentFrom) ?? '',
    to: storedIsoDate(row.absentTo) ?? '',
    reason: row.reason,
  }));

  return {
    onDate,
    positions,
    absences,
    departmentOfPosition: new Map(positionRows.map((row) => [row.documentId, row.department?.documentId ?? null])),
    departmentOfStaff: new Map(
      positionRows.filter((row) => row.holder).map((row) => [row.holder.documentId, row.holder.department?.documentId ?? null]),
    ),
  };
}

/** JSON columns come back parsed on PostgreSQL and as text on SQLite in some drivers; unknown codes never route. */
function competencesOf(value: unknown): Competence[] {
  const list = typeof value === 'string' ? safeParse(value) : value;
  return Array.isArray(list) ? list.filter(isCompetence) : [];
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
