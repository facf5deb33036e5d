import { translateErrorBody, STATUS_MESSAGES } from '../validation-messages';
import { translateGraphqlBody } from '../graphql/messages';

/**
 * Every client error (4xx) reaches the caller in Ukrainian: Strapi's English messages (REST and the admin panel),
 * GraphQL's validation errors, and responses that carry no message at all (a bare 405 or 413) get one by status.
 * Stable codes stay in `error.details.rule` (as in every refusal of the application) / `errors[].extensions.code`.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  await next();
  if (ctx.status < 400 || ctx.status >= 500) return;
  const body = typeof ctx.body === 'string' && ctx.response.is('json') ? parseJson(ctx.body) : ctx.body;
  if (body && typeof body === 'object' && !Buffer.isBuffer(body) && typeof body.pipe !== 'function') {
    if (Array.isArray(body.errors)) {
      ctx.body = translateGraphqlBody(body);
      return;
    }
    if (body.error) {
      translateErrorBody(body);
      ctx.body = body;
      return;
    }
  }
  if (ctx.body === undefined || ctx.body === null || ctx.body === '' || (typeof ctx.body === 'string' && !ctx.response.is('html'))) {
    const status = ctx.status;
    const [message, rule] = STATUS_MESSAGES[status] ?? ['Некоректний запит.', `http.${status}`];
    ctx.body = { data: null, error: { status, name: 'HttpError', message, details: { rule } } };
    ctx.status = status;
  }
};

function parseJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
