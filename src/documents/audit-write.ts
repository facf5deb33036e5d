import type { Core } from '@strapi/strapi';
import type { FieldChange } from '../domain/audit/diff';
import { currentActor } from '../access/caller';
import { AUDIT_UID } from './audit-tracked';

export interface AuditRecord {
  action: string;
  contentType: string;
  recordDocumentId: string | null;
  recordLabel: string | null;
  changes: FieldChange[];
}

/**
 * Writes one entry straight to the database (not through the Document Service, which refuses any write of audit
 * entries), inside the caller's transaction when there is one, so the entry and the change commit or fail together.
 */
export async function writeAuditEntry(strapi: Core.Strapi, record: AuditRecord): Promise<void> {
  const actor = currentActor(strapi);
  await strapi.db.query(AUDIT_UID as any).create({
    data: {
      occurredAt: new Date(),
      action: record.action,
      contentType: record.contentType,
      recordDocumentId: record.recordDocumentId,
      recordLabel: record.recordLabel?.slice(0, 255) ?? null,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name,
      changedFields: record.changes.map((c) => c.field).join(', '),
      changes: record.changes,
    },
  });
}
