import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../src/domain/appeal/rules';
import { registeredAppeal, settings } from './fixtures';

const NOW = new Date('2026-02-10T10:00:00+02:00');

const NEW_APPEAL: AppealPatch = {
  receivedAt: new Date('2026-02-02T10:00:00+02:00'),
  authorKind: 'individual',
  applicantFullName: 'Шевченко Тарас Григорович',
  channel: 'written',
};

function create(patch: AppealPatch, now = NOW): AppealDecision {
  return decideAppealChange({ before: null, patch: { ...NEW_APPEAL, ...patch }, now, settings: settings() });
}

function update(before: AppealSnapshot, patch: AppealPatch, now = NOW): AppealDecision {
  return decideAppealChange({ before, patch, now, settings: settings() });
}

function ruleOf(decision: AppealDecision): string | null {
  return decision.ok ? null : decision.error.rule;
}

describe('creating an appeal', () => {
  it('registers it with the 15-day term by default, one month once it needs additional study (Art. 20)', () => {
    expect(create({})).toEqual({
      ok: true,
      set: { workflowState: 'registered', priority: false, dueAt: new Date('2026-02-17T21:59:59.999Z') },
    });
    expect(create({ needsAdditionalStudy: true })).toEqual({
      ok: true,
      set: { workflowState: 'registered', priority: false, dueAt: new Date('2026-03-02T21:59:59.999Z') },
    });
  });

  it('gives 15 days when no additional study is needed', () => {
    expect(create({ needsAdditionalStudy: false })).toEqual({
      ok: true,
      set: { workflowState: 'registered', priority: false, dueAt: new Date('2026-02-17T21:59:59.999Z') },
    });
  });

  it('puts privileged applicants first (Art. 20)', () => {
    expect(create({ applicantPrivileged: true, privilegeCategory: 'combatant' })).toEqual(
      expect.objectContaining({ ok: true, set: expect.objectContaining({ priority: true }) }),
    );
  });

  it('accepts an explicit `registered` and refuses any later state', () => {
    expect(create({ workflowState: 'registered' }).ok).toBe(true);
    for (const state of ['assigned', 'in_progress', 'answered', 'forwarded', 'returned', 'closed'] as const) {
      expect(ruleOf(create({ workflowState: state }))).toBe('state.create_must_be_registered');
    }
    expect(ruleOf(create({ workflowState: 'archived' as never }))).toBe('state.unknown');
  });

  it('does not consider an anonymous appeal and records the Art. 8 ground', () => {
    const expected = {
      ok: true,
      set: {
        workflowState: 'not_considered',
        notConsideredReason: 'anonymous',
        priority: false,
        dueAt: new Date('2026-02-17T21:59:59.999Z'),
      },
    };
    expect(create({ authorKind: 'anonymous', applicantFullName: null })).toEqual(expected);
    expect(create({ authorKind: 'anonymous', applicantFullName: null, workflowState: 'not_considered' })).toEqual(
      expected,
    );
  });

  it('is assigned at once when an executor is given', () => {
    const decision = create({ assigneeId: 12 });
    expect(decision.ok && decision.set.workflowState).toBe('assigned');
  });

  it('refuses a registration number typed by hand; an empty one is fine', () => {
    expect(create({ registrationNumber: 'Ш-1/2026' })).toMatchObject({
      ok: false,
      error: expect.objectContaining({ field: 'registrationNumber', rule: 'registration_number.read_only' }),
    });
    expect(create({ registrationNumber: '' }).ok).toBe(true);
    expect(create({ registrationNumber: null }).ok).toBe(true);
  });

  it('requires a valid receipt moment not in the future beyond 5 minutes', () => {
    expect(ruleOf(create({ receivedAt: null }))).toBe('received_at.required');
    expect(ruleOf(create({ receivedAt: new Date('not a date') }))).toBe('received_at.invalid');
    expect(ruleOf(create({ receivedAt: new Date(NOW.getTime() + 6 * 60 * 1000) }))).toBe('received_at.in_future');
    expect(create({ receivedAt: new Date(NOW.getTime() + 4 * 60 * 1000) }).ok).toBe(true);
    const future = create({ receivedAt: new Date('2026-02-11T09:00:00+02:00') });
    expect(future.ok === false && future.error.message).toContain('11.02.2026 09:00');
  });

  it('requires the contact-center card number for the government hotline 1545', () => {
    expect(create({ channel: 'government_hotline' })).toMatchObject({
      ok: false,
      error: expect.objectContaining({ field: 'contactCenterCardNumber', rule: 'hotline.card_number_required' }),
    });
    expect(create({ channel: 'government_hotline', contactCenterCardNumber: '   ' }).ok).toBe(false);
    expect(create({ channel: 'government_hotline', contactCenterCardNumber: '1545-2026-000123' }).ok).toBe(true);
  });

  it('refuses an individual appeal without a surname (it could not be registered)', () => {
    expect(create({ applicantFullName: '  ' })).toMatchObject({
      ok: false,
      error: expect.objectContaining({ field: 'applicantFullName', rule: 'registration.surname_required' }),
    });
    expect(create({ authorKind: 'collective', applicantFullName: null }).ok).toBe(true);
  });
});

describe('updating the facts of an appeal', () => {
  it('accepts the registration number sent back unchanged and refuses a new one', () => {
    expect(update(registeredAppeal(), { registrationNumber: 'Ш-17/2026' }).ok).toBe(true);
    expect(ruleOf(update(registeredAppeal(), { registrationNumber: 'Ш-18/2026' }))).toBe('registration_number.read_only');
    expect(ruleOf(update(registeredAppeal(), { registrationNumber: null }))).toBe('registration_number.read_only');
  });

  it('recomputes the term when the receipt date changes', () => {
    // Tuesday 3 February + 1 month = Tuesday 3 March
    expect(update(registeredAppeal(), { receivedAt: new Date('2026-02-03T09:00:00+02:00') })).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-03T21:59:59.999Z') },
    });
  });

  it('recomputes the term when the need for additional study changes', () => {
    expect(update(registeredAppeal(), { needsAdditionalStudy: false })).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-02-17T21:59:59.999Z') },
    });
  });

  it('leaves the term alone on an unrelated change', () => {
    expect(update(registeredAppeal({ workflowState: 'in_progress' }), { answerText: 'Чернетка відповіді' })).toEqual({
      ok: true,
      set: { priority: false },
    });
  });

  it('replaces a hand-typed due date with the computed one', () => {
    expect(update(registeredAppeal(), { dueAt: new Date('2026-06-01T00:00:00Z') })).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-02T21:59:59.999Z') },
    });
  });

  it('fills a missing due date of a legacy record', () => {
    const decision = update(registeredAppeal({ dueAt: null }), { applicantPrivileged: true, privilegeCategory: 'combatant' });
    expect(decision).toEqual({
      ok: true,
      set: { priority: true, personalConsiderationByHead: false, personalConsiderationBasis: null, dueAt: new Date('2026-03-02T21:59:59.999Z') },
    });
  });

  it('refuses clearing the hotline card number', () => {
    const hotline = registeredAppeal({ channel: 'government_hotline', contactCenterCardNumber: '1545-1' });
    expect(ruleOf(update(hotline, { contactCenterCardNumber: '' }))).toBe('hotline.card_number_required');
    expect(ruleOf(update(registeredAppeal(), { channel: 'government_hotline' }))).toBe('hotline.card_number_required');
  });

  it('refuses moving the receipt date into the future', () => {
    expect(ruleOf(update(registeredAppeal(), { receivedAt: new Date('2026-02-12T10:00:00+02:00') }))).toBe(
      'received_at.in_future',
    );
  });
});

describe('purity', () => {
  function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const inner of Object.values(value)) deepFreeze(inner);
    }
    return value;
  }

  it('never mutates its input', () => {
    const inputs = [
      { before: null, patch: { ...NEW_APPEAL, authorKind: 'anonymous' } },
      { before: registeredAppeal(), patch: { workflowState: 'answered' as const, answerText: 'Так', answerOutcome: 'explained' } },
      { before: registeredAppeal(), patch: { workflowState: 'forwarded' as const, forwardedTo: 'ОДА' } },
      {
        before: registeredAppeal(),
        patch: { extendedUntil: '2026-03-19', extensionReason: 'Перевірка', extensionApprovedById: 7, dueAt: null },
      },
      { before: registeredAppeal(), patch: { receivedAt: new Date('2026-02-03T09:00:00+02:00') } },
    ];
    for (const { before, patch } of inputs) {
      const input = { before, patch, now: new Date(NOW), settings: settings() };
      const copy = structuredClone(input);
      const times = [NOW, before?.receivedAt, before?.dueAt].map((d) => d?.getTime());
      deepFreeze(input);
      const decision = decideAppealChange(input);
      expect(decision.ok).toBe(true);
      expect(input).toEqual(copy);
      expect([NOW, before?.receivedAt, before?.dueAt].map((d) => d?.getTime())).toEqual(times);
      expect(input.now.getTime()).toBe(NOW.getTime());
      if (decision.ok) expect(Object.values(decision.set).some((v) => v === input.now)).toBe(false);
    }
  });
});
