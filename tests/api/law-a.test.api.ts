import { api, errorMessage, http } from './support/client';
import { createDepartment, createStaff, getAppeal, registerAppeal, setDeadlineSettings } from './support/fixtures';
import { TestSmtp, drainOutbox, runJob } from './support/smtp';

/**
 * Issue 14, rules 3, 4, 10, 11, 13 through REST: the statutory term and the control date, the proof of the notice of
 * an extension, privileged applicants, a shorter term on the applicant's demand, and the carried day off.
 */
const smtp = new TestSmtp();
let head: string;
let executor: string;
let executorEmail: string;
let original: Record<string, unknown> = { martialLaw: true, nonWorkingDayRule: 'next', reminderOffsets: null };

async function refused(method: 'POST' | 'PUT', path: string, data: Record<string, unknown>, rule: string, message: RegExp) {
  const res = await api(method, path, { data });
  expect(res.status).toBe(400);
  expect(res.body.error.details.rule).toBe(rule);
  expect(errorMessage(res)).toMatch(message);
}

const dashboard = async () => {
  const res = await http('GET', '/admin/reports/dashboard', undefined, { Authorization: `Bearer ${process.env.TEST_ADMIN_TOKEN}` });
  expect(res.status).toBe(200);
  return res.body.data;
};

beforeAll(async () => {
  await smtp.start();
  await drainOutbox();
  const settings = (await api('GET', '/deadline-setting')).body.data;
  if (settings) original = { martialLaw: settings.martialLaw, nonWorkingDayRule: settings.nonWorkingDayRule, reminderOffsets: settings.reminderOffsets };
  const department = await createDepartment();
  head = await createStaff(department, 'Марченко Ірина Петрівна');
  executor = await createStaff(department, 'Бондар Олег Вікторович');
  executorEmail = (await api('GET', `/staff-members/${executor}`)).body.data.email;
  expect((await api('PUT', `/departments/${department}`, { data: { head } })).status).toBe(200);
});

afterAll(async () => {
  await setDeadlineSettings(original);
  await smtp.stop();
});

describe('rule 3: dueAt is the statutory term, the previous/none setting gives a control date (Civil Code Art. 254(5))', () => {
  afterEach(() => setDeadlineSettings({ nonWorkingDayRule: 'next', reminderOffsets: [3, 1] }));

  it('keeps dueAt on Monday 23.03.2026 and the control date on Friday 20.03.2026; lateness and reminders follow each', async () => {
    await setDeadlineSettings({ nonWorkingDayRule: 'previous', reminderOffsets: [3, 1] });
    // received Saturday 07.03.2026: 15 days end on Sunday 22.03.2026
    const appeal = await registerAppeal({ receivedAt: '2026-03-07T08:00:00.000Z', needsAdditionalStudy: false, assignee: executor });
    expect(appeal.dueAt).toBe('2026-03-23T21:59:59.999Z');
    expect(appeal.controlDueAt).toBe('2026-03-20T21:59:59.999Z');

    await drainOutbox();
    smtp.received.length = 0;
    await runJob('reminders', '2026-03-20T07:00:00Z');
    await drainOutbox();
    expect(smtp.to(executorEmail).map((m) => m.subject)).toEqual([`Сьогодні внутрішній контрольний строк: звернення № ${appeal.registrationNumber}`]);
    expect(smtp.to(executorEmail)[0].text).toContain('контрольний строк звернення');
    expect(smtp.to(executorEmail)[0].text).toContain(': 20.03.2026. Строк за законом: 23.03.2026.');

    // answered on the statutory last day, after the control date: not late
    const answered = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Роз’яснено.', answerOutcome: 'explained', answeredAt: '2026-03-23T10:00:00.000Z' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.data.answeredLate).toBe(false);
    expect(answered.body.data.dueAt).toBe('2026-03-23T21:59:59.999Z');
  });

  it('writes no control date under the statutory rule and refuses a hand-typed one', async () => {
    const appeal = await registerAppeal({ receivedAt: '2026-03-07T08:00:00.000Z', needsAdditionalStudy: false });
    expect(appeal.dueAt).toBe('2026-03-23T21:59:59.999Z');
    expect(appeal.controlDueAt).toBeNull();
    await refused('PUT', `/appeals/${appeal.documentId}`, { controlDueAt: '2026-03-19T21:59:59.999Z' }, 'register.computed_field', /автоматично/);
  });
});

describe('rule 13: an extension end date that is not a working day moves like every term', () => {
  it('moves an extension to Sunday 12.04.2026 to the end of Monday 13.04.2026', async () => {
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', assignee: executor, applicant: { fullName: 'Гнатюк Ольга Іванівна' } });
    const res = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { extendedUntil: '2026-04-12', extensionReason: 'Потрібен висновок експерта', extensionApprovedBy: head, extensionDecidedAt: '2026-03-30T09:00:00.000Z' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.dueAt).toBe('2026-04-13T20:59:59.999Z');
  });

  it('derives the day off carried from Sunday 08.03.2026 to Monday 09.03.2026 in peacetime (Labour Code Art. 67)', async () => {
    const listed = await api('GET', '/holidays?filters[date][$eq]=2026-03-08');
    const created = listed.body.data.length ? null : await api('POST', '/holidays', { data: { date: '2026-03-08', kind: 'holiday', title: 'Міжнародний жіночий день' } });
    try {
      await setDeadlineSettings({ martialLaw: false });
      // received Saturday 21.02.2026: 15 days end on Sunday 08.03 (a holiday) → Monday 09.03 is the carried day off → Tuesday 10.03
      const peacetime = await registerAppeal({ receivedAt: '2026-02-21T08:00:00.000Z', needsAdditionalStudy: false });
      expect(peacetime.dueAt).toBe('2026-03-10T21:59:59.999Z');
      await setDeadlineSettings({ martialLaw: true });
      const wartime = await registerAppeal({ receivedAt: '2026-02-21T08:00:00.000Z', needsAdditionalStudy: false });
      expect(wartime.dueAt).toBe('2026-03-09T21:59:59.999Z');
    } finally {
      await setDeadlineSettings({ martialLaw: original.martialLaw });
      if (created) await api('DELETE', `/holidays/${created.body.data.documentId}`);
    }
  });
});

describe('rule 4: proof of the notice of an extension (Art. 20)', () => {
  const extension = () => ({ extensionReason: 'Потрібен виїзд комісії', extensionApprovedBy: head });

  it('records the moment the outbox sent the e-mail notice', async () => {
    const appeal = await registerAppeal({ receivedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(), assignee: executor });
    const until = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const res = await api('PUT', `/appeals/${appeal.documentId}`, { data: { ...extension(), extendedUntil: until } });
    expect(res.status).toBe(200);
    expect(res.body.data.applicantNotifiedOfExtensionAt).toBeNull();
    const before = Date.now();
    await drainOutbox();
    const after = Date.now();
    const notified = (await getAppeal(appeal.documentId)).applicantNotifiedOfExtensionAt;
    expect(notified).not.toBeNull();
    expect(new Date(notified).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(notified).getTime()).toBeLessThanOrEqual(after + 1000);
    expect(smtp.to('taras@example.com').some((m) => m.subject === `Строк розгляду звернення № ${appeal.registrationNumber} продовжено`)).toBe(true);
  });

  it('shows a missing notice in the dashboard and the reminders until the clerk records it', async () => {
    // received 02.03.2026, 15 days → 17.03.2026; extended on 16.03 to 10.04; the applicant has no e-mail
    const appeal = await registerAppeal({
      receivedAt: '2026-03-02T09:00:00.000Z',
      needsAdditionalStudy: false,
      assignee: executor,
      applicant: { fullName: 'Литвин Галина Петрівна', address: 'м. Дністрове, вул. Тестова, 2' },
    });
    const extended = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { ...extension(), extendedUntil: '2026-04-10', extensionDecidedAt: '2026-03-16T10:00:00.000Z' },
    });
    expect(extended.status).toBe(200);
    await drainOutbox();
    expect((await getAppeal(appeal.documentId)).applicantNotifiedOfExtensionAt).toBeNull();
    const missing = (await dashboard()).extensionNoticesMissing;
    expect(missing).toBeGreaterThanOrEqual(1);

    smtp.received.length = 0;
    await runJob('reminders', '2026-03-18T07:00:00Z');
    await drainOutbox();
    const reminder = smtp.to(executorEmail).find((m) => m.subject === `Заявника не повідомлено про продовження: звернення № ${appeal.registrationNumber}`);
    expect(reminder?.text).toContain('строк до продовження сплив 17.03.2026');

    await refused('PUT', `/appeals/${appeal.documentId}`, { applicantNotifiedOfExtensionAt: '2026-03-16T09:00:00.000Z' }, 'applicantNotifiedOfExtensionAt.before_decision', /ст\. 20/);
    const recorded = await api('PUT', `/appeals/${appeal.documentId}`, { data: { applicantNotifiedOfExtensionAt: '2026-03-16T12:00:00.000Z' } });
    expect(recorded.status).toBe(200);
    expect(recorded.body.data.applicantNotifiedOfExtensionAt).toBe('2026-03-16T12:00:00.000Z');
    expect((await dashboard()).extensionNoticesMissing).toBe(missing - 1);
    await refused('PUT', `/appeals/${appeal.documentId}`, { applicantNotifiedOfExtensionAt: null }, 'extension_notice.cannot_clear', /ст\. 20/);
  });

  it('refuses a notice of an appeal that was never extended', async () => {
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
    await refused('PUT', `/appeals/${appeal.documentId}`, { applicantNotifiedOfExtensionAt: '2026-03-03T09:00:00.000Z' }, 'extension_notice.no_extension', /ст\. 20/);
  });
});

describe('rule 10: privileged applicants (Art. 20)', () => {
  it('needs the category of a privilege; a Hero is considered by the head personally, first and reminded earlier', async () => {
    await refused(
      'POST', '/appeals',
      { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'written', appealType: 'application', authorKind: 'individual', subject: 'Пільги',
        applicant: { fullName: 'Кравець Андрій Іванович', privileged: true } },
      'privilege.category_required', /першочерговому порядку.*ст\. 20/s,
    );
    const hero = await registerAppeal({
      needsAdditionalStudy: false, assignee: executor, privilegeCategory: 'hero',
      applicant: { fullName: 'Кравець Андрій Іванович', privileged: true },
    });
    expect(hero.priority).toBe(true);
    expect(hero.personalConsiderationByHead).toBe(true);
    const veteran = await registerAppeal({ needsAdditionalStudy: false, privilegeCategory: 'combatant', applicant: { fullName: 'Бойко Василь Петрович' } });
    expect(veteran.priority).toBe(true);
    expect(veteran.personalConsiderationByHead).toBe(false);
    // a computed flag: a value sent by the caller is ignored
    const typed = await api('PUT', `/appeals/${veteran.documentId}`, { data: { personalConsiderationByHead: true } });
    expect(typed.status).toBe(200);
    expect(typed.body.data.personalConsiderationByHead).toBe(false);

    // due 17.03.2026; a privileged appeal is also reminded 3 + 2 = 5 working days ahead, on Tuesday 10.03.2026
    await drainOutbox();
    smtp.received.length = 0;
    await runJob('reminders', '2026-03-10T07:00:00Z');
    await drainOutbox();
    expect(smtp.to(executorEmail).map((m) => m.subject)).toContain(`Нагадування: 5 робочих днів до строку, звернення № ${hero.registrationNumber}`);
  });
});

describe('rule 11: a shorter term on the applicant\'s reasoned written demand (Art. 20)', () => {
  const demand = { shortenedTermDemand: 'Прошу розглянути до 10.03.2026: термін подання документів до суду.', shortenedTermDemandedAt: '2026-03-02T10:00:00.000Z' };

  it('records the demand and sets the shorter term', async () => {
    const appeal = await registerAppeal({ ...demand, shortenedUntil: '2026-03-10' });
    expect(appeal.dueAt).toBe('2026-03-10T21:59:59.999Z');
    expect(appeal.shortenedTermDemand).toBe(demand.shortenedTermDemand);
  });

  it('refuses a term longer than the statute allows, one before the demand, and one without a demand', async () => {
    // an appeal that needs additional study: its statutory term is a month, to 02.04.2026
    await refused('POST', '/appeals', { ...demand, shortenedUntil: '2026-04-03', receivedAt: '2026-03-02T09:00:00.000Z', needsAdditionalStudy: true, channel: 'written', appealType: 'application', authorKind: 'individual', subject: 'Строк', applicant: { fullName: 'Шевченко Тарас Григорович' } },
      'shortened_term.longer_than_statutory', /не пізніше 02\.04\.2026/);
    const appeal = await registerAppeal({ needsAdditionalStudy: true });
    await refused('PUT', `/appeals/${appeal.documentId}`, { ...demand, shortenedUntil: '2026-03-01' }, 'shortened_term.before_demand', /02\.03\.2026/);
    await refused('PUT', `/appeals/${appeal.documentId}`, { shortenedUntil: '2026-03-10' }, 'shortened_term.demand_required', /письмову вимогу/);
    expect((await getAppeal(appeal.documentId)).dueAt).toBe('2026-04-02T20:59:59.999Z');
  });
});
