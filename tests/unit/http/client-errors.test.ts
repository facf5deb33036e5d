import clientErrors from '../../../src/http/middlewares/client-errors';

const run = async (error: unknown) => {
  const ctx: any = {};
  await clientErrors()(ctx, async () => {
    throw error;
  });
  return ctx;
};

describe('body-parser errors are the client\'s', () => {
  it('answers an invalid JSON body (co-body: a SyntaxError with status 400) without passing it on to be logged', async () => {
    const error: any = new SyntaxError("Expected property name or '}' in JSON at position 10");
    error.status = 400;
    const ctx = await run(error);
    expect(ctx.status).toBe(400);
    expect(ctx.body).toEqual({ data: null, error: { status: 400, name: 'SyntaxError', message: "Expected property name or '}' in JSON at position 10", details: {} } });
  });

  it('answers a body over the limit (raw-body: 413, exposed) in the same shape', async () => {
    const error: any = Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, expose: true, name: 'PayloadTooLargeError' });
    const ctx = await run(error);
    expect([ctx.status, ctx.body.error.name, ctx.body.error.message]).toEqual([413, 'PayloadTooLargeError', 'request entity too large']);
  });

  it('leaves every other error to Strapi: its own errors (no status) and server errors', async () => {
    const own = Object.assign(new Error('Невідомий стан'), { name: 'ValidationError', details: { rule: 'x' } });
    await expect(run(own)).rejects.toBe(own);
    const server = Object.assign(new Error('db down'), { status: 503, expose: false });
    await expect(run(server)).rejects.toBe(server);
  });
});
