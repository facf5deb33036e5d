import { MAX_REQUEST_DEPTH, findUnsafeSpot, textProblem, type ValueProblem } from '../../domain/input/values';

/**
 * The first gate of every route — admin, content API, GraphQL, uploads: a URL, query or body that carries a NUL byte,
 * bytes that are not UTF-8 or nesting deeper than MAX_REQUEST_DEPTH is answered with a 400 before any router, parser
 * of filters or database sees it. Placed after `strapi::body`, so the body is already parsed; the body parser puts
 * U+FFFD where bytes were not UTF-8, which is how broken encoding shows there.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  const found = urlProblem(ctx.path, 'шляху') ?? queryProblem(ctx.querystring) ?? bodyProblem(ctx.request?.body);
  if (found) return refuseRequest(ctx, found);
  await next();
};

export function refuseRequest(ctx: any, found: RequestProblem, status = 400): void {
  ctx.status = status;
  ctx.body = {
    data: null,
    error: { status, name: 'BadRequestError', message: found.message, details: { rule: found.code } },
  };
}

export interface RequestProblem {
  code: string;
  message: string;
}

const NOT_UTF8: RequestProblem = {
  code: 'request.encoding',
  message: 'Некоректний запит: адреса містить символи, що не є текстом UTF-8.',
};

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function fromValue(where: string, problem: ValueProblem | null): RequestProblem | null {
  return problem ? { code: problem.code.replace(/^input\./, 'request.'), message: `Некоректний запит: значення ${where} ${problem.message}` } : null;
}

function urlProblem(raw: string, where: string): RequestProblem | null {
  if (!raw) return null;
  const text = decoded(raw);
  if (text === null) return NOT_UTF8;
  return fromValue(where, textProblem(text));
}

function queryProblem(querystring: string): RequestProblem | null {
  if (!querystring) return null;
  for (const pair of querystring.split('&')) {
    for (const part of pair.split('=')) {
      const found = urlProblem(part.replace(/\+/g, ' '), 'параметра запиту');
      if (found) return found;
    }
  }
  const brackets = (querystring.match(/%5B|\[/gi) ?? []).length;
  if (brackets > MAX_REQUEST_DEPTH * 16) {
    return { code: 'request.depth', message: 'Некоректний запит: параметри запиту надто складні.' };
  }
  return null;
}

export function bodyProblem(body: unknown): RequestProblem | null {
  if (body === undefined || body === null || typeof body !== 'object') {
    return typeof body === 'string' ? fromValue('тіла запиту', textProblem(body)) : null;
  }
  const spot = findUnsafeSpot(body, MAX_REQUEST_DEPTH, { encoding: true });
  if (!spot) return null;
  const where = spot.path.length ? `значення поля «${spot.path.join('.')}»` : 'тіло запиту';
  return { code: spot.problem.code.replace(/^input\./, 'request.'), message: `Некоректний запит: ${where} ${spot.problem.message}` };
}
