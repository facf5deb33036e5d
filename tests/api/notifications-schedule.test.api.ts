import { api } from './support/client';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';
import { TestSmtp, drainOutbox, notificationsTo, runJob } from './support/smtp';

const smtp = new TestSmtp();
beforeAll(async () => {
  await smtp.start();
  await drainOutbox();
});
afterAll(() => smtp.stop());

async function email(staff: string): Promise<string> {
  return (await api('GET', `/staff-members/${staff}`)).body.data.email;
}

async function setHead(department: string, head: string): Promise<void> {
  const res = await api('PUT', `/departments/${department}`, { data: { head } });
  expect(res.status).toBe(200);
}

/**
 * An appeal received Monday 02.03.2026 without additional study is due Tuesday 17.03.2026 (15 days). With the
 * default offsets 3 and 1 the assignee is reminded on Thursday 12.03 and Monday 16.03, on the due day, and the day
 * after it is escalated to the assignee and the heads of the department and of its parent.
 */
describe('reminders, escalation and the daily digest', () => {
  it('sends each reminder once however often the job runs, escalates overdue items up the hierarchy and digests for heads', async () => {
    const parent = await createDepartment('Департамент ЖКГ (тест)');
    const department = await createDepartment('Відділ благоустрою (тест)', parent);
    const parentHead = await createStaff(parent, 'Ткаченко Дмитро Сергійович');
    const head = await createStaff(department, 'Олійник Світлана Романівна');
    await setHead(parent, parentHead);
    await setHead(department, head);
    const executor = await createStaff(department, 'Коваленко Петро Іванович');
    const appeal = await registerAppeal({ needsAdditionalStudy: false, assignee: executor, department, subject: 'Ремонт тротуару' });
    expect(appeal.dueAt).toBe('2026-03-17T21:59:59.999Z');
    await drainOutbox();
    smtp.received.length = 0;

    for (const now of ['2026-03-12T07:00:00Z', '2026-03-16T07:00:00Z', '2026-03-17T07:00:00Z', '2026-03-18T07:00:00Z']) {
      expect((await runJob('reminders', now)).ran).toBe(true);
      expect((await runJob('reminders', now)).result).toEqual({ queued: 0 }); // a rerun adds nothing
    }
    await runJob('reminders', '2026-03-13T07:00:00Z'); // 2 working days left: not a configured offset
    const digest = await runJob('digest', '2026-03-18T06:00:00Z');
    expect(digest.result.queued).toBeGreaterThanOrEqual(1);
    expect((await runJob('digest', '2026-03-18T06:00:00Z')).result).toEqual({ queued: 0 });
    await drainOutbox();

    const number = appeal.registrationNumber;
    const [executorEmail, headEmail, parentHeadEmail] = await Promise.all([email(executor), email(head), email(parentHead)]);
    expect(smtp.to(executorEmail).map((m) => m.subject)).toEqual([
      `Нагадування: 3 робочі дні до строку, звернення № ${number}`,
      `Нагадування: 1 робочий день до строку, звернення № ${number}`,
      `Сьогодні останній день строку: звернення № ${number}`,
      `Прострочено: звернення № ${number}`,
    ]);
    const [reminder, , dueToday, overdue] = smtp.to(executorEmail);
    expect(reminder.text).toContain(`До строку звернення № ${number} («Ремонт тротуару») залишилося 3 робочі дні.`);
    expect(reminder.text).toContain('Строк: 17.03.2026.');
    expect(dueToday.text).toContain('Надайте відповідь або оформіть продовження строку.');
    expect(overdue.text).toContain('строк минув 17.03.2026');
    expect(overdue.text).toContain('Виконавець: Коваленко Петро Іванович, підрозділ: Відділ благоустрою (тест).');
    expect(reminder.key).toMatch(new RegExp(`^appeal:${appeal.documentId}:reminder_3:2026-03-17:`));

    expect(smtp.to(headEmail).map((m) => m.subject)).toEqual([
      `Прострочено: звернення № ${number}`,
      'Щоденне зведення 18.03.2026: Відділ благоустрою (тест) — прострочено 1, наближається строк 0',
    ]);
    const digestMail = smtp.to(headEmail)[1];
    expect(digestMail.text).toContain('Прострочені (1):');
    expect(digestMail.text).toContain(`${number} — звернення («Ремонт тротуару»), строк 17.03.2026, виконавець: Коваленко Петро Іванович`);
    expect(smtp.to(parentHeadEmail).map((m) => m.subject)).toEqual([`Прострочено: звернення № ${number}`]);
    expect((await notificationsTo(executorEmail)).every((r) => r.deliveryState === 'sent')).toBe(true);
  });

  it('lists a privileged applicant\'s appeal first in the head\'s digest, marked (Art. 20 of Law 393/96-ВР)', async () => {
    const department = await createDepartment('Відділ (першочергово)');
    const head = await createStaff(department, 'Гнатюк Олена Петрівна');
    await setHead(department, head);
    const executor = await createStaff(department, 'Дорош Іван Іванович');
    // due 17.03.2026 and 18.03.2026: the ordinary one is due first, the privileged one is listed first
    const ordinary = await registerAppeal({ needsAdditionalStudy: false, assignee: executor, department, subject: 'Освітлення двору' });
    const privileged = await registerAppeal({
      needsAdditionalStudy: false, assignee: executor, department, subject: 'Ремонт під’їзду', receivedAt: '2026-03-03T09:00:00.000Z',
      privilegeCategory: 'combatant', applicant: { fullName: 'Бойко Василь Петрович', privileged: true },
    });
    expect([ordinary.dueAt, privileged.dueAt, privileged.priority]).toEqual(['2026-03-17T21:59:59.999Z', '2026-03-18T21:59:59.999Z', true]);
    await drainOutbox();
    smtp.received.length = 0;
    await runJob('digest', '2026-03-20T06:00:00Z');
    await drainOutbox();
    const [digest] = smtp.to(await email(head));
    expect(digest.subject).toBe('Щоденне зведення 20.03.2026: Відділ (першочергово) — прострочено 2, наближається строк 0');
    const lines = digest.text.split('\n').filter((line) => line.includes(' — '));
    expect(lines.map((line) => line.trim())).toEqual([
      `${privileged.registrationNumber} — першочергово (пільговик), звернення («Ремонт під’їзду»), строк 18.03.2026, виконавець: Дорош Іван Іванович`,
      `${ordinary.registrationNumber} — звернення («Освітлення двору»), строк 17.03.2026, виконавець: Дорош Іван Іванович`,
    ]);
  });

  it('sends no reminder for an item that is no longer open', async () => {
    const department = await createDepartment();
    const executor = await createStaff(department);
    const appeal = await registerAppeal({ needsAdditionalStudy: false, assignee: executor });
    const answered = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Роз’яснено.', answerOutcome: 'explained', answeredAt: '2026-03-10T10:00:00.000Z' },
    });
    expect(answered.status).toBe(200);
    await runJob('reminders', '2026-03-12T07:00:00Z');
    await runJob('reminders', '2026-03-18T07:00:00Z');
    const rows = await notificationsTo(await email(executor));
    expect(rows.map((r) => r.template)).toEqual(['assignment']);
  });
});
