import Negotiator from 'negotiator';

/** What the GraphQL endpoint's middlewares read of a request before Apollo does (GET query string or JSON body). */

/** The media types Apollo Server 4 may give a single (not incremental) result, in its order of preference. */
export const GRAPHQL_MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  graphqlResponse: 'application/graphql-response+json; charset=utf-8',
  callback: 'application/json; callbackSpec=1.0; charset=utf-8',
} as const;
const SINGLE_RESULT_TYPES = [GRAPHQL_MEDIA_TYPES.json, GRAPHQL_MEDIA_TYPES.graphqlResponse, GRAPHQL_MEDIA_TYPES.callback];

/**
 * The Content-Type Apollo answers a single result with for this Accept header, chosen the way Apollo chooses it (the
 * same negotiation library and list: @apollo/server's chooseContentTypeForSingleResultResponse), or null when the
 * header accepts none of them (Apollo then answers 406). Apollo Client sends
 * `application/graphql-response+json,application/json;q=0.9` and gets the first.
 */
export function graphqlResponseType(accept: string | undefined): string | null {
  if (!accept) return SINGLE_RESULT_TYPES[0];
  return new Negotiator({ headers: { accept } }).mediaType(SINGLE_RESULT_TYPES) ?? null;
}

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
