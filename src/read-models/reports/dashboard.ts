import type { Core } from '@strapi/strapi';
import { addWorkingDays, endOfKyivDay, kyivDate } from '../../domain/calendar';
import { share } from '../../domain/reports/table';
import { startOfKyivMonth } from '../../domain/statistics/period';
import { loadDeadlineSettings } from '../../documents/deadline-settings-source';
import { findExtensionNoticesMissing } from '../../jobs/notifications/extension-notices';
import { instant, rowsOf } from './discipline-report';
import { REGISTERS } from './register-items';
import { openItemExpressions } from './register-indexes';
import { registerScopesOf, restrictToScope, type RegisterScopes } from './scope';

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
  const knex = strapi.db.connection;
  const monthStart = startOfKyivMonth(now);
  const parts = REGISTERS.map((register) => openItemsOf(strapi, register, registerScopes[register.key], scope));

  // «At risk» by the internal control date, privileged applicants first (Art. 20); «overdue» by the statutory term.
  // Set-based, and only over the rows each figure needs: the ten most urgent open items of each register (read in
  // order from the partial index on open items, see ./register-indexes.ts), named after the limit; the figures in one
  // aggregate pass over the open items and those answered this month; the extended open appeals in scope.
  const atRiskSql = parts.map((part) => {
    const top = part
      .base()
      .whereRaw(`${part.control} <= ?`, [horizon])
      .select(
        knex.raw(`'${part.register.key}' as register`),
        knex.raw(`${part.t}.id as item_id`),
        knex.raw(`${part.t}.document_id as document_id`),
        knex.raw(`?? as registration_number`, [part.c('registrationNumber')]),
        knex.raw(`?? as subject`, [part.c(part.register.subject)]),
        knex.raw(`?? as due_at`, [part.c('dueAt')]),
        knex.raw(`${part.control} as control_due_at`),
        knex.raw(`${part.priority} as priority`),
        knex.raw(`?? as workflow_state`, [part.c('workflowState')]),
        knex.raw(`case when ?? < ? then 1 else 0 end as is_overdue`, [part.c('dueAt'), now]),
      )
      .orderByRaw(part.order)
      .limit(10)
      .as('top');
    return knex
      .select('top.*', { department_name: part.departmentName, assignee_name: part.assigneeName })
      .from(top)
      .modify(part.joinNames('top.item_id'))
      .toSQL();
  });
  // per register: the open items' figures (the executor's link joined once, for «unrouted») and this month's answers
  const countsSql = parts.flatMap((part) => [
    part
      .base()
      .leftJoin(`${part.assigneeLink.name} as dashboard_routed`, `dashboard_routed.${part.assigneeLink.joinColumn.name}`, `${part.t}.id`)
      .select(
        knex.raw(`sum(case when ${part.control} <= ? then 1 else 0 end) as at_risk`, [horizon]),
        knex.raw(`sum(case when ?? < ? then 1 else 0 end) as overdue`, [part.c('dueAt'), now]),
        knex.raw(`sum(case when dashboard_routed.${part.assigneeLink.joinColumn.name} is null then 1 else 0 end) as unrouted`),
        knex.raw('0 as answered'),
        knex.raw('0 as on_time'),
      )
      .toSQL(),
    part
      .base({ answeredSince: monthStart })
      .select(
        knex.raw('0 as at_risk'),
        knex.raw('0 as overdue'),
        knex.raw('0 as unrouted'),
        knex.raw('count(*) as answered'),
        knex.raw(`sum(case when coalesce(??, ?) = ? then 1 else 0 end) as on_time`, [part.c('answeredLate'), false, false]),
      )
      .toSQL(),
  ]);
  const appeals = parts.find((p) => p.register.key === 'appeal')!;
  const extendedSql = appeals.base().whereNotNull(appeals.c('extendedUntil')).select(`${appeals.t}.document_id as document_id`).limit(500).toSQL();
  const union = (queries: Array<{ sql: string; bindings: readonly unknown[] }>) => ({
    sql: queries.map((q) => `select * from (${q.sql}) part`).join(' union all '),
    bindings: queries.flatMap((q) => q.bindings),
  });
  const atRiskUnion = union(atRiskSql);
  const countsUnion = union(countsSql);
  const [atRisk, counts, extendedAppeals] = await Promise.all([
    knex.raw(`select * from (${atRiskUnion.sql}) items order by priority desc, control_due_at asc limit 10`, atRiskUnion.bindings),
    knex.raw(
      `select sum(at_risk) as at_risk, sum(overdue) as overdue, sum(unrouted) as unrouted, sum(answered) as answered, sum(on_time) as on_time from (${countsUnion.sql}) figures`,
      countsUnion.bindings,
    ),
    knex.raw(extendedSql.sql, extendedSql.bindings),
  ]);
  // Art. 20: extensions the applicant has not been told of by the end of the term before them.
  const noticesMissing = await findExtensionNoticesMissing(strapi, now, settings, rowsOf(extendedAppeals).map((r: any) => String(r.document_id)));
  const c: any = rowsOf(counts)[0] ?? {};

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
    month: { answered: Number(c.answered ?? 0), onTime: Number(c.on_time ?? 0), onTimeShare: share(Number(c.on_time ?? 0), Number(c.answered ?? 0)) },
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

/**
 * One register's open items in the caller's scope, as knex builders over its own table: the state list and the
 * control date are written as literals exactly like the partial indexes of ./register-indexes.ts, so PostgreSQL reads
 * those indexes instead of the whole table; the department and executor are reached through Strapi's link tables
 * only where a condition or the ten listed rows need them.
 */
function openItemsOf(strapi: Core.Strapi, register: (typeof REGISTERS)[number], readScope: RegisterScopes[keyof RegisterScopes], scope: DashboardScope) {
  const knex = strapi.db.connection;
  const { meta, table: t, open: openSql, control, priority: priorityColumn } = openItemExpressions(strapi, register);
  const staff: any = strapi.db.metadata.get('api::staff-member.staff-member' as any);
  const department: any = strapi.db.metadata.get('api::department.department' as any);
  const c = (attribute: string) => `${t}.${meta.attributes[attribute].columnName}`;
  const dl = meta.attributes.department.joinTable;
  const al = meta.attributes.assignee.joinTable;
  return {
    register,
    t,
    c,
    control,
    assigneeLink: al,
    priority: priorityColumn ? `case when ${priorityColumn} then 1 else 0 end` : '0',
    order: priorityColumn ? `${priorityColumn} desc, ${control} asc` : `${control} asc`,
    departmentName: `dashboard_department.${department.attributes.name.columnName}`,
    assigneeName: `dashboard_assignee.${staff.attributes.fullName.columnName}`,
    /** The open items in scope; with `answeredSince`, instead the items in scope answered since then (open or not). */
    base(options: { answeredSince?: Date } = {}) {
      return knex(t)
        .modify((query: any) => {
          if (options.answeredSince) query.where(c('answeredAt'), '>=', options.answeredSince);
          else query.whereRaw(openSql);
        })
        .modify(restrictToScope(strapi, register.uid, readScope))
        .modify((query: any) => {
          if (scope.kind === 'none') query.whereRaw('1 = 0');
          else if (scope.kind === 'own') query.whereIn(`${t}.id`, knex(al.name).select(al.joinColumn.name).where(al.inverseJoinColumn.name, scope.staffId));
          else if (scope.kind === 'department') query.whereIn(`${t}.id`, knex(dl.name).select(dl.joinColumn.name).whereIn(dl.inverseJoinColumn.name, scope.departmentIds));
        });
    },
    /** Joins the item's department and executor names onto a query whose item id is `idColumn`. */
    joinNames(idColumn: string) {
      return (query: any) =>
        query
          .leftJoin(`${dl.name} as dashboard_department_lnk`, `dashboard_department_lnk.${dl.joinColumn.name}`, idColumn)
          .leftJoin(`${department.tableName} as dashboard_department`, 'dashboard_department.id', `dashboard_department_lnk.${dl.inverseJoinColumn.name}`)
          .leftJoin(`${al.name} as dashboard_assignee_lnk`, `dashboard_assignee_lnk.${al.joinColumn.name}`, idColumn)
          .leftJoin(`${staff.tableName} as dashboard_assignee`, 'dashboard_assignee.id', `dashboard_assignee_lnk.${al.inverseJoinColumn.name}`);
    },
  };
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
