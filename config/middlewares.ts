import { corsMiddlewareConfig } from '../src/http/cors';

/**
 * The Koa middlewares in the order a request meets them. The project's own live in src/http/middlewares/ and are named
 * by `resolve` (a path from the compiled app root, dist/), not as `global::x`, which Strapi looks for only in
 * src/middlewares/.
 */
export default ({ env }: { env: any }) => [
  { resolve: './src/http/middlewares/operations' },
  'strapi::logger',
  { resolve: './src/http/middlewares/public-cache' },
  { resolve: './src/http/middlewares/ukrainian-errors' },
  'strapi::errors',
  'strapi::security',
  // the admin's own origin and CORS_ORIGINS with credentials; public reads from anywhere without (src/http/cors-policy.ts)
  { name: 'strapi::cors', config: corsMiddlewareConfig(env) },
  // no 'strapi::poweredBy': the server does not announce what it runs on
  'strapi::query',
  // a body the parser refuses (invalid JSON, too large) is the client's error: answered, not logged as the server's
  { resolve: './src/http/middlewares/client-errors' },
  'strapi::body',
  // NUL bytes, broken UTF-8 and runaway nesting in any request; GraphQL bodies, fragment cycles (docs/INPUT.md)
  { resolve: './src/http/middlewares/request-guard' },
  // Apollo's persisted queries: a hash becomes its query text here, so the guard and the limits below apply to it
  { resolve: './src/http/middlewares/persisted-queries' },
  // public answers from memory, before GraphQL parses anything (src/read-models/public/cache, docs/PUBLIC_API.md)
  {
    resolve: './src/http/middlewares/response-cache',
    config: { statisticsSeconds: env.int('PUBLIC_CACHE_STATISTICS_SECONDS', 30) },
  },
  { resolve: './src/http/middlewares/graphql-guard' },
  // GraphQL aliases, depth and cost, before Apollo parses and validates (src/http/graphql/query-limits.ts)
  { resolve: './src/http/middlewares/graphql-limits' },
  // public reads of the simple shape answered from the database without Apollo (PUBLIC_DIRECT_READS, docs/PUBLIC_API.md)
  { resolve: './src/http/middlewares/public-direct-reads' },
  'strapi::session',
  // the city's icon at /favicon.ico (public/favicon.png); without a file there the middleware answers 500
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'strapi::public',
];
