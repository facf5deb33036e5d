/**
 * The body parser rejects a broken or oversized body with an HTTP client error (400 invalid JSON, 413, 415). Strapi's
 * error middleware logs every error that is not its own as a server error, stack and all, so each bad request from
 * outside would write a stack trace to the server log. This answers those client errors here, in the same shape
 * (the Ukrainian translation outside it still applies), and leaves every other error to Strapi.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  try {
    await next();
  } catch (error: any) {
    const status = Number(error?.status ?? error?.statusCode);
    // a parser's error carries its HTTP status (co-body sets 400 on invalid JSON, raw-body 413); Strapi's own errors
    // (ApplicationError and its kin) carry none and go on to Strapi's error middleware as before
    if (!(status >= 400 && status < 500) || error?.expose === false) throw error;
    ctx.status = status;
    ctx.body = { data: null, error: { status, name: error.name ?? 'BadRequestError', message: String(error.message ?? ''), details: error.details ?? {} } };
  }
};
