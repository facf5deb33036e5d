import type { Core } from '@strapi/strapi';
import { checkPublicationBeforePublish, type PublicationDraft } from '../domain/communications/rules';
import type { KnownPersonalData } from '../domain/communications/masking';
import { slugify } from '../domain/communications/slug';
import { PUBLICATION_UID, freeSlug } from './slug-lookup';
import { refuseViolation } from './campaign';
import { readRelation, readText, refuse, refusingDomainErrors } from './input';
import { recordPetitionAnswerPublished } from './answer-publication';

/**
 * Publications (draft & publish). Drafts may be incomplete; what goes to the city website is checked when it is
 * published — the `publish` action, or create/update with `status: 'published'` (REST `?status=published`,
 * GraphQL, scripts) — before anything is written. The slug is made here for every caller.
 */

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const DRAFT_FIELDS = ['kind', 'title', 'summary', 'body', 'question', 'claim', 'claimSources', 'verdict'] as const;

export function publicationRules(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== PUBLICATION_UID) return next();
    if (action === 'publish') {
      await checkStoredDraft(strapi, params.documentId);
      const result = await next();
      await recordPetitionAnswerPublished(strapi, params.documentId);
      return result;
    }
    if (action !== 'create' && action !== 'update' && action !== 'clone') return next();
    const data: Record<string, any> = params.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) refuse('data', 'Дані публікації мають бути об’єктом.');
    if (action === 'clone') {
      // «Дублювати» in the panel: the copy is a new document and needs an address of its own.
      const source = await loadDraft(strapi, params.documentId);
      data.slug = await freeSlug(strapi, slugify(readText(data.title, 'title') ?? source?.title ?? ''), null);
      params.data = data;
      return next();
    }
    const before = action === 'update' ? await loadDraft(strapi, params.documentId) : null;
    await assignSlug(strapi, data, before, action === 'update' ? params.documentId : null);
    if (params.status === 'published') {
      const merged = mergeDraft(before, data);
      const ref = readRelation(data.sourceAppeal, 'sourceAppeal');
      const appealRef = ref === undefined ? before?.sourceAppeal?.documentId ?? null : ref;
      refuseViolation(checkPublicationBeforePublish(merged, await applicantOf(strapi, appealRef)));
    }
    params.data = data;
    const result: any = await next();
    if (params.status === 'published') await recordPetitionAnswerPublished(strapi, result?.documentId ?? params.documentId);
    return result;
  };
}

/**
 * The slug follows the title until the publication is first published: a draft's address is nobody's bookmark yet,
 * but a published address is, so afterwards only an explicit new slug changes it. Always normalised and unique.
 */
async function assignSlug(strapi: Core.Strapi, data: Record<string, any>, before: any, documentId: string | null): Promise<void> {
  const explicit = 'slug' in data ? readText(data.slug, 'slug') : null;
  const title = 'title' in data ? readText(data.title, 'title') : before?.title ?? null;
  let base: string | null = null;
  if (!before) base = slugify(explicit ?? title ?? '');
  else if (explicit && explicit !== before.slug) base = slugify(explicit);
  else if (!before.slug || (title !== before.title && !(await everPublished(strapi, documentId!)))) base = slugify(title ?? '');
  if (base === null) {
    if ('slug' in data) data.slug = before.slug;
    return;
  }
  data.slug = await refusingDomainErrors(() => freeSlug(strapi, base, documentId));
}

async function everPublished(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  const published = await strapi.db.query(PUBLICATION_UID).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['id'] });
  return Boolean(published);
}

async function loadDraft(strapi: Core.Strapi, documentId: unknown): Promise<any> {
  if (typeof documentId !== 'string' || !documentId) refuse('documentId', 'Не вказано, яку публікацію змінити.');
  return strapi.db.query(PUBLICATION_UID).findOne({
    where: { documentId, publishedAt: null },
    populate: { sourceAppeal: { select: ['documentId'] } },
  });
}

function mergeDraft(before: any, data: Record<string, any>): PublicationDraft {
  const draft: Record<string, unknown> = {};
  for (const field of DRAFT_FIELDS) {
    draft[field] = field in data ? (field === 'kind' || field === 'verdict' ? data[field] ?? null : readText(data[field], field)) : before?.[field] ?? null;
  }
  return draft as unknown as PublicationDraft;
}

/** Publishing a stored draft (the admin panel's «Опублікувати», the scheduled job). */
async function checkStoredDraft(strapi: Core.Strapi, documentId: unknown): Promise<void> {
  if (typeof documentId !== 'string' || !documentId) return;
  const draft = await loadDraft(strapi, documentId);
  if (!draft) return;
  refuseViolation(checkPublicationBeforePublish(mergeDraft(draft, {}), await applicantOf(strapi, draft.sourceAppeal?.documentId ?? null)));
}

/** The applicant of the answered appeal: their name and address are personal data only this publication knows. */
async function applicantOf(strapi: Core.Strapi, ref: string | number | null): Promise<KnownPersonalData | null> {
  if (ref === null || ref === undefined) return null;
  const where = typeof ref === 'number' ? { id: ref } : { documentId: ref };
  const appeal: any = await strapi.db.query('api::appeal.appeal').findOne({ where, populate: { applicant: true } });
  if (!appeal) refuse('sourceAppeal', 'Звернення, на яке дано відповідь, не знайдено.', 'appeal_answer.source_not_found');
  const a = appeal.applicant ?? {};
  return { fullName: a.fullName ?? null, address: a.address ?? null, email: a.email ?? null, phone: a.phone ?? null };
}
