import type { Core } from '@strapi/strapi';
import { refusedGraphqlBody } from './graphql-guard';
import { etagOf, graphqlCacheKey, restCacheKey, sha256, type CallerClass } from '../../read-models/public/cache/cache-key';
import { contentVersions } from '../../read-models/public/cache/content-version';
import { graphqlRequestFields, graphqlResponseType, jsonParameter, preflighted } from '../../read-models/public/cache/graphql-request';
import { PUBLIC_CONTENT_TYPES, publicReadActions } from '../../read-models/public/public-content';
import type { ContentScope } from '../../read-models/public/cache/response-store';

/** How long a token stays known as the city website's once the server has checked it (docs/PUBLIC_API.md). */
const WEBSITE_TOKEN_TRUST_MS = 60_000;

/** The caller of a public read as known before anything ran: the public, or a website token with its read actions. */
export type PublicReader = { caller: 'public' } | { caller: 'website'; actions: ReadonlySet<string> };

interface Target {
  key: (caller: CallerClass) => string;
  dependsOn: ContentScope[];
  expires: boolean;
}

/**
 * The public answers in memory (src/read-models/public/cache): a GraphQL query (POST or GET) or a REST read of a public type
 * by the public or the city website's token is answered from memory — before the GraphQL guard parses it and before
 * anything runs — when the same normalised query, variables, caller class and response media type were answered since the content last
 * changed. Filled only with successful answers without errors, to callers whose answers are published versions cut
 * to the public fields; staff (any other token) never read from it or write to it. The ETag is stored with the entry,
 * so If-None-Match is answered 304 without the body being rebuilt (./public-cache.ts).
 */
export default (config: { endpoint?: string; statisticsSeconds?: number } = {}, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint = config.endpoint ?? '/graphql';
  const statisticsMs = (config.statisticsSeconds ?? 30) * 1000;
  const runtime = contentVersions(strapi);
  const websiteTokens = new Map<string, { until: number; actions: ReadonlySet<string> }>();
  let restPrefixes: string[] | null = null;
  let websiteActions: Set<string> | null = null;

  const target = async (ctx: any): Promise<Target | 'refused' | null> => {
    if (ctx.path === endpoint) {
      if (ctx.method !== 'GET' && ctx.method !== 'POST') return null;
      if (ctx.method === 'GET' && !preflighted(ctx)) return null;
      if (await refusedGraphqlBody(ctx)) return 'refused';
      const fields = graphqlRequestFields(ctx);
      if (!fields || typeof fields.query !== 'string' || fields.query === '') return null;
      const variables = fields.variables === undefined ? null : jsonParameter(fields.variables);
      if (variables === undefined) return null;
      // the same query answered as application/json or as application/graphql-response+json is two entries
      const responseType = graphqlResponseType(ctx.get('accept'));
      if (!responseType) return null;
      const query = fields.query;
      const statistics = query.includes('appealStatistics');
      return {
        key: (caller) => graphqlCacheKey(caller, query, fields.operationName, variables, responseType),
        dependsOn: statistics ? ['content', 'statistics'] : ['content'],
        expires: statistics,
      };
    }
    if (ctx.method !== 'GET' || !ctx.path.startsWith('/api/')) return null;
    restPrefixes ??= PUBLIC_CONTENT_TYPES.map((uid) => (strapi.contentTypes as any)[uid]?.info?.pluralName).filter(Boolean).map((plural) => `/api/${plural}`);
    if (!restPrefixes.some((prefix) => ctx.path === prefix || ctx.path.startsWith(`${prefix}/`))) return null;
    const url = ctx.url;
    return { key: (caller) => restCacheKey(caller, url), dependsOn: ['content'], expires: false };
  };

  /** The caller class known before anything runs: no Authorization header, or a token already checked. */
  const knownCaller = (ctx: any): CallerClass | null => {
    const authorization = ctx.get('authorization');
    if (!authorization) return 'public';
    const trusted = websiteTokens.get(sha256(authorization));
    return trusted !== undefined && trusted.until > Date.now() ? 'website' : null;
  };

  /**
   * What later middlewares may know of the caller before anything runs (the public direct reads,
   * ./public-direct-reads.ts): the class, and for a website token already checked, the read actions it holds.
   */
  const readerOf = (ctx: any): PublicReader | null => {
    const caller = knownCaller(ctx);
    if (caller === 'public') return { caller };
    if (caller === 'website') return { caller, actions: websiteTokens.get(sha256(ctx.get('authorization')))!.actions };
    return null;
  };

  /** After the request ran: was it the public, or a token with exactly the city website's read permissions? */
  const answeredCaller = (ctx: any): CallerClass | null => {
    // answered without Apollo for a caller known before anything ran (./public-direct-reads.ts)
    if (ctx.state?.publicDirectAnswer) return ctx.state.publicReader?.caller ?? null;
    if (ctx.state?.route?.info?.type !== 'content-api') return null;
    const authorization = ctx.get('authorization');
    if (!authorization) return 'public';
    const auth = ctx.state?.auth;
    const token = auth?.credentials;
    if (!['content-api-token', 'api-token'].includes(auth?.strategy?.name) || token?.type !== 'custom' || !Array.isArray(token.permissions)) return null;
    websiteActions ??= new Set(publicReadActions((uid) => Boolean((strapi.contentTypes as any)[uid])));
    if (token.permissions.length === 0 || !token.permissions.every((action: unknown) => websiteActions!.has(String(action)))) return null;
    if (websiteTokens.size > 1000) websiteTokens.clear();
    websiteTokens.set(sha256(authorization), { until: Date.now() + WEBSITE_TOKEN_TRUST_MS, actions: new Set(token.permissions.map(String)) });
    return 'website';
  };

  return async (ctx: any, next: () => Promise<void>) => {
    if (!runtime.store.enabled) return next();
    const found = await target(ctx);
    if (found === 'refused') return; // answered by the body checks (./graphql-guard.ts)
    if (!found) return next();
    const reader = readerOf(ctx);
    const caller = reader?.caller ?? null;
    if (reader) ctx.state.publicReader = reader;
    if (caller && (await runtime.fresh())) {
      const entry = runtime.store.get(found.key(caller));
      if (entry) {
        runtime.store.hits++;
        ctx.status = 200;
        ctx.body = entry.body;
        ctx.type = entry.contentType;
        ctx.set('X-Public-Cache', 'hit');
        ctx.state.publicEtag = entry.etag;
        return;
      }
    }
    runtime.store.misses++;
    // the versions before anything is read: a write committed meanwhile makes this answer stale at once
    const versions = runtime.store.currentVersions();
    await next();
    if (!versions || ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
    const answered = answeredCaller(ctx);
    if (!answered) return;
    const body = typeof ctx.body === 'string' ? Buffer.from(ctx.body) : Buffer.isBuffer(ctx.body) ? ctx.body : isPlainData(ctx.body) ? Buffer.from(JSON.stringify(ctx.body)) : null;
    if (!body) return;
    if (ctx.path === endpoint && /"errors"\s*:/.test(body.toString())) return;
    const contentType = String(ctx.response.get('Content-Type') || 'application/json; charset=utf-8');
    const etag = etagOf(body);
    ctx.body = body;
    ctx.type = contentType;
    ctx.state.publicEtag = etag;
    ctx.set('X-Public-Cache', 'miss');
    runtime.store.put(found.key(answered), {
      body,
      etag,
      contentType,
      versions: Object.fromEntries(found.dependsOn.map((scope) => [scope, versions[scope]])),
      expiresAt: found.expires ? Date.now() + statisticsMs : null,
    });
  };
};

function isPlainData(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as any).pipe !== 'function';
}
