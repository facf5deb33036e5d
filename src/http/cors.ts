import { corsDecision, originOf, parseCorsOrigins, type CorsSettings } from './cors-policy';
import { PUBLIC_CONTENT_TYPES } from '../read-models/public/public-content';

/**
 * Configuration of `strapi::cors` (config/middlewares.ts) from CORS_ORIGINS and PUBLIC_URL; the decision per request
 * is corsDecision (cors-policy.ts). The public REST paths come from the content types' plural names once the server
 * has loaded them.
 */
export function corsMiddlewareConfig(env: (name: string, fallback?: string) => string) {
  const configured = [...parseCorsOrigins(env('CORS_ORIGINS', '')), originOf(env('PUBLIC_URL', ''))].filter((origin): origin is string => Boolean(origin));
  let settings: CorsSettings | null = null;
  const current = (): CorsSettings => {
    if (settings) return settings;
    const strapi = (globalThis as any).strapi;
    const prefix = strapi.config.get('api.rest.prefix', '/api');
    const adminOrigin = originOf(strapi.config.get('admin.url', ''));
    settings = {
      trustedOrigins: [...configured, ...(adminOrigin ? [adminOrigin] : [])],
      publicReadPaths: PUBLIC_CONTENT_TYPES.map((uid) => strapi.getModel(uid)?.info?.pluralName).filter(Boolean).map((plural: string) => `${prefix}/${plural}`),
      graphqlPath: strapi.config.get('plugin::graphql.endpoint', '/graphql'),
    };
    return settings;
  };
  const decide = (ctx: any) =>
    corsDecision(
      { origin: ctx.get('Origin'), method: ctx.method, requestedMethod: ctx.get('Access-Control-Request-Method') || undefined, path: ctx.path, ownOrigin: ctx.origin },
      current(),
    );
  return {
    origin: (ctx: any) => {
      const { allowOrigin } = decide(ctx);
      return allowOrigin ? [allowOrigin] : [];
    },
    credentials: (ctx: any) => decide(ctx).credentials,
    // Strapi's defaults, and the headers Apollo's CSRF prevention asks a GraphQL GET to carry (persisted queries by
    // URL from the website: docs/PUBLIC_API.md)
    headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'apollo-require-preflight', 'x-apollo-operation-name'],
  };
}
