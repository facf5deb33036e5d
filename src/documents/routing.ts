import type { Core } from '@strapi/strapi';
import { kyivDate } from '../domain/calendar';
import { competenceForAppealChannel, INFORMATION_REQUEST_COMPETENCE, OFFENCE_REPORT_COMPETENCE, type Competence } from '../domain/duties/competences';
import { routeItem } from '../domain/duties/routing';
import { recordAssignmentChange } from './assignment-history';
import { loadRoutingInput } from './routing-input';
import { isBlank, readInstant, readRelation, readText, refuse, refusingDomainErrors } from './input';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** How a register asks for routing: which competence a new item needs, or why it needs none. */
export interface RoutedRegister {
  uid: string;
  register: 'appeal' | 'information_request';
  /** A competence, or a reason (Ukrainian) why the item is not routed at all. */
  competence(data: Record<string, any>): Competence | { skip: string };
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
            select: ['id', 'registrationNumber'],
            populate: { assignee: { select: ['id'] } },
          })
        : null;
      const fromId = before?.assignee?.id ?? null;
      const toId = after?.assignee?.id ?? null;
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
  const decision = refusingDomainErrors(() => routeItem(input));
  if (decision.assigneeId !== null) {
    data.assignee = decision.assigneeId;
    const department = input.departmentOfPosition.get(decision.positionId) ?? input.departmentOfStaff.get(decision.assigneeId) ?? null;
    if (isBlank(readRelation(data.department, 'department')) && department) data.department = department;
  }
  return decision.reason;
}
