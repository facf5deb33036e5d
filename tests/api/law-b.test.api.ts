import { api } from './support/client';
import { createDepartment, createStaff, getAppeal, registerAppeal, expectAppealRefused as expectRefused } from './support/fixtures';

async function put(documentId: string, data: Record<string, unknown>) {
  const res = await api('PUT', `/appeals/${documentId}`, { data });
  if (res.status !== 200) throw new Error(`update: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

describe('issue 14 rules 5–9: how an appeal was disposed of, as a record (Law 393/96-ВР)', () => {
  let head: string;
  let department: string;

  beforeAll(async () => {
    department = await createDepartment();
    head = await createStaff(department, 'Марченко Ірина Петрівна');
    expect((await api('PUT', `/departments/${department}`, { data: { head } })).status).toBe(200);
  });

  describe('rule 5 — return (Art. 5) and forwarding (Art. 7)', () => {
    // received 02.03.2026 11:00 Kyiv (UTC+2): ten days end at 23:59:59.999 on 12.03.2026 Kyiv = 21:59:59.999Z
    it('records the moment of return and whether it was later than 10 days, then freezes it', async () => {
      const onTime = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
      const kept = await put(onTime.documentId, { workflowState: 'returned', returnReason: 'Не зазначено адресу (ст. 5).', returnedAt: '2026-03-12T21:59:59.999Z' });
      expect(kept.returnedAt).toBe('2026-03-12T21:59:59.999Z');
      expect(kept.returnedLate).toBe(false);

      const late = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
      const missed = await put(late.documentId, { workflowState: 'returned', returnReason: 'Не зазначено адресу (ст. 5).', returnedAt: '2026-03-12T22:00:00.000Z' });
      expect(missed.returnedLate).toBe(true);
      await expectRefused(late.documentId, { returnedAt: '2026-03-05T09:00:00.000Z' }, 'term.frozen', /Дата повернення автору/);
      const closed = await put(late.documentId, { workflowState: 'closed' });
      expect(closed.returnedLate).toBe(true);
      expect(closed.returnedAt).toBe('2026-03-12T22:00:00.000Z');
    });

    it('defaults the moment of return to now', async () => {
      const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
      const before = Date.now();
      const returned = await put(appeal.documentId, { workflowState: 'returned', returnReason: 'Без підпису.' });
      expect(new Date(returned.returnedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(returned.returnedLate).toBe(true);
    });

    it('refuses to forward a complaint to the body whose decision it challenges, and records the notice to the author', async () => {
      const complaint = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', appealType: 'complaint' });
      const forward = { workflowState: 'forwarded', forwardedTo: 'Управління ЖКГ міської ради', forwardedAt: '2026-03-04T09:00:00.000Z' };
      await expectRefused(complaint.documentId, forward, 'forwarded.challenged_body_required', /ч\. 4 ст\. 7/);
      await put(complaint.documentId, { challengedBody: 'Управління ЖКГ міської ради' });
      await expectRefused(complaint.documentId, { ...forward, forwardedTo: 'управління  ЖКГ міської ради' }, 'forwarded.to_challenged_body', /Забороняється направляти скарги громадян.*ч\. 4 ст\. 7/s);
      await expectRefused(
        complaint.documentId,
        { ...forward, forwardedTo: 'Виконавчий комітет міської ради', forwardingNoticeAt: '2026-03-04T08:00:00.000Z' },
        'forwarded.notice_before_forwarding',
        /ч\. 3 ст\. 7/,
      );
      const forwarded = await put(complaint.documentId, { ...forward, forwardedTo: 'Виконавчий комітет міської ради', forwardingNoticeAt: '2026-03-04T09:30:00.000Z' });
      expect(forwarded.workflowState).toBe('forwarded');
      expect(forwarded.forwardingNoticeAt).toBe('2026-03-04T09:30:00.000Z');
      expect(forwarded.forwardedLate).toBe(false);
    });
  });

  describe('rule 6 — the term of a complaint (Art. 17)', () => {
    const notConsidered = () => ({ workflowState: 'not_considered', notConsideredReason: 'complaint_term_missed', notConsideredDecidedBy: head, department });

    it('allows complaint_term_missed only for a complaint whose dates show the term passed', async () => {
      const application = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', challengedDecisionOn: '2024-01-10' });
      await expectRefused(application.documentId, notConsidered(), 'complaint_term.not_complaint', /ст\. 8, 17/);

      const inTime = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', appealType: 'complaint', challengedDecisionOn: '2025-06-10', learnedOfDecisionOn: '2026-02-10' });
      await expectRefused(inTime.documentId, notConsidered(), 'complaint_term.not_missed', /не пізніше одного місяця з часу ознайомлення/);

      const missed = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', appealType: 'complaint', challengedDecisionOn: '2025-06-10', learnedOfDecisionOn: '2026-01-20' });
      const decided = await put(missed.documentId, notConsidered());
      expect(decided.workflowState).toBe('not_considered');
      expect(decided.notConsideredReason).toBe('complaint_term_missed');
      expect(decided.notConsideredDecidedAt).toEqual(expect.any(String));
    });

    it('considers a complaint whose term was restored for a recorded reason', async () => {
      const complaint = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', appealType: 'complaint', challengedDecisionOn: '2024-01-10' });
      await expectRefused(complaint.documentId, { complaintTermRestored: true }, 'complaint_term.restore_reason_required', /поважних причин/);
      const restored = await put(complaint.documentId, { complaintTermRestored: true, complaintTermRestoreReason: 'Стаціонарне лікування, довідка додана' });
      expect(restored.complaintTermRestored).toBe(true);
      await expectRefused(complaint.documentId, notConsidered(), 'complaint_term.restored', /поновлено/);
    });

    it('refuses dates out of order', async () => {
      const res = await api('POST', '/appeals', {
        data: {
          receivedAt: '2026-03-02T09:00:00.000Z', channel: 'written', appealType: 'complaint', authorKind: 'individual',
          applicant: { fullName: 'Шевченко Тарас Григорович' }, subject: 'Скарга', challengedDecisionOn: '2026-02-10', learnedOfDecisionOn: '2026-02-01',
        },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.rule).toBe('complaint.learned_before_decision');
    });
  });

  describe('rule 7 — repeated and duplicate appeals (Art. 8, Instruction 348)', () => {
    let first: any;
    beforeAll(async () => {
      first = await registerAppeal({ receivedAt: '2026-02-02T09:00:00.000Z', applicant: { fullName: 'Франко Іван Якович' } });
      await put(first.documentId, { workflowState: 'answered', answerText: 'Питання вирішено.', answerOutcome: 'satisfied', answeredAt: '2026-02-12T09:00:00.000Z' });
    });

    it('does not consider a repeated appeal only with the link to the earlier one decided on the merits and who decided', async () => {
      const bare = await registerAppeal({ applicant: { fullName: 'Франко Іван Якович' }, recurrence: 'repeated' });
      await expectRefused(bare.documentId, { workflowState: 'not_considered', notConsideredReason: 'repeated_already_decided', notConsideredDecidedBy: head, department }, 'repeated.earlier_required', /ст\. 8/);

      const other = await registerAppeal({ recurrence: 'repeated', earlierAppeal: first.documentId });
      await expectRefused(other.documentId, { workflowState: 'not_considered', notConsideredReason: 'repeated_already_decided', notConsideredDecidedBy: head, department }, 'repeated.other_applicant', /від одного і того ж громадянина/);

      const repeated = await registerAppeal({ applicant: { fullName: 'Франко Іван Якович' }, recurrence: 'repeated', earlierAppeal: first.documentId });
      await expectRefused(repeated.documentId, { workflowState: 'not_considered', notConsideredReason: 'repeated_already_decided' }, 'not_considered.decided_by_required', /керівник/);
      const decided = await put(repeated.documentId, {
        workflowState: 'not_considered', notConsideredReason: 'repeated_already_decided', notConsideredDecidedBy: head, department,
        notConsideredDecidedAt: '2026-03-03T09:00:00.000Z', notConsideredNoticeAt: '2026-03-04T09:00:00.000Z',
      });
      expect(decided).toEqual(expect.objectContaining({ workflowState: 'not_considered', notConsideredDecidedAt: '2026-03-03T09:00:00.000Z', notConsideredNoticeAt: '2026-03-04T09:00:00.000Z' }));
      const populated = await api('GET', `/appeals/${repeated.documentId}?populate[0]=earlierAppeal&populate[1]=notConsideredDecidedBy`);
      expect(populated.body.data.earlierAppeal.documentId).toBe(first.documentId);
      expect(populated.body.data.notConsideredDecidedBy.documentId).toBe(head);
    });

    it('refuses a link to an appeal without a consistent recurrence', async () => {
      const res = await api('POST', '/appeals', { data: { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'written', appealType: 'application', authorKind: 'individual', applicant: { fullName: 'Франко Іван Якович' }, subject: 'Знову', earlierAppeal: first.documentId } });
      expect(res.status).toBe(400);
      expect(res.body.error.details.rule).toBe('recurrence.inconsistent');
    });

    it('gives a duplicate the first appeal’s index with its own number after a slash', async () => {
      const duplicateOf = (n: number) => registerAppeal({ applicant: { fullName: 'Франко Іван Якович' }, recurrence: 'duplicate', earlierAppeal: first.documentId, subject: `Дублет ${n}` });
      const one = await duplicateOf(1);
      const two = await duplicateOf(2);
      expect(one.registrationNumber).toBe(`${first.registrationNumber}/1`);
      expect(two.registrationNumber).toBe(`${first.registrationNumber}/2`);
      const res = await api('POST', '/appeals', { data: { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'written', appealType: 'application', authorKind: 'individual', applicant: { fullName: 'Франко Іван Якович' }, subject: 'Дублет', recurrence: 'duplicate' } });
      expect(res.status).toBe(400);
      expect(res.body.error.details.rule).toBe('duplicate.first_required');
    });
  });

  describe('rule 8 — an anonymous report of corruption or a crime is not buried', () => {
    it('registers it open, routed to the authorised person, and lets it be forwarded to the police', async () => {
      const plain = await registerAppeal({ authorKind: 'anonymous', applicant: null });
      expect(plain.workflowState).toBe('not_considered');
      const report = await registerAppeal({ authorKind: 'anonymous', applicant: null, reportsOffence: 'corruption', channel: 'website' });
      expect(report.workflowState).not.toBe('not_considered');
      expect(report.notConsideredReason).toBeNull();
      expect(report.registrationNumber).toMatch(/^БП-/);
      expect(report.routingReason).toContain('повідомлення про корупцію та злочини');
      await expectRefused(report.documentId, { workflowState: 'not_considered', notConsideredReason: 'anonymous' }, 'anonymous.offence_report', /Про запобігання корупції/);
      const forwarded = await put(report.documentId, { workflowState: 'forwarded', forwardedTo: 'Національна поліція України', forwardedAt: '2026-03-03T09:00:00.000Z' });
      expect(forwarded.workflowState).toBe('forwarded');
    });
  });

  describe('rule 9 — a refusal is reasoned (Arts. 15, 19)', () => {
    it('needs the reasons and the legal basis, and pre-fills how to appeal', async () => {
      const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
      const answer = { workflowState: 'answered', answerText: 'У задоволенні відмовлено.', answerOutcome: 'rejected', answeredAt: '2026-03-10T09:00:00.000Z' };
      await expectRefused(appeal.documentId, answer, 'refusal.reasons_required', /мотивів відмови.*ч\. 3 ст\. 15/s);
      await expectRefused(appeal.documentId, { ...answer, refusalReasons: 'Тротуар не є комунальною власністю.' }, 'refusal.legal_basis_required', /посиланням на Закон/);
      const answered = await put(appeal.documentId, { ...answer, refusalReasons: 'Тротуар не є комунальною власністю.', refusalLegalBasis: 'ст. 60 Закону «Про місцеве самоврядування в Україні»' });
      expect(answered.refusalAppealProcedure).toBe('Рішення може бути оскаржене до вищого органу або суду відповідно до статті 16 Закону України "Про звернення громадян".');
      const edited = await put(appeal.documentId, { refusalAppealProcedure: 'Оскаржується до виконавчого комітету або до суду (ст. 16).' });
      expect(edited.refusalAppealProcedure).toBe('Оскаржується до виконавчого комітету або до суду (ст. 16).');
    });
  });

  describe('a recorded correction by the head (issue 14 rule 2, LAW.md «Виправлення»)', () => {
    let executor: string;
    let appeal: any;
    beforeAll(async () => {
      executor = await createStaff(department, 'Ковальчук Наталія Андріївна');
      // registered as received 02.03.2026 by mistake (really 03.03.2026), no additional study: 15 days
      appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', assignee: executor, needsAdditionalStudy: false });
      // 15 days from 02.03 end on 17.03.2026 23:59:59.999 Kyiv = 21:59:59.999Z; the answer of 18.03 10:00 Kyiv is late.
      const answered = await put(appeal.documentId, { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'explained', answeredAt: '2026-03-18T08:00:00.000Z' });
      expect(answered.answeredLate).toBe(true);
    });

    const correction = (extra: Record<string, unknown> = {}) => ({
      register: 'appeal', itemDocumentId: appeal.documentId, field: 'receivedAt', newValue: '2026-03-03T09:00:00.000Z',
      reason: 'У реєстраційній картці дату надходження внесено помилково: штамп вхідної кореспонденції — 03.03.2026', correctedBy: head, ...extra,
    });

    it('is refused without a reason, and for someone who is not a head', async () => {
      const before = await getAppeal(appeal.documentId);
      const noReason = await api('POST', '/term-corrections', { data: correction({ reason: ' ' }) });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.details.rule).toBe('correction.reason_required');
      const notHead = await api('POST', '/term-corrections', { data: correction({ correctedBy: executor }) });
      expect(notHead.status).toBe(403);
      expect(notHead.body.error.details.rule).toBe('correction.approver_not_head');
      expect(await getAppeal(appeal.documentId)).toEqual(before);
      const plainEdit = await api('PUT', `/appeals/${appeal.documentId}`, { data: { receivedAt: '2026-03-03T09:00:00.000Z' } });
      expect(plainEdit.status).toBe(400);
      expect(plainEdit.body.error.details.rule).toBe('term.frozen');
    });

    it('applies the new value, recomputes the term and the lateness, and the audit trail shows a correction', async () => {
      const res = await api('POST', '/term-corrections', { data: correction() });
      expect(res.status).toBe(201);
      expect(res.body.data).toEqual(expect.objectContaining({
        register: 'appeal', field: 'receivedAt', oldValue: '2026-03-02T09:00:00.000Z', newValue: '2026-03-03T09:00:00.000Z',
        registrationNumber: appeal.registrationNumber, correctedAt: expect.any(String),
      }));
      const corrected = await getAppeal(appeal.documentId);
      expect(corrected.receivedAt).toBe('2026-03-03T09:00:00.000Z');
      // 15 days from 03.03 end on 18.03.2026 23:59:59.999 Kyiv: the answer of 18.03 10:00 was in time.
      expect(corrected.dueAt).toBe('2026-03-18T21:59:59.999Z');
      expect(corrected.answeredLate).toBe(false);
      const trail = await api('GET', `/audit-entries?filters[recordDocumentId][$eq]=${appeal.documentId}&sort=occurredAt:desc`);
      expect(trail.status).toBe(200);
      const entry = trail.body.data.find((e: any) => e.action === 'correction');
      expect(entry).toBeDefined();
      expect(entry.changedFields).toContain('receivedAt');
      expect(entry.changedFields).toContain('answeredLate');
      const edit = await api('PUT', `/term-corrections/${res.body.data.documentId}`, { data: { reason: 'інша' } });
      expect(edit.status).toBe(400);
      expect(edit.body.error.details.rule).toBe('correction.read_only');
    });
  });
});
