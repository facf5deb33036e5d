import { checkCorrection, correctionValueText } from '../../../src/domain/register/correction';
import { decideAppealChange } from '../../../src/domain/appeal/rules';
import { registeredAppeal, settings } from './fixtures';

const NOW = new Date('2026-03-20T10:00:00+02:00');
const base = {
  register: 'appeal', field: 'receivedAt', newValue: new Date('2026-02-03T10:00:00+02:00'), reason: 'У картці помилково вказано 02.02 замість 03.02',
  correctedById: 7, itemOpen: false, oldValue: new Date('2026-02-02T10:00:00+02:00'), now: NOW,
};

describe('a recorded correction of a frozen term field (issue 14 rule 2)', () => {
  it('needs a reason, who corrects, a frozen item and a real new value', () => {
    expect(checkCorrection(base)).toBeNull();
    expect(checkCorrection({ ...base, reason: '  ' })?.rule).toBe('correction.reason_required');
    expect(checkCorrection({ ...base, correctedById: null })?.rule).toBe('correction.corrected_by_required');
    expect(checkCorrection({ ...base, itemOpen: true })?.rule).toBe('correction.item_open');
    expect(checkCorrection({ ...base, field: 'subject' })?.rule).toBe('correction.field_not_correctable');
    expect(checkCorrection({ ...base, register: 'information_request', field: 'returnedAt' })?.rule).toBe('correction.field_not_correctable');
    expect(checkCorrection({ ...base, register: 'petition' })?.rule).toBe('correction.register_unknown');
    expect(checkCorrection({ ...base, newValue: null })?.rule).toBe('correction.value_invalid');
    expect(checkCorrection({ ...base, newValue: new Date('2026-03-20T10:06:00+02:00') })?.rule).toBe('correction.value_in_future');
    expect(checkCorrection({ ...base, newValue: new Date('2026-02-02T10:00:00+02:00') })?.rule).toBe('correction.value_unchanged');
    expect(checkCorrection({ ...base, field: 'needsAdditionalStudy', newValue: 'так', oldValue: true })?.rule).toBe('correction.value_invalid');
    expect(checkCorrection({ ...base, field: 'needsAdditionalStudy', newValue: false, oldValue: true })).toBeNull();
  });

  it('writes values as ISO instants or true/false', () => {
    expect(correctionValueText(new Date('2026-02-03T08:00:00.000Z'))).toBe('2026-02-03T08:00:00.000Z');
    expect(correctionValueText(false)).toBe('false');
    expect(correctionValueText(null)).toBeNull();
  });

  it('lifts the freeze of the corrected field only, and recomputes the term and the lateness', () => {
    // Answered 03.03.2026 10:00: late against the term from 02.02 (due 02.03), in time against the term from 03.02.
    const answered = registeredAppeal({
      workflowState: 'closed', answerText: 'Відповідь', answerOutcome: 'explained', answeredAt: new Date('2026-03-03T10:00:00+02:00'),
    });
    const patch = { receivedAt: new Date('2026-02-03T10:00:00+02:00') };
    const refused = decideAppealChange({ before: answered, patch, now: NOW, settings: settings() });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ rule: 'term.frozen', field: 'receivedAt' }) , errors: [expect.objectContaining({ rule: 'term.frozen', field: 'receivedAt' })]});
    const corrected = decideAppealChange({ before: answered, patch, now: NOW, settings: settings(), correction: { field: 'receivedAt' } });
    // The month from 03.02.2026 ends on 03.03.2026 (Tuesday) at 23:59:59.999 Kyiv: the answer of 03.03 10:00 was in time.
    expect(corrected).toEqual({ ok: true, set: expect.objectContaining({ dueAt: new Date('2026-03-03T21:59:59.999Z'), answeredLate: false }) });
    const other = decideAppealChange({ before: answered, patch: { ...patch, answeredAt: new Date('2026-03-01T10:00:00+02:00') }, now: NOW, settings: settings(), correction: { field: 'receivedAt' } });
    expect(other).toEqual({ ok: false, error: expect.objectContaining({ rule: 'closed.answer_locked', field: 'answeredAt' }), errors: [expect.objectContaining({ rule: 'closed.answer_locked', field: 'answeredAt' })] });
  });

  it('recomputes whether a return was late when its moment is corrected', () => {
    const returned = registeredAppeal({ workflowState: 'returned', returnReason: 'Без адреси', returnedAt: new Date('2026-02-13T09:00:00+02:00') });
    const corrected = decideAppealChange({
      before: returned, patch: { returnedAt: new Date('2026-02-12T09:00:00+02:00') }, now: NOW, settings: settings(), correction: { field: 'returnedAt' },
    });
    expect(corrected).toEqual({ ok: true, set: expect.objectContaining({ returnedLate: false }) });
  });
});
