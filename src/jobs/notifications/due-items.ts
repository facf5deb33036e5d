import type { Core } from '@strapi/strapi';
import { OPEN_APPEAL_STATES } from '../../domain/appeal/states';
import { OPEN_INFORMATION_REQUEST_STATES } from '../../domain/information-request/states';
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
  dueAt: Date;
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

export async function findOpenItemsDue(strapi: Core.Strapi, range: { from?: Date; before?: Date; until?: Date }): Promise<DueItem[]> {
  const dueAt: Record<string, string> = {};
  if (range.from) dueAt.$gte = range.from.toISOString();
  if (range.before) dueAt.$lt = range.before.toISOString();
  if (range.until) dueAt.$lte = range.until.toISOString();
  const items: DueItem[] = [];
  for (const register of REGISTERS) {
    const rows: any[] = await strapi.db.query(register.uid as any).findMany({
      where: { workflowState: { $in: [...register.open] }, dueAt: { $notNull: true, ...dueAt } },
      select: ['documentId', 'registrationNumber', 'dueAt', 'receivedAt', ...(register.kind === 'appeal' ? ['subject'] : [])],
      populate: { assignee: { ...PERSON, populate: { department: DEPARTMENT } }, department: DEPARTMENT },
      orderBy: { dueAt: 'asc' },
    });
    for (const row of rows) items.push(toDueItem(register.kind, row));
  }
  return items;
}

function toDueItem(kind: ItemKind, row: any): DueItem {
  const dueAt = new Date(row.dueAt);
  const dept = row.department ?? row.assignee?.department ?? null;
  return {
    kind,
    documentId: row.documentId,
    dueAt,
    ref: {
      kind,
      registrationNumber: row.registrationNumber,
      subject: row.subject ?? null,
      dueAt: dueAt.toISOString(),
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
