import { parse, type DocumentNode } from 'graphql';
import { queryLimitMessage, queryLimitViolation } from '../graphql/query-limits';
import { currentPublicSchema } from '../graphql/public-graphql';

/**
 * The cost limits of GraphQL (src/http/graphql/query-limits.ts), checked before Apollo sees the request: Apollo's own
 * validation of a flood of fields is itself the expensive part, and its plugins cannot answer a request with a 400
 * before validation. A refused request gets one GraphQL error in Ukrainian with the rule in `extensions.rule`.
 * The body was read and checked by the GraphQL guard before it (./graphql-guard.ts: size, UTF-8, JSON, fragment
 * cycles); anything this cannot measure (no query, a syntax error, a batch) is left to Apollo to answer.
 */
export default (config: { endpoint?: string } = {}) => {
  const endpoint = config.endpoint ?? '/graphql';
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path !== endpoint || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();
    const request = ctx.method === 'GET' ? ctx.query : ctx.request.body;
    const query = request?.query;
    if (typeof query !== 'string') return next();
    let document: DocumentNode | undefined = ctx.state?.graphqlDocument;
    if (!document) {
      try {
        document = parse(query);
      } catch {
        return next();
      }
    }
    const violation = queryLimitViolation(document, currentPublicSchema(), variablesOf(request.variables));
    if (!violation) return next();
    ctx.status = 400;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { errors: [{ message: queryLimitMessage(violation), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...violation } }] };
  };
};

function variablesOf(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return variablesOf(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
