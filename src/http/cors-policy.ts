/**
 * Which web pages may call this server from the browser. The admin panel's own origin and the origins listed in
 * CORS_ORIGINS may send credentials (the admin session cookie, an Authorization header) anywhere; public reads —
 * GraphQL and GET of the public content types — answer any origin, but never with credentials. Everything else
 * (the admin API, `POST /admin/access-token`, writes) gives a foreign origin no CORS headers at all, so its page
 * cannot read the answer.
 *
 * Pure: the glue (config/middlewares.ts) passes the request's facts and the settings.
 */

export interface CorsRequest {
  origin: string;
  method: string;
  /** Access-Control-Request-Method of a preflight */
  requestedMethod?: string;
  path: string;
  /** this server's origin as the request reached it */
  ownOrigin?: string;
}

export interface CorsSettings {
  trustedOrigins: readonly string[];
  /** REST paths of the public content types, e.g. `/api/publications` */
  publicReadPaths: readonly string[];
  graphqlPath: string;
}

export interface CorsDecision {
  /** Access-Control-Allow-Origin, or null for no CORS headers */
  allowOrigin: string | null;
  credentials: boolean;
}

export function corsDecision(request: CorsRequest, settings: CorsSettings): CorsDecision {
  const origin = request.origin;
  if (origin && (settings.trustedOrigins.includes(origin) || origin === request.ownOrigin)) return { allowOrigin: origin, credentials: true };
  if (isPublicRead(request, settings)) return { allowOrigin: origin || '*', credentials: false };
  return { allowOrigin: null, credentials: false };
}

export function isPublicRead(request: CorsRequest, settings: CorsSettings): boolean {
  const method = (request.method === 'OPTIONS' ? request.requestedMethod ?? '' : request.method).toUpperCase();
  const path = request.path.replace(/\/+$/, '') || '/';
  if (path === settings.graphqlPath) return method === 'GET' || method === 'POST';
  if (method !== 'GET' && method !== 'HEAD') return false;
  return settings.publicReadPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * CORS_ORIGINS: comma-separated origins (`https://rada.example.ua,https://www.rada.example.ua`). Each must be a
 * scheme and host (and port), nothing more; `*` is refused — it would hand the admin session to every site.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const item = raw.trim();
    if (!item) continue;
    if (item.includes('*')) throw new Error(`CORS_ORIGINS: "${item}" — a wildcard is not allowed; list the origins one by one (https://host[:port]).`);
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new Error(`CORS_ORIGINS: "${item}" is not an origin; expected https://host[:port].`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== item.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS: "${item}" is not an origin; expected https://host[:port] without a path.`);
    }
    origins.push(url.origin);
  }
  return origins;
}

/** The origin of an absolute URL (PUBLIC_URL, the admin URL), or null for a relative or empty one. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:'].includes(parsed.protocol) ? parsed.origin : null;
  } catch {
    return null;
  }
}
