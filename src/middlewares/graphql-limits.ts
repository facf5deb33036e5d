import { parse, type DocumentNode } from 'graphql';
import { queryLimitMessage, queryLimitViolation } from '../public-api/graphql-limits';
import { currentPublicSchema } from '../public-api/graphql';

/**
 * The cost limits of GraphQL (src/public-api/graphql-limits.ts), checked before Apollo sees the request: Apollo's own
 * validation of a flood of fields is itself the expensive part, and its plugins cannot answer a request with a 400
 * before validation. A refused request gets one GraphQL error in Ukrainian with the rule in `extensions.rule`.
 * It reads a JSON body itself (with Apollo's limit of 1 MB; a broken or larger body is answered here, in Ukrainian);
 * anything else it cannot measure (no query, a syntax error, a batch) is left to Apollo to answer.
 */
export default (config: { endpoint?: string } = {}) => {
  const endpoint = config.endpoint ?? '/graphql';
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path !== endpoint || (ctx.method !== 'GET' && ctx.method !== 'POST')) return next();
    if (ctx.method === 'POST' && ctx.request.body === undefined && ctx.is('application/json')) {
      // strapi::body leaves the GraphQL endpoint to Apollo's parser, which skips a body already read
      const read = await readJson(ctx.req, JSON_LIMIT);
      if ('error' in read) {
        ctx.status = read.status;
        ctx.body = { errors: [{ message: read.error, extensions: { code: 'BAD_REQUEST', rule: read.rule } }] };
        return;
      }
      ctx.request.body = read.body;
    }
    const request = ctx.method === 'GET' ? ctx.query : ctx.request.body;
    const query = request?.query;
    if (typeof query !== 'string') return next();
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return next();
    }
    const violation = queryLimitViolation(document, currentPublicSchema(), variablesOf(request.variables));
    if (!violation) return next();
    ctx.status = 400;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { errors: [{ message: queryLimitMessage(violation), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...violation } }] };
  };
};

/** The JSON body limit of Apollo's own parser (koa-bodyparser's default). */
const JSON_LIMIT = 1024 * 1024;

async function readJson(stream: AsyncIterable<Buffer>, limit: number): Promise<{ body: unknown } | { status: number; error: string; rule: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) return { status: 413, error: `Запит завеликий: тіло понад ${limit / 1024 / 1024} МБ.`, rule: 'graphql.body_too_large' };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return { body: {} };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { status: 400, error: 'Тіло запиту не є коректним JSON.', rule: 'graphql.invalid_json' };
  }
}

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
