import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { privateQueryField, privateQueryMessage, publicPopulateOnly } from '../domain/access/public-query';
import { PUBLIC_FIELDS } from '../read-models/public/public-content';
import { publicQueryModel } from '../read-models/public/public-query-model';
import { publicShape } from '../read-models/public/public-shape';

const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/**
 * Refused before the database sees it: a public caller filtering, sorting, selecting or populating on a field it may
 * not read (src/domain/access/public-query.ts).
 */
function refusePrivateQuery(strapi: Core.Strapi, uid: string, params: any): void {
  const found = privateQueryField(uid, params ?? {}, queryModel(strapi));
  if (found) throw new errors.ValidationError(privateQueryMessage(found), { rule: 'public_api.private_field', param: found.param, path: found.path });
}

const queryModel = (strapi: Core.Strapi) => publicQueryModel((target) => strapi.getModel(target as any) as any);

/**
 * Strapi 5 lets a content-API caller ask for drafts (`?status=draft`, `status: DRAFT`). Only staff tooling with a
 * full-access token may; every other content-API caller — the public, the city website's token, site users — reads
 * published versions whatever it asks, and only the public fields (src/read-models/public/public-content.ts). The admin panel
 * is not a content-API caller and keeps its drafts and every field.
 */
export function publishedOnlyForPublicCallers(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { action, contentType, uid } = context as any;
    if (!READS.has(action) || !isPublicCaller(strapi)) return next();
    if (uid in PUBLIC_FIELDS) {
      // the query as sent, too: Strapi drops a populate of a type the caller cannot read before this point, silently
      const request: any = strapi.requestContext.get();
      if (request?.query && String(request.state?.route?.handler ?? '').startsWith(`${uid}.`)) refusePrivateQuery(strapi, uid, request.query);
      // what the server expanded from populate=* is cut to the public fields; everything else named must be public
      const current = (context as any).params ?? {};
      if (current.populate !== undefined) (context as any).params = { ...current, populate: publicPopulateOnly(uid, current.populate, queryModel(strapi)) };
      refusePrivateQuery(strapi, uid, (context as any).params);
    }
    if (contentType?.options?.draftAndPublish) {
      const { hasPublishedVersion, publicationFilter, ...rest } = (context as any).params ?? {};
      void hasPublishedVersion;
      void publicationFilter;
      (context as any).params = { ...rest, status: 'published' };
    }
    const result = await next();
    // only the public fields of public types reach a public caller, whatever it populated
    return uid in PUBLIC_FIELDS && action !== 'count' ? (publicShape(uid, result, (target) => (strapi.contentTypes as any)[target]?.attributes) as any) : result;
  };
}

function isPublicCaller(strapi: Core.Strapi): boolean {
  const request: any = strapi.requestContext.get();
  return request?.state?.route?.info?.type === 'content-api' && !isStaffTooling(request.state.auth);
}

/** A full-access API token: staff tooling, not a public caller. */
export function isStaffTooling(auth: any): boolean {
  return ['content-api-token', 'api-token'].includes(auth?.strategy?.name) && auth?.credentials?.type === 'full-access';
}
