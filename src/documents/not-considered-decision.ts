import type { Core } from '@strapi/strapi';
import { checkNotConsideredDecider } from '../domain/access/not-considered-decision';
import { departmentOf, headsOf, staffId } from './extension-approval';
import { readRelation, refuse } from './input';

const APPEAL = 'api::appeal.appeal';
const UNKNOWN_DECIDER = {
  field: 'notConsideredDecidedBy',
  message: 'Працівника, зазначеного як того, хто прийняв рішення про нерозгляд, не знайдено.',
  rule: 'not_considered.decider_unknown',
};

/**
 * Who decided not to consider an appeal (Law 393/96-ВР Art. 8): when an appeal becomes «не розглядається», or the
 * decider of such an appeal is changed, the named decider must be a head of the appeal's department chain
 * (src/domain/access/not-considered-decision.ts); otherwise the write is refused with 400. For every caller.
 */
export function notConsideredDecision(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== APPEAL || (action !== 'create' && action !== 'update')) return next();
    const data = params?.data;
    if (!data || typeof data !== 'object') return next();
    if (!('workflowState' in data || 'notConsideredDecidedBy' in data)) return next();

    const stored: any = action === 'update' && typeof params.documentId === 'string'
      ? await strapi.db.query(APPEAL).findOne({
          where: { documentId: params.documentId },
          select: ['id', 'workflowState', 'notConsideredReason'],
          populate: {
            department: { select: ['id'] },
            assignee: { populate: { department: { select: ['id'] } } },
            notConsideredDecidedBy: { select: ['id'] },
          },
        })
      : null;
    const state = 'workflowState' in data ? data.workflowState : stored?.workflowState;
    if (state !== 'not_considered') return next();
    const reason = 'notConsideredReason' in data ? data.notConsideredReason : stored?.notConsideredReason;
    if (reason === 'anonymous') return next();

    const storedDecider: number | null = stored?.notConsideredDecidedBy?.id ?? null;
    const deciderRef = readRelation(data.notConsideredDecidedBy, 'notConsideredDecidedBy');
    const deciderId = deciderRef === undefined ? storedDecider : await staffId(strapi, deciderRef, UNKNOWN_DECIDER);
    const changing = stored?.workflowState !== 'not_considered' || deciderId !== storedDecider;
    if (!changing || deciderId === null) return next();

    const departmentId = await departmentOf(strapi, data, stored);
    const headsOfChain = departmentId === null ? [] : await headsOf(strapi, departmentId);
    const violation = checkNotConsideredDecider({ deciderId, headsOfChain, departmentUnknown: departmentId === null });
    if (violation) refuse(violation.field, violation.message, violation.rule);
    return next();
  };
}
