import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../src/domain/appeal/rules';
import { registeredAppeal, settings } from './fixtures';

// Received Monday 2 February 2026 at 10:00 Kyiv; the month runs out at the end of Monday 2 March in Kyiv
// (2026-03-02T21:59:59.999Z); the 45-day limit is Thursday 19 March.
const DUE = new Date('2026-03-02T21:59:59.999Z');
const APPROVAL: AppealPatch = { extensionReason: 'Потрібна перевірка на місці', extensionApprovedById: 7 };

function inProgress(overrides: Partial<AppealSnapshot> = {}): AppealSnapshot {
  return registeredAppeal({ workflowState: 'in_progress', assigneeId: 3, ...overrides });
}

function update(before: AppealSnapshot, patch: AppealPatch, now: Date): AppealDecision {
  return decideAppealChange({ before, patch, now, settings: settings() });
}

function ruleOf(decision: AppealDecision): string | null {
  return decision.ok ? null : decision.error.rule;
}

describe('the head decides an extension while the term runs (Art. 20)', () => {
  it('records the moment of the decision as now when none is given, as a copy of now', () => {
    const now = new Date('2026-02-25T10:00:00+02:00');
    const decision = update(inProgress(), { extendedUntil: '2026-03-12', ...APPROVAL }, now);
    expect(decision).toEqual({
      ok: true,
      set: {
        priority: false,
        dueAt: new Date('2026-03-12T21:59:59.999Z'),
        extensionNoticeRequired: true,
        extensionDecidedAt: new Date('2026-02-25T08:00:00.000Z'),
      },
    });
    expect(decision.ok && decision.set.extensionDecidedAt).not.toBe(now);
  });

  it('accepts an old decision entered later with its real date, up to the last millisecond of the term', () => {
    const now = new Date('2026-03-05T10:00:00+02:00');
    const atTheEnd = update(inProgress(), { extendedUntil: '2026-03-12', extensionDecidedAt: DUE, ...APPROVAL }, now);
    expect(atTheEnd).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-12T21:59:59.999Z'), extensionNoticeRequired: true },
    });
  });

  it('refuses a decision taken one millisecond after the term ran out, naming both moments and the article', () => {
    const now = new Date('2026-03-05T10:00:00+02:00');
    const late = update(
      inProgress(),
      { extendedUntil: '2026-03-12', extensionDecidedAt: new Date('2026-03-02T22:00:00.000Z'), ...APPROVAL },
      now,
    );
    expect(late).toMatchObject({
      ok: false,
      error: {
        field: 'extensionDecidedAt',
        rule: 'extension.decided_after_due',
        message:
          'Рішення про продовження строку ухвалено 03.03.2026 00:00, коли строк розгляду вже сплив ' +
          '(02.03.2026 23:59). Керівник встановлює необхідний строк, доки звернення розглядається в чинний строк ' +
          '(ст. 20 Закону «Про звернення громадян»); продовжити вже пропущений строк не можна. Якщо рішення ' +
          'ухвалено раніше, вкажіть його фактичну дату в полі «Дата рішення про продовження».',
      },
    });
  });

  it('refuses an extension typed after the term ran out without a date of decision (it defaults to now)', () => {
    const now = new Date('2026-03-03T09:00:00+02:00');
    expect(ruleOf(update(inProgress(), { extendedUntil: '2026-03-12', ...APPROVAL }, now))).toBe('extension.decided_after_due');
  });

  it('measures a further extension against the extended term in force', () => {
    const before = inProgress({
      ...APPROVAL,
      extendedUntil: '2026-03-10',
      dueAt: new Date('2026-03-10T21:59:59.999Z'),
      extensionDecidedAt: new Date('2026-02-25T10:00:00+02:00'),
    } as Partial<AppealSnapshot>);
    const now = new Date('2026-03-11T09:00:00+02:00');
    const inTime = update(before, { extendedUntil: '2026-03-15', extensionDecidedAt: new Date('2026-03-10T23:59:00+02:00') }, now);
    // Sunday 15 March: the extended term ends on Monday 16 March (Civil Code Art. 254(5)).
    expect(inTime.ok && inTime.set.dueAt).toEqual(new Date('2026-03-16T21:59:59.999Z'));
    expect(ruleOf(update(before, { extendedUntil: '2026-03-15' }, now))).toBe('extension.decided_after_due');
  });

  it('checks a corrected date of decision on its own', () => {
    const before = inProgress({
      ...APPROVAL,
      extendedUntil: '2026-03-12',
      dueAt: new Date('2026-03-12T21:59:59.999Z'),
      extensionDecidedAt: new Date('2026-02-25T10:00:00+02:00'),
    } as Partial<AppealSnapshot>);
    const now = new Date('2026-03-05T10:00:00+02:00');
    const corrected = update(before, { extensionDecidedAt: new Date('2026-02-26T15:30:00+02:00') }, now);
    // A corrected date is not a new term: the applicant is not told again.
    expect(corrected).toEqual({ ok: true, set: { priority: false, dueAt: new Date('2026-03-12T21:59:59.999Z') } });
    expect(ruleOf(update(before, { extensionDecidedAt: new Date('2026-03-13T00:00:00+02:00') }, new Date('2026-03-14T10:00:00+02:00')))).toBe(
      'extension.decided_after_due',
    );
  });

  it('refuses a date of decision in the future (beyond five minutes of clock skew) or before receipt', () => {
    const now = new Date('2026-02-25T10:00:00+02:00');
    const skewed = update(inProgress(), { extendedUntil: '2026-03-12', extensionDecidedAt: new Date('2026-02-25T10:05:00+02:00'), ...APPROVAL }, now);
    expect(skewed.ok).toBe(true);
    const future = update(inProgress(), { extendedUntil: '2026-03-12', extensionDecidedAt: new Date('2026-02-25T10:05:00.001+02:00'), ...APPROVAL }, now);
    expect(ruleOf(future)).toBe('extensionDecidedAt.in_future');
    expect(future.ok === false && future.error.message).toContain('25.02.2026 10:05');
    const early = update(inProgress(), { extendedUntil: '2026-03-12', extensionDecidedAt: new Date('2026-02-02T09:59:00+02:00'), ...APPROVAL }, now);
    expect(ruleOf(early)).toBe('extensionDecidedAt.before_receipt');
    expect(early.ok === false && early.error.message).toContain('02.02.2026 09:59');
  });
});
