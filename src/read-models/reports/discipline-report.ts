import type { Core } from '@strapi/strapi';
import { disciplineRows, disciplineTable, type DisciplineGrouping } from '../../domain/reports/discipline';
import type { ReportTable } from '../../domain/reports/table';
import { statisticsPeriod } from '../../domain/statistics/period';
import { daysToAnswerSql, registerItemsSql } from './register-items';
import type { RegisterScopes } from './scope';

const AGGREGATES = (days: string) => `
  count(*) as received,
  sum(case when answered_at is not null then 1 else 0 end) as answered,
  sum(case when answered_at is not null and late = 0 then 1 else 0 end) as answered_on_time,
  sum(late) as answered_late,
  sum(is_open) as open,
  sum(is_overdue) as overdue,
  avg(case when answered_at is not null then ${days} end) as average_days,
  sum(extended) as extensions,
  sum(returned_late) as returned_late,
  sum(corrections) as corrections,
  sum(forwarding_notice_late) as forwarding_notice_late`;

/** Executive discipline for a period, by department or by executor: one aggregate query plus one for the totals. */
export async function disciplineReport(strapi: Core.Strapi, scopes: RegisterScopes, from: unknown, to: unknown, grouping: DisciplineGrouping, now = new Date()): Promise<ReportTable> {
  const period = statisticsPeriod(from, to);
  const items = registerItemsSql(strapi, period.start, period.end, now, scopes);
  const key = grouping === 'department' ? 'department' : 'assignee';
  const knex = strapi.db.connection;
  const aggregates = AGGREGATES(daysToAnswerSql(strapi));
  const [grouped, totals] = await Promise.all([
    knex.raw(`select ${key}_id as group_id, ${key}_name as group_name, ${aggregates} from (${items.sql}) items group by ${key}_id, ${key}_name`, items.bindings),
    knex.raw(`select null as group_id, null as group_name, ${aggregates} from (${items.sql}) items`, items.bindings),
  ]);
  const rows = disciplineRows(rowsOf(grouped), grouping);
  const [total] = disciplineRows(rowsOf(totals), grouping);
  return disciplineTable(rows, total, grouping, period.from, period.to);
}

export type DrillDown = 'received' | 'answered' | 'late' | 'open' | 'overdue' | 'extended' | 'returned_late' | 'corrected' | 'forwarding_notice_late';

/** The items behind one figure of the report (drill-down), most urgent first. */
export async function disciplineItems(
  strapi: Core.Strapi,
  scopes: RegisterScopes,
  query: { from: unknown; to: unknown; grouping: DisciplineGrouping; groupId: string | null; figure: DrillDown; limit?: number },
  now = new Date(),
) {
  const period = statisticsPeriod(query.from, query.to);
  const items = registerItemsSql(strapi, period.start, period.end, now, scopes);
  const key = query.grouping === 'department' ? 'department_id' : 'assignee_id';
  const condition: Record<DrillDown, string> = {
    received: '1 = 1',
    answered: 'answered_at is not null',
    late: 'late = 1',
    open: 'is_open = 1',
    overdue: 'is_overdue = 1',
    extended: 'extended = 1',
    returned_late: 'returned_late = 1',
    corrected: 'corrections > 0',
    forwarding_notice_late: 'forwarding_notice_late = 1',
  };
  const group = query.groupId === null ? `${key} is null` : `${key} = ?`;
  const bindings = [...items.bindings, ...(query.groupId === null ? [] : [Number(query.groupId)])];
  const limit = Math.min(Math.max(Number(query.limit) || 200, 1), 1000);
  const result = await strapi.db.connection.raw(
    `select register, document_id, registration_number, received_at, due_at, answered_at, workflow_state, department_name, assignee_name, is_overdue, late
     from (${items.sql}) items where ${group} and ${condition[query.figure]} order by is_overdue desc, due_at asc limit ${limit}`,
    bindings,
  );
  return rowsOf(result).map((r: any) => ({
    register: r.register,
    documentId: r.document_id,
    registrationNumber: r.registration_number,
    receivedAt: instant(r.received_at),
    dueAt: instant(r.due_at),
    answeredAt: instant(r.answered_at),
    workflowState: r.workflow_state,
    department: r.department_name,
    assignee: r.assignee_name,
    overdue: Number(r.is_overdue) === 1,
    late: Number(r.late) === 1,
  }));
}

/** Rows of knex.raw: PostgreSQL returns a result object, SQLite the array itself. */
export function rowsOf(result: any): any[] {
  return Array.isArray(result) ? result : result?.rows ?? [];
}

/** SQLite keeps instants as epoch milliseconds, PostgreSQL as timestamps. */
export function instant(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = typeof value === 'number' || /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(value as any);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
