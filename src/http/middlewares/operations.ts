import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { requestFinished, requestStarted } from '../../operations/lifecycle';
import { metricsText } from '../../operations/metrics';
import { observeRequest, type RouteClass } from '../../operations/metrics-registry';
import { readiness } from '../../operations/readiness';

/**
 * The first middleware: counts in-flight requests (graceful shutdown waits for them), times every request by route
 * class, and answers the two operational endpoints before anything else runs:
 *   GET /_ready   200 when this instance can serve (database answers, not shutting down), else 503;
 *   GET /metrics  Prometheus text, only with `Authorization: Bearer <METRICS_TOKEN>`; 404 when METRICS_TOKEN is unset.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const token = process.env.METRICS_TOKEN || '';
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path === '/_ready' && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const decision = await readiness(strapi);
      ctx.status = decision.httpStatus;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { status: decision.reason };
      return;
    }
    if (ctx.path === '/metrics' && ctx.method === 'GET') {
      if (!token) return; // 404: the endpoint does not exist without a token setting
      if (!sameSecret(bearer(ctx.get('authorization')), token)) {
        ctx.status = 401;
        ctx.set('WWW-Authenticate', 'Bearer realm="metrics"');
        ctx.body = { error: { status: 401, name: 'UnauthorizedError', message: 'Потрібен токен метрик (METRICS_TOKEN).' } };
        return;
      }
      ctx.set('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await metricsText(strapi);
      return;
    }
    const started = process.hrtime.bigint();
    requestStarted();
    try {
      await next();
    } finally {
      requestFinished();
      observeRequest(routeClassOf(ctx), ctx.status, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
};

/** The route Strapi matched says admin or content API; GraphQL is its own class; the rest is static files and 404s. */
export function routeClassOf(ctx: { path: string; state?: any }): RouteClass {
  if (ctx.path === '/graphql' || ctx.path.startsWith('/graphql/')) return 'graphql';
  const type = ctx.state?.route?.info?.type;
  if (type === 'admin') return 'admin';
  if (type === 'content-api') return 'content-api';
  if (ctx.path === '/admin' || ctx.path.startsWith('/admin/')) return 'admin';
  if (ctx.path.startsWith('/api/')) return 'content-api';
  return 'other';
}

function bearer(header: string | undefined): string {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match ? match[1].trim() : '';
}

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return given.length > 0 && crypto.timingSafeEqual(a, b);
}
