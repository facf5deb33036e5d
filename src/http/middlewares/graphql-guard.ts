import { readGraphqlDocument } from '../graphql/messages';
import { bodyProblem, type RequestProblem } from './request-guard';

/** the GraphQL plugin's own body parser (koa-bodyparser) stops at the same size */
const JSON_LIMIT_BYTES = 1024 * 1024;

/**
 * The GraphQL endpoint has its own body parser (Strapi's body middleware skips it), so the request guard's body
 * checks happen here: the JSON body is read (bytes that are not UTF-8 refused exactly), parsed once, checked for NUL
 * and nesting, and left parsed for the GraphQL server. Then the document: fragment cycles and parser-exhausting
 * nesting are answered with a 400 in GraphQL's own error shape, in Ukrainian (see ../graphql/messages.ts).
 */
export default (config: { endpoint?: string } = {}) => {
  const endpoint = config.endpoint ?? '/graphql';
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path !== endpoint) return next();
    if (await refusedGraphqlBody(ctx)) return;
    const query = ctx.method === 'GET' ? ctx.query?.query : ctx.request?.body?.query;
    const read = readGraphqlDocument(query);
    if (!read || !('problem' in read)) {
      // parsed once: the cost limits after this measure the same document (../graphql/query-limits.ts)
      if (read) ctx.state.graphqlDocument = read.document;
      return next();
    }
    const found = read.problem;
    ctx.status = 400;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { errors: [{ message: found.message, extensions: { code: found.code, rule: found.rule } }] };
  };
};

/**
 * Reads and checks the JSON body of a GraphQL POST once (whichever middleware needs it first: the persisted queries
 * and the response cache run before this guard), leaving it parsed in ctx.request.body. True when it answered the
 * request with a refusal.
 */
export async function refusedGraphqlBody(ctx: any): Promise<boolean> {
  if (ctx.method !== 'POST' || ctx.request.body !== undefined || ctx.state.graphqlBodyRead || !ctx.is('application/json')) return false;
  ctx.state.graphqlBodyRead = true;
  const raw = await readBody(ctx.req, JSON_LIMIT_BYTES);
  if (raw === null) {
    return refuse(ctx, { code: 'http.payload_too_large', message: 'Тіло запиту завелике: зменште обсяг даних.' }, 413);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return refuse(ctx, { code: 'request.encoding', message: 'Некоректний запит: тіло запиту містить байти, що не є текстом UTF-8.' });
  }
  if (text.trim() !== '') {
    try {
      ctx.request.body = JSON.parse(text);
    } catch {
      return refuse(ctx, { code: 'http.invalid_json', message: 'Тіло запиту не є коректним JSON.' });
    }
    const found = bodyProblem(ctx.request.body);
    if (found) return refuse(ctx, found);
  }
  return false;
}

function refuse(ctx: any, found: RequestProblem, status = 400): true {
  refuseGraphql(ctx, found, status);
  return true;
}

/** A body GraphQL cannot read, answered in GraphQL's own error shape (what a GraphQL client shows), in Ukrainian. */
function refuseGraphql(ctx: any, found: RequestProblem, status = 400): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { errors: [{ message: found.message, extensions: { code: 'BAD_REQUEST', rule: found.code } }] };
}

/** The whole body, or null past the limit (the rest is drained so the connection stays usable). */
function readBody(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    stream.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
