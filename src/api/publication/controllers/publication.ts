import { factories } from '@strapi/strapi';
import { createAnswerPublication } from '../../../documents/answer-publication';
import { publishScheduledPublications } from '../../../jobs/scheduled-publishing';

export default factories.createCoreController('api::publication.publication', ({ strapi }) => ({
  /** POST /api/appeals/:documentId/answer-publication — a draft answer for the website, personal data masked. */
  async createFromAppeal(this: any, ctx: any) {
    const draft = await createAnswerPublication(strapi, ctx.params.documentId);
    const sanitized = await this.sanitizeOutput(draft, ctx);
    ctx.status = 201;
    return this.transformResponse(sanitized);
  },

  /** POST /api/publications/publish-scheduled — runs the cron job now (operations and tests). */
  async publishScheduled(ctx: any) {
    ctx.body = { data: await publishScheduledPublications(strapi) };
  },
}));
