import { api, errorMessage } from './support/client';
import { asSuper } from './support/admin-roles';
import { createDepartment, createStaff, registerAppeal, expectAppealRefused as expectRefused } from './support/fixtures';

describe('the term of an appeal as a record (Law 393/96-ВР Art. 20)', () => {
  let head: string;
  let executor: string;
  const extension = () => ({ extendedUntil: '2026-04-16', extensionReason: 'Потрібен виїзд комісії', extensionApprovedBy: head });

  beforeAll(async () => {
    const department = await createDepartment();
    head = await createStaff(department, 'Марченко Ірина Петрівна');
    executor = await createStaff(department, 'Ковальчук Наталія Андріївна');
    expect((await api('PUT', `/departments/${department}`, { data: { head } })).status).toBe(200);
  });

  describe('an extension is decided while the term runs', () => {
    // received 02.03.2026 11:00 Kyiv: the month runs out at 23:59:59.999 on 02.04.2026 Kyiv (UTC+3) = 20:59:59.999Z
    let appeal: any;
    beforeEach(async () => {
      appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', assignee: executor });
      expect(appeal.dueAt).toBe('2026-04-02T20:59:59.999Z');
    });

    it('accepts a decision taken at the last moment of the term, entered later with its real date', async () => {
      const res = await api('PUT', `/appeals/${appeal.documentId}`, { data: { ...extension(), extensionDecidedAt: '2026-04-02T20:59:59.999Z' } });
      expect(res.status).toBe(200);
      expect(res.body.data.extensionDecidedAt).toBe('2026-04-02T20:59:59.999Z');
      expect(res.body.data.dueAt).toBe('2026-04-16T20:59:59.999Z');
      expect(res.body.data.extensionNoticeRequired).toBe(true);
    });

    it('refuses a decision taken after the term ran out, naming Art. 20 and both moments', async () => {
      await expectRefused(
        appeal.documentId,
        { ...extension(), extensionDecidedAt: '2026-04-02T21:00:00.000Z' },
        'extension.decided_after_due',
        /03\.04\.2026 00:00.*02\.04\.2026 23:59.*ст\. 20 Закону «Про звернення громадян»/s,
      );
    });

    it('refuses an extension of a term that ran out months ago when no date of decision is given (it is now)', async () => {
      await expectRefused(appeal.documentId, extension(), 'extension.decided_after_due', /ст\. 20/);
    });

    it('refuses a date of decision before receipt or in the future', async () => {
      await expectRefused(appeal.documentId, { ...extension(), extensionDecidedAt: '2026-03-02T08:59:00.000Z' }, 'extensionDecidedAt.before_receipt', /02\.03\.2026 10:59/);
      const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
      await expectRefused(appeal.documentId, { ...extension(), extensionDecidedAt: future }, 'extensionDecidedAt.in_future', /ще не настала/);
    });
  });

  it('records now as the moment of the decision when none is given, for an appeal whose term runs', async () => {
    const appeal = await registerAppeal({ receivedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(), assignee: executor });
    const limit = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const before = Date.now();
    const res = await api('PUT', `/appeals/${appeal.documentId}`, { data: { ...extension(), extendedUntil: limit } });
    const after = Date.now();
    expect(res.status).toBe(200);
    const decidedAt = new Date(res.body.data.extensionDecidedAt).getTime();
    expect(decidedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(decidedAt).toBeLessThanOrEqual(after + 1000);
  });

  describe('once answered or forwarded, the term and its lateness are a record', () => {
    it('refuses to move the receipt, the need for study or the answer moment of a late answer, which stays late', async () => {
      // received 02.03.2026 11:00 Kyiv, 15 days → due 17.03.2026; answered 18.03.2026 → late
      const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', needsAdditionalStudy: false, assignee: executor });
      const answered = await api('PUT', `/appeals/${appeal.documentId}`, {
        data: { workflowState: 'answered', answerText: 'Роз’яснено.', answerOutcome: 'explained', answeredAt: '2026-03-18T08:00:00.000Z' },
      });
      expect(answered.status).toBe(200);
      expect(answered.body.data.answeredLate).toBe(true);
      expect(answered.body.data.dueAt).toBe('2026-03-17T21:59:59.999Z');
      const frozen = /надано відповідь.*ст\. 20 Закону «Про звернення громадян»/s;
      await expectRefused(appeal.documentId, { receivedAt: '2026-03-04T09:00:00.000Z' }, 'term.frozen', frozen);
      await expectRefused(appeal.documentId, { needsAdditionalStudy: true }, 'term.frozen', frozen);
      await expectRefused(appeal.documentId, { answeredAt: '2026-03-17T08:00:00.000Z' }, 'term.frozen', frozen);
      const closed = await api('PUT', `/appeals/${appeal.documentId}`, { data: { workflowState: 'closed' } });
      expect(closed.status).toBe(200);
      expect(closed.body.data.answeredLate).toBe(true);
      expect(closed.body.data.dueAt).toBe('2026-03-17T21:59:59.999Z');
      await expectRefused(appeal.documentId, { needsAdditionalStudy: true }, 'term.frozen', /знято з контролю/);
    });

    it('refuses to move the receipt or the forwarding moment of a forwarded appeal (Art. 7 lateness kept)', async () => {
      const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
      const forwarded = await api('PUT', `/appeals/${appeal.documentId}`, {
        data: { workflowState: 'forwarded', forwardedTo: 'Головне управління Держгеокадастру', forwardedAt: '2026-03-10T09:00:00.000Z' },
      });
      expect(forwarded.body.data.forwardedLate).toBe(true);
      await expectRefused(appeal.documentId, { receivedAt: '2026-03-06T09:00:00.000Z' }, 'term.frozen', /переслано за належністю/);
      await expectRefused(appeal.documentId, { forwardedAt: '2026-03-05T09:00:00.000Z' }, 'term.frozen', /Дата пересилання/);
    });

    it('refuses to make an answered information request urgent or to move its receipt (Law 2939-VI Art. 20)', async () => {
      const created = await api('POST', '/information-requests', {
        data: { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', requester: { fullName: 'Запитувач Тест', email: 'requester@example.com' }, requestText: 'Прошу надати копію рішення.' },
      });
      expect(created.status).toBe(201);
      const id = created.body.data.documentId;
      const answered = await api('PUT', `/information-requests/${id}`, {
        data: { workflowState: 'answered', answerText: 'Надаємо копію.', answerOutcome: 'provided', answeredAt: '2026-03-12T09:00:00.000Z' },
      });
      expect(answered.status).toBe(200);
      expect(answered.body.data.answeredLate).toBe(true);
      const stored = async () => (await api('GET', `/information-requests/${id}?populate=*`)).body.data;
      const before = await stored();
      for (const data of [
        { urgent: true, urgencyGround: 'life_or_freedom', urgencyJustification: 'Загроза життю' },
        { receivedAt: '2026-03-06T09:00:00.000Z' },
      ]) {
        const res = await api('PUT', `/information-requests/${id}`, { data });
        expect(res.status).toBe(400);
        expect(res.body.error.details.rule).toBe('term.frozen');
        expect(errorMessage(res)).toMatch(/ст\. 20 Закону «Про доступ до публічної інформації»/);
      }
      expect(await stored()).toEqual(before);
    });
  });

  it('shows the date of the decision in the admin form, in Ukrainian, right after the approving head', async () => {
    const res = await asSuper('GET', '/content-manager/content-types/api::appeal.appeal/configuration');
    expect(res.status).toBe(200);
    const { metadatas, layouts } = res.body.data.contentType;
    expect(metadatas.extensionDecidedAt.edit.label).toBe('Дата рішення про продовження');
    const rows: Array<Array<{ name: string }>> = layouts.edit;
    const rowOf = (name: string) => rows.findIndex((row) => row.some((cell) => cell.name === name));
    expect(rowOf('extensionDecidedAt')).toBe(rowOf('extensionApprovedBy') + 1);
  });
});
