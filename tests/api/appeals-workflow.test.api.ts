import { api, errorMessage } from './support/client';
import { createDepartment, createStaff, getAppeal, registerAppeal } from './support/fixtures';

async function expectRefusedUnchanged(documentId: string, data: Record<string, unknown>, message: RegExp) {
  const stored = await getAppeal(documentId);
  const res = await api('PUT', `/appeals/${documentId}`, { data });
  expect(res.status).toBe(400);
  expect(errorMessage(res)).toMatch(message);
  expect(await getAppeal(documentId)).toEqual(stored);
}

describe('appeal workflow', () => {
  let head: string;
  let executor: string;
  let department: string;

  beforeAll(async () => {
    department = await createDepartment();
    head = await createStaff(department, 'Марченко Ірина Петрівна');
    executor = await createStaff(department, 'Ковальчук Наталія Андріївна');
    // an extension is approved by the head of the executor's department (src/domain/access/extension-approval.ts)
    expect((await api('PUT', `/departments/${department}`, { data: { head } })).status).toBe(200);
  });

  it('moves registered → assigned (with an executor) → in_progress → answered → closed', async () => {
    const a = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
    await expectRefusedUnchanged(a.documentId, { workflowState: 'assigned' }, /виконав/i);
    const assigned = await api('PUT', `/appeals/${a.documentId}`, { data: { workflowState: 'assigned', assignee: executor } });
    expect(assigned.status).toBe(200);
    expect(assigned.body.data.workflowState).toBe('assigned');
    const progress = await api('PUT', `/appeals/${a.documentId}`, { data: { workflowState: 'in_progress' } });
    expect(progress.body.data.workflowState).toBe('in_progress');
    const answered = await api('PUT', `/appeals/${a.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Тротуар відремонтовано.', answerOutcome: 'satisfied', answeredAt: '2026-03-20T10:00:00.000Z' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.data.answeredLate).toBe(false);
    const closed = await api('PUT', `/appeals/${a.documentId}`, { data: { workflowState: 'closed' } });
    expect(closed.body.data.workflowState).toBe('closed');
    await expectRefusedUnchanged(a.documentId, { workflowState: 'in_progress' }, /closed|знято|не можна|недопуст/i);
    await expectRefusedUnchanged(a.documentId, { answerText: 'Інший текст' }, /відповід/i);
  });

  it('registers with an executor straight into assigned', async () => {
    const a = await registerAppeal({ assignee: executor });
    expect(a.workflowState).toBe('assigned');
  });

  it('refuses transitions outside the table', async () => {
    const a = await registerAppeal();
    await expectRefusedUnchanged(a.documentId, { workflowState: 'closed' }, /стан|перехід/i);
  });

  it('refuses an answer without text or outcome, and records a late answer', async () => {
    const a = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', needsAdditionalStudy: false });
    await expectRefusedUnchanged(a.documentId, { workflowState: 'answered', answerOutcome: 'explained', answerText: '   ' }, /текст/i);
    await expectRefusedUnchanged(a.documentId, { workflowState: 'answered', answerText: 'Роз’яснено.' }, /результат/i);
    const late = await api('PUT', `/appeals/${a.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Роз’яснено.', answerOutcome: 'explained', answeredAt: '2026-03-18T08:00:00.000Z' },
    });
    expect(late.status).toBe(200);
    expect(late.body.data.answeredLate).toBe(true);
  });

  it('needs an Art. 8 reason to stop consideration', async () => {
    // Art. 8: the earlier appeal of the same citizen, answered on the merits
    const first = await registerAppeal({ receivedAt: '2026-02-02T09:00:00.000Z' });
    const answered = await api('PUT', `/appeals/${first.documentId}`, {
      data: { workflowState: 'answered', answerText: 'Ремонт тротуару заплановано.', answerOutcome: 'explained', answeredAt: '2026-02-10T09:00:00.000Z' },
    });
    expect(answered.status).toBe(200);
    const a = await registerAppeal({ recurrence: 'repeated', earlierAppeal: first.documentId });
    await expectRefusedUnchanged(a.documentId, { workflowState: 'not_considered' }, /ст\. 8|підстав/i);
    const res = await api('PUT', `/appeals/${a.documentId}`, {
      data: { workflowState: 'not_considered', notConsideredReason: 'repeated_already_decided', notConsideredDecidedBy: head, department },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.notConsideredReason).toBe('repeated_already_decided');
  });

  it('needs the target body to forward, and records forwarding later than 5 days (Art. 7) as late', async () => {
    const a = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
    await expectRefusedUnchanged(a.documentId, { workflowState: 'forwarded' }, /орган|кому|куди/i);
    const late = await api('PUT', `/appeals/${a.documentId}`, {
      data: { workflowState: 'forwarded', forwardedTo: 'Головне управління Держгеокадастру', forwardedAt: '2026-03-10T09:00:00.000Z' },
    });
    expect(late.status).toBe(200);
    expect(late.body.data.forwardedLate).toBe(true);
    const b = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
    const onTime = await api('PUT', `/appeals/${b.documentId}`, {
      data: { workflowState: 'forwarded', forwardedTo: 'Управління Пенсійного фонду', forwardedAt: '2026-03-06T09:00:00.000Z' },
    });
    expect(onTime.body.data.forwardedLate).toBe(false);
  });

  it('needs an explanation to return an appeal to its author (Art. 5)', async () => {
    const a = await registerAppeal();
    await expectRefusedUnchanged(a.documentId, { workflowState: 'returned' }, /поясн|ст\. 5/i);
    const res = await api('PUT', `/appeals/${a.documentId}`, { data: { workflowState: 'returned', returnReason: 'Не викладено суть питання.' } });
    expect(res.body.data.workflowState).toBe('returned');
  });

  describe('extension (Art. 20)', () => {
    // received 02.03.2026: one month → 02.04.2026; the 45-day limit → 16.04.2026
    let appeal: any;
    beforeEach(async () => {
      appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', assignee: executor });
    });

    it('accepts an extension up to the 45-day limit; the due date follows it and the applicant must be told', async () => {
      const res = await api('PUT', `/appeals/${appeal.documentId}`, {
        data: { extendedUntil: '2026-04-16', extensionReason: 'Потрібен виїзд комісії', extensionApprovedBy: head, extensionDecidedAt: '2026-03-25T10:00:00.000Z' },
      });
      expect(res.status).toBe(200);
      expect(res.body.data.extendedUntil).toBe('2026-04-16');
      expect(res.body.data.dueAt).toBe('2026-04-16T20:59:59.999Z');
      expect(res.body.data.extensionNoticeRequired).toBe(true);
    });

    it('refuses an extension past 45 days, naming the statute', async () => {
      await expectRefusedUnchanged(
        appeal.documentId,
        { extendedUntil: '2026-04-17', extensionReason: 'Потрібен виїзд комісії', extensionApprovedBy: head },
        /45.*ст\. 20|ст\. 20.*45/s,
      );
    });

    it('refuses an extension earlier than the current due date, without a reason, or without the approving head', async () => {
      await expectRefusedUnchanged(appeal.documentId, { extendedUntil: '2026-04-01', extensionReason: 'Причина', extensionApprovedBy: head }, /раніш|не може/i);
      await expectRefusedUnchanged(appeal.documentId, { extendedUntil: '2026-04-10', extensionApprovedBy: head }, /підстав|причин/i);
      await expectRefusedUnchanged(appeal.documentId, { extendedUntil: '2026-04-10', extensionReason: 'Причина' }, /керівник|погод/i);
    });

    it('refuses an extension once the appeal is no longer open', async () => {
      await api('PUT', `/appeals/${appeal.documentId}`, { data: { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'explained', answeredAt: '2026-03-10T09:00:00.000Z' } });
      await expectRefusedUnchanged(appeal.documentId, { extendedUntil: '2026-04-10', extensionReason: 'Причина', extensionApprovedBy: head }, /розгляд|відкрит|заверш/i);
    });
  });

  it('lists overdue appeals (open and past due), derived at request time', async () => {
    const overdue = await registerAppeal({ receivedAt: '2026-01-05T09:00:00.000Z', needsAdditionalStudy: false, subject: 'Прострочене звернення' });
    const answered = await registerAppeal({ receivedAt: '2026-01-05T09:00:00.000Z', needsAdditionalStudy: false });
    await api('PUT', `/appeals/${answered.documentId}`, { data: { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'explained', answeredAt: '2026-01-10T09:00:00.000Z' } });
    const future = await registerAppeal({ receivedAt: new Date(Date.now() - 60_000).toISOString() });
    const res = await api('GET', '/appeals/overdue?pagination[pageSize]=100');
    expect(res.status).toBe(200);
    const ids = res.body.data.map((a: any) => a.documentId);
    expect(ids).toContain(overdue.documentId);
    expect(ids).not.toContain(answered.documentId);
    expect(ids).not.toContain(future.documentId);
    for (const item of res.body.data) {
      expect(['registered', 'assigned', 'in_progress']).toContain(item.workflowState);
      expect(new Date(item.dueAt).getTime()).toBeLessThan(Date.now());
    }
  });
});
