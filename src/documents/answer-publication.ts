import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { prefillAppealAnswer } from '../domain/communications/rules';
import { refuse } from './input';
import { PUBLICATION_UID } from './slug-lookup';

/** Only an appeal that has been answered has an answer to publish (Law 393/96-ВР, ст. 20: the answer is the result). */
export const ANSWERED_STATES = ['answered', 'closed'] as const;

/**
 * «Create a published-answer draft»: a DRAFT publication of kind appeal_answer, linked to the appeal, with the
 * question and the answer pre-filled and the applicant's recognisable personal data masked. Staff review and publish
 * it; the publish check runs again then, against the same applicant.
 */
export async function createAnswerPublication(strapi: Core.Strapi, appealDocumentId: string): Promise<any> {
  const appeal: any = await strapi.db.query('api::appeal.appeal').findOne({
    where: { documentId: appealDocumentId },
    populate: { applicant: true, topic: { select: ['documentId'] } },
  });
  if (!appeal) throw new errors.NotFoundError('Звернення не знайдено.');
  if (!(ANSWERED_STATES as readonly string[]).includes(appeal.workflowState) || !appeal.answerText) {
    refuse(
      'workflowState',
      'Публікувати можна лише відповідь на звернення, яке розглянуто (стан «відповідь надано» або «закрито») і має текст ' +
        'відповіді. Спершу внесіть відповідь у картці звернення.',
      'appeal_answer.appeal_not_answered',
    );
  }
  const a = appeal.applicant ?? {};
  const prefill = prefillAppealAnswer({
    subject: appeal.subject ?? null,
    text: appeal.text ?? null,
    answerText: appeal.answerText ?? null,
    applicant: { fullName: a.fullName ?? null, address: a.address ?? null, email: a.email ?? null, phone: a.phone ?? null },
  });
  return strapi.documents(PUBLICATION_UID).create({
    data: {
      kind: 'appeal_answer',
      title: prefill.title,
      question: prefill.question,
      body: prefill.body,
      sourceAppeal: appeal.documentId,
      ...(appeal.topic?.documentId ? { topic: appeal.topic.documentId } : {}),
    } as any,
    status: 'draft',
  });
}
