import { translateErrorBody } from '../http/validation-messages';

/** Renders Strapi's English client-error messages (400–404) in Ukrainian for REST callers and the admin panel. */
export default () => async (ctx: any, next: () => Promise<void>) => {
  await next();
  if (ctx.status >= 400 && ctx.status < 500 && ctx.body && typeof ctx.body === 'object' && ctx.body.error) {
    translateErrorBody(ctx.body);
  }
};
