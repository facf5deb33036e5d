import { api, errorMessage, graphql, http } from './support/client';
import { appealInput } from './support/fixtures';
import { adminToken } from './support/admin';

/** The same rules hold for every caller: the admin panel's content manager as well as REST; GraphQL cannot write. */
describe('rules apply to every caller', () => {
  it('GraphQL: offers no way to write or read appeals, even with a full-access token (it is the public read-only API)', async () => {
    const mutation = `mutation Create($data: AppealInput!) { createAppeal(data: $data) { registrationNumber } }`;
    const write = await graphql(mutation, { data: appealInput() });
    // GraphQL's own text is kept in extensions.originalMessage; the message is in Ukrainian
    const english = (res: typeof write) => res.body.errors?.[0]?.extensions?.originalMessage ?? res.body.errors?.[0]?.message;
    expect(write.body.errors?.[0]?.message).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
    expect(english(write)).toMatch(/Unknown type "AppealInput"|does not support mutations|Cannot query field/);
    const read = await graphql('{ appeals { registrationNumber } }');
    expect(english(read)).toMatch(/Cannot query field "appeals"/);
    expect((await api('GET', '/appeals?pagination[pageSize]=1')).status).toBe(200);
  });

  it('admin panel (content manager API): refusals carry the Ukrainian message the panel shows', async () => {
    const token = await adminToken();
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
