import { api, errorMessage } from './support/client';
import knexFactory from 'knex';
import { openDirectDb } from './support/direct-db';
import { appealInput, createDepartment, createStaff, getAppeal, getRequest as stored, registerAppeal, registerRequest, requestInput as baseRequestInput, setDeadlineSettings } from './support/fixtures';
import { notificationsTo, runJob } from './support/smtp';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const migration = require('../../database/migrations/2026.12.02T00.00.00.urgent-forwarding-lateness.js');

/**
 * Issue 14, rules 14–17 (Law 2939-VI «Про доступ до публічної інформації») through REST: each refusal is a 400 with
 * its rule code, an article in the Ukrainian message, and the row exactly as it was.
 */

const cyrillic = /[А-Яа-яІіЇїЄєҐґ]/;

// Received Mon 2 March 2026 11:00 Kyiv (09:00Z): 5 working days end Mon 9 March (21:59:59.999Z); 48 hours end Wed 4 March 09:00Z.
const requestInput = (overrides: Record<string, unknown> = {}) => baseRequestInput({ requestText: 'Прошу надати копії договорів за 2021–2025 роки.', ...overrides });
const register = (overrides: Record<string, unknown> = {}) => registerRequest({ requestText: 'Прошу надати копії договорів за 2021–2025 роки.', ...overrides });
async function put(documentId: string, data: Record<string, unknown>) {
  return api('PUT', `/information-requests/${documentId}?populate=*`, { data });
}

async function expectRefused(documentId: string, data: Record<string, unknown>, rule: string, article: RegExp) {
  const before = await stored(documentId);
  const res = await api('PUT', `/information-requests/${documentId}`, { data });
  expect(res.status).toBe(400);
  expect(res.body.error.details.rule).toBe(rule);
  expect(errorMessage(res)).toMatch(cyrillic);
  expect(errorMessage(res)).toMatch(article);
  expect(await stored(documentId)).toEqual(before);
}

const REFUSAL = {
  workflowState: 'refused',
  refusalGround: 'restricted',
  refusalExplanation: 'Договори містять комерційну таємницю контрагентів.',
  refusalOfficialName: 'Коваленко Ірина Петрівна',
  refusalOfficialPosition: 'головний спеціаліст відділу звернень громадян',
  answeredAt: '2026-03-05T10:00:00.000Z',
};

describe('information requests, issue 14 rules 14–17', () => {
  it('14: extends only on a ground of Art. 20(4), with its explanation', async () => {
    const a = await register();
    expect(a.dueAt).toBe('2026-03-09T21:59:59.999Z');
    const extension = {
      extendedUntil: '2026-03-20',
      extensionReason: 'Запитано копії 300 договорів за п’ять років.',
      requesterNotifiedOfExtensionAt: '2026-03-05T10:00:00.000Z',
    };
    await expectRefused(a.documentId, extension, 'extension.ground_required', /ч\. 4 ст\. 20/);
    // a ground outside the closed list never reaches the rule: the enumeration guard refuses it
    await expectRefused(a.documentId, { ...extension, extensionGround: 'staff_on_leave' }, 'input.enum', /large_volume, search_among_large_data/);
    const res = await put(a.documentId, { ...extension, extensionGround: 'search_among_large_data' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      workflowState: 'extended',
      extensionGround: 'search_among_large_data',
      dueAt: '2026-03-20T21:59:59.999Z',
    });
  });

  it('15: a refusal names the responsible person, its date and how to appeal (Art. 22(4))', async () => {
    const a = await register();
    const { refusalOfficialName: _name, ...noName } = REFUSAL;
    await expectRefused(a.documentId, noName, 'refusal.official_name_required', /п\. 1 ч\. 4 ст\. 22/);
    const { refusalOfficialPosition: _position, ...noPosition } = REFUSAL;
    await expectRefused(a.documentId, noPosition, 'refusal.official_position_required', /ч\. 4 ст\. 22/);
    const res = await put(a.documentId, REFUSAL);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      workflowState: 'refused',
      answeredAt: '2026-03-05T10:00:00.000Z',
      answeredLate: false,
      refusalOfficialName: 'Коваленко Ірина Петрівна',
      refusalOfficialPosition: 'головний спеціаліст відділу звернень громадян',
    });
    expect(res.body.data.refusalAppealProcedure).toContain('ч. 1 ст. 23 Закону «Про доступ до публічної інформації»');
    await expectRefused(a.documentId, { refusalAppealProcedure: '' }, 'refusal.appeal_procedure_required', /ст\. 23/);
  });

  it('15: appeals against the refusal (Art. 23) are kept on the request, also once it is taken off control', async () => {
    const a = await register();
    expect((await put(a.documentId, REFUSAL)).status).toBe(200);
    expect((await put(a.documentId, { workflowState: 'closed' })).status).toBe(200);
    const toHead = { filedAt: '2026-03-10T08:00:00.000Z', appealedTo: 'head', subject: 'refusal' };
    const res = await put(a.documentId, { requestAppeals: [toHead] });
    expect(res.status).toBe(200);
    expect(res.body.data.requestAppeals).toEqual([
      expect.objectContaining({ filedAt: '2026-03-10T08:00:00.000Z', appealedTo: 'head', subject: 'refusal', outcome: 'under_review', decidedAt: null }),
    ]);
    // the answer was on time: an appeal against a late answer does not describe this request
    await expectRefused(a.documentId, { requestAppeals: [toHead, { ...toHead, subject: 'late_answer' }] }, 'request_appeal.answer_not_late', /п\. 5 ч\. 2 ст\. 23/);
    await expectRefused(
      a.documentId,
      { requestAppeals: [{ ...toHead, outcome: 'dismissed', decidedAt: '2026-03-09T08:00:00.000Z' }] },
      'request_appeal.decided_before_filed',
      /Скарга № 1/,
    );
    const decided = await put(a.documentId, {
      requestAppeals: [
        { ...toHead, outcome: 'dismissed', decidedAt: '2026-03-20T08:00:00.000Z' },
        { filedAt: '2026-03-25T08:00:00.000Z', appealedTo: 'court', subject: 'refusal' },
      ],
    });
    expect(decided.status).toBe(200);
    expect(decided.body.data.requestAppeals.map((x: any) => [x.appealedTo, x.outcome, x.decidedAt])).toEqual([
      ['head', 'dismissed', '2026-03-20T08:00:00.000Z'],
      ['court', 'under_review', null],
    ]);
  });

  it('15: an appeal against no answer only after the term ran out unanswered', async () => {
    const a = await register();
    const early = { filedAt: '2026-03-09T21:00:00.000Z', appealedTo: 'head', subject: 'no_answer' };
    await expectRefused(a.documentId, { requestAppeals: [early] }, 'request_appeal.answer_not_missing', /п\. 3 ч\. 2 ст\. 23/);
    const res = await put(a.documentId, { requestAppeals: [{ ...early, filedAt: '2026-03-10T08:00:00.000Z' }] });
    expect(res.status).toBe(200);
    expect(res.body.data.requestAppeals).toHaveLength(1);
  });

  it('15: a recorded appeal is checked again when the request changes under it (Art. 23)', async () => {
    const a = await register();
    expect((await put(a.documentId, { requestAppeals: [{ filedAt: '2026-03-10T08:00:00.000Z', appealedTo: 'head', subject: 'no_answer' }] })).status).toBe(200);
    const answer = { workflowState: 'answered', answerText: 'Надаємо копії договорів.', answerOutcome: 'provided' };
    // an answer dated before the appeal against no answer was filed would make the appeal untrue
    await expectRefused(a.documentId, { ...answer, answeredAt: '2026-03-10T07:00:00.000Z' }, 'request_appeal.answer_not_missing', /суперечить записаній скарзі \(ст\. 23.*п\. 3 ч\. 2 ст\. 23/s);
    const refused = await api('PUT', `/information-requests/${a.documentId}`, { data: { ...answer, answeredAt: '2026-03-10T07:00:00.000Z' } });
    expect(errorMessage(refused)).toBe(
      'Зміну запиту не збережено: вона суперечить записаній скарзі (ст. 23 Закону «Про доступ до публічної інформації»). Скарга № 1 оскаржує ' +
        'ненадання відповіді (п. 3 ч. 2 ст. 23 Закону «Про доступ до публічної інформації»), але на момент подання скарги (10.03.2026 10:00) ' +
        'відповідь уже було надано (10.03.2026 09:00). Оберіть інший предмет оскарження або перевірте дату подання.',
    );
    const res = await put(a.documentId, { ...answer, answeredAt: '2026-03-10T09:00:00.000Z' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ workflowState: 'answered', answeredLate: true, answeredAt: '2026-03-10T09:00:00.000Z' });
    expect(res.body.data.requestAppeals.map((x: any) => [x.subject, x.outcome])).toEqual([['no_answer', 'under_review']]);
  });

  it('15: a complaint to the head still under review a month after filing is reminded once to the executor and the head', async () => {
    const department = await createDepartment('Відділ (скарги на розгляд запитів)');
    const head = await createStaff(department, 'Марченко Ірина Петрівна');
    const executor = await createStaff(department, 'Бондар Олег Вікторович');
    expect((await api('PUT', `/departments/${department}`, { data: { head } })).status).toBe(200);
    const email = async (staff: string) => (await api('GET', `/staff-members/${staff}`)).body.data.email as string;
    const [headEmail, executorEmail] = [await email(head), await email(executor)];
    const a = await register({ department, assignee: executor });
    const complaints = [
      { filedAt: '2026-03-10T08:00:00.000Z', appealedTo: 'head', subject: 'no_answer' },
      { filedAt: '2026-03-10T08:00:00.000Z', appealedTo: 'court', subject: 'no_answer' },
    ];
    expect((await put(a.documentId, { requestAppeals: complaints })).status).toBe(200);
    const reminders = async (to: string) =>
      (await notificationsTo(to)).filter((n: any) => n.template === 'request_appeal_undecided').map((n: any) => [n.subject, n.itemDocumentId]);

    // a month from 10.03.2026 ends on Friday 10.04.2026 at 23:59:59.999 Kyiv
    await runJob('reminders', '2026-04-10T20:59:59.999Z');
    expect(await reminders(headEmail)).toEqual([]);
    await runJob('reminders', '2026-04-13T07:00:00.000Z');
    await runJob('reminders', '2026-04-14T07:00:00.000Z');
    const expected = [[`Скаргу не вирішено: запит на інформацію № ${a.registrationNumber}`, a.documentId]];
    expect(await reminders(headEmail)).toEqual(expected);
    expect(await reminders(executorEmail)).toEqual(expected);

    // decided: no reminder for a later complaint's sake either
    const decided = await put(a.documentId, { requestAppeals: [{ ...complaints[0], outcome: 'upheld', decidedAt: '2026-04-14T08:00:00.000Z' }, complaints[1]] });
    expect(decided.status).toBe(200);
    await runJob('reminders', '2026-05-20T07:00:00.000Z');
    expect(await reminders(headEmail)).toEqual(expected);
  });

  it('16: an urgent request forwarded after its 48 hours is recorded as late; the notice is simultaneous', async () => {
    const urgent = { urgent: true, urgencyGround: 'accident', urgencyJustification: 'Прорив тепломережі' };
    const a = await register(urgent);
    expect(a.dueAt).toBe('2026-03-04T09:00:00.000Z');
    const forwarding = { workflowState: 'forwarded', forwardedTo: 'ДСНС', forwardedAt: '2026-03-04T09:00:00.001Z' };
    // a notice more than 15 minutes before the forwarding tells of something that had not happened: refused
    await expectRefused(
      a.documentId,
      { ...forwarding, requesterNotifiedOfForwardingAt: '2026-03-04T08:45:00.000Z' },
      'forwarded.notice_not_simultaneous',
      /ч\. 3 ст\. 22/,
    );
    const res = await put(a.documentId, { ...forwarding, requesterNotifiedOfForwardingAt: '2026-03-04T09:15:00.001Z' });
    expect(res.status).toBe(200);
    expect(res.body.data.forwardedLate).toBe(true);
    expect(res.body.data.forwardingNoticeLate).toBe(false);

    const onTime = await register(urgent);
    const ok = await put(onTime.documentId, { ...forwarding, forwardedAt: '2026-03-04T09:00:00.000Z', requesterNotifiedOfForwardingAt: '2026-03-04T09:00:00.000Z' });
    expect(ok.status).toBe(200);
    expect(ok.body.data.forwardedLate).toBe(false);
    expect(ok.body.data.forwardingNoticeLate).toBe(false);
  });

  it('16: a notice of forwarding given later than the forwarding is recorded and marked late (Art. 22(3))', async () => {
    const a = await register();
    const forwarding = { workflowState: 'forwarded', forwardedTo: 'Обласна військова адміністрація', forwardedAt: '2026-03-04T09:00:00.000Z' };
    const late = await put(a.documentId, { ...forwarding, requesterNotifiedOfForwardingAt: '2026-03-04T09:15:00.001Z' });
    expect(late.status).toBe(200);
    expect(late.body.data).toMatchObject({
      workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: true,
      requesterNotifiedOfForwardingAt: '2026-03-04T09:15:00.001Z',
    });
    // a value sent for the mark is ignored: the register computes it
    const typed = await put(a.documentId, { forwardingNoticeLate: false });
    expect(typed.status).toBe(200);
    expect(typed.body.data.forwardingNoticeLate).toBe(true);
    // the moment of the notice corrected while forwarded: the mark follows it
    const corrected = await put(a.documentId, { requesterNotifiedOfForwardingAt: '2026-03-04T09:10:00.000Z' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.data.forwardingNoticeLate).toBe(false);
    const dayLater = await put(a.documentId, { requesterNotifiedOfForwardingAt: '2026-03-05T09:00:00.000Z' });
    expect(dayLater.body.data.forwardingNoticeLate).toBe(true);
    const closed = await put(a.documentId, { workflowState: 'closed' });
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ workflowState: 'closed', forwardingNoticeLate: true });
  });

  it('17: no charge for information of public interest (Art. 21(4))', async () => {
    const a = await register();
    const answer = { workflowState: 'answered', answerText: 'Копії додано.', answerOutcome: 'provided', pages: 40, copyingCharge: 60 };
    await expectRefused(a.documentId, { ...answer, publicInterest: true }, 'charge.public_interest', /ч\. 4 ст\. 21/);
    const res = await put(a.documentId, { ...answer, publicInterest: true, copyingCharge: 0 });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ publicInterest: true, answeredLate: true });
  });

  it('17: the council marks a request urgent itself, recording why, without the requester’s justification', async () => {
    const noReason = await api('POST', '/information-requests', {
      data: requestInput({ urgent: true, urgencyGround: 'accident', urgencyMarkedByCouncil: true }),
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.rule).toBe('urgency.council_reason_required');
    expect(errorMessage(noReason)).toMatch(/ч\. 2 ст\. 20/);
    const a = await register({
      urgent: true,
      urgencyGround: 'accident',
      urgencyMarkedByCouncil: true,
      urgencyCouncilReason: 'Раді відомо про аварію на водогоні 2 березня',
    });
    expect(a).toMatchObject({ urgent: true, urgencyMarkedByCouncil: true, urgencyJustification: null, dueAt: '2026-03-04T09:00:00.000Z' });
  });
});

describe('e-petitions, issue 14 rule 12 (Art. 23-1 of Law 393/96-ВР)', () => {
  // Received Mon 2 March 2026 11:00 Kyiv; collection 1 December 2025 – 28 February 2026 (three months to 1 March).
  // Published Tue 3 March: 10 working days — 4, 5, 6, 9, 10, 11, 12, 13, 16, 17 March → end of 17 March (UTC+2).
  const PETITION_DUE = '2026-03-17T21:59:59.999Z';
  const petition = (overrides: Record<string, unknown> = {}) =>
    appealInput({
      channel: 'e_petition',
      authorKind: 'collective',
      applicant: { fullName: 'Ініціативна група «Зелене місто»' },
      subject: 'Петиція про збереження сквера',
      petitionCollectionStartsOn: '2025-12-01',
      petitionCollectionEndsOn: '2026-02-28',
      petitionSignatures: 260,
      ...overrides,
    });
  let original: Record<string, unknown>;

  beforeAll(async () => {
    original = (await api('GET', '/deadline-setting')).body.data;
  });
  afterAll(async () => {
    await setDeadlineSettings({ ePetitionSignatureThreshold: original?.ePetitionSignatureThreshold ?? null });
  });

  it('takes the signature threshold from the council’s settings (a positive whole number) and keeps it on the petition', async () => {
    const zero = await api('PUT', '/deadline-setting', { data: { ePetitionSignatureThreshold: 0 } });
    expect(zero.status).toBe(400);
    expect(zero.body.error.details.rule).toBe('settings.e_petition_threshold');
    expect(errorMessage(zero)).toMatch(/ст\. 23-1/);
    await setDeadlineSettings({ ePetitionSignatureThreshold: 250 });
    const res = await api('POST', '/appeals', { data: petition() });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ petitionSignatureThreshold: 250, petitionSignatures: 260, dueAt: '2026-04-02T20:59:59.999Z' });
    await setDeadlineSettings({ ePetitionSignatureThreshold: 300 });
    expect((await api('GET', `/appeals/${res.body.data.documentId}`)).body.data.petitionSignatureThreshold).toBe(250);
    await setDeadlineSettings({ ePetitionSignatureThreshold: null });
    const none = await api('POST', '/appeals', { data: petition() });
    expect(none.status).toBe(400);
    expect(none.body.error.details.rule).toBe('e_petition.threshold_required');
  });

  it('refuses a collection period over three months', async () => {
    const res = await api('POST', '/appeals', { data: petition({ petitionSignatureThreshold: 250, petitionCollectionEndsOn: '2026-03-02' }) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.rule).toBe('e_petition.collection_over_3_months');
    expect(errorMessage(res)).toContain('не пізніше 01.03.2026');
  });

  it('is due 10 working days after the publication of the start of consideration, and closed once its answer is published', async () => {
    const created = await registerAppeal(petition({ petitionSignatureThreshold: 250 }));
    const published = await api('PUT', `/appeals/${created.documentId}`, { data: { petitionConsiderationPublishedAt: '2026-03-03T08:00:00.000Z' } });
    expect(published.status).toBe(200);
    expect(published.body.data.dueAt).toBe(PETITION_DUE);
    const answered = await api('PUT', `/appeals/${created.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Сквер включено до переліку.', answerOutcome: 'satisfied', answeredAt: '2026-03-18T08:00:00.000Z' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.data.answeredLate).toBe(true);
    const unpublished = await api('PUT', `/appeals/${created.documentId}`, { data: { workflowState: 'closed' } });
    expect(unpublished.status).toBe(400);
    expect(unpublished.body.error.details.rule).toBe('e_petition.answer_publication_required');
    expect((await getAppeal(created.documentId)).workflowState).toBe('answered');
    const closed = await api('PUT', `/appeals/${created.documentId}`, {
      data: { workflowState: 'closed', petitionAnswerPublishedAt: '2026-03-18T10:00:00.000Z' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ workflowState: 'closed', petitionAnswerPublishedAt: '2026-03-18T10:00:00.000Z', answeredLate: true });
  });

  it('records when its answer went out on the website: publishing the linked answer sets petitionAnswerPublishedAt', async () => {
    const created = await registerAppeal(petition({ petitionSignatureThreshold: 250 }));
    expect((await api('PUT', `/appeals/${created.documentId}`, { data: { petitionConsiderationPublishedAt: '2026-03-03T08:00:00.000Z' } })).status).toBe(200);
    const answered = await api('PUT', `/appeals/${created.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Сквер включено до переліку.', answerOutcome: 'satisfied', answeredAt: '2026-03-16T08:00:00.000Z' },
    });
    expect(answered.status).toBe(200);
    const draft = await api('POST', `/appeals/${created.documentId}/answer-publication`);
    expect(draft.status).toBe(201);
    expect((await getAppeal(created.documentId)).petitionAnswerPublishedAt).toBeNull(); // a draft is not a publication
    const before = Date.now();
    const published = await api('PUT', `/publications/${draft.body.data.documentId}?status=published`, { data: {} });
    expect(published.status).toBe(200);
    const recorded = (await getAppeal(created.documentId)).petitionAnswerPublishedAt;
    expect(recorded).toBe(published.body.data.publishedAt);
    expect(new Date(recorded).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // nothing typed: the petition can be taken off control at once
    const closed = await api('PUT', `/appeals/${created.documentId}`, { data: { workflowState: 'closed' } });
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ workflowState: 'closed', petitionAnswerPublishedAt: recorded, answeredLate: false });
  });

  it('keeps a publication date already recorded, and records none for a petition considered as an appeal', async () => {
    const elsewhere = await registerAppeal(petition({ petitionSignatureThreshold: 250 }));
    await api('PUT', `/appeals/${elsewhere.documentId}`, { data: { petitionConsiderationPublishedAt: '2026-03-03T08:00:00.000Z' } });
    await api('PUT', `/appeals/${elsewhere.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Сквер включено до переліку.', answerOutcome: 'satisfied', answeredAt: '2026-03-16T08:00:00.000Z', petitionAnswerPublishedAt: '2026-03-16T12:00:00.000Z' },
    });
    const first = await api('POST', `/appeals/${elsewhere.documentId}/answer-publication`);
    expect((await api('PUT', `/publications/${first.body.data.documentId}?status=published`, { data: {} })).status).toBe(200);
    expect((await getAppeal(elsewhere.documentId)).petitionAnswerPublishedAt).toBe('2026-03-16T12:00:00.000Z');

    const short = await registerAppeal(petition({ petitionSignatureThreshold: 250, petitionSignatures: 249 }));
    await api('PUT', `/appeals/${short.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Питання розглянуто як звернення.', answerOutcome: 'explained', answeredAt: '2026-03-16T08:00:00.000Z' },
    });
    const second = await api('POST', `/appeals/${short.documentId}/answer-publication`);
    expect(second.status).toBe(201);
    expect((await api('PUT', `/publications/${second.body.data.documentId}?status=published`, { data: {} })).status).toBe(200);
    expect((await getAppeal(short.documentId)).petitionAnswerPublishedAt).toBeNull();
  });

  it('one that fell short is considered as an appeal, in the ordinary term', async () => {
    const created = await registerAppeal(petition({ petitionSignatureThreshold: 250, petitionSignatures: 249 }));
    expect(created.dueAt).toBe('2026-04-02T20:59:59.999Z');
    const res = await api('PUT', `/appeals/${created.documentId}`, { data: { petitionConsiderationPublishedAt: '2026-03-03T08:00:00.000Z' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.rule).toBe('e_petition.not_enough_signatures');
    expect(errorMessage(res)).toContain('розглядається як звернення громадян');
    expect((await getAppeal(created.documentId)).petitionConsiderationPublishedAt).toBeNull();
  });
});

describe('migration: urgent requests already forwarded after their 48 hours become late (rule 16)', () => {
  it('corrects only urgent forwarded rows past 48 hours, on the run’s database', async () => {
    const urgent = { urgent: true, urgencyGround: 'accident', urgencyJustification: 'Прорив тепломережі' };
    const forward = (at: string) => ({ workflowState: 'forwarded', forwardedTo: 'ДСНС', forwardedAt: at, requesterNotifiedOfForwardingAt: at });
    const late = await register(urgent);
    const onTime = await register(urgent);
    const ordinary = await register();
    expect((await put(late.documentId, forward('2026-03-04T09:00:00.001Z'))).body.data.forwardedLate).toBe(true);
    expect((await put(onTime.documentId, forward('2026-03-04T09:00:00.000Z'))).body.data.forwardedLate).toBe(false);
    expect((await put(ordinary.documentId, forward('2026-03-05T09:00:00.000Z'))).body.data.forwardedLate).toBe(false);

    // the record as the earlier rule (5 working days for every request) left it
    const db = await openDirectDb();
    const knex = knexFactory(
      db.client === 'postgres'
        ? { client: 'pg', connection: process.env.DATABASE_URL }
        : { client: 'better-sqlite3', connection: { filename: process.env.DATABASE_FILENAME! }, useNullAsDefault: true },
    );
    try {
      await db.run('UPDATE information_requests SET forwarded_late = ? WHERE document_id = ?', [db.client === 'postgres' ? false : 0, late.documentId]);
      expect((await stored(late.documentId)).forwardedLate).toBe(false);
      await migration.up(knex);
    } finally {
      await knex.destroy();
      await db.close();
    }
    expect((await stored(late.documentId)).forwardedLate).toBe(true);
    expect((await stored(onTime.documentId)).forwardedLate).toBe(false);
    expect((await stored(ordinary.documentId)).forwardedLate).toBe(false);
  });
});
