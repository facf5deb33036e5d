import { api } from './support/client';
import { createDepartment, createStaff, registerAppeal, registerRequest } from './support/fixtures';
import { notificationsTo, runJob } from './support/smtp';

/**
 * The outbox rows the reminder sweep writes in the database (src/jobs/notifications/outbox-sweep.ts), column by
 * column: what the templates render and the sender reads, the idempotency key, the item columns and the Strapi
 * columns (document id, timestamps).
 */

async function email(staff: string): Promise<string> {
  return (await api('GET', `/staff-members/${staff}`)).body.data.email;
}

async function setHead(department: string, head: string): Promise<void> {
  const res = await api('PUT', `/departments/${department}`, { data: { head } });
  expect(res.status).toBe(200);
}

describe('reminder sweep outbox rows', () => {
  it('writes a reminder and the escalations of an appeal with every column, each address once', async () => {
    const parent = await createDepartment('Департамент (рядки черги)');
    const department = await createDepartment('Відділ (рядки черги)', parent);
    const executor = await createStaff(department, 'Савченко Ірина Олегівна');
    const head = await createStaff(department, 'Мельник Андрій Петрович');
    await setHead(department, head);
    await setHead(parent, executor); // the parent's head is the executor: escalated to once, not twice
    const appeal = await registerAppeal({ needsAdditionalStudy: false, assignee: executor, department, subject: 'Освітлення двору' });
    expect(appeal.dueAt).toBe('2026-03-17T21:59:59.999Z');
    const [executorEmail, headEmail] = await Promise.all([email(executor), email(head)]);
    const number = appeal.registrationNumber;
    const item = { kind: 'appeal', registrationNumber: number, subject: 'Освітлення двору', dueAt: '2026-03-17T21:59:59.999Z', receivedAt: '2026-03-02T09:00:00.000Z' };

    expect((await runJob('reminders', '2026-03-12T07:00:00Z')).ran).toBe(true);
    const [reminder, ...others] = (await notificationsTo(executorEmail)).filter((r) => r.template !== 'assignment');
    expect(others).toEqual([]);
    expect(reminder).toMatchObject({
      recipient: executorEmail,
      template: 'reminder',
      subject: `Нагадування: 3 робочі дні до строку, звернення № ${number}`,
      data: { item, workingDaysLeft: 3 },
      idempotencyKey: `appeal:${appeal.documentId}:reminder_3:2026-03-17:${executorEmail}`,
      itemType: 'appeal',
      itemDocumentId: appeal.documentId,
      registrationNumber: number,
      deliveryState: 'pending',
      attempts: 0,
      nextAttemptAt: '2026-03-12T07:00:00.000Z',
      createdAt: '2026-03-12T07:00:00.000Z',
      updatedAt: '2026-03-12T07:00:00.000Z',
    });
    expect(reminder.data.item).not.toHaveProperty('controlDueAt');
    expect(reminder.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);

    expect((await runJob('reminders', '2026-03-18T07:00:00Z')).ran).toBe(true);
    expect((await runJob('reminders', '2026-03-18T07:00:00Z')).result).toEqual({ queued: 0 });
    const escalations = [...(await notificationsTo(executorEmail)), ...(await notificationsTo(headEmail))].filter((r) => r.template === 'overdue_escalation');
    expect(escalations.map((r) => r.recipient)).toEqual([executorEmail, headEmail]);
    for (const row of escalations) {
      expect(row).toMatchObject({
        subject: `Прострочено: звернення № ${number}`,
        data: { item, assigneeName: 'Савченко Ірина Олегівна', departmentName: 'Відділ (рядки черги)' },
        idempotencyKey: `appeal:${appeal.documentId}:overdue:2026-03-17:${row.recipient}`,
        itemType: 'appeal',
        itemDocumentId: appeal.documentId,
        registrationNumber: number,
        deliveryState: 'pending',
        createdAt: '2026-03-18T07:00:00.000Z',
      });
    }
    expect(new Set(escalations.map((r) => r.documentId)).size).toBe(2);
  });

  it('writes the due-day reminder of an information request: no subject, no control date', async () => {
    const department = await createDepartment();
    const executor = await createStaff(department);
    const request = await registerRequest({ assignee: executor, department });
    const executorEmail = await email(executor);
    const dueDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date(request.dueAt));
    expect(dueDay).toMatch(/^2026-03-\d\d$/);

    const run = await runJob('reminders', `${dueDay}T07:00:00Z`);
    expect(run.ran).toBe(true);
    const rows = (await notificationsTo(executorEmail)).filter((r) => r.template !== 'assignment');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipient: executorEmail,
      template: 'due_today',
      subject: `Сьогодні останній день строку: запит на інформацію № ${request.registrationNumber}`,
      data: { item: { kind: 'information_request', registrationNumber: request.registrationNumber, subject: null, dueAt: request.dueAt, receivedAt: '2026-03-02T09:00:00.000Z' } },
      idempotencyKey: `information_request:${request.documentId}:due_today:${dueDay}:${executorEmail}`,
      itemType: 'information_request',
      itemDocumentId: request.documentId,
      registrationNumber: request.registrationNumber,
    });
    expect(Object.keys(rows[0].data).sort()).toEqual(['item']);
    expect(rows[0].data.item).not.toHaveProperty('controlDueAt');
  });
});
