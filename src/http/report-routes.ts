import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { refusingDomainErrors } from '../documents/input';
import { analysisReport, quarterPeriod } from '../read-models/reports/analysis-report';
import { disciplineItems, disciplineReport, type DrillDown } from '../read-models/reports/discipline-report';
import { dashboardFigures } from '../read-models/reports/dashboard';
import { analysisTable, sendTable } from '../read-models/reports/export';
import { communicationsReport, communicationsTable } from '../read-models/reports/communications-report';
import { requireCommunicationsAccess, requireRegisterScopes } from '../read-models/reports/scope';

const FIGURES: DrillDown[] = ['received', 'answered', 'late', 'open', 'overdue', 'extended', 'returned_late', 'corrected', 'forwarding_notice_late'];

/**
 * Report endpoints of the admin panel, under /admin/reports (admin session required; the admin API has no prefix of its
 * own). Every report, drill-down, export and dashboard figure is limited to what the caller reads (../read-models/reports/scope.ts).
 */
export function registerReportRoutes(strapi: Core.Strapi): void {
  const route = (path: string, handler: (ctx: any) => Promise<void>) => ({
    method: 'GET',
    path,
    handler: (ctx: any) => refusingDomainErrors(() => handler(ctx)),
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
  strapi.server.routes({
    type: 'admin',
    routes: [
      route('/admin/reports/discipline', async (ctx) => {
        const { from, to, groupBy, format } = ctx.query;
        const grouping = groupBy === 'assignee' ? 'assignee' : 'department';
        const scopes = await requireRegisterScopes(strapi, ctx.state.user);
        await sendTable(ctx, await disciplineReport(strapi, scopes, from, to, grouping), format, `vykonavska-dystsyplina-${from}-${to}`);
      }),
      route('/admin/reports/discipline/items', async (ctx) => {
        const { from, to, groupBy, groupId, figure, limit } = ctx.query;
        if (!FIGURES.includes(figure)) throw new errors.ValidationError(`Невідомий показник «${figure}». Допустимі: ${FIGURES.join(', ')}.`);
        const grouping = groupBy === 'assignee' ? 'assignee' : 'department';
        const scopes = await requireRegisterScopes(strapi, ctx.state.user);
        ctx.body = { data: await disciplineItems(strapi, scopes, { from, to, grouping, groupId: groupId && groupId !== 'none' ? String(groupId) : null, figure, limit }) };
      }),
      route('/admin/reports/analysis', async (ctx) => {
        const { quarter, format } = ctx.query;
        const period = ctx.query.from && ctx.query.to ? { from: ctx.query.from, to: ctx.query.to } : quarterPeriod(quarter);
        const scopes = await requireRegisterScopes(strapi, ctx.state.user);
        const report = await analysisReport(strapi, scopes, period.from, period.to);
        if (format === 'csv' || format === 'xlsx') await sendTable(ctx, analysisTable(report), format, `analiz-zvernen-${report.from}-${report.to}`);
        else ctx.body = { data: report };
      }),
      route('/admin/reports/communications', async (ctx) => {
        const { from, to, format } = ctx.query;
        await requireCommunicationsAccess(strapi, ctx.state.user);
        const report = await communicationsReport(strapi, from, to);
        if (format === 'csv' || format === 'xlsx') await sendTable(ctx, communicationsTable(report), format, `komunikatsii-${from}-${to}`);
        else ctx.body = { data: report };
      }),
      route('/admin/reports/dashboard', async (ctx) => {
        ctx.body = { data: await dashboardFigures(strapi, ctx.state.user) };
      }),
    ],
  } as any);
}

