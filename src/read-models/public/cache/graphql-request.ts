/** What the GraphQL endpoint's middlewares read of a request before Apollo does (GET query string or JSON body). */

/** The request's fields: the query string's parameters for GET, the parsed JSON body for POST (or null). */
export function graphqlRequestFields(ctx: any): Record<string, unknown> | null {
  const fields = ctx.method === 'GET' ? ctx.query : ctx.request?.body;
  return fields && typeof fields === 'object' && !Array.isArray(fields) ? fields : null;
}

/** A JSON parameter: an object in a POST body, a JSON text in a GET query string; undefined when absent or unreadable. */
export function jsonParameter(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  if (value === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Apollo's CSRF prevention, as Apollo applies it: a request a browser could send without a CORS preflight (a GET with
 * no special header and a simple content type) is refused before it runs. The cache and the persisted queries leave
 * such a request to Apollo, so it gets the same answer whether or not it would hit.
 */
export function preflighted(ctx: any): boolean {
  if (ctx.get('apollo-require-preflight') || ctx.get('x-apollo-operation-name')) return true;
  const type = String(ctx.get('content-type') || '').split(';')[0].trim().toLowerCase();
  return type !== '' && !SIMPLE_CONTENT_TYPES.has(type);
}
