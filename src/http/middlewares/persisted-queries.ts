import type { Core } from '@strapi/strapi';
import { refusedGraphqlBody } from './graphql-guard';
import { persistedQueryHash } from '../../read-models/public/cache/cache-key';
import { graphqlRequestFields, jsonParameter, preflighted } from '../../read-models/public/cache/graphql-request';

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Automatic persisted queries (Apollo's APQ protocol, docs/PUBLIC_API.md): the website sends only the SHA-256 of a
 * query — `GET /graphql?extensions={"persistedQuery":{"version":1,"sha256Hash":"…"}}&variables=…` — so a CDN can
 * cache by URL. An unknown hash answers `PersistedQueryNotFound`; the client then sends the query with its hash once
 * (POST or GET), which registers it after it has been answered without a refusal. The text is put back into the
 * request here, before the GraphQL guard and the cost limits, so every limit applies to a persisted query exactly
 * as to one sent in full (Apollo's own APQ store, which would run a stored query past them, is off: config/plugins.ts).
 * Held in memory per instance, bounded in bytes; an instance that does not know a hash asks for the text again.
 */
export default (config: { endpoint?: string; maxBytes?: number } = {}, _context?: { strapi: Core.Strapi }) => {
  const endpoint = config.endpoint ?? '/graphql';
  const store = new QueryStore(config.maxBytes ?? DEFAULT_MAX_BYTES);
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path !== endpoint || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();
    if (await refusedGraphqlBody(ctx)) return;
    const fields = graphqlRequestFields(ctx);
    const extensions = jsonParameter(fields?.extensions) as Record<string, any> | undefined;
    const persisted = extensions && typeof extensions === 'object' ? extensions.persistedQuery : undefined;
    // a GET Apollo refuses as a possible cross-site request is refused by Apollo, with or without a hash
    if (!fields || persisted === undefined || (ctx.method === 'GET' && !preflighted(ctx))) return next();
    if (!persisted || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') {
      return answerError(ctx, 400, 'Непідтримувана версія збереженого запиту (persistedQuery.version має бути 1).', 'PERSISTED_QUERY_NOT_SUPPORTED');
    }
    const hash: string = persisted.sha256Hash;
    const { persistedQuery, ...otherExtensions } = extensions!;
    void persistedQuery;
    if (typeof fields.query === 'string' && fields.query !== '') {
      if (persistedQueryHash(fields.query) !== hash) {
        return answerError(ctx, 400, 'Хеш persistedQuery.sha256Hash не відповідає тексту запиту (provided sha does not match query).', 'BAD_REQUEST');
      }
      const query = fields.query;
      rewrite(ctx, query, otherExtensions);
      await next();
      if (ctx.status === 200) store.set(hash, query);
      return;
    }
    const query = store.get(hash);
    if (query === undefined) {
      ctx.status = 200;
      ctx.set('Cache-Control', 'private, no-cache, must-revalidate');
      ctx.body = { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
      return;
    }
    rewrite(ctx, query, otherExtensions);
    return next();
  };
};

/** The request as if the client had sent the text: `query` set, the persisted-query extension taken out. */
function rewrite(ctx: any, query: string, extensions: Record<string, unknown>): void {
  const keep = Object.keys(extensions).length > 0;
  if (ctx.method === 'POST') {
    const { extensions: _dropped, ...body } = ctx.request.body;
    void _dropped;
    ctx.request.body = { ...body, query, ...(keep ? { extensions } : {}) };
    return;
  }
  // Apollo's Koa integration reads the raw query string: the text goes there
  const params = new URLSearchParams(ctx.querystring);
  params.set('query', query);
  if (keep) params.set('extensions', JSON.stringify(extensions));
  else params.delete('extensions');
  ctx.querystring = params.toString();
}

function answerError(ctx: any, status: number, message: string, code: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { errors: [{ message, extensions: { code, rule: 'graphql.persisted_query' } }] };
}

/** Query texts by hash, least recently used out first once the bytes pass the bound. */
class QueryStore {
  private texts = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(hash: string): string | undefined {
    const text = this.texts.get(hash);
    if (text !== undefined) {
      this.texts.delete(hash);
      this.texts.set(hash, text);
    }
    return text;
  }

  set(hash: string, text: string): void {
    if (this.texts.has(hash)) return;
    const size = text.length * 2 + hash.length;
    if (size > this.maxBytes / 4) return;
    this.texts.set(hash, text);
    this.bytes += size;
    for (const [oldest, old] of this.texts) {
      if (this.bytes <= this.maxBytes) break;
      this.texts.delete(oldest);
      this.bytes -= old.length * 2 + oldest.length;
    }
  }
}
