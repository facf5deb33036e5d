import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../src/domain/appeal/rules';
import { registeredAppeal, settings } from './fixtures';

// Received Monday 2 February 2026; due Monday 2 March; the 45-day limit is Thursday 19 March.
const NOW = new Date('2026-02-25T10:00:00+02:00');
const APPROVAL: AppealPatch = { extensionReason: 'Потрібна перевірка на місці', extensionApprovedById: 7 };

function inProgress(overrides: Partial<AppealSnapshot> = {}): AppealSnapshot {
  return registeredAppeal({ workflowState: 'in_progress', assigneeId: 3, ...overrides });
}

function extended(until: string, dueAt: string): AppealSnapshot {
  return inProgress({ ...APPROVAL, extendedUntil: until, dueAt: new Date(dueAt) } as Partial<AppealSnapshot>);
}

function update(before: AppealSnapshot, patch: AppealPatch): AppealDecision {
  return decideAppealChange({ before, patch, now: NOW, settings: settings() });
}

function ruleOf(decision: AppealDecision): string | null {
  return decision.ok ? null : decision.error.rule;
}

describe('extending the term (Art. 20)', () => {
  it('moves the due instant to the end of the chosen day and requires telling the applicant', () => {
    expect(update(inProgress(), { extendedUntil: '2026-03-12', ...APPROVAL })).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-12T21:59:59.999Z'), extensionNoticeRequired: true, extensionDecidedAt: NOW },
    });
  });

  it('accepts the current due date itself and refuses an earlier one', () => {
    expect(update(inProgress(), { extendedUntil: '2026-03-02', ...APPROVAL }).ok).toBe(true);
    const earlier = update(inProgress(), { extendedUntil: '2026-03-01', ...APPROVAL });
    expect(earlier).toMatchObject({
      ok: false,
      error: {
        field: 'extendedUntil',
        rule: 'extension.before_current_due',
        message:
          'Продовжений строк не може бути коротшим за чинний: строк розгляду спливає 02.03.2026 ' +
          '(ст. 20 Закону «Про звернення громадян»). Оберіть дату не раніше 02.03.2026.',
      },
    });
  });

  it('needs the reasons and the approving head', () => {
    expect(ruleOf(update(inProgress(), { extendedUntil: '2026-03-12', extensionApprovedById: 7 }))).toBe(
      'extension.reason_required',
    );
    expect(ruleOf(update(inProgress(), { extendedUntil: '2026-03-12', extensionReason: 'Перевірка' }))).toBe(
      'extension.approver_required',
    );
  });

  it('is possible only while the appeal is open', () => {
    const answered = registeredAppeal({
      workflowState: 'answered',
      answerText: 'Відповідь',
      answerOutcome: 'explained',
      answeredAt: new Date('2026-02-20T10:00:00+02:00'),
    });
    const decision = update(answered, { extendedUntil: '2026-03-12', ...APPROVAL });
    expect(ruleOf(decision)).toBe('extension.state_not_open');
    expect(decision.ok === false && decision.error.message).toContain('«надано відповідь»');
    expect(
      ruleOf(
        update(inProgress(), {
          extendedUntil: '2026-03-12',
          ...APPROVAL,
          workflowState: 'answered',
          answerText: 'Відповідь',
          answerOutcome: 'explained',
        }),
      ),
    ).toBe('extension.state_not_open');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(ruleOf(update(inProgress(), { extendedUntil: '2026-02-30', ...APPROVAL }))).toBe('extension.invalid_date');
    expect(ruleOf(update(inProgress(), { extendedUntil: '12.03.2026', ...APPROVAL }))).toBe('extension.invalid_date');
  });

  it('may be moved later but not earlier, and never cleared', () => {
    const before = extended('2026-03-10', '2026-03-10T21:59:59.999Z');
    // Sunday 15 March: the extended term ends on Monday 16 March (Civil Code Art. 254(5)).
    expect(update(before, { extendedUntil: '2026-03-15' })).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-16T21:59:59.999Z'), extensionNoticeRequired: true, extensionDecidedAt: NOW },
    });
    expect(ruleOf(update(before, { extendedUntil: '2026-03-05' }))).toBe('extension.before_current_due');
    const cleared = update(before, { extendedUntil: null });
    expect(cleared).toMatchObject({ ok: false, error: expect.objectContaining({ rule: 'extension.cannot_clear' }) });
    expect(cleared.ok === false && cleared.error.message).toContain('10.03.2026');
    expect(ruleOf(update(before, { extendedUntil: '' }))).toBe('extension.cannot_clear');
    expect(update(before, { extendedUntil: '2026-03-10' })).toEqual({ ok: true, set: { priority: false } });
  });

  it('keeps an extension in force when the receipt date is corrected, if it still fits the 45 days', () => {
    const before = extended('2026-03-19', '2026-03-19T21:59:59.999Z');
    // received 3 February: limit 20 March — the extension still fits, the due instant stays
    expect(update(before, { receivedAt: new Date('2026-02-03T10:00:00+02:00') })).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-19T21:59:59.999Z') },
    });
    // received 1 February: limit 18 March — 19 March no longer fits
    const refused = update(before, { receivedAt: new Date('2026-02-01T10:00:00+02:00') });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        field: 'extendedUntil',
        rule: 'extension.over_45_days',
        message:
          'Продовження строку понад 45 днів заборонено (ст. 20 Закону «Про звернення громадян»). ' +
          'Оберіть дату не пізніше 18.03.2026.',
      },
    });
    // ...unless the extension is corrected in the same change
    expect(
      update(before, { receivedAt: new Date('2026-02-01T10:00:00+02:00'), extendedUntil: '2026-03-18' }),
    ).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-18T21:59:59.999Z'), extensionNoticeRequired: true, extensionDecidedAt: NOW },
    });
  });

  it('keeps the extended due instant when the need for study changes', () => {
    const before = extended('2026-03-12', '2026-03-12T21:59:59.999Z');
    expect(update(before, { needsAdditionalStudy: false })).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-12T21:59:59.999Z') },
    });
  });

  it('judges a later answer against the extended term', () => {
    const before = extended('2026-03-12', '2026-03-12T21:59:59.999Z');
    const answeredAt = new Date('2026-03-10T10:00:00+02:00');
    const decision = decideAppealChange({
      before,
      patch: { workflowState: 'answered', answerText: 'Відповідь', answerOutcome: 'satisfied', answeredAt },
      now: new Date('2026-03-10T12:00:00+02:00'),
      settings: settings(),
    });
    expect(decision).toEqual({ ok: true, set: { workflowState: 'answered', priority: false, answeredLate: false } });
  });
});
