import { Button } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';

const APPEAL_UID = 'api::appeal.appeal';
const PUBLICATION_UID = 'api::publication.publication';
/** Only an answered appeal has an answer to publish (src/documents/answer-publication.ts). */
const ANSWERED_STATES = ['answered', 'closed'];

/**
 * «Підготувати відповідь для сайту» in the appeal edit view: one click makes a DRAFT publication of kind
 * appeal_answer with the applicant's personal data masked and opens it for review before publishing.
 */
export const AnswerPublicationButton = () => {
  const { model, id, form } = useContentManagerContext() as any;
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const state = form?.initialValues?.workflowState ?? form?.values?.workflowState;
  if (model !== APPEAL_UID || !id || !ANSWERED_STATES.includes(state)) return null;

  const onClick = async () => {
    setBusy(true);
    try {
      const { data } = await post<{ data: { documentId: string } }>(`/communications/appeals/${id}/answer-publication`, {});
      toggleNotification({ type: 'success', message: 'Чернетку відповіді створено: перевірте текст перед публікацією.' });
      navigate(`/content-manager/collection-types/${PUBLICATION_UID}/${data.data.documentId}`);
    } catch (error: any) {
      const message = error?.response?.data?.error?.message ?? 'Не вдалося створити чернетку відповіді.';
      toggleNotification({ type: 'danger', message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="secondary" fullWidth loading={busy} onClick={onClick}>
      Підготувати відповідь для сайту
    </Button>
  );
};
