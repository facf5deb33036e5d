/**
 * GET /api/<register>/overdue — open items past their due instant, most overdue first, with the list's usual
 * filters, sorting and pagination. Shared by every register's controller.
 */
export function overdueAction(uid: string, overdueFilter: (now: Date) => object) {
  return async function overdue(this: any, ctx: any) {
    await this.validateQuery(ctx);
    const query: any = await this.sanitizeQuery(ctx);
    const filter = overdueFilter(new Date());
    const filters = query.filters ? { $and: [filter, query.filters] } : filter;
    const { results, pagination } = await strapi.service(uid as any).find({ ...query, filters, sort: query.sort ?? [{ dueAt: 'asc' }] });
    const sanitized = await this.sanitizeOutput(results, ctx);
    return this.transformResponse(sanitized, { pagination });
  };
}
