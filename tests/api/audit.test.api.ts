import { api, errorMessage, graphql, http } from './support/client';
import { asSuper, bearer, superAdminToken } from './support/admin-roles';
import { registerAppeal } from './support/fixtures';

const PERSONAL = '(персональні дані — значення не зберігається)';
const APPEALS = '/content-manager/collection-types/api::appeal.appeal';
const ENTRIES = '/content-manager/collection-types/api::audit-entry.audit-entry';

async function entriesOf(documentId: string): Promise<any[]> {
  const res = await api('GET', `/audit-entries?filters[recordDocumentId][$eq]=${documentId}&sort=id:asc&pagination[pageSize]=100`);
  expect(res.status).toBe(200);
  return res.body.data;
}

describe('audit trail', () => {
  it('records campaigns, publications (publish and unpublish included) and positions', async () => {
    const campaign = await api('POST', '/campaigns', { data: { title: 'Чисте місто', goal: 'Залучити мешканців до прибирання' } });
    expect(campaign.status).toBe(201);
    expect((await api('PUT', `/campaigns/${campaign.body.data.documentId}`, { data: { goal: 'Залучити 500 мешканців' } })).status).toBe(200);
    const campaignEntries = await entriesOf(campaign.body.data.documentId);
    expect(campaignEntries.map((e: any) => e.action)).toEqual(['create', 'update']);
    expect(campaignEntries[1].changes).toEqual(expect.arrayContaining([{ field: 'goal', before: 'Залучити мешканців до прибирання', after: 'Залучити 500 мешканців' }]));

    const draft = await api('POST', '/publications?status=draft', { data: { kind: 'news', title: 'Толока в парку' } });
    expect(draft.status).toBe(201);
    const id = draft.body.data.documentId;
    const auth = bearer(await superAdminToken());
    const base = '/content-manager/collection-types/api::publication.publication';
    expect((await http('POST', `${base}/${id}/actions/publish`, {}, auth)).status).toBe(200);
    expect((await http('POST', `${base}/${id}/actions/unpublish`, {}, auth)).status).toBe(200);
    const publicationEntries = await entriesOf(id);
    expect(publicationEntries.map((e: any) => [e.action, e.actorKind])).toEqual([['create', 'api_token'], ['publish', 'admin'], ['unpublish', 'admin']]);

    const position = await api('POST', '/positions', { data: { title: 'Головний спеціаліст (журнал)' } });
    expect(position.status).toBe(201);
    expect((await entriesOf(position.body.data.documentId)).map((e: any) => e.action)).toEqual(['create']);
  });


  it('records create, update and delete with who, old and new values, personal data masked', async () => {
    const appeal = await registerAppeal({ subject: 'Освітлення двору' });
    const [created] = await entriesOf(appeal.documentId);
    expect(created).toMatchObject({ action: 'create', contentType: 'api::appeal.appeal', actorKind: 'api_token', recordLabel: appeal.registrationNumber });
    expect(created.actorName).toMatch(/^api-tests-/);
    const byField = Object.fromEntries(created.changes.map((c: any) => [c.field, c]));
    expect(byField.subject).toEqual({ field: 'subject', before: null, after: 'Освітлення двору' });
    expect(byField['applicant.fullName']).toEqual({ field: 'applicant.fullName', before: null, after: PERSONAL, personal: true });
    expect(byField['applicant.phone'].after).toBe(PERSONAL);
    expect(byField.text.after).toBe(PERSONAL);
    expect(JSON.stringify(created)).not.toMatch(/Шевченко|taras@example\.com|\+380 67|відремонтувати/);

    const auth = bearer(await superAdminToken());
    const edited = await http('PUT', `${APPEALS}/${appeal.documentId}`, { subject: 'Освітлення двору і парковки', applicant: { fullName: 'Шевченко Тарас' } }, auth);
    expect(edited.status).toBe(200);
    const updated = (await entriesOf(appeal.documentId))[1];
    expect(updated).toMatchObject({ action: 'update', actorKind: 'admin', actorName: 'tester@example.gov.ua' });
    expect(updated.changes).toEqual(expect.arrayContaining([
      { field: 'subject', before: 'Освітлення двору', after: 'Освітлення двору і парковки' },
      { field: 'applicant.fullName', before: PERSONAL, after: PERSONAL, personal: true },
    ]));
    expect(updated.changedFields).toMatch(/subject/);

    expect((await api('DELETE', `/appeals/${appeal.documentId}`)).status).toBe(204);
    const deleted = (await entriesOf(appeal.documentId))[2];
    expect(deleted).toMatchObject({ action: 'delete', actorKind: 'api_token', recordLabel: appeal.registrationNumber });
    expect(deleted.changes.find((c: any) => c.field === 'subject')).toEqual({ field: 'subject', before: 'Освітлення двору і парковки', after: null });
  });

  it('a refused change leaves no entry; a form saved without changes is not recorded', async () => {
    const appeal = await registerAppeal();
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: { workflowState: 'closed' } })).status).toBe(400);
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: { subject: appeal.subject } })).status).toBe(200);
    expect((await entriesOf(appeal.documentId)).map((e) => e.action)).toEqual(['create']);
  });

  it('records information requests with the requester masked', async () => {
    const res = await api('POST', '/information-requests', {
      data: { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', requestText: 'Прошу надати копію рішення', requester: { fullName: 'Петренко Петро', email: 'p@example.com' } },
    });
    expect(res.status).toBe(201);
    const [entry] = await entriesOf(res.body.data.documentId);
    expect(entry.action).toBe('create');
    expect(JSON.stringify(entry)).not.toMatch(/Петренко|p@example\.com|копію рішення/);
    expect(entry.changes.find((c: any) => c.field === 'requester.email')).toMatchObject({ after: PERSONAL, personal: true });
  });

  it('entries cannot be created, edited or deleted through REST or the content manager', async () => {
    const appeal = await registerAppeal();
    const [entry] = await entriesOf(appeal.documentId);
    expect([404, 405]).toContain((await api('PUT', `/audit-entries/${entry.documentId}`, { data: { actorName: 'хтось' } })).status);
    expect([404, 405]).toContain((await api('DELETE', `/audit-entries/${entry.documentId}`)).status);
    expect([404, 405]).toContain((await api('POST', '/audit-entries', { data: { action: 'create', contentType: 'x', actorKind: 'system', occurredAt: new Date().toISOString() } })).status);
    const auth = bearer(await superAdminToken());
    const put = await http('PUT', `${ENTRIES}/${entry.documentId}`, { actorName: 'хтось' }, auth);
    expect(put.status).toBe(403);
    expect(errorMessage(put)).toMatch(/лише для читання/);
    const del = await http('DELETE', `${ENTRIES}/${entry.documentId}`, undefined, auth);
    expect(del.status).toBe(403);
    const post = await http('POST', ENTRIES, { action: 'create', contentType: 'x', actorKind: 'system', occurredAt: new Date().toISOString() }, auth);
    expect(post.status).toBe(403);
    expect((await entriesOf(appeal.documentId))[0]).toEqual(entry);
  });

  it('GraphQL has no mutations for audit entries', async () => {
    for (const mutation of ['deleteAuditEntry(documentId: "x") { documentId }', 'updateAuditEntry(documentId: "x", data: {}) { documentId }']) {
      const res = await graphql(`mutation { ${mutation} }`);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]?.message).toMatch(/AuditEntry|Schema is not configured to execute mutation operation/);
    }
  });

  it('records role and permission changes made in the admin panel', async () => {
    const created = await asSuper('POST', '/admin/roles', { name: `Аудитор ${Date.now()}`, description: 'Перевірка журналу' });
    expect(created.status).toBe(201);
    const role = created.body.data;
    const perms = await asSuper('PUT', `/admin/roles/${role.id}/permissions`, {
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::audit-entry.audit-entry', properties: { fields: ['action'] }, conditions: [] }],
    });
    expect(perms.status).toBe(200);
    const entries = await entriesOf(role.documentId);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[0]).toMatchObject({ contentType: 'admin::role', actorKind: 'admin', actorName: 'tester@example.gov.ua', recordLabel: role.name });
    expect(entries[1].changes).toEqual([{ field: 'permissions: plugin::content-manager.explorer.read → api::audit-entry.audit-entry', before: null, after: { fields: ['action'], conditions: [] } }]);
  });
});
