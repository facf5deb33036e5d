import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkExtensionApproval, checkRequestExtension, type AccessViolation } from '../domain/access/extension-approval';
import { leadersOfChain } from '../domain/access/department-scope';
import { currentCaller } from '../access/caller';
import { readInstant, readIsoDate, readRelation, refuse, relationWhere } from './input';

const APPEAL = 'api::appeal.appeal';
const REQUEST = 'api::information-request.information-request';

/**
 * Who may extend a term (rules about the caller, decided in src/domain/access): gathers the caller, the named
 * approver (appeals) and the heads of the item's department chain, for every caller — admin panel, REST, GraphQL,
 * scripts. The register's own rules (reason, 45-day or 20-working-day limit) run after this one.
 */
export function extensionApproval(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if ((uid !== APPEAL && uid !== REQUEST) || (action !== 'create' && action !== 'update')) return next();
    const data = params?.data;
    const approverField = uid === APPEAL ? 'extensionApprovedBy' : null;
    // The date of the head's decision (appeals, Art. 20) is part of the head's record, like the approver.
    const decidedField = uid === APPEAL ? 'extensionDecidedAt' : null;
    if (!data || typeof data !== 'object') return next();
    if (!('extendedUntil' in data || (approverField && approverField in data) || (decidedField && decidedField in data))) return next();

    const stored: any = action === 'update' && typeof params.documentId === 'string'
      ? await strapi.db.query(uid).findOne({
          where: { documentId: params.documentId },
          populate: {
            department: { select: ['id'] },
            assignee: { populate: { department: { select: ['id'] } } },
            ...(approverField ? { [approverField]: { select: ['id'] } } : {}),
          },
        })
      : null;
    const extendedUntil = 'extendedUntil' in data ? readIsoDate(data.extendedUntil, 'extendedUntil') : stored?.extendedUntil ?? null;
    const storedUntil = stored?.extendedUntil ? String(stored.extendedUntil).slice(0, 10) : null;
    const storedApprover = approverField ? stored?.[approverField]?.id ?? null : null;
    const approverRef = approverField ? readRelation(data[approverField], approverField) : undefined;
    const approverId = approverRef === undefined ? storedApprover : await staffId(strapi, approverRef);
    const decidedAt = decidedField && decidedField in data ? readInstant(data[decidedField], decidedField) : undefined;
    const storedDecidedAt = decidedField && stored?.[decidedField] ? new Date(stored[decidedField]).getTime() : null;
    const decisionRedated = decidedAt !== undefined && decidedAt !== null && decidedAt.getTime() !== storedDecidedAt;
    const changing = extendedUntil !== storedUntil || approverId !== storedApprover || decisionRedated;
    if (!changing || extendedUntil === null) return next();

    const departmentId = await departmentOf(strapi, data, stored);
    const headsOfChain = departmentId === null ? [] : await headsOf(strapi, departmentId);
    const caller = await currentCaller(strapi);
    const violation = uid === APPEAL
      ? checkExtensionApproval({ caller, approverId, headsOfChain, departmentUnknown: departmentId === null })
      : checkRequestExtension({ caller, headsOfChain });
    if (violation) reject(violation);
    return next();
  };
}

/** 403 for a caller who may not do this (a PolicyError keeps its message through Strapi's route authorization). */
export function reject(violation: AccessViolation): never {
  if (violation.status === 400) refuse(violation.field, violation.message, violation.rule);
  throw new errors.PolicyError(violation.message, {
    rule: violation.rule,
    errors: [{ path: [violation.field], message: violation.message, name: 'ForbiddenError' }],
  });
}

/** What to answer when the staff member a field names does not exist. */
export interface UnknownStaff { field: string; message: string; rule: string }

const UNKNOWN_APPROVER: UnknownStaff = {
  field: 'extensionApprovedBy',
  message: 'Працівника, зазначеного як того, хто погодив продовження, не знайдено.',
  rule: 'extension.approver_unknown',
};

/** The staff member's id a relation value (id or documentId) names; refused with 400 when there is none. */
export async function staffId(strapi: Core.Strapi, ref: string | number | null, unknown: UnknownStaff = UNKNOWN_APPROVER): Promise<number | null> {
  if (ref === null) return null;
  const row: any = await strapi.db.query('api::staff-member.staff-member').findOne({ where: relationWhere(ref), select: ['id'] });
  if (!row) refuse(unknown.field, unknown.message, unknown.rule);
  return row.id;
}

/** The item's department; failing that, the department of its executor (who answers for the item). */
export async function departmentOf(strapi: Core.Strapi, data: any, stored: any): Promise<number | null> {
  const byRef = async (uid: string, ref: string | number | null | undefined, populate?: any) => {
    if (ref === null || ref === undefined) return null;
    return (await strapi.db.query(uid as any).findOne({ where: relationWhere(ref), populate })) as any;
  };
  const departmentRef = readRelation(data.department, 'department');
  if (departmentRef !== undefined && departmentRef !== null) return (await byRef('api::department.department', departmentRef))?.id ?? null;
  if (departmentRef === undefined && stored?.department?.id) return stored.department.id;
  const assigneeRef = readRelation(data.assignee, 'assignee');
  const assignee = assigneeRef === undefined ? stored?.assignee : await byRef('api::staff-member.staff-member', assigneeRef, { department: { select: ['id'] } });
  return assignee?.department?.id ?? null;
}

/**
 * The heads and deputy heads of the department and of each parent, nearest first (staff ids): Law 393/96-ВР Arts. 8
 * and 20 give the decision to «керівник … або його заступник», so the deputy decides in the head's own right.
 */
export async function headsOf(strapi: Core.Strapi, departmentId: number): Promise<number[]> {
  const all: any[] = await strapi.db.query('api::department.department').findMany({
    select: ['id'],
    populate: { parent: { select: ['id'] }, head: { select: ['id'] }, deputyHead: { select: ['id'] } },
  });
  return leadersOfChain(
    all.map((d) => ({ id: d.id, parentId: d.parent?.id ?? null, headId: d.head?.id ?? null, deputyHeadId: d.deputyHead?.id ?? null })),
    departmentId,
  );
}
