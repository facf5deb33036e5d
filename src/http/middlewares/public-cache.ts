import { etagOf } from '../../read-models/public/cache/cache-key';

/**
 * HTTP caching for the public API (GraphQL and REST reads): a strong ETag of the response body, so it changes
 * exactly when what a query returns changes (a publication published or unpublished), `304 Not Modified` for a
 * matching If-None-Match, and a Cache-Control that lets the city's CDN keep anonymous responses for a short while.
 * An answer from the server's own cache (./response-cache.ts) brings its stored ETag: nothing is hashed again.
 */
export default (config: { maxAge?: number; sMaxAge?: number } = {}) => {
  const maxAge = config.maxAge ?? 60;
  const sMaxAge = config.sMaxAge ?? 300;
  return async (ctx: any, next: () => Promise<void>) => {
    await next();
    if (!isPublicRead(ctx) || ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
    let etag: string | undefined = ctx.state?.publicEtag;
    if (!etag) {
      const body = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? ctx.body : JSON.stringify(ctx.body);
      if (hasGraphqlErrors(ctx, body)) {
        ctx.set('Cache-Control', 'no-store');
        return;
      }
      etag = etagOf(body);
    }
    const anonymous = !ctx.get('authorization');
    ctx.set('ETag', etag);
    // GraphQL answers the same body as application/json or application/graphql-response+json, as Accept asks
    ctx.set('Vary', ctx.path === '/graphql' ? 'Authorization, Accept, Accept-Encoding' : 'Authorization, Accept-Encoding');
    ctx.set('Cache-Control', anonymous ? `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${sMaxAge * 2}` : 'private, no-cache');
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
};

function isPublicRead(ctx: any): boolean {
  if (ctx.path === '/graphql') return ctx.method === 'POST' || ctx.method === 'GET';
  return ctx.method === 'GET' && ctx.path.startsWith('/api/');
}

function hasGraphqlErrors(ctx: any, body: string | Buffer): boolean {
  if (ctx.path !== '/graphql') return false;
  return /"errors"\s*:/.test(body.toString());
}
