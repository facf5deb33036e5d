import type { Core } from '@strapi/strapi';
import { OPEN_APPEAL_STATES } from '../../domain/appeal/states';
import { OPEN_INFORMATION_REQUEST_STATES } from '../../domain/information-request/states';
import { controlInstant } from '../../domain/notifications/schedule';
import { withTrx } from './outbox';
import type { ItemKind, ItemRef } from './templates';

/**
 * Open register items whose due instant falls in a range, with the people to tell: the assignee, the department
 * (the item's own, else the assignee's), its head and the head of the parent department. One query per register
 * and range.
 */
export interface DueItem {
  kind: ItemKind;
  documentId: string;
  ref: ItemRef;
  /** The statutory term (lateness, escalation). */
  dueAt: Date;
  /** The internal control date (reminders, digest): `controlDueAt`, or `dueAt` when they are the same day. */
  controlAt: Date;
  /** Privileged applicant (appeals, Art. 20): first in order, reminded earlier. */
  priority: boolean;
  assignee: Person | null;
  department: { documentId: string; name: string; head: Person | null; parentHead: Person | null } | null;
}

export interface Person {
  documentId: string;
  fullName: string | null;
  email: string | null;
}

export interface Register {
  uid: string;
  kind: ItemKind;
  open: readonly string[];
}

export const REGISTERS: Register[] = [
  { uid: 'api::appeal.appeal', kind: 'appeal', open: OPEN_APPEAL_STATES },
  { uid: 'api::information-request.information-request', kind: 'information_request', open: OPEN_INFORMATION_REQUEST_STATES },
];

/**
 * One SELECT per register: the item joined, through Strapi's link tables, to its assignee, its department (else the
 * assignee's), that department's head, parent and parent's head. Set-based, whatever the number of items; column
 * and link-table names come from Strapi's metadata.
 */
export function findOpenItemsDue(
  strapi: Core.Strapi,
  range: DueRange,
  by: 'statutory' | 'control' = 'statutory',
): Promise<DueItem[]> {
  // in the job's transaction (it holds the advisory lock and a pooled connection): never wait for a second one
  return withTrx(strapi, (trx) => openItemsDue(strapi, trx, range, by));
}

/**
 * `by: 'statutory'` (default) looks at `dueAt`, the statutory term — overdue and escalation; `by: 'control'` at the
 * internal control date (`controlDueAt` where one is stored, else `dueAt`) — reminders and the digest's «due soon».
 */
async function openItemsDue(
  strapi: Core.Strapi,
  knex: any,
  range: DueRange,
  by: 'statutory' | 'control',
): Promise<DueItem[]> {
  const items: DueItem[] = [];
  for (const register of REGISTERS) {
    const { query, c, deptCol } = openItemsDueQuery(strapi, knex, register, range, by);
    const rows: any[] = await query
      .select({
        document_id: 'i.document_id',
        registration_number: c('registrationNumber'),
        due_at: c('dueAt'),
        control_due_at: c('controlDueAt'),
        received_at: c('receivedAt'),
        ...(register.kind === 'appeal' ? { subject: c('subject'), priority: c('priority') } : {}),
        ...person('asg'),
        d_id: 'd.id',
        d_document_id: 'd.document_id',
        d_name: deptCol('d', 'name'),
        ...person('dh'),
        ...person('ph'),
      })
      .orderBy(c('dueAt'), 'asc')
      .orderBy('i.id', 'asc');
    for (const row of rows) items.push(toDueItem(register.kind, row));
  }
  return items;

  function person(alias: string) {
    const staff: any = strapi.db.metadata.get('api::staff-member.staff-member' as any);
    return {
      [`${alias}_document_id`]: `${alias}.document_id`,
      [`${alias}_full_name`]: `${alias}.${staff.attributes.fullName.columnName}`,
      [`${alias}_email`]: `${alias}.${staff.attributes.email.columnName}`,
    };
  }
}

export type DueRange = { from?: Date; before?: Date; until?: Date };

/**
 * The FROM/JOIN/WHERE of one register's open items due in `range`, without a select list: `i` the item, `asg` its
 * assignee, `d` its department (else the assignee's), `dh` that department's head, `dp` its parent and `ph` the
 * parent's head. `c(attribute)` names an item column, `staffCol`/`deptCol` a staff member's or department's, `when`
 * the instant the range applies to. Shared by the reading above and the set-based outbox inserts (outbox-sweep.ts).
 */
export function openItemsDueQuery(strapi: Core.Strapi, knex: any, register: Register, range: DueRange, by: 'statutory' | 'control') {
  const staff: any = strapi.db.metadata.get('api::staff-member.staff-member' as any);
  const department: any = strapi.db.metadata.get('api::department.department' as any);
  const staffCol = (alias: string, attribute: string) => `${alias}.${staff.attributes[attribute].columnName}`;
  const deptCol = (alias: string, attribute: string) => `${alias}.${department.attributes[attribute].columnName}`;
  /** LEFT JOIN `fromAlias`'s many-to-one `attribute` (of `meta`) through its link table, as `alias`. */
  const joinRelation = (query: any, meta: any, fromAlias: string, attribute: string, alias: string) => {
    const relation = meta.attributes[attribute];
    const link = relation.joinTable;
    const target: any = strapi.db.metadata.get(relation.target);
    const linkAlias = `${alias}_lnk`;
    query
      .leftJoin(`${link.name} as ${linkAlias}`, `${linkAlias}.${link.joinColumn.name}`, `${fromAlias}.id`)
      .leftJoin(`${target.tableName} as ${alias}`, `${alias}.id`, `${linkAlias}.${link.inverseJoinColumn.name}`);
  };
  const meta: any = strapi.db.metadata.get(register.uid as any);
  const c = (attribute: string) => `i.${meta.attributes[attribute].columnName}`;
  const when = by === 'statutory' ? knex.raw('??', [c('dueAt')]) : knex.raw('coalesce(??, ??)', [c('controlDueAt'), c('dueAt')]);
  const query = knex(`${meta.tableName} as i`)
    .whereIn(c('workflowState'), [...register.open])
    .whereNotNull(c('dueAt'))
    .modify((q: any) => {
      if (range.from) q.where(when, '>=', range.from);
      if (range.before) q.where(when, '<', range.before);
      if (range.until) q.where(when, '<=', range.until);
    });
  joinRelation(query, meta, 'i', 'assignee', 'asg');
  joinRelation(query, meta, 'i', 'department', 'own');
  joinRelation(query, staff, 'asg', 'department', 'asgd');
  // the item's own department, else the assignee's: one department row, then its head, parent and parent's head
  query.leftJoin(`${department.tableName} as d`, function (this: any) {
    this.on('d.id', '=', knex.raw('coalesce(own.id, asgd.id)'));
  });
  joinRelation(query, department, 'd', 'head', 'dh');
  joinRelation(query, department, 'd', 'parent', 'dp');
  joinRelation(query, department, 'dp', 'head', 'ph');
  return { query, c, staffCol, deptCol, when, meta };
}

function toDueItem(kind: ItemKind, row: any): DueItem {
  const dueAt = new Date(row.due_at);
  const controlDueAt = row.control_due_at ? new Date(row.control_due_at) : null;
  return {
    kind,
    documentId: row.document_id,
    dueAt,
    controlAt: controlInstant(dueAt, controlDueAt),
    priority: row.priority === true || row.priority === 1,
    ref: {
      kind,
      registrationNumber: row.registration_number,
      subject: row.subject ?? null,
      dueAt: dueAt.toISOString(),
      ...(controlDueAt ? { controlDueAt: controlDueAt.toISOString() } : {}),
      receivedAt: row.received_at ? new Date(row.received_at).toISOString() : null,
    },
    assignee: person(row, 'asg'),
    department: row.d_id
      ? { documentId: row.d_document_id, name: row.d_name, head: person(row, 'dh'), parentHead: person(row, 'ph') }
      : null,
  };
}

function person(row: any, alias: string): Person | null {
  const documentId = row[`${alias}_document_id`];
  return documentId ? { documentId, fullName: row[`${alias}_full_name`] ?? null, email: row[`${alias}_email`] ?? null } : null;
}
