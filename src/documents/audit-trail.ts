import type { Core } from '@strapi/strapi';
import { diffRecords, flatten, type FlatRecord } from '../domain/audit/diff';
import { AUDITED_ACTIONS, TRACKED } from './audit-tracked';
import { writeAuditEntry } from './audit-write';
import { correctionOf } from './correction-context';

// `searchText` is derived from the person's data (src/documents/search-text.ts): never copied to the trail.
const SKIPPED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'searchText']);

/**
 * Records every change of the tracked content types (./audit-tracked.ts): who, when, the action and each changed
 * field's old and new value. Outermost middleware: the change, the register rules and the entry share one
 * transaction, so a refused change leaves no entry and an entry that cannot be written undoes the change.
 */
export function auditTrail(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params, contentType } = context as any;
    const tracked = TRACKED[uid];
    const auditedAction = AUDITED_ACTIONS[action];
    if (!tracked || !auditedAction) return next();

    return strapi.db.transaction(async () => {
      const documentId: string | undefined = params?.documentId;
      const before = documentId ? await snapshot(strapi, contentType, documentId) : null;
      const result: any = await next();
      const id = documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId ?? null;
      if (!id) return result;
      const after = action === 'delete' ? null : await snapshot(strapi, contentType, id);
      if (action === 'delete' && !before) return result;
      const fieldLevel = action === 'create' || action === 'update' || action === 'delete';
      const changes = fieldLevel ? diffRecords(before?.flat ?? null, after?.flat ?? null, tracked.personal) : [];
      if (action === 'update' && changes.length === 0) return result; // a form saved without changes is not a change
      // A recorded correction of a frozen term field (term-correction) is shown as such, not as an ordinary edit.
      const entryAction = action === 'update' && correctionOf(uid, id) ? 'correction' : auditedAction;
      await writeAuditEntry(strapi, { action: entryAction, contentType: uid, recordDocumentId: id, recordLabel: (after ?? before)?.label ?? null, changes });
      return result;
    });
  };
}

/** The record as the trail compares it: scalars, components flattened, relations as documentIds. */
async function snapshot(strapi: Core.Strapi, contentType: any, documentId: string): Promise<{ flat: FlatRecord; label: string | null } | null> {
  const populate: Record<string, unknown> = {};
  const components: string[] = [];
  for (const [name, attribute] of Object.entries<any>(contentType.attributes)) {
    if (SKIPPED.has(name)) continue;
    if (attribute.type === 'component') {
      populate[name] = true;
      if (!attribute.repeatable) components.push(name);
    } else if (attribute.type === 'dynamiczone') populate[name] = true;
    else if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = { select: ['documentId'] };
  }
  const draftAndPublish = contentType.options?.draftAndPublish === true;
  // With draft & publish the draft row carries the edits; the published row is a copy made on publish.
  const row: any = await strapi.db.query(contentType.uid).findOne({ where: { documentId, ...(draftAndPublish ? { publishedAt: null } : {}) }, populate });
  if (!row) return null;
  const plain: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries<any>(contentType.attributes)) {
    if (SKIPPED.has(name) || attribute.private && attribute.type === 'password') continue;
    const value = row[name];
    if (attribute.type === 'relation' || attribute.type === 'media') {
      plain[name] = Array.isArray(value) ? value.map((v) => v.documentId) : value?.documentId ?? null;
    } else if (attribute.type === 'component' && !attribute.repeatable) {
      plain[name] = value ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id' && k !== '__component')) : null;
    } else if (attribute.type === 'component' || attribute.type === 'dynamiczone' || attribute.type === 'json') {
      plain[name] = value === null || value === undefined ? null : JSON.stringify(stripIds(value));
    } else {
      plain[name] = value instanceof Date ? value.toISOString() : value ?? null;
    }
  }
  const label = row.registrationNumber ?? row.title ?? row.name ?? null;
  return { flat: flatten(plain, components), label: label === null ? null : String(label) };
}

function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => [k, stripIds(v)]));
  return value;
}
