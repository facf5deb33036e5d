import { api, errorMessage, graphql } from './support/client';
import { createStaff, registerAppeal } from './support/fixtures';

const draft = async (data: Record<string, unknown>) => {
  const res = await api('POST', '/publications?status=draft', { data: { kind: 'news', ...data } });
  expect(res.status).toBe(201);
  expect(res.body.data.publishedAt).toBeNull();
  return res.body.data;
};
const getDraft = async (documentId: string) => (await api('GET', `/publications/${documentId}?status=draft`)).body.data;
const publishedStatus = async (documentId: string) => (await api('GET', `/publications/${documentId}?status=published`)).status;
const publish = (documentId: string, data: Record<string, unknown> = {}) => api('PUT', `/publications/${documentId}?status=published`, { data });

async function expectPublishRefused(documentId: string, data: Record<string, unknown>, message: RegExp) {
  const stored = await getDraft(documentId);
  const res = await publish(documentId, data);
  expect(res.status).toBe(400);
  expect(errorMessage(res)).toMatch(message);
  expect(await getDraft(documentId)).toEqual(stored);
  expect(await publishedStatus(documentId)).toBe(404);
}

// REST writes default to `status=published` in Strapi 5: drafts are written with `?status=draft`.
describe('publication slugs', () => {
  it('transliterates the Ukrainian title by Resolution 55 and keeps slugs unique', async () => {
    const title = 'Ремонт доріг у Згоранах і Знам’янці: Євген Їжак';
    const first = await draft({ title });
    expect(first.slug).toBe('remont-dorih-u-zghoranakh-i-znamiantsi-yevhen-yizhak');
    const second = await draft({ title });
    expect(second.slug).toBe('remont-dorih-u-zghoranakh-i-znamiantsi-yevhen-yizhak-2');
    const third = await draft({ title, slug: 'remont-dorih-u-zghoranakh-i-znamiantsi-yevhen-yizhak' });
    expect(third.slug).toBe('remont-dorih-u-zghoranakh-i-znamiantsi-yevhen-yizhak-3');
  });

  it('follows the title while unpublished and stays fixed once published', async () => {
    const p = await draft({ title: 'Щедрий вівторок' });
    expect(p.slug).toBe('shchedryi-vivtorok');
    const renamed = await api('PUT', `/publications/${p.documentId}?status=draft`, { data: { title: 'Щедрий четвер' } });
    expect(renamed.body.data.slug).toBe('shchedryi-chetver');
    expect((await publish(p.documentId)).status).toBe(200);
    const afterPublish = await api('PUT', `/publications/${p.documentId}?status=draft`, { data: { title: 'Щедра п’ятниця', slug: 'shchedryi-chetver' } });
    expect(afterPublish.status).toBe(200);
    expect(afterPublish.body.data.slug).toBe('shchedryi-chetver');
    expect((await publish(p.documentId)).body.data.slug).toBe('shchedryi-chetver');
  });
});

describe('refutations', () => {
  it('saves an incomplete draft but publishes only with claim, source and verdict', async () => {
    const p = await draft({ kind: 'refutation', title: 'Чи справді в місті відключать воду на місяць?' });
    await expectPublishRefused(p.documentId, {}, /наведіть твердження, яке спростовується/);
    await expectPublishRefused(p.documentId, { claim: 'Воду відключать на місяць' }, /хоча б одне джерело/);
    await expectPublishRefused(p.documentId, { claim: 'Воду відключать на місяць', claimSources: 'https://t.me/fake_channel/1' }, /висновок перевірки/);
    const ok = await publish(p.documentId, { claim: 'Воду відключать на місяць', claimSources: 'https://t.me/fake_channel/1', verdict: 'false_claim', evidence: 'Графік робіт водоканалу.' });
    expect(ok.status).toBe(200);
    expect(ok.body.data.publishedAt).not.toBeNull();
    expect(ok.body.data.verdict).toBe('false_claim');
  });

  it('refuses create-and-publish in one call and writes nothing', async () => {
    const total = async () => (await api('GET', '/publications?status=draft&pagination[pageSize]=1')).body.meta.pagination.total;
    const before = await total();
    const res = await api('POST', '/publications?status=published', { data: { kind: 'refutation', title: 'Фейк про мобілізацію', claim: 'Фейк' } });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(/джерело/);
    expect(await total()).toBe(before);
  });
});

describe('REST draft then publish (GraphQL is the read-only public API)', () => {
  it('saves a draft and refuses to publish a refutation without a verdict', async () => {
    const data = { kind: 'refutation', title: 'Ґрунт у парку отруєний?', claim: 'Ґрунт отруєний', claimSources: 'https://t.me/example/9' };
    const saved = await api('POST', '/publications?status=draft', { data });
    expect(saved.status).toBe(201);
    expect(saved.body.data.slug).toBe('grunt-u-parku-otruienyi');
    expect(saved.body.data.publishedAt).toBeNull();
    const refused = await api('POST', '/publications?status=published', { data });
    expect(refused.status).toBe(400);
    expect(errorMessage(refused)).toMatch(/висновок перевірки/);
    const mutation = await graphql('mutation { createPublication(data: { title: "x" }) { documentId } }');
    expect(mutation.body.errors?.[0]?.message).toMatch(/Schema is not configured to execute mutation operation/);
  });
});

describe('answers to appeals', () => {
  let appeal: any;
  beforeAll(async () => {
    const executor = await createStaff(undefined, 'Мельник Ірина Олегівна');
    appeal = await registerAppeal({
      assignee: executor,
      subject: 'Освітлення вулиці Тестової',
      text: 'Я, Шевченко Тарас Григорович, проживаю за адресою вул. Тестова, 1. Прошу встановити ліхтарі. Мій телефон 067-123-45-67, пошта taras@example.com.',
    });
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: { workflowState: 'in_progress' } })).status).toBe(200);
    const answered = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { workflowState: 'answered', answerOutcome: 'satisfied', answeredAt: '2026-03-10T10:00:00.000Z', answerText: 'Шановний Тарасе Григоровичу! Ліхтарі на вулиці Тестовій, 1 встановлять у квітні.' },
    });
    expect(answered.status).toBe(200);
  });

  it('creates a draft answer with the applicant’s personal data masked', async () => {
    const res = await api('POST', `/appeals/${appeal.documentId}/answer-publication`);
    expect(res.status).toBe(201);
    const p = res.body.data;
    expect(p.kind).toBe('appeal_answer');
    expect(p.publishedAt).toBeNull();
    expect(p.title).toBe('Освітлення вулиці Тестової');
    expect(p.slug).toBe('osvitlennia-vulytsi-testovoi');
    expect(p.question).toBe(
      'Я, [ПІБ приховано], проживаю за адресою [адресу приховано]. Прошу встановити ліхтарі. Мій телефон [телефон приховано], пошта [e-mail приховано].',
    );
    expect(p.body).toBe('Шановний [ПІБ приховано]! Ліхтарі на [адресу приховано] встановлять у квітні.');
    expect(p.sourceAppeal).toBeUndefined();
    // Masked as prepared, it can be published.
    expect((await publish(p.documentId)).status).toBe(200);
  });

  it('refuses for an appeal that is not answered yet, and for an unknown appeal', async () => {
    const open = await registerAppeal();
    const res = await api('POST', `/appeals/${open.documentId}/answer-publication`);
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(/лише відповідь на звернення, яке розглянуто/);
    expect((await api('POST', '/appeals/nosuchdocument0000000000/answer-publication')).status).toBe(404);
  });

  it('saves a draft with personal data but refuses to publish it, naming the kinds and not the data', async () => {
    const res = await api('POST', `/appeals/${appeal.documentId}/answer-publication`);
    const p = res.body.data;
    const edited = await api('PUT', `/publications/${p.documentId}?status=draft`, { data: { body: 'Відповідь надіслано Шевченку Т. Г. на taras@example.com, тел. (067)1234567.' } });
    expect(edited.status).toBe(200);
    expect(edited.body.data.body).toContain('Шевченку');
    const refused = await publish(p.documentId);
    expect(refused.status).toBe(400);
    expect(errorMessage(refused)).toMatch(/у полі «Відповідь» є персональні дані — ім’я заявника, номер телефону, адреса електронної пошти/);
    expect(errorMessage(refused)).not.toMatch(/Шевченк|taras|067/);
    expect(await publishedStatus(p.documentId)).toBe(404);
    const plain = await draft({ kind: 'appeal_answer', title: 'Питання про тариф', question: 'Чому зріс тариф?', body: 'Пишіть на info@example.com або +380 67 123 45 67.' });
    await expectPublishRefused(plain.documentId, {}, /номер телефону, адреса електронної пошти/);
  });
});

/** The job's route; on PostgreSQL a tick of the server's own cron may hold the lock for a moment: try the next "tick". */
async function runScheduledJob() {
  for (let attempt = 1; ; attempt++) {
    const res = await api('POST', '/publications/publish-scheduled');
    if (res.body?.data?.ran !== false || attempt === 5) return res;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('scheduled publishing', () => {
  it('publishes due drafts only, and leaves a due draft that breaks a rule as a draft', async () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    const future = new Date(Date.now() + 24 * 3600_000).toISOString();
    const due = await draft({ title: 'Оголошення про громадські слухання', kind: 'announcement', scheduledAt: past });
    const later = await draft({ title: 'Анонс форуму', kind: 'announcement', scheduledAt: future });
    const broken = await draft({ title: 'Спростування без висновку', kind: 'refutation', scheduledAt: past });
    const res = await runScheduledJob();
    expect(res.status).toBe(200);
    expect(res.body.data.ran).toBe(true);
    // The server's own cron task runs the same job every minute and may have published `due` a moment earlier,
    // so `due` is checked by its state below; `later` and `broken` are never published by anyone.
    expect(res.body.data.published).not.toContain(later.documentId);
    expect(res.body.data.refused.map((r: any) => r.documentId)).toContain(broken.documentId);
    expect(await publishedStatus(due.documentId)).toBe(200);
    expect(await publishedStatus(later.documentId)).toBe(404);
    expect(await publishedStatus(broken.documentId)).toBe(404);
    const again = await runScheduledJob();
    expect(again.body.data.ran).toBe(true);
    expect(again.body.data.published).not.toContain(due.documentId);
  });

  // Two instances' ticks at once: PostgreSQL's advisory lock lets one run, or the second finds the work done.
  // SQLite is a single-instance database (runExclusively simply runs the job there).
  (process.env.TEST_DB_CLIENT === 'postgres' ? it : it.skip)('publishes a due draft once when two ticks run at the same time', async () => {
    const due = await draft({ title: 'Оголошення про конкурс проєктів', kind: 'announcement', scheduledAt: new Date(Date.now() - 1000).toISOString() });
    const runs = await Promise.all([api('POST', '/publications/publish-scheduled'), api('POST', '/publications/publish-scheduled')]);
    expect(runs.map((r) => r.status)).toEqual([200, 200]);
    const published = runs.flatMap((r) => r.body.data.published).filter((id: string) => id === due.documentId);
    // Once, or not at all when the server's own cron tick got there first — never twice.
    expect(published.length).toBeLessThanOrEqual(1);
    expect(await publishedStatus(due.documentId)).toBe(200);
  });
});
