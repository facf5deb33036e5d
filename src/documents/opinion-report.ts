import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkMonitoringReport, type MonitoringReportSnapshot } from '../domain/communications/rules';
import { refuseViolation } from './campaign';
import { readIsoDate, readNumber, refuse } from './input';

export const OPINION_REPORT_UID = 'api::opinion-report.opinion-report';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
const DATES = ['periodFrom', 'periodTo'] as const;
const COUNTS = ['positiveMentions', 'neutralMentions', 'negativeMentions'] as const;

/** Opinion monitoring reports: the stored report and the change, checked by `src/domain/communications/monitoring-rules.ts`. */
export function opinionReportRules(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== OPINION_REPORT_UID || (action !== 'create' && action !== 'update')) return next();
    const data: Record<string, any> = params.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) refuse('data', 'Дані звіту мають бути об’єктом.');
    let before: any = null;
    if (action === 'update') {
      before = await strapi.db.query(OPINION_REPORT_UID).findOne({ where: { documentId: params.documentId } });
      if (!before) throw new errors.NotFoundError('Звіт моніторингу не знайдено.');
    }
    const snapshot: Record<string, unknown> = {};
    for (const field of DATES) {
      snapshot[field] = field in data ? readIsoDate(data[field], field) : before?.[field] ? String(before[field]).slice(0, 10) : null;
    }
    for (const field of COUNTS) {
      snapshot[field] = field in data ? readNumber(data[field], field) : before?.[field] ?? null;
    }
    refuseViolation(checkMonitoringReport(snapshot as unknown as MonitoringReportSnapshot));
    return next();
  };
}
