import { factories } from '@strapi/strapi';
import { overdueFilter } from '../../../domain/appeal/overdue';

export default factories.createCoreController('api::appeal.appeal', ({ strapi }) => ({
  /** GET /api/appeals/overdue — open appeals past their due instant, most overdue first. "Overdue" is derived, never stored. */
  async overdue(ctx) {
    const core = this as Required<typeof this>;
    await core.validateQuery(ctx);
    const query: any = await core.sanitizeQuery(ctx);
    const filters = query.filters ? { $and: [overdueFilter(new Date()), query.filters] } : overdueFilter(new Date());
    const { results, pagination } = await strapi
      .service('api::appeal.appeal')
      .find({ ...query, filters, sort: query.sort ?? [{ dueAt: 'asc' }] });
    const sanitized = await core.sanitizeOutput(results, ctx);
    return core.transformResponse(sanitized, { pagination });
  },
}));
