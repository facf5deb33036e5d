import type { Core } from '@strapi/strapi';
import { checkAbsencePeriod, checkCompetences } from '../domain/duties/reference-checks';
import { readIsoDate, refuse } from './input';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const DUTY = 'api::duty.duty';
const ABSENCE = 'api::absence.absence';
export const ASSIGNMENT_CHANGE = 'api::assignment-change.assignment-change';

/**
 * Rules of the reference data routing reads: a duty's competences come from the one fixed list, an absence
 * ends no earlier than it starts, and the assignment history is never written or changed through the
 * Document Service (the routing middleware appends to it with the query engine, in the item's transaction).
 */
export function dutiesReference(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid === ASSIGNMENT_CHANGE && action !== 'findOne' && action !== 'findMany' && action !== 'findFirst' && action !== 'count') {
      refuse('data', 'Історія призначень лише для читання: записи додаються автоматично під час зміни виконавця.', 'assignment_history.read_only');
    }
    if (action !== 'create' && action !== 'update') return next();
    const data = params?.data;
    if (!data || typeof data !== 'object') return next();
    if (uid === DUTY && 'competences' in data) {
      const checked = checkCompetences(data.competences);
      if (!checked.ok) refuse(checked.error.field, checked.error.message, checked.error.rule);
      data.competences = checked.competences;
    }
    if (uid === ABSENCE && (action === 'create' || 'absentFrom' in data || 'absentTo' in data)) {
      const stored: any =
        action === 'update' ? await strapi.db.query(ABSENCE as any).findOne({ where: { documentId: params.documentId }, select: ['absentFrom', 'absentTo'] }) : null;
      const from = 'absentFrom' in data ? readIsoDate(data.absentFrom, 'absentFrom') : readIsoDate(stored?.absentFrom, 'absentFrom');
      const to = 'absentTo' in data ? readIsoDate(data.absentTo, 'absentTo') : readIsoDate(stored?.absentTo, 'absentTo');
      const violation = checkAbsencePeriod(from, to);
      if (violation) refuse(violation.field, violation.message, violation.rule);
    }
    return next();
  };
}
