import type { Core } from '@strapi/strapi';
import { addWorkingDays, endOfKyivDay, kyivDate } from '../../domain/calendar';
import { share } from '../../domain/reports/table';
import { startOfKyivMonth } from '../../domain/statistics/period';
import { loadDeadlineSettings } from '../../documents/deadline-settings-source';
import { findExtensionNoticesMissing } from '../../jobs/notifications/extension-notices';
import { instant, rowsOf } from './discipline-report';
import { registerItemsSql } from './register-items';
import { registerScopesOf } from './scope';

/** «Терміни під загрозою»: items due within this many working days (and everything overdue). */
export const AT_RISK_WORKING_DAYS = 3;

export interface DashboardScope {
  kind: 'all' | 'department' | 'own' | 'none';
  label: string;
  departmentIds: number[];
  staffId: number | null;
}

/**
 * Figures of the admin homepage widgets. A head sees their department with its sub-departments, a specialist their
 * own items, an administrator without a staff record everything they may read. Every figure first stays within what
 * the caller reads in each register (src/domain/access/read-scope.ts): communications staff get no register figures.
 * Set-based: one aggregate query for all the figures and one bounded query for the list.
 */
export async function dashboardFigures(strapi: Core.Strapi, user: { id?: number } | undefined, now = new Date()) {
  const registerScopes = await registerScopesOf(strapi, user);
  const readsNothing = registerScopes.appeal.kind === 'none' && registerScopes.information_request.kind === 'none';
  const scope: DashboardScope = readsNothing
    ? { kind: 'none', label: 'немає доступу до реєстрів', departmentIds: [], staffId: null }
    : await scopeOf(strapi, user?.id);
  const settings = await loadDeadlineSettings(strapi);
  const { calendar } = settings;
  const horizon = endOfKyivDay(addWorkingDays(kyivDate(now), AT_RISK_WORKING_DAYS, calendar));
  const items = registerItemsSql(strapi, null, null, now, registerScopes);
  const knex = strapi.db.connection;
  const where = scopeCondition(scope);
  const monthStart = startOfKyivMonth(now);

  // «At risk» by the internal control date, privileged applicants first (Art. 20); «overdue» by the statutory term.
  // Set-based: the ten most urgent items, every figure in one aggregate pass, and the extended appeals in scope.
  const [atRisk, counts, extendedAppeals] = await Promise.all([
    knex.raw(
      `select register, document_id, registration_number, subject, due_at, control_due_at, priority, workflow_state, assignee_name, department_name, is_overdue
       from (${items.sql}) items where is_open = 1 and control_due_at <= ? and ${where.sql} order by priority desc, control_due_at asc limit 10`,
      [...items.bindings, horizon, ...where.bindings],
    ),
    knex.raw(
      `select sum(case when is_open = 1 and control_due_at <= ? then 1 else 0 end) as at_risk,
              sum(is_overdue) as overdue,
              sum(case when is_open = 1 and assignee_id is null then 1 else 0 end) as unrouted,
              sum(case when answered_at >= ? then 1 else 0 end) as answered,
              sum(case when answered_at >= ? and late = 0 then 1 else 0 end) as on_time
       from (${items.sql}) items where ${where.sql}`,
      [horizon, monthStart, monthStart, ...items.bindings, ...where.bindings],
    ),
    knex.raw(
      `select document_id from (${items.sql}) items where register = 'appeal' and is_open = 1 and extended = 1 and ${where.sql} limit 500`,
      [...items.bindings, ...where.bindings],
    ),
  ]);
  // Art. 20: extensions the applicant has not been told of by the end of the term before them.
  const noticesMissing = await findExtensionNoticesMissing(strapi, now, settings, rowsOf(extendedAppeals).map((r: any) => String(r.document_id)));
  const c = rowsOf(counts)[0] ?? {};
  const m = c;

  return {
    scope: { kind: scope.kind, label: scope.label },
    horizon: horizon.toISOString(),
    atRisk: Number(c.at_risk ?? 0),
    overdue: Number(c.overdue ?? 0),
    unrouted: Number(c.unrouted ?? 0),
    extensionNoticesMissing: noticesMissing.length,
    extensionNotices: noticesMissing.slice(0, 10).map((m) => ({
      documentId: m.documentId,
      registrationNumber: m.ref.registrationNumber,
      subject: m.ref.subject ?? null,
      extendedUntil: m.extendedUntil,
      noticeDueAt: m.originalDueAt.toISOString(),
      assignee: m.assignee?.fullName ?? null,
    })),
    month: { answered: Number(m.answered ?? 0), onTime: Number(m.on_time ?? 0), onTimeShare: share(Number(m.on_time ?? 0), Number(m.answered ?? 0)) },
    items: rowsOf(atRisk).map((r: any) => ({
      register: r.register,
      documentId: r.document_id,
      registrationNumber: r.registration_number,
      subject: r.subject,
      dueAt: instant(r.due_at),
      controlDueAt: instant(r.control_due_at),
      priority: Number(r.priority) === 1,
      workflowState: r.workflow_state,
      assignee: r.assignee_name,
      department: r.department_name,
      overdue: Number(r.is_overdue) === 1,
    })),
  };
}

function scopeCondition(scope: DashboardScope): { sql: string; bindings: unknown[] } {
  if (scope.kind === 'none') return { sql: '1 = 0', bindings: [] };
  if (scope.kind === 'own') return { sql: 'assignee_id = ?', bindings: [scope.staffId] };
  if (scope.kind === 'department') return { sql: `department_id in (${scope.departmentIds.map(() => '?').join(', ')})`, bindings: scope.departmentIds };
  return { sql: '1 = 1', bindings: [] };
}

async function scopeOf(strapi: Core.Strapi, adminUserId: number | undefined): Promise<DashboardScope> {
  const everything: DashboardScope = { kind: 'all', label: 'усі підрозділи', departmentIds: [], staffId: null };
  if (!adminUserId) return everything;
  const staff: any = await strapi.db.query('api::staff-member.staff-member').findOne({
    where: { adminUser: { id: adminUserId } },
    populate: { department: { select: ['id', 'name'], populate: { head: { select: ['id'] } } } },
  });
  if (!staff) return everything;
  const department = staff.department;
  if (department && department.head?.id === staff.id) {
    const all: Array<{ id: number; parent?: { id: number } | null }> = await strapi.db
      .query('api::department.department')
      .findMany({ select: ['id'], populate: { parent: { select: ['id'] } } });
    return { kind: 'department', label: department.name, departmentIds: descendants(department.id, all), staffId: staff.id };
  }
  return { kind: 'own', label: `мої звернення і запити (${staff.fullName})`, departmentIds: [], staffId: staff.id };
}

/** A department and all departments below it. */
export function descendants(root: number, all: Array<{ id: number; parent?: { id: number } | null }>): number[] {
  const result = [root];
  for (let i = 0; i < result.length; i++) {
    for (const d of all) if (d.parent?.id === result[i] && !result.includes(d.id)) result.push(d.id);
  }
  return result;
}
