import { api } from './support/client';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';
import { TestSmtp, drainOutbox, notificationsTo, runJob } from './support/smtp';

const smtp = new TestSmtp();
let n = 0;
const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}${(n++).toString(36)}@example.com`;

async function staffEmail(documentId: string): Promise<string> {
  return (await api('GET', `/staff-members/${documentId}`)).body.data.email;
}

beforeAll(async () => {
  await smtp.start();
  await drainOutbox();
});
afterAll(() => smtp.stop());

describe('e-mail notifications through a real SMTP server', () => {
  it('tells the applicant about registration, extension and the answer, and the assignee about the assignment', async () => {
    const department = await createDepartment();
    const executor = await createStaff(department, 'Коваленко Петро Іванович');
    const head = await createStaff(department);
    // only the head of the appeal's department may approve an extension
    expect((await api('PUT', `/departments/${department}`, { data: { head } })).status).toBe(200);
    const applicant = uniqueEmail('applicant');
    const appeal = await registerAppeal({ channel: 'email', assignee: executor, applicant: { fullName: 'Шевченко Тарас Григорович', email: applicant } });
    const extended = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { extendedUntil: '2026-04-16', extensionReason: 'Потрібен виїзд комісії', extensionApprovedBy: head, extensionDecidedAt: '2026-03-25T10:00:00.000Z' },
    });
    expect(extended.status).toBe(200);
    const answered = await api('PUT', `/appeals/${appeal.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Тротуар відремонтовано.\nДякуємо за звернення.', answerOutcome: 'satisfied', answeredAt: '2026-04-10T10:00:00.000Z' },
    });
    expect(answered.status).toBe(200);

    const queued = await notificationsTo(applicant);
    expect(queued.map((r) => [r.template, r.deliveryState])).toEqual([['acknowledgment', 'pending'], ['extension_notice', 'pending'], ['answer', 'pending']]);
    await drainOutbox();

    const number = appeal.registrationNumber;
    const toApplicant = smtp.to(applicant);
    expect(toApplicant.map((m) => m.subject)).toEqual([
      `Ваше звернення зареєстровано: № ${number}`,
      `Строк розгляду звернення № ${number} продовжено`,
      `Відповідь на звернення № ${number}`,
    ]);
    expect(toApplicant[0].from).toBe('"Міська рада" <zvernennia@example.gov.ua>');
    expect(toApplicant[0].text).toContain('Шановний(а) Шевченко Тарас Григорович!');
    expect(toApplicant[0].text).toContain(`зареєстровано 02.03.2026 за № ${number}`);
    expect(toApplicant[0].text).toContain('не пізніше 02.04.2026 (ст. 20 Закону України «Про звернення громадян»)');
    expect(toApplicant[0].html).toContain('<p>Шановний(а) Шевченко Тарас Григорович!</p>');
    expect(toApplicant[1].text).toContain('продовжено до 16.04.2026 (ст. 20 Закону України «Про звернення громадян»)');
    expect(toApplicant[1].text).toContain('Причина: Потрібен виїзд комісії');
    expect(toApplicant[2].text).toContain('Тротуар відремонтовано.');
    expect(toApplicant[2].text).toContain('від 10.04.2026');

    const toExecutor = smtp.to(await staffEmail(executor));
    expect(toExecutor.map((m) => m.subject)).toEqual([`Вам доручено звернення № ${number}`]);
    expect(toExecutor[0].text).toContain('Коваленко Петро Іванович, вам доручено звернення');
    expect(toExecutor[0].text).toContain('Строк: 02.04.2026.');
    expect((await notificationsTo(applicant)).map((r) => r.deliveryState)).toEqual(['sent', 'sent', 'sent']);
  });

  it('tells the requester that the request was forwarded to the holder (Art. 22(3)), and sends nothing to an anonymous author', async () => {
    const requester = uniqueEmail('requester');
    const created = await api('POST', '/information-requests', {
      data: { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', requester: { fullName: 'Запитувач Тест', email: requester }, requestText: 'Прошу надати копію рішення.' },
    });
    expect(created.status).toBe(201);
    const request = created.body.data;
    const forwarded = await api('PUT', `/information-requests/${request.documentId}`, {
      data: { workflowState: 'forwarded', forwardedTo: 'Держгеокадастр', forwardedAt: '2026-03-04T09:00:00.000Z', requesterNotifiedOfForwardingAt: '2026-03-04T09:00:00.000Z' },
    });
    expect(forwarded.status).toBe(200);
    const anonymous = uniqueEmail('anonymous');
    await registerAppeal({ authorKind: 'anonymous', applicant: { email: anonymous } });
    await drainOutbox();

    const mails = smtp.to(requester);
    expect(mails.map((m) => m.subject)).toEqual([
      `Ваш запит на інформацію зареєстровано: № ${request.registrationNumber}`,
      `Ваш запит на інформацію № ${request.registrationNumber} надіслано за належністю`,
    ]);
    expect(mails[0].text).toContain('не пізніше 09.03.2026 (ст. 20 Закону України «Про доступ до публічної інформації»)');
    expect(mails[1].text).toContain('надіслано: Держгеокадастр.');
    expect(mails[1].text).toContain('(ч. 3 ст. 22 Закону України «Про доступ до публічної інформації»)');
    expect(smtp.to(anonymous)).toEqual([]);
    expect(await notificationsTo(anonymous)).toEqual([]);
  });

  it('keeps messages pending with the error while SMTP is down, then delivers each exactly once; staff retry failed ones', async () => {
    await smtp.stop();
    const applicant = uniqueEmail('down');
    const appeal = await registerAppeal({ applicant: { fullName: 'Бойко Олена', email: applicant } });
    const run = await runJob('outbox');
    expect(run.sent).toBe(0);
    expect(run.retrying).toBeGreaterThanOrEqual(1);
    const [row] = await notificationsTo(applicant);
    expect(row.deliveryState).toBe('pending');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(new Date(row.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 30_000);

    await smtp.start();
    expect((await runJob('outbox')).sent).toBe(0); // the backoff has not elapsed yet
    await drainOutbox(new Date(Date.now() + 10 * 60_000));
    await drainOutbox(new Date(Date.now() + 60 * 60_000));
    expect(smtp.to(applicant).map((m) => m.subject)).toEqual([`Ваше звернення зареєстровано: № ${appeal.registrationNumber}`]);
    const [sent] = await notificationsTo(applicant);
    expect(sent.deliveryState).toBe('sent');
    expect(sent.attempts).toBe(2);

    // After the last attempt (8 in tests) a message is failed with its error, and waits for staff to retry it.
    await smtp.stop();
    const other = uniqueEmail('retry');
    await registerAppeal({ applicant: { fullName: 'Бойко Олена', email: other } });
    const day = 24 * 60 * 60_000;
    for (let attempt = 1; attempt <= 8; attempt++) await runJob('outbox', new Date(Date.now() + attempt * day));
    const [failed] = await notificationsTo(other);
    expect([failed.deliveryState, failed.attempts, failed.nextAttemptAt]).toEqual(['failed', 8, null]);
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    await smtp.start();
    await runJob('outbox', new Date(Date.now() + 30 * day));
    expect(smtp.to(other)).toEqual([]);
    const retried = await api('POST', `/notifications/${failed.documentId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.data).toEqual({ documentId: failed.documentId, deliveryState: 'pending', attempts: 0 });
    await drainOutbox();
    expect(smtp.to(other)).toHaveLength(1);
    expect((await notificationsTo(other))[0].deliveryState).toBe('sent');
    const again = await api('POST', `/notifications/${failed.documentId}/retry`);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe('Лист уже надіслано: повторювати нічого.');
    const unknown = await api('POST', '/notification-jobs/everything');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^Невідоме завдання «everything»/);
  });
});
