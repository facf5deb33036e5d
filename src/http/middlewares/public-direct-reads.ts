import type { Core } from '@strapi/strapi';
import type { DocumentNode } from 'graphql';
import { currentPublicSchema } from '../graphql/public-graphql';
import { directAnswer, directPlan } from '../graphql/direct-reads';
import { GRAPHQL_MEDIA_TYPES, graphqlResponseType, preflighted } from '../../read-models/public/cache/graphql-request';
import { countDirectRead } from '../../operations/metrics-registry';
import type { PublicReader } from './response-cache';

/** How long the public role's permissions, read from the database, are trusted. */
const PERMISSIONS_TRUST_MS = 1000;
/** The media types the direct reads answer in (Apollo's choice for the Accept header, graphqlResponseType). */
const DIRECT_TYPES = new Set<string>([GRAPHQL_MEDIA_TYPES.json, GRAPHQL_MEDIA_TYPES.graphqlResponse]);

/**
 * Public GraphQL reads answered without Apollo (src/http/graphql/direct-reads.ts), after the body checks, the persisted
 * queries, the response cache, the guard and the cost limits have had their say (config/middlewares.ts). Only for the
 * public (no Authorization header) or a city website token the response cache already checked, only while the public
 * role (or that token) may read the type, and only for the simple shape of query the direct reads plan; everything
 * else goes on to Apollo exactly as before. `PUBLIC_DIRECT_READS=false` (server.publicDirectReads) turns it off.
 */
export default (config: { endpoint?: string } = {}, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint = config.endpoint ?? '/graphql';
  const publicActions = trustedFor(PERMISSIONS_TRUST_MS, async () => {
    const rows: Array<{ action: string }> = await strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: { type: 'public' } }, select: ['action'] });
    return new Set(rows.map((row) => row.action));
  });

  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path !== endpoint || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();
    if (strapi.config.get<boolean>('server.publicDirectReads', true) === false) return next();
    const request = requestOf(ctx);
    const schema = currentPublicSchema();
    const allowed = allowedFor(ctx, publicActions);
    if (!request || !schema || !allowed) {
      countDirectRead('passed');
      return next();
    }
    let text: string | null = null;
    try {
      const plan = directPlan(schema, strapi, request);
      if (plan) text = await directAnswer({ strapi, schema, allowed }, plan, request.variables);
    } catch (error) {
      // whatever went wrong here, Apollo answers the request as it would have
      strapi.log.debug(`public direct read left to Apollo: ${(error as Error)?.message}`);
      text = null;
    }
    if (text === null) {
      countDirectRead('passed');
      return next();
    }
    countDirectRead('answered');
    // the response cache stores it for the caller it knew before anything ran (answeredCaller, ./response-cache.ts)
    ctx.state.publicDirectAnswer = true;
    ctx.status = 200;
    ctx.set('Content-Type', request.responseType);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = text;
  };
};

/**
 * The request as Apollo reads it, when it is one the direct reads may answer: a query text already parsed by the
 * GraphQL guard, an operation name, variables as an object, no extensions, and an Accept header for which Apollo would
 * answer `application/json` or `application/graphql-response+json` (Apollo Client's default asks for the second).
 */
function requestOf(ctx: any): { document: DocumentNode; query: string; operationName: string | null; variables: Record<string, unknown>; responseType: string } | null {
  const document: DocumentNode | undefined = ctx.state.graphqlDocument;
  const responseType = graphqlResponseType(ctx.get('accept'));
  if (!document || !responseType || !DIRECT_TYPES.has(responseType)) return null;
  let query: unknown;
  let operationName: unknown;
  let variables: unknown;
  if (ctx.method === 'POST') {
    const body = ctx.request.body;
    if (!ctx.is('application/json') || !body || typeof body !== 'object' || Array.isArray(body)) return null;
    if (body.extensions !== undefined && body.extensions !== null) return null;
    ({ query, operationName, variables } = body);
  } else {
    // Apollo reads the raw query string, each parameter at most once, and refuses a GET a browser sends unasked
    if (!preflighted(ctx)) return null;
    const params = new URLSearchParams(ctx.querystring);
    for (const name of ['query', 'operationName', 'variables', 'extensions']) if (params.getAll(name).length > 1) return null;
    if (params.has('extensions')) return null;
    query = params.get('query');
    if (query !== ctx.query?.query) return null;
    operationName = params.get('operationName') ?? undefined;
    const raw = params.get('variables');
    if (raw !== null) {
      try {
        variables = JSON.parse(raw);
      } catch {
        return null;
      }
    }
  }
  if (typeof query !== 'string' || query === '') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return { document, query, operationName: (operationName as string | null | undefined) ?? null, variables: (variables as Record<string, unknown> | null | undefined) ?? {}, responseType };
}

/** The caller's read permissions: the public role's, or those of a website token the response cache has checked. */
function allowedFor(ctx: any, publicActions: () => Promise<ReadonlySet<string>>): ((action: string) => Promise<boolean>) | null {
  if (!ctx.get('authorization')) return async (action) => (await publicActions()).has(action);
  const reader: PublicReader | undefined = ctx.state.publicReader;
  if (reader?.caller !== 'website') return null;
  return async (action) => reader.actions.has(action);
}

/** A value read at most once per `ms` (concurrent callers share one read). */
function trustedFor<T>(ms: number, read: () => Promise<T>): () => Promise<T> {
  let value: { at: number; promise: Promise<T> } | null = null;
  return () => {
    const now = Date.now();
    if (!value || now - value.at >= ms) {
      const promise = read();
      value = { at: now, promise };
      promise.catch(() => {
        if (value?.promise === promise) value = null;
      });
    }
    return value.promise;
  };
}
