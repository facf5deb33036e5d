import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { prefillAppealAnswer } from '../domain/communications/rules';
import { petitionAnswerRecordOnPublish } from '../domain/appeal/e-petition';
import { storedIsoInstant } from './stored-values';
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

/**
 * After a publication went out: if it is the answer to an e-petition, the petition records when its answer was
 * published (`petitionAnswerRecordOnPublish`, ст. 23-1). Runs inside the publish, so both are written or neither; the
 * petition's update passes its own register rules and audit trail like any other.
 */
export async function recordPetitionAnswerPublished(strapi: Core.Strapi, publicationDocumentId: unknown): Promise<void> {
  if (typeof publicationDocumentId !== 'string' || !publicationDocumentId) return;
  const publication: any = await strapi.db.query(PUBLICATION_UID).findOne({
    where: { documentId: publicationDocumentId, publishedAt: { $notNull: true } },
    select: ['kind', 'publishedAt'],
    populate: { sourceAppeal: { select: ['documentId', 'channel', 'answeredAt', 'petitionConsiderationPublishedAt', 'petitionAnswerPublishedAt'] } },
  });
  const appeal = publication?.kind === 'appeal_answer' ? publication.sourceAppeal : null;
  if (!appeal) return;
  const instant = (value: unknown): Date | null => {
    const iso = storedIsoInstant(value);
    return iso === null ? null : new Date(iso);
  };
  const moment = petitionAnswerRecordOnPublish(
    {
      channel: appeal.channel ?? null,
      answeredAt: instant(appeal.answeredAt),
      petitionConsiderationPublishedAt: instant(appeal.petitionConsiderationPublishedAt),
      petitionAnswerPublishedAt: instant(appeal.petitionAnswerPublishedAt),
    },
    instant(publication.publishedAt) ?? new Date(),
  );
  if (moment) await strapi.documents('api::appeal.appeal').update({ documentId: appeal.documentId, data: { petitionAnswerPublishedAt: moment.toISOString() } as any });
}
