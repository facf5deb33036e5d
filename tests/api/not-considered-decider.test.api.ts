import { api, errorMessage } from './support/client';
import { createDepartment, createStaff, expectAppealRefused, registerAppeal } from './support/fixtures';

/**
 * Art. 8 of Law 393/96-ВР: «Рішення про припинення розгляду такого звернення приймає керівник органу … або його
 * заступник». The decider named on the appeal must head its department or a parent department.
 */
describe('who decided not to consider an appeal (Art. 8)', () => {
  let parent: string;
  let department: string;
  let parentHead: string;
  let head: string;
  let specialist: string;
  let otherHead: string;

  beforeAll(async () => {
    parent = await createDepartment();
    department = await createDepartment(undefined, parent);
    const other = await createDepartment();
    parentHead = await createStaff(parent, 'Гордієнко Олена Василівна');
    head = await createStaff(department, 'Марченко Ірина Петрівна');
    specialist = await createStaff(department, 'Ковальчук Наталія Андріївна');
    otherHead = await createStaff(other, 'Ткаченко Дмитро Сергійович');
    for (const [id, h] of [[parent, parentHead], [department, head], [other, otherHead]]) {
      expect((await api('PUT', `/departments/${id}`, { data: { head: h } })).status).toBe(200);
    }
  });

  const notConsidered = (decider: string) => ({ workflowState: 'not_considered', notConsideredReason: 'incapable_person', notConsideredDecidedBy: decider });

  it('refuses a specialist and the head of an unrelated department with 400 naming Art. 8, leaving the appeal as it was', async () => {
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', department });
    await expectAppealRefused(appeal.documentId, notConsidered(specialist), 'not_considered.decider_not_head', /лише керівник органу або його заступник \(ст\. 8 Закону України «Про звернення громадян»\)/);
    await expectAppealRefused(appeal.documentId, notConsidered(otherHead), 'not_considered.decider_not_head', /ст\. 8/);
    expect((await api('GET', `/appeals/${appeal.documentId}`)).body.data.workflowState).toBe('registered');
  });

  it('accepts the head of the appeal\'s department and the head of its parent department', async () => {
    const byHead = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', department });
    const res = await api('PUT', `/appeals/${byHead.documentId}`, { data: notConsidered(head) });
    expect(res.status).toBe(200);
    expect(res.body.data.workflowState).toBe('not_considered');
    const byParentHead = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', department });
    const res2 = await api('PUT', `/appeals/${byParentHead.documentId}?populate[0]=notConsideredDecidedBy`, { data: notConsidered(parentHead) });
    expect(res2.status).toBe(200);
    expect(res2.body.data.notConsideredDecidedBy.documentId).toBe(parentHead);
  });

  it('accepts the deputy head of the department for both of the head\'s decisions (Arts. 8, 20: «керівник … або його заступник»)', async () => {
    const deputy = await createStaff(department, 'Лисенко Віра Олегівна');
    expect((await api('PUT', `/departments/${department}`, { data: { deputyHead: deputy } })).status).toBe(200);
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', department });
    const res = await api('PUT', `/appeals/${appeal.documentId}?populate[0]=notConsideredDecidedBy`, { data: notConsidered(deputy) });
    expect(res.status).toBe(200);
    expect([res.body.data.workflowState, res.body.data.notConsideredDecidedBy.documentId]).toEqual(['not_considered', deputy]);

    // a month from 02.03.2026 (needs additional study) ends 02.04.2026; extended to 16.04.2026 by the deputy on 20.03.2026
    const extended = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', department, needsAdditionalStudy: true });
    const extension = { extendedUntil: '2026-04-16', extensionReason: 'Потрібне обстеження будинку комісією.', extensionDecidedAt: '2026-03-20T09:00:00.000Z' };
    const bySpecialist = await api('PUT', `/appeals/${extended.documentId}`, { data: { ...extension, extensionApprovedBy: specialist } });
    expect(bySpecialist.status).toBe(403);
    expect(bySpecialist.body.error.details.rule).toBe('extension.approver_not_head');
    expect(errorMessage(bySpecialist)).toBe('Погодити продовження строку може лише керівник підрозділу, якому доручено звернення (або вищого підрозділу), його заступник чи керуючий справами.');
    const byDeputy = await api('PUT', `/appeals/${extended.documentId}?populate[0]=extensionApprovedBy`, { data: { ...extension, extensionApprovedBy: deputy } });
    expect(byDeputy.status).toBe(200);
    expect([byDeputy.body.data.dueAt, byDeputy.body.data.extensionApprovedBy.documentId]).toEqual(['2026-04-16T20:59:59.999Z', deputy]);
    expect((await api('PUT', `/departments/${department}`, { data: { deputyHead: null } })).status).toBe(200);
  });

  it('uses the executor\'s department when the appeal names none', async () => {
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', assignee: specialist });
    await expectAppealRefused(appeal.documentId, notConsidered(otherHead), 'not_considered.decider_not_head', /ст\. 8/);
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: notConsidered(head) })).status).toBe(200);
  });

  it('asks for the department when neither a department nor an executor is known', async () => {
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z' });
    const res = await api('PUT', `/appeals/${appeal.documentId}`, { data: notConsidered(head) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.rule).toBe('not_considered.department_unknown');
    expect(errorMessage(res)).toMatch(/Спочатку вкажіть підрозділ або виконавця звернення.*ст\. 8/);
  });

  it('refuses replacing the decider of a decided appeal with someone who is not a head', async () => {
    const appeal = await registerAppeal({ receivedAt: '2026-03-02T09:00:00.000Z', department });
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: notConsidered(head) })).status).toBe(200);
    await expectAppealRefused(appeal.documentId, { notConsideredDecidedBy: specialist }, 'not_considered.decider_not_head', /ст\. 8/);
  });

  it('leaves an anonymous appeal, not considered by the law itself, without a decider', async () => {
    const anonymous = await registerAppeal({ authorKind: 'anonymous', applicant: null });
    expect(anonymous.workflowState).toBe('not_considered');
    expect(anonymous.notConsideredReason).toBe('anonymous');
  });
});
