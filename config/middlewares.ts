import { corsMiddlewareConfig } from '../src/http/cors';

export default ({ env }: { env: any }) => [
  'global::operations',
  'strapi::logger',
  'global::public-cache',
  'global::ukrainian-errors',
  'strapi::errors',
  'strapi::security',
  // the admin's own origin and CORS_ORIGINS with credentials; public reads from anywhere without (src/http/cors-policy.ts)
  { name: 'strapi::cors', config: corsMiddlewareConfig(env) },
  // no 'strapi::poweredBy': the server does not announce what it runs on
  'strapi::query',
  // a body the parser refuses (invalid JSON, too large) is the client's error: answered, not logged as the server's
  'global::client-errors',
  'strapi::body',
  // NUL bytes, broken UTF-8 and runaway nesting in any request; GraphQL bodies, fragment cycles (docs/INPUT.md)
  'global::request-guard',
  // Apollo's persisted queries: a hash becomes its query text here, so the guard and the limits below apply to it
  'global::persisted-queries',
  // public answers from memory, before GraphQL parses anything (src/public-api/cache, docs/PUBLIC_API.md)
  { name: 'global::response-cache', config: { statisticsSeconds: env.int('PUBLIC_CACHE_STATISTICS_SECONDS', 30) } },
  'global::graphql-guard',
  // GraphQL aliases, depth and cost, before Apollo parses and validates (src/public-api/graphql-limits.ts)
  'global::graphql-limits',
  'strapi::session',
  // the city's icon at /favicon.ico (public/favicon.png); without a file there the middleware answers 500
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'strapi::public',
];
