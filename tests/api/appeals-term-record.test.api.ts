import { api, errorMessage } from './support/client';
import { createDepartment, createStaff, getAppeal, registerAppeal } from './support/fixtures';

/** A refusal: 400, the named rule, a message naming the article, and the appeal exactly as it was. */
async function expectRefused(documentId: string, data: Record<string, unknown>, rule: string, message: RegExp) {
  const before = await getAppeal(documentId);
  const res = await api('PUT', `/appeals/${documentId}`, { data });
  expect(res.status).toBe(400);
  expect(res.body.error.details.rule).toBe(rule);
  expect(errorMessage(res)).toMatch(message);
  expect(await getAppeal(documentId)).toEqual(before);
}

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
});
