import type { Core } from '@strapi/strapi';
import { OPEN_APPEAL_STATES } from '../domain/appeal/states';
import { OPEN_INFORMATION_REQUEST_STATES } from '../domain/information-request/states';
import { controlInstant } from '../domain/notifications/schedule';
import type { ItemKind, ItemRef } from './templates';

/**
 * Open register items whose due instant falls in a range, with the people to tell: the assignee, the department
 * (the item's own, else the assignee's), its head and the head of the parent department. One query per register
 * and range — Strapi loads each populated relation level for all rows at once, never per item.
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

const REGISTERS: Array<{ uid: string; kind: ItemKind; open: readonly string[] }> = [
  { uid: 'api::appeal.appeal', kind: 'appeal', open: OPEN_APPEAL_STATES },
  { uid: 'api::information-request.information-request', kind: 'information_request', open: OPEN_INFORMATION_REQUEST_STATES },
];

const PERSON = { select: ['documentId', 'fullName', 'email'] };
const DEPARTMENT = {
  select: ['documentId', 'name'],
  populate: { head: PERSON, parent: { select: ['documentId'], populate: { head: PERSON } } },
};

/**
 * `by: 'statutory'` (default) looks at `dueAt`, the statutory term — overdue and escalation; `by: 'control'` at the
 * internal control date (`controlDueAt` where one is stored, else `dueAt`) — reminders and the digest's «due soon».
 */
export async function findOpenItemsDue(
  strapi: Core.Strapi,
  range: { from?: Date; before?: Date; until?: Date },
  by: 'statutory' | 'control' = 'statutory',
): Promise<DueItem[]> {
  const bounds: Record<string, string> = {};
  if (range.from) bounds.$gte = range.from.toISOString();
  if (range.before) bounds.$lt = range.before.toISOString();
  if (range.until) bounds.$lte = range.until.toISOString();
  const when =
    by === 'statutory'
      ? { dueAt: { $notNull: true, ...bounds } }
      : { $or: [{ controlDueAt: { $notNull: true, ...bounds } }, { controlDueAt: { $null: true }, dueAt: { $notNull: true, ...bounds } }] };
  const items: DueItem[] = [];
  for (const register of REGISTERS) {
    const rows: any[] = await strapi.db.query(register.uid as any).findMany({
      where: { workflowState: { $in: [...register.open] }, ...when },
      select: ['documentId', 'registrationNumber', 'dueAt', 'controlDueAt', 'receivedAt', ...(register.kind === 'appeal' ? ['subject', 'priority'] : [])],
      populate: { assignee: { ...PERSON, populate: { department: DEPARTMENT } }, department: DEPARTMENT },
      orderBy: { dueAt: 'asc' },
    });
    for (const row of rows) items.push(toDueItem(register.kind, row));
  }
  return items;
}

function toDueItem(kind: ItemKind, row: any): DueItem {
  const dueAt = new Date(row.dueAt);
  const controlDueAt = row.controlDueAt ? new Date(row.controlDueAt) : null;
  const dept = row.department ?? row.assignee?.department ?? null;
  return {
    kind,
    documentId: row.documentId,
    dueAt,
    controlAt: controlInstant(dueAt, controlDueAt),
    priority: row.priority === true || row.priority === 1,
    ref: {
      kind,
      registrationNumber: row.registrationNumber,
      subject: row.subject ?? null,
      dueAt: dueAt.toISOString(),
      ...(controlDueAt ? { controlDueAt: controlDueAt.toISOString() } : {}),
      receivedAt: row.receivedAt ? new Date(row.receivedAt).toISOString() : null,
    },
    assignee: person(row.assignee),
    department: dept
      ? { documentId: dept.documentId, name: dept.name, head: person(dept.head), parentHead: person(dept.parent?.head) }
      : null,
  };
}

function person(row: any): Person | null {
  return row ? { documentId: row.documentId, fullName: row.fullName ?? null, email: row.email ?? null } : null;
}
