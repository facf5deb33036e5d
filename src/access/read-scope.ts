import type { Core } from '@strapi/strapi';
import { auditVisibility, readScopeOf, type ReadScope, type ReadScopeInput } from '../domain/access/read-scope';
import { departmentScopeOf } from './department-condition';
import { CM, DEPARTMENT_CONDITION, SUPER_ADMIN_ROLE } from './roles/definitions';

export const READ_ACTION = `${CM}.read`;

// Looked up once per request: a report or a list may ask for several types.
const inputByRequest = new WeakMap<object, Map<number, Promise<ReadScopeInput>>>();

/** What the read rules of ../domain/access/read-scope.ts need about an admin user: roles' permissions and departments. */
export function readScopeInputOf(strapi: Core.Strapi, adminUserId: number): Promise<ReadScopeInput> {
  const ctx = strapi.requestContext.get() as object | undefined;
  if (!ctx) return loadInput(strapi, adminUserId);
  const cache = inputByRequest.get(ctx) ?? new Map<number, Promise<ReadScopeInput>>();
  inputByRequest.set(ctx, cache);
  if (!cache.has(adminUserId)) cache.set(adminUserId, loadInput(strapi, adminUserId));
  return cache.get(adminUserId)!;
}

async function loadInput(strapi: Core.Strapi, adminUserId: number): Promise<ReadScopeInput> {
  const user: any = await strapi.db.query('admin::user').findOne({ where: { id: adminUserId }, populate: { roles: { select: ['code'] } } });
  const isSuperAdmin = (user?.roles ?? []).some((r: any) => r.code === SUPER_ADMIN_ROLE);
  const permissions: any[] = user && !isSuperAdmin ? await (strapi.service('admin::permission') as any).findUserPermissions({ id: adminUserId }) : [];
  return {
    isSuperAdmin,
    permissions: permissions.map((p) => ({ action: p.action, subject: p.subject ?? null, conditions: Array.isArray(p.conditions) ? p.conditions : [] })),
    departmentIds: user && !isSuperAdmin ? await departmentScopeOf(strapi, adminUserId) : [],
    departmentCondition: DEPARTMENT_CONDITION,
    readAction: READ_ACTION,
  };
}

/** How much of a content type the admin user reads (see ../domain/access/read-scope.ts). */
export async function readScopeFor(strapi: Core.Strapi, adminUserId: number, subject: string): Promise<ReadScope> {
  return readScopeOf(subject, await readScopeInputOf(strapi, adminUserId));
}

/**
 * The Document Service filter that limits audit entries to those of records the admin user may read; null for a user
 * who reads every entry. Entries of records in scope are found by the records' documentIds, looked up per type.
 */
export async function auditEntryFilter(strapi: Core.Strapi, adminUserId: number, contentTypes: string[]): Promise<Record<string, unknown> | null> {
  const input = await readScopeInputOf(strapi, adminUserId);
  if (input.isSuperAdmin) return null;
  const visibility = auditVisibility(contentTypes, input);
  const branches: Array<Record<string, unknown>> = [];
  if (visibility.wholeTypes.length) branches.push({ contentType: { $in: visibility.wholeTypes } });
  for (const scoped of visibility.scopedTypes) {
    const model: any = (strapi.contentTypes as any)[scoped.contentType];
    if (!model?.attributes?.department) continue;
    const rows: any[] = await strapi.db.query(scoped.contentType as any).findMany({ where: { department: { id: { $in: scoped.departmentIds } } }, select: ['documentId'] });
    const documentIds = [...new Set(rows.map((r) => r.documentId))];
    if (documentIds.length) branches.push({ contentType: scoped.contentType, recordDocumentId: { $in: documentIds } });
  }
  // Nothing visible: a condition no entry meets.
  if (!branches.length) return { contentType: { $in: [] } };
  return branches.length === 1 ? branches[0] : { $or: branches };
}
