import { api, errorMessage, http } from './support/client';
import { createStaff, registerAppeal } from './support/fixtures';

/** The admin panel goes through the same rules: the content manager's publish button and the appeal's answer button. */
describe('communications in the admin panel', () => {
  let auth: Record<string, string>;
  beforeAll(async () => {
    // The first administrator of the run (whichever test file registers it first), as in appeals-callers.test.api.ts.
    const credentials = { email: 'tester@example.gov.ua', password: 'Tester-Passw0rd!', firstname: 'Тест', lastname: 'Адміністратор' };
    let login = await http('POST', '/admin/register-admin', credentials);
    if (login.status !== 200 && login.status !== 201) {
      login = await http('POST', '/admin/login', { email: credentials.email, password: credentials.password });
    }
    const token = login.body?.data?.token ?? login.body?.data?.accessToken;
    expect(typeof token).toBe('string');
    auth = { Authorization: `Bearer ${token}` };
  });

  it('the publish button refuses a refutation without a verdict and publishes a complete one', async () => {
    const base = '/content-manager/collection-types/api::publication.publication';
    const created = await http('POST', base, { kind: 'refutation', title: 'Фейк про закриття ринку', claim: 'Ринок закривають', claimSources: 'https://t.me/example/7' }, auth);
    expect(created.status).toBe(201);
    expect(created.body.data.slug).toBe('feik-pro-zakryttia-rynku');
    const id = created.body.data.documentId;
    const refused = await http('POST', `${base}/${id}/actions/publish`, {}, auth);
    expect(refused.status).toBe(400);
    expect(errorMessage(refused)).toMatch(/висновок перевірки/);
    expect((await api('GET', `/publications/${id}?status=published`)).status).toBe(404);
    const published = await http('POST', `${base}/${id}/actions/publish`, { ...created.body.data, verdict: 'manipulation' }, auth);
    expect(published.status).toBe(200);
    expect((await api('GET', `/publications/${id}`)).body.data.verdict).toBe('manipulation');

    const copy = await http('POST', `${base}/clone/${id}`, {}, auth);
    expect(copy.status).toBe(200);
    expect(copy.body.data.documentId).not.toBe(id);
    expect(copy.body.data.slug).toBe('feik-pro-zakryttia-rynku-2');
  });

  it('the appeal’s answer button makes a masked draft, and refuses without an admin session', async () => {
    const executor = await createStaff();
    const appeal = await registerAppeal({ assignee: executor, text: 'Пише Шевченко Т. Г., тел. +380 67 123 45 67.' });
    await api('PUT', `/appeals/${appeal.documentId}`, { data: { workflowState: 'in_progress' } });
    const answered = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { workflowState: 'answered', answerOutcome: 'explained', answeredAt: '2026-03-10T10:00:00.000Z', answerText: 'Роз’яснено.' },
    });
    expect(answered.status).toBe(200);
    const path = `/communications/appeals/${appeal.documentId}/answer-publication`;
    expect((await http('POST', path, {})).status).toBe(401);
    const res = await http('POST', path, {}, auth);
    expect(res.status).toBe(201);
    const draft = (await api('GET', `/publications/${res.body.data.documentId}?status=draft`)).body.data;
    expect(draft.kind).toBe('appeal_answer');
    expect(draft.question).toBe('Пише [ПІБ приховано], тел. [телефон приховано].');
    expect(draft.body).toBe('Роз’яснено.');
  });
});
