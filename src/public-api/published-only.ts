import type { Core } from '@strapi/strapi';

const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/**
 * Strapi 5 lets a content-API caller ask for drafts (`?status=draft`, `status: DRAFT`). Only staff tooling with a
 * full-access token may; every other content-API caller — the public, the city website's token, site users — reads
 * published versions whatever it asks. The admin panel is not a content-API caller and keeps its drafts.
 */
export function publishedOnlyForPublicCallers(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { action, contentType, params } = context as any;
    if (!contentType?.options?.draftAndPublish || !READS.has(action)) return next();
    const request: any = strapi.requestContext.get();
    if (request?.state?.route?.info?.type !== 'content-api' || isStaffTooling(request.state.auth)) return next();
    const { hasPublishedVersion, publicationFilter, ...rest } = params ?? {};
    void hasPublishedVersion;
    void publicationFilter;
    (context as any).params = { ...rest, status: 'published' };
    return next();
  };
}

function isStaffTooling(auth: any): boolean {
  return auth?.strategy?.name === 'api-token' && auth?.credentials?.type === 'full-access';
}
