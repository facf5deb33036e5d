import { decideAppealChange, type AppealPatch, type AppealSnapshot } from '../../../../src/domain/appeal/rules';
import { decideInformationRequestChange } from '../../../../src/domain/information-request/rules';
import { registeredAppeal, settings } from '../fixtures';
import { registeredRequest } from '../information-request/fixtures';

// Received Thursday 5 February 2026 10:00 Kyiv: one month ends on Thursday 5 March; 15 days on Friday 20 February;
// received Saturday 7 February 2026: 15 days end on Sunday 22 February.
const NOW = new Date('2026-02-10T10:00:00+02:00');
const NEW_APPEAL: AppealPatch = {
  receivedAt: new Date('2026-02-07T10:00:00+02:00'),
  authorKind: 'individual',
  applicantFullName: 'Шевченко Тарас Григорович',
  channel: 'written',
  needsAdditionalStudy: false,
};

const create = (rule: 'next' | 'previous' | 'none', patch: AppealPatch = {}) =>
  decideAppealChange({ before: null, patch: { ...NEW_APPEAL, ...patch }, now: NOW, settings: settings(true, rule) });

describe('the statutory term and the internal control date are two things (Civil Code Art. 254(5))', () => {
  it('keeps dueAt on Monday 23.02.2026 (15 days ending on Sunday 22.02) whatever the setting', () => {
    for (const rule of ['next', 'previous', 'none'] as const) {
      const decision = create(rule);
      expect(decision.ok && decision.set.dueAt).toEqual(new Date('2026-02-23T21:59:59.999Z'));
    }
  });

  it('writes the control date only when it differs: Friday 20.02 with `previous`, Sunday 22.02 with `none`', () => {
    const next = create('next');
    expect(next.ok && 'controlDueAt' in next.set).toBe(false);
    const previous = create('previous');
    expect(previous.ok && previous.set.controlDueAt).toEqual(new Date('2026-02-20T21:59:59.999Z'));
    const none = create('none');
    expect(none.ok && none.set.controlDueAt).toEqual(new Date('2026-02-22T21:59:59.999Z'));
  });

  it('measures lateness against the statutory term, not the control date', () => {
    const before: AppealSnapshot = registeredAppeal({
      receivedAt: new Date('2026-02-07T10:00:00+02:00'),
      needsAdditionalStudy: false,
      workflowState: 'in_progress',
      assigneeId: 3,
      dueAt: new Date('2026-02-23T21:59:59.999Z'),
      controlDueAt: new Date('2026-02-20T21:59:59.999Z'),
    });
    const answered = decideAppealChange({
      before,
      patch: { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'explained', answeredAt: new Date('2026-02-23T15:00:00+02:00') },
      now: new Date('2026-02-24T10:00:00+02:00'),
      settings: settings(true, 'previous'),
    });
    expect(answered.ok && answered.set.answeredLate).toBe(false);
  });

  it('clears a stored control date once it equals the statutory term again', () => {
    const before = registeredAppeal({
      receivedAt: new Date('2026-02-07T10:00:00+02:00'),
      needsAdditionalStudy: false,
      dueAt: new Date('2026-02-23T21:59:59.999Z'),
      controlDueAt: new Date('2026-02-20T21:59:59.999Z'),
    });
    const decision = decideAppealChange({ before, patch: { needsAdditionalStudy: true }, now: NOW, settings: settings(true, 'next') });
    // One month from Saturday 7 February: Saturday 7 March → Monday 9 March.
    expect(decision.ok && decision.set.dueAt).toEqual(new Date('2026-03-09T21:59:59.999Z'));
    expect(decision.ok && decision.set.controlDueAt).toBeNull();
  });

  it('moves an extension to Sunday 15.03.2026 to Monday 16.03.2026; the control date stays on Friday 13.03 with `previous`', () => {
    const before = registeredAppeal({ workflowState: 'in_progress', assigneeId: 3 });
    const decision = decideAppealChange({
      before,
      patch: { extendedUntil: '2026-03-15', extensionReason: 'Потрібен висновок іншого органу', extensionApprovedById: 7 },
      now: new Date('2026-02-25T10:00:00+02:00'),
      settings: settings(true, 'previous'),
    });
    expect(decision.ok && decision.set.dueAt).toEqual(new Date('2026-03-16T21:59:59.999Z'));
    expect(decision.ok && decision.set.controlDueAt).toEqual(new Date('2026-03-13T21:59:59.999Z'));
  });

  it('moves an information request extended to Saturday 28.02.2026 to Monday 02.03.2026 (Law 2939-VI Art. 20(4))', () => {
    const decision = decideInformationRequestChange({
      before: registeredRequest({ workflowState: 'in_progress', assigneeId: 3 }),
      patch: {
        extendedUntil: '2026-02-28',
        extensionGround: 'search_among_large_data',
        extensionReason: 'Запитано копії 300 договорів за 5 років: пошук серед значної кількості даних',
        requesterNotifiedOfExtensionAt: new Date('2026-02-05T16:00:00+02:00'),
      },
      now: new Date('2026-02-06T10:00:00+02:00'),
      settings: settings(true, 'previous'),
    });
    expect(decision.ok && decision.set.dueAt).toEqual(new Date('2026-03-02T21:59:59.999Z'));
    expect(decision.ok && decision.set.controlDueAt).toEqual(new Date('2026-02-27T21:59:59.999Z'));
  });
});
