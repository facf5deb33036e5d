import type { Core } from '@strapi/strapi';
import { OPEN_APPEAL_STATES } from '../../domain/appeal/states';
import { OPEN_INFORMATION_REQUEST_STATES } from '../../domain/information-request/states';
import { restrictToScope, type RegisterScopes } from './scope';

/** The two registers reports cover, with what differs between them. */
export const REGISTERS = [
  { key: 'appeal', uid: 'api::appeal.appeal', openStates: OPEN_APPEAL_STATES, subject: 'subject' },
  { key: 'information_request', uid: 'api::information-request.information-request', openStates: OPEN_INFORMATION_REQUEST_STATES, subject: 'requestText' },
] as const;

/**
 * One SELECT per register over the columns reports need, joined to department and executor through Strapi's link
 * tables, combined with UNION ALL: the reports aggregate over this derived table in the database. Without a period
 * (null bounds) it covers every item (the operations metrics). `scopes` limits each register to what the caller may read
 * (every report of the admin panel passes it; without it the table covers everything, for the system's own jobs).
 */
export function registerItemsSql(strapi: Core.Strapi, start: Date | null, end: Date | null, now: Date, scopes?: RegisterScopes): { sql: string; bindings: unknown[] } {
  const knex = strapi.db.connection;
  const parts: string[] = [];
  const bindings: unknown[] = [];
  const staff: any = strapi.db.metadata.get('api::staff-member.staff-member' as any);
  const department: any = strapi.db.metadata.get('api::department.department' as any);
  // Recorded corrections (src/documents/term-correction.ts) counted per item in one grouped subquery per register.
  const correction: any = strapi.db.metadata.get('api::term-correction.term-correction' as any);
  const cc = (attribute: string) => correction.attributes[attribute].columnName;
  for (const register of REGISTERS) {
    const meta: any = strapi.db.metadata.get(register.uid as any);
    const t = meta.tableName;
    const c = (attribute: string) => `${t}.${meta.attributes[attribute].columnName}`;
    const link = (attribute: string) => meta.attributes[attribute].joinTable;
    const dl = link('department');
    const al = link('assignee');
    const open = register.openStates.map(() => '?').join(', ');
    const query = knex(t)
      .leftJoin(dl.name, `${dl.name}.${dl.joinColumn.name}`, `${t}.id`)
      .leftJoin(department.tableName, `${department.tableName}.id`, `${dl.name}.${dl.inverseJoinColumn.name}`)
      .leftJoin(al.name, `${al.name}.${al.joinColumn.name}`, `${t}.id`)
      .leftJoin(staff.tableName, `${staff.tableName}.id`, `${al.name}.${al.inverseJoinColumn.name}`)
      .leftJoin(
        knex(correction.tableName)
          .where(cc('register'), register.key)
          .groupBy(cc('itemDocumentId'))
          .select(knex.raw(`?? as item_document_id`, [cc('itemDocumentId')]), knex.raw('count(*) as corrections'))
          .as('item_corrections'),
        'item_corrections.item_document_id',
        `${t}.document_id`,
      )
      .modify((q: any) => {
        if (start) q.where(c('receivedAt'), '>=', start);
        if (end) q.where(c('receivedAt'), '<=', end);
      })
      .modify(restrictToScope(strapi, register.uid, scopes?.[register.key]))
      .select(
        knex.raw(`'${register.key}' as register`),
        knex.raw(`${t}.id as item_id`),
        knex.raw(`${t}.document_id as document_id`),
        knex.raw(`?? as registration_number`, [c('registrationNumber')]),
        knex.raw(`?? as received_at`, [c('receivedAt')]),
        knex.raw(`?? as due_at`, [c('dueAt')]),
        // The internal control date (reminders, dashboard); lateness and reports use due_at, the statutory term.
        knex.raw(`coalesce(??, ??) as control_due_at`, [c('controlDueAt'), c('dueAt')]),
        // Law 393/96-ВР Art. 20: privileged applicants first.
        register.key === 'appeal'
          ? knex.raw(`case when coalesce(??, ?) = ? then 1 else 0 end as priority`, [c('priority'), false, true])
          : knex.raw('0 as priority'),
        knex.raw(`?? as answered_at`, [c('answeredAt')]),
        knex.raw(`?? as workflow_state`, [c('workflowState')]),
        knex.raw(`case when ?? is not null and coalesce(??, ?) = ? then 1 else 0 end as late`, [c('answeredAt'), c('answeredLate'), false, true]),
        knex.raw(`case when ?? in (${open}) then 1 else 0 end as is_open`, [c('workflowState'), ...register.openStates]),
        knex.raw(`case when ?? in (${open}) and ?? < ? then 1 else 0 end as is_overdue`, [c('workflowState'), ...register.openStates, c('dueAt'), now]),
        knex.raw(`case when ?? is not null then 1 else 0 end as extended`, [c('extendedUntil')]),
        // Law 393/96-ВР Art. 5: an appeal returned to its author later than 10 days (information requests are not returned).
        register.key === 'appeal'
          ? knex.raw(`case when ?? is not null and coalesce(??, ?) = ? then 1 else 0 end as returned_late`, [c('returnedAt'), c('returnedLate'), false, true])
          : knex.raw('0 as returned_late'),
        knex.raw('coalesce(item_corrections.corrections, 0) as corrections'),
        // Law 2939-VI Art. 22 ч. 3: the requester told of the forwarding later than it happened (appeals have no such notice).
        register.key === 'information_request'
          ? knex.raw(`case when coalesce(??, ?) = ? then 1 else 0 end as forwarding_notice_late`, [c('forwardingNoticeLate'), false, true])
          : knex.raw('0 as forwarding_notice_late'),
        knex.raw(`${department.tableName}.id as department_id`),
        knex.raw(`${department.tableName}.${department.attributes.name.columnName} as department_name`),
        knex.raw(`${staff.tableName}.id as assignee_id`),
        knex.raw(`${staff.tableName}.${staff.attributes.fullName.columnName} as assignee_name`),
        knex.raw(`?? as subject`, [c(register.subject)]),
      )
      .toSQL();
    parts.push(query.sql);
    bindings.push(...query.bindings);
  }
  return { sql: parts.join(' UNION ALL '), bindings };
}

/** Days between receipt and answer, in the dialect's own arithmetic (PostgreSQL timestamps, SQLite epoch ms). */
export function daysToAnswerSql(strapi: Core.Strapi): string {
  return strapi.db.dialect.client === 'postgres'
    ? 'extract(epoch from (answered_at - received_at)) / 86400.0'
    : '(answered_at - received_at) / 86400000.0';
}
