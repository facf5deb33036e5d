/**
 * GET /api/<register>/unrouted — open items nobody is assigned to (routing found no one, or the assignee was
 * removed), oldest first, with the list's usual filters, sorting and pagination. Same shape as `overdueAction`.
 */
export function unroutedAction(uid: string, unroutedFilter: () => object) {
  return async function unrouted(this: any, ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    const filter = unroutedFilter();
    const filters = query.filters ? { $and: [filter, query.filters] } : filter;
    const { results, pagination } = await strapi.service(uid as any).find({ ...query, filters, sort: query.sort ?? [{ receivedAt: 'asc' }] });
    const sanitized = await this.sanitizeOutput(results, ctx);
    return this.transformResponse(sanitized, { pagination });
  };
}
