import type { Core } from '@strapi/strapi';
import { currentActor } from '../access/caller';
import { auditEntryFilter } from '../access/read-scope';
import { AUDIT_UID, TRACKED } from './audit-tracked';

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/** Every content type the trail writes entries for (./audit-*.ts): the tracked types, admin roles and admin users. */
export const AUDITED_CONTENT_TYPES = [...Object.keys(TRACKED), 'admin::role', 'admin::user'];

/**
 * The audit trail follows the record it describes: an admin user reads the entries of records they may read — all of a
 * type they read whole, only in-scope records of a type they read by department, none of a type they cannot read.
 * Applies to every reader of entries in the admin panel (list, detail, counts, filters on `recordDocumentId`).
 * API tokens are not people with a department: the token's own permissions decide (route level).
 */
export function auditScope(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const ctx = context as any;
    if (ctx.uid !== AUDIT_UID || !READS.has(ctx.action)) return next();
    const actor = currentActor(strapi);
    if (actor.kind !== 'admin' || actor.id === null) return next();
    const filter = await auditEntryFilter(strapi, actor.id, AUDITED_CONTENT_TYPES);
    if (filter) {
      const params = ctx.params ?? {};
      ctx.params = { ...params, filters: params.filters ? { $and: [params.filters, filter] } : filter };
    }
    return next();
  };
}
