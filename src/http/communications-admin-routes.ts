import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createAnswerPublication } from '../documents/answer-publication';
import { PUBLICATION_UID } from '../documents/slug-lookup';

/** The admin panel's path of «Підготувати відповідь для сайту» (src/admin/extensions/AnswerPublicationButton.tsx). */
export const ADMIN_ANSWER_PUBLICATION_PATH = '/communications/appeals/:documentId/answer-publication';

/**
 * The admin-authenticated twin of POST /api/appeals/:documentId/answer-publication: the appeal edit view calls it with
 * the logged-in staff member's session, so it is allowed to whoever may create publications in the content manager.
 */
export function registerCommunicationsAdminRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'POST',
        path: ADMIN_ANSWER_PUBLICATION_PATH,
        handler: async (ctx: any) => {
          const ability = ctx.state.userAbility;
          if (!ability?.can('plugin::content-manager.explorer.create', PUBLICATION_UID)) {
            throw new errors.ForbiddenError('Недостатньо прав: потрібне право створювати публікації.');
          }
          const draft = await createAnswerPublication(strapi, ctx.params.documentId);
          ctx.status = 201;
          ctx.body = { data: { documentId: draft.documentId, title: draft.title, slug: draft.slug, kind: draft.kind } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as any);
}
