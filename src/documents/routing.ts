import type { Core } from '@strapi/strapi';
import { kyivDate } from '../domain/calendar';
import { competenceForAppealChannel, INFORMATION_REQUEST_COMPETENCE, OFFENCE_REPORT_COMPETENCE, type Competence } from '../domain/duties/competences';
import { routeItem, type PositionInfo, type RoutingDecision } from '../domain/duties/routing';
import { departmentChain } from '../domain/access/department-scope';
import { surnameWithInitials } from '../domain/duties/names';
import { checkPersonalReassignment, routeToFirstHead } from '../domain/appeal/personal-consideration';
import { personalConsiderationBasis, type CouncilPersonalRule, type PersonalConsiderationBasis } from '../domain/appeal/privileges';
import { currentActor } from '../access/caller';
import { recordAssignmentChange } from './assignment-history';
import { departmentOfAdmin } from './creator-department';
import { loadRoutingInput, loadSubstitutionInput, type LoadedRoutingInput, type SubstitutionInput } from './routing-input';
import { loadCouncilPersonalRules, loadFirstHead } from './deadline-settings-source';
import { isBlank, readInstant, readRelation, readText, refuse, refusingDomainErrors, relationWhere } from './input';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** How a register asks for routing: which competence a new item needs, or why it needs none. */
export interface RoutedRegister {
  uid: string;
  register: 'appeal' | 'information_request';
  /** A competence, or a reason (Ukrainian) why the item is not routed at all. */
  competence(data: Record<string, any>): Competence | { skip: string };
  /**
   * Whether the new item goes to the first head personally, and on what basis: appeals of Heroes (Law 393/96-ВР
   * Art. 20) and of the categories the council's rules in force add; null for the ordinary routing.
   */
  personalBasis?(data: Record<string, any>, councilRules: readonly CouncilPersonalRule[]): PersonalConsiderationBasis | null;
}

export const routedAppeals: RoutedRegister = {
  uid: 'api::appeal.appeal',
  register: 'appeal',
  competence(data) {
    // A report of corruption or a crime (anonymous or not) goes to the authorised person (Law «Про запобігання корупції»).
    if (typeof data.reportsOffence === 'string' && data.reportsOffence !== '') return OFFENCE_REPORT_COMPETENCE;
    // Art. 8: an anonymous appeal is not considered, so nobody is ordered to work on it.
    if (data.authorKind === 'anonymous') return { skip: 'Анонімне звернення не розглядається (ст. 8 Закону «Про звернення громадян»): виконавця не призначають.' };
    const competence = typeof data.channel === 'string' ? competenceForAppealChannel(data.channel) : null;
    return competence ?? { skip: `Для способу надходження «${String(data.channel ?? '')}» не визначено компетенції: призначте виконавця вручну.` };
  },
  // Art. 20: Heroes' appeals (and those of the categories the council's rules add) are considered by the first head
  // personally (a report of an offence still goes to the authorised person, and an anonymous appeal is not considered
  // at all — both decided above).
  personalBasis: (data, councilRules) => personalConsiderationBasis(data.privilegeCategory, councilRules),
};

export const routedInformationRequests: RoutedRegister = {
  uid: 'api::information-request.information-request',
  register: 'information_request',
  competence: () => INFORMATION_REQUEST_COMPETENCE,
};

/**
 * Runs before the register rules, for every caller. On registration without an assignee it feeds `routeItem`
 * the positions, instructions in force, duties and absences of the Kyiv day of receipt and writes its decision
 * (assignee, the position's department if none was given, `routingReason`). On every write it keeps the
 * assignment history: a change of assignee is appended, with who and why, in the same transaction as the item.
 * `routingReason` is written only here; `assignmentNote` is the caller's «why» for this change and is not stored
 * on the item (it goes to the history entry).
 */
export function assignmentRouting(strapi: Core.Strapi, spec: RoutedRegister): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== spec.uid || (action !== 'create' && action !== 'update')) return next();
    const data = params?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return next(); // the register rules refuse it
    const note = readText(data.assignmentNote, 'assignmentNote');
    delete data.assignmentNote;
    delete data.routingReason;

    return strapi.db.transaction(async () => {
      const before: any =
        action === 'update' && typeof params.documentId === 'string'
          ? await strapi.db.query(spec.uid as any).findOne({ where: { documentId: params.documentId }, select: ['id'], populate: { assignee: { select: ['id'] } } })
          : null;
      const requested = readRelation(data.assignee, 'assignee');
      let routingReason: string | null = null;
      if (action === 'create' && (requested === undefined || requested === null)) {
        routingReason = await route(strapi, spec, data);
        data.routingReason = routingReason;
      }
      const result: any = await next();
      const after: any = result?.documentId
        ? await strapi.db.query(spec.uid as any).findOne({
            where: { documentId: result.documentId },
            select: ['id', 'registrationNumber', ...(spec.personalBasis ? ['personalConsiderationByHead', 'personalConsiderationBasis'] : [])],
            populate: { assignee: { select: ['id'] }, department: { select: ['id'] } },
          })
        : null;
      const fromId = before?.assignee?.id ?? null;
      const toId = after?.assignee?.id ?? null;
      if (action === 'update' && after && spec.personalBasis) {
        // Art. 20 (or the council's rule recorded with the appeal): handing it to someone other than the first head
        // needs the reason (the head's order).
        const personal = after.personalConsiderationByHead === true;
        // who the first head is (and who stands in today) is looked up only when the change would otherwise need a reason
        const firstHeadIds = personal && fromId !== toId && toId !== null && isBlank(note)
          ? await firstHeadIdsToday(strapi, after.department?.id ?? null)
          : [];
        const citation = typeof after.personalConsiderationBasis === 'string' ? after.personalConsiderationBasis : null;
        const violation = checkPersonalReassignment({ personal, citation, fromId, toId, firstHeadIds, note });
        if (violation) refuse(violation.field, violation.message, violation.rule);
      }
      if (after && fromId !== toId) {
        const routed = routingReason !== null && toId !== null;
        await recordAssignmentChange(strapi, {
          register: spec.register,
          itemDocumentId: result.documentId,
          registrationNumber: after.registrationNumber ?? null,
          fromAssigneeId: fromId,
          toAssigneeId: toId,
          kind: routed ? 'routing' : 'manual',
          reason: routed ? routingReason : note ?? (action === 'create' ? 'Виконавця обрано під час реєстрації.' : null),
        });
      }
      return result;
    });
  };
}

/** Sets the decision on `data` and returns the reason; leaves the item unassigned when nobody is found. */
async function route(strapi: Core.Strapi, spec: RoutedRegister, data: Record<string, any>): Promise<string | null> {
  const competence = spec.competence(data);
  if (typeof competence !== 'string') return competence.skip;
  const receivedAt = readInstant(data.receivedAt, 'receivedAt');
  if (receivedAt === null) return null; // the register rules refuse a missing receipt date
  const input = await loadRoutingInput(strapi, competence, kyivDate(receivedAt));
  const decision: RoutingDecision = refusingDomainErrors(() => routeItem(input));
  // The council's rules in force at registration; the register rules record the same basis with the appeal.
  const basis = spec.personalBasis ? spec.personalBasis(data, await loadCouncilPersonalRules(strapi)) : null;
  if (basis !== null) {
    const personal = await routeToHead(strapi, input, data, decision, basis.citation);
    if (personal.department !== null && isBlank(readRelation(data.department, 'department'))) data.department = personal.department;
    if (personal.decision.assigneeId !== null) data.assignee = personal.decision.assigneeId;
    return personal.decision.reason;
  }
  if (decision.assigneeId !== null) {
    data.assignee = decision.assigneeId;
    const department = input.departmentOfPosition.get(decision.positionId) ?? input.departmentOfStaff.get(decision.assigneeId) ?? null;
    if (isBlank(readRelation(data.department, 'department')) && department) data.department = department;
  }
  return decision.reason;
}

interface DepartmentRow { id: number; documentId: string; name: string; parentId: number | null; headId: string | null; headRowId: number | null; headName: string | null }

/**
 * Art. 20 (or the council's rule), personal consideration: the first head is the one named in the council's settings
 * (`firstHead`), else the head of the top of the appeal's department chain. The appeal's department is the one given,
 * else the registering clerk's (admin panel), else the one the ordinary routing gives. Returns the decision, citing
 * `citation`, and the department to fill in when the item has none.
 */
async function routeToHead(
  strapi: Core.Strapi,
  input: LoadedRoutingInput,
  data: Record<string, any>,
  ordinary: RoutingDecision,
  citation: string,
): Promise<{ decision: RoutingDecision; department: number | null }> {
  const departments = await loadDepartments(strapi);
  const given = readRelation(data.department, 'department');
  let start: DepartmentRow | null = isBlank(given) ? null : findDepartment(departments, given as string | number);
  let fill: number | null = null;
  if (start === null && isBlank(given)) {
    const actor = currentActor(strapi);
    const own = actor.kind === 'admin' && actor.id !== null ? await departmentOfAdmin(strapi, actor.id) : null;
    const routed = ordinary.assigneeId !== null
      ? input.departmentOfPosition.get(ordinary.positionId) ?? input.departmentOfStaff.get(ordinary.assigneeId) ?? null
      : null;
    start = own !== null ? findDepartment(departments, own) : routed !== null ? findDepartment(departments, routed) : null;
    fill = start?.id ?? null;
  }
  const top = start === null ? null : topOf(departments, start.id);
  const decision = firstHeadDecision(input, citation, await loadFirstHead(strapi), top);
  return { decision, department: fill };
}

type ConfiguredHead = Awaited<ReturnType<typeof loadFirstHead>>;

function firstHeadDecision(
  input: SubstitutionInput,
  citation: string,
  configured: ConfiguredHead,
  top: DepartmentRow | null,
): RoutingDecision {
  const headPosition = configured !== null
    ? positionOfStaff(input, configured.documentId, null)
    : top?.headId ? positionOfStaff(input, top.headId, top.documentId) : null;
  return refusingDomainErrors(() =>
    routeToFirstHead({
      citation,
      onDate: input.onDate,
      configuredHead: configured === null ? null : { id: configured.documentId, ...(configured.fullName ? { name: surnameWithInitials(configured.fullName) } : {}) },
      topDepartment: top === null ? null : { name: top.name, headId: top.headId, ...(top.headName ? { headName: top.headName } : {}) },
      headPosition,
      positions: input.positions,
      absences: input.absences,
    }),
  );
}

/**
 * The first head of an appeal registered earlier and whoever stands in for them today (Kyiv) by the substitution
 * order: giving the appeal to either needs no reason. Row ids; empty when no first head is recorded.
 */
async function firstHeadIdsToday(strapi: Core.Strapi, departmentId: number | null): Promise<number[]> {
  const configured = await loadFirstHead(strapi);
  const top = configured === null && departmentId !== null ? topOf(await loadDepartments(strapi), departmentId) : null;
  const headRowId = configured?.rowId ?? top?.headRowId ?? null;
  if (headRowId === null) return [];
  const decision = firstHeadDecision(await loadSubstitutionInput(strapi, kyivDate(new Date())), '', configured, top);
  if (decision.assigneeId === null || !decision.viaSubstitution) return [headRowId];
  const standIn: any = await strapi.db.query('api::staff-member.staff-member').findOne({ where: { documentId: decision.assigneeId }, select: ['id'] });
  return standIn ? [headRowId, standIn.id] : [headRowId];
}

async function loadDepartments(strapi: Core.Strapi): Promise<DepartmentRow[]> {
  const rows: any[] = await strapi.db.query('api::department.department').findMany({
    select: ['id', 'documentId', 'name'],
    populate: { parent: { select: ['id'] }, head: { select: ['id', 'documentId', 'fullName'] } },
  });
  return rows.map((row) => ({
    id: row.id,
    documentId: row.documentId,
    name: row.name,
    parentId: row.parent?.id ?? null,
    headId: row.head?.documentId ?? null,
    headRowId: row.head?.id ?? null,
    headName: row.head?.fullName ? surnameWithInitials(row.head.fullName) : null,
  }));
}

function findDepartment(all: DepartmentRow[], ref: string | number): DepartmentRow | null {
  const where = relationWhere(ref);
  return all.find((row) => ('id' in where ? row.id === where.id : row.documentId === where.documentId)) ?? null;
}

/** The department at the top of the chain (no parent); a cycle (a data error) stops at the last one not repeated. */
export function topOf(all: DepartmentRow[], start: number): DepartmentRow | null {
  const chain = departmentChain(all.map((row) => ({ id: row.id, parentId: row.parentId })), start);
  const topId = chain[chain.length - 1];
  return all.find((row) => row.id === topId) ?? null;
}

/** A position the staff member holds: one in `preferred` department first, then by title — its substitution order applies. */
function positionOfStaff(
  input: Pick<SubstitutionInput, 'positions' | 'departmentOfPosition'>,
  staffId: string,
  preferred: string | null,
): PositionInfo | null {
  const held = input.positions
    .filter((position) => position.holderId === staffId)
    .sort((a, b) => {
      const inPreferred = (p: PositionInfo) => (preferred !== null && input.departmentOfPosition.get(p.id) === preferred ? 0 : 1);
      return inPreferred(a) - inPreferred(b) || a.title.localeCompare(b.title, 'uk') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  return held[0] ?? null;
}
