/**
 * What changed in a record, field by field, for the audit trail. Values are plain (strings, numbers, booleans, null,
 * lists of related documentIds); components are flattened to `component.field`.
 *
 * Personal data of applicants and requesters (Law «Про захист персональних даних»: name, address, phone, e-mail,
 * text of the appeal, privileges) is recorded as changed without copying either value: the audit trail is read by
 * more people than the record itself.
 */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** true when values were withheld because the field holds personal data */
  personal?: boolean;
}

export type FlatRecord = Record<string, unknown>;

export const PERSONAL_VALUE = '(персональні дані — значення не зберігається)';

export function isPersonalField(field: string, personalFields: string[]): boolean {
  return personalFields.some((p) => field === p || field.startsWith(`${p}.`));
}

export function diffRecords(before: FlatRecord | null, after: FlatRecord | null, personalFields: string[]): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of [...keys].sort()) {
    const a = normalize(before?.[field]);
    const b = normalize(after?.[field]);
    if (same(a, b)) continue;
    if (isPersonalField(field, personalFields)) {
      changes.push({ field, before: a === null ? null : PERSONAL_VALUE, after: b === null ? null : PERSONAL_VALUE, personal: true });
    } else {
      changes.push({ field, before: a, after: b });
    }
  }
  return changes;
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(normalize).sort();
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Flattens one level of components (`applicant: {fullName}` → `applicant.fullName`). */
export function flatten(record: Record<string, unknown>, componentFields: string[]): FlatRecord {
  const flat: FlatRecord = {};
  for (const [key, value] of Object.entries(record)) {
    if (componentFields.includes(key)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [inner, v] of Object.entries(value as Record<string, unknown>)) if (inner !== 'id') flat[`${key}.${inner}`] = v;
      } else flat[key] = null;
    } else flat[key] = value;
  }
  return flat;
}
