import type { Core } from '@strapi/strapi';
import { DEFAULT_SLUG_MAX_LENGTH, uniqueSlug } from '../domain/communications/slug';

export const PUBLICATION_UID = 'api::publication.publication';

/**
 * The first free address for `base` among other publications (draft and published rows of the same document share
 * their slug, so the document itself is excluded). One query fetches every slug that `uniqueSlug` could try: a base
 * of up to 68 characters leaves room for any «-N» suffix, so all candidates start with the base; a longer base is
 * shortened at a word boundary, so all candidates start with its first word.
 */
export async function freeSlug(strapi: Core.Strapi, base: string, documentId: string | null): Promise<string> {
  const prefix = base.length <= DEFAULT_SLUG_MAX_LENGTH - 12 ? base : base.split('-')[0].slice(0, 10);
  const rows: Array<{ slug: string | null }> = await strapi.db.query(PUBLICATION_UID).findMany({
    where: { slug: { $startsWith: prefix }, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ['slug'],
  });
  return uniqueSlug(base, new Set(rows.map((r) => r.slug).filter((s): s is string => typeof s === 'string')));
}
