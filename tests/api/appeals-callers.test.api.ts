import { errorMessage, graphql, http } from './support/client';
import { appealInput } from './support/fixtures';

/** The same rules hold for every caller: GraphQL and the admin panel's content manager, not only REST. */
describe('rules apply to every caller', () => {
  it('GraphQL: registers with a generated number and refuses a hotline appeal without the card number', async () => {
    const mutation = `mutation Create($data: AppealInput!) { createAppeal(data: $data) { registrationNumber dueAt workflowState } }`;
    const ok = await graphql(mutation, { data: appealInput({ applicant: { fullName: 'Гриценко Олег' } }) });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.createAppeal.registrationNumber).toMatch(/^Г-\d+\/2026$/);
    expect(ok.body.data.createAppeal.dueAt).toBe('2026-04-02T20:59:59.999Z');
    const refused = await graphql(mutation, { data: appealInput({ channel: 'government_hotline' }) });
    expect(refused.body.errors?.[0]?.message).toMatch(/картк/i);
    expect(refused.body.data?.createAppeal ?? null).toBeNull();
  });

  it('admin panel (content manager API): refusals carry the Ukrainian message the panel shows', async () => {
    const credentials = { email: 'tester@example.gov.ua', password: 'Tester-Passw0rd!', firstname: 'Тест', lastname: 'Адміністратор' };
    let login = await http('POST', '/admin/register-admin', credentials);
    if (login.status !== 200 && login.status !== 201) {
      login = await http('POST', '/admin/login', { email: credentials.email, password: credentials.password });
    }
    const token = login.body?.data?.token ?? login.body?.data?.accessToken;
    expect(typeof token).toBe('string');
    const auth = { Authorization: `Bearer ${token}` };
    const base = '/content-manager/collection-types/api::appeal.appeal';

    const refused = await http('POST', base, appealInput({ channel: 'government_hotline' }), auth);
    expect(refused.status).toBe(400);
    expect(errorMessage(refused)).toMatch(/картк/i);

    const created = await http('POST', base, appealInput({ applicant: { fullName: 'Лук’яненко Леся' } }), auth);
    expect(created.status).toBe(201);
    expect(created.body.data.registrationNumber).toMatch(/^Л-\d+\/2026$/);

    // the panel sends the whole form back on save: unchanged computed fields are accepted
    const saved = await http('PUT', `${base}/${created.body.data.documentId}`, { ...created.body.data, subject: 'Нова тема' }, auth);
    expect(saved.status).toBe(200);
    expect(saved.body.data.subject).toBe('Нова тема');
    expect(saved.body.data.registrationNumber).toBe(created.body.data.registrationNumber);

    const edited = await http('PUT', `${base}/${created.body.data.documentId}`, { ...created.body.data, registrationNumber: 'Л-1/1999' }, auth);
    expect(edited.status).toBe(400);
    expect(errorMessage(edited)).toMatch(/автоматично|номер/i);
  });
});
