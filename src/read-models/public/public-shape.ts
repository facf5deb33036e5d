import { isPublicField, PUBLIC_FIELDS } from './public-content';

type Attributes = Record<string, { type: string; target?: string }>;

/**
 * A document as a public caller may see it: only the public fields of a public type, recursively through populated
 * relations (a relation to a private type disappears) — media files stay as they are.
 */
export function publicShape(uid: string, value: unknown, attributesOf: (uid: string) => Attributes | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => publicShape(uid, item, attributesOf));
  if (!value || typeof value !== 'object' || !(uid in PUBLIC_FIELDS)) return value;
  const attributes = attributesOf(uid) ?? {};
  const shaped: Record<string, unknown> = {};
  for (const [field, fieldValue] of Object.entries(value as Record<string, unknown>)) {
    if (!isPublicField(uid, field)) continue;
    const attribute = attributes[field];
    if (attribute?.type === 'relation' && attribute.target) {
      if (!(attribute.target in PUBLIC_FIELDS)) continue;
      shaped[field] = publicShape(attribute.target, fieldValue, attributesOf);
    } else {
      shaped[field] = fieldValue;
    }
  }
  return shaped;
}
