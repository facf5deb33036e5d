import type { Core } from '@strapi/strapi';
import { checkAnswerPublication } from '../domain/access/answer-publication';
import { currentCaller } from '../access/caller';
import { reject } from './extension-approval';

const PUBLICATION_UID = 'api::publication.publication';

/**
 * Who may put an answer to an appeal on the city website (src/domain/access/answer-publication.ts): checked on the
 * `publish` action and on writes with `status: 'published'`, for every caller.
 */
export function answerPublisher(strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] {
  return async (context, next) => {
    const { uid, action, params } = context as any;
    if (uid !== PUBLICATION_UID) return next();
    const publishing = action === 'publish' || ((action === 'create' || action === 'update') && params?.status === 'published');
    if (!publishing || (await kindOf(strapi, action, params)) !== 'appeal_answer') return next();
    const violation = checkAnswerPublication(await currentCaller(strapi));
    if (violation) reject(violation);
    return next();
  };
}

async function kindOf(strapi: Core.Strapi, action: string, params: any): Promise<string | null> {
  if (action !== 'publish' && typeof params?.data?.kind === 'string') return params.data.kind;
  if (!params?.documentId) return null;
  const row: any = await strapi.db.query(PUBLICATION_UID).findOne({ where: { documentId: params.documentId }, select: ['kind'] });
  return row?.kind ?? null;
}
