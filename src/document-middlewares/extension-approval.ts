import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkExtensionApproval } from '../domain/access/extension-approval';
import { departmentChain } from '../domain/access/department-scope';
import { currentCaller } from '../access/caller';
import { readIsoDate, readRelation, refuse } from './input';

const APPEAL = 'api::appeal.appeal';

/**
 * Who may approve an extension of an appeal (a rule about the caller, decided in src/domain/access): gathers the
 * caller, the named approver and the heads of the appeal's department chain, for every caller — admin panel, REST,
 * GraphQL, scripts. The register's own rules (reason, 45-day limit) run after this one.
 */
export function extensionApproval(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== APPEAL || (action !== 'create' && action !== 'update')) return next();
    const data = params?.data;
    if (!data || typeof data !== 'object' || !('extendedUntil' in data || 'extensionApprovedBy' in data)) return next();

    const stored: any = action === 'update' && typeof params.documentId === 'string'
      ? await strapi.db.query(APPEAL).findOne({
          where: { documentId: params.documentId },
          populate: { department: { select: ['id'] }, assignee: { populate: { department: { select: ['id'] } } }, extensionApprovedBy: { select: ['id'] } },
        })
      : null;
    const extendedUntil = 'extendedUntil' in data ? readIsoDate(data.extendedUntil, 'extendedUntil') : stored?.extendedUntil ?? null;
    const approverRef = readRelation(data.extensionApprovedBy, 'extensionApprovedBy');
    const approverId = approverRef === undefined ? stored?.extensionApprovedBy?.id ?? null : await staffId(strapi, approverRef);
    const storedUntil = stored?.extendedUntil ? String(stored.extendedUntil).slice(0, 10) : null;
    const changing = extendedUntil !== storedUntil || approverId !== (stored?.extensionApprovedBy?.id ?? null);
    if (!changing || extendedUntil === null) return next();

    const departmentId = await departmentOf(strapi, data, stored);
    const violation = checkExtensionApproval({
      caller: await currentCaller(strapi),
      approverId,
      headsOfChain: departmentId === null ? [] : await headsOfChain(strapi, departmentId),
      departmentUnknown: departmentId === null,
    });
    if (violation?.status === 403) {
      throw new errors.PolicyError(violation.message, { rule: violation.rule, errors: [{ path: [violation.field], message: violation.message, name: 'ForbiddenError' }] });
    }
    if (violation) refuse(violation.field, violation.message, violation.rule);
    return next();
  };
}

async function staffId(strapi: Core.Strapi, ref: string | number | null): Promise<number | null> {
  if (ref === null) return null;
  const where = typeof ref === 'number' || /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref };
  const row: any = await strapi.db.query('api::staff-member.staff-member').findOne({ where, select: ['id'] });
  if (!row) refuse('extensionApprovedBy', 'Працівника, зазначеного як того, хто погодив продовження, не знайдено.', 'extension.approver_unknown');
  return row.id;
}

/** The appeal's department; failing that, the department of its executor (who answers for the appeal). */
async function departmentOf(strapi: Core.Strapi, data: any, stored: any): Promise<number | null> {
  const byRef = async (uid: string, ref: string | number | null | undefined, populate?: any) => {
    if (ref === null || ref === undefined) return null;
    const where = typeof ref === 'number' || /^\d+$/.test(String(ref)) ? { id: Number(ref) } : { documentId: ref };
    return (await strapi.db.query(uid as any).findOne({ where, populate })) as any;
  };
  const departmentRef = readRelation(data.department, 'department');
  if (departmentRef !== undefined && departmentRef !== null) return (await byRef('api::department.department', departmentRef))?.id ?? null;
  if (departmentRef === undefined && stored?.department?.id) return stored.department.id;
  const assigneeRef = readRelation(data.assignee, 'assignee');
  const assignee = assigneeRef === undefined ? stored?.assignee : await byRef('api::staff-member.staff-member', assigneeRef, { department: { select: ['id'] } });
  return assignee?.department?.id ?? null;
}

async function headsOfChain(strapi: Core.Strapi, departmentId: number): Promise<number[]> {
  const all: any[] = await strapi.db.query('api::department.department').findMany({
    select: ['id'],
    populate: { parent: { select: ['id'] }, head: { select: ['id'] } },
  });
  const head = new Map(all.map((d) => [d.id, d.head?.id ?? null]));
  const chain = departmentChain(all.map((d) => ({ id: d.id, parentId: d.parent?.id ?? null })), departmentId);
  return chain.map((id) => head.get(id)).filter((id): id is number => typeof id === 'number');
}
