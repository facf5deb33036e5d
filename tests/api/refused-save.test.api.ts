import { api } from './support/client';
import { asSuper } from './support/admin-roles';
import { createDepartment, createStaff, getAppeal, registerAppeal } from './support/fixtures';

const APPEALS = '/content-manager/collection-types/api::appeal.appeal';

/** What the admin form highlights: each reported path with its rule. */
function reported(res: { body: any }): Array<[string, string]> {
  return (res.body?.error?.details?.errors ?? []).map((e: any) => [e.path.join('.'), e.rule]);
}

describe('a refused save reports every broken rule of the save at once', () => {
  let executor: string;

  beforeAll(async () => {
    executor = await createStaff(await createDepartment());
  });

  it('the admin form gets both the missing answer text and the missing outcome, keyed by field path, and nothing is written', async () => {
    const appeal = await registerAppeal({ assignee: executor });
    const stored = await getAppeal(appeal.documentId);
    const res = await asSuper('PUT', `${APPEALS}/${appeal.documentId}`, { workflowState: 'answered', answerText: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(reported(res)).toEqual([
      ['answerText', 'answered.text_required'],
      ['answerOutcome', 'answered.outcome_required'],
    ]);
    // the first violation heads the error: its message and rule code
    expect(res.body.error.message).toBe(res.body.error.details.errors[0].message);
    expect(res.body.error.details.rule).toBe('answered.text_required');
    expect(res.body.error.details.errors[1].message).toMatch(/результат розгляду/);
    expect(await getAppeal(appeal.documentId)).toEqual(stored);
  });

  it('REST reports a field rule and the unmet requirement of the requested state together', async () => {
    const appeal = await registerAppeal({ assignee: executor });
    const res = await api('PUT', `/appeals/${appeal.documentId}`, { data: { channel: 'government_hotline', workflowState: 'forwarded' } });
    expect(res.status).toBe(400);
    expect(reported(res)).toEqual([
      ['contactCenterCardNumber', 'hotline.card_number_required'],
      ['forwardedTo', 'forwarded.recipient_required'],
    ]);
    expect((await getAppeal(appeal.documentId)).channel).toBe('written');
  });

  it('a component field is reported by its path inside the component', async () => {
    const res = await api('POST', '/appeals', {
      data: {
        receivedAt: '2026-03-02T09:00:00.000Z',
        channel: 'government_hotline',
        appealType: 'application',
        authorKind: 'individual',
        applicant: { fullName: '   ' },
        subject: 'Тема',
        text: 'Текст',
      },
    });
    expect(res.status).toBe(400);
    expect(reported(res)).toEqual([
      ['applicant.fullName', 'registration.surname_required'],
      ['contactCenterCardNumber', 'hotline.card_number_required'],
    ]);
  });
});
