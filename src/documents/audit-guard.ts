import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_UID } from './audit-tracked';

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/**
 * Audit entries are evidence: no caller — admin panel (even a super admin), REST, GraphQL or a script — may create,
 * change or delete one through the Document Service. The trail writes them with a database query (./audit-write.ts).
 */
export function auditGuard(): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action } = context as any;
    if (uid !== AUDIT_UID || READS.has(action)) return next();
    throw new errors.PolicyError('Журнал змін лише для читання: записи журналу не можна створювати, змінювати чи видаляти.', { rule: 'audit.read_only' });
  };
}
