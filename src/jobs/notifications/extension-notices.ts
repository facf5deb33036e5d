import type { Core } from '@strapi/strapi';
import { extensionNoticeMissing } from '../../domain/appeal/extension-notice';
import { OPEN_APPEAL_STATES } from '../../domain/appeal/states';
import type { LoadedDeadlineSettings } from '../../documents/deadline-settings-source';
import type { Person } from './due-items';
import type { ItemRef } from './templates';

/**
 * Open appeals whose extension the applicant has not been told of although the term in force before it has ended
 * (Law 393/96-ВР Art. 20; decided by `extensionNoticeMissing`, src/domain/appeal/extension-notice.ts). One query;
 * `documentIds` narrows it to what a caller may read (the dashboard).
 */
export interface ExtensionNoticeMissing {
  documentId: string;
  ref: ItemRef;
  extendedUntil: string;
  originalDueAt: Date;
  assignee: Person | null;
  departmentHead: Person | null;
}

const PERSON = { select: ['documentId', 'fullName', 'email'] };

export async function findExtensionNoticesMissing(
  strapi: Core.Strapi,
  now: Date,
  settings: LoadedDeadlineSettings,
  documentIds?: string[],
): Promise<ExtensionNoticeMissing[]> {
  if (documentIds && documentIds.length === 0) return [];
  const rows: any[] = await strapi.db.query('api::appeal.appeal').findMany({
    where: {
      workflowState: { $in: [...OPEN_APPEAL_STATES] },
      extendedUntil: { $notNull: true },
      applicantNotifiedOfExtensionAt: { $null: true },
      receivedAt: { $notNull: true },
      ...(documentIds ? { documentId: { $in: documentIds } } : {}),
    },
    select: ['documentId', 'registrationNumber', 'subject', 'workflowState', 'receivedAt', 'dueAt', 'needsAdditionalStudy', 'shortenedUntil', 'extendedUntil'],
    populate: {
      assignee: { ...PERSON, populate: { department: { select: ['documentId'], populate: { head: PERSON } } } },
      department: { select: ['documentId'], populate: { head: PERSON } },
    },
    orderBy: { dueAt: 'asc' },
  });
  const missing: ExtensionNoticeMissing[] = [];
  for (const row of rows) {
    const extendedUntil = isoDate(row.extendedUntil) as string;
    const originalDueAt = extensionNoticeMissing(
      {
        workflowState: row.workflowState,
        receivedAt: new Date(row.receivedAt),
        needsAdditionalStudy: row.needsAdditionalStudy !== false && row.needsAdditionalStudy !== 0,
        shortenedUntil: isoDate(row.shortenedUntil),
        extendedUntil,
        applicantNotifiedOfExtensionAt: null,
      },
      now,
      settings,
    );
    if (!originalDueAt) continue;
    const department = row.department ?? row.assignee?.department ?? null;
    missing.push({
      documentId: row.documentId,
      ref: {
        kind: 'appeal',
        registrationNumber: row.registrationNumber,
        subject: row.subject ?? null,
        dueAt: row.dueAt ? new Date(row.dueAt).toISOString() : null,
        receivedAt: new Date(row.receivedAt).toISOString(),
      },
      extendedUntil,
      originalDueAt,
      assignee: person(row.assignee),
      departmentHead: person(department?.head),
    });
  }
  return missing;
}

function person(row: any): Person | null {
  return row ? { documentId: row.documentId, fullName: row.fullName ?? null, email: row.email ?? null } : null;
}

function isoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    // node-pg may hand a DATE back as local midnight: read the local calendar fields.
    const p = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}
