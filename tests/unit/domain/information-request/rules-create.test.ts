import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { DUE_AT, RECEIVED_AT, registeredRequest, settings } from './fixtures';

// Received Monday 2 February 2026 10:00 Kyiv; registered at noon.
const NOW = new Date('2026-02-02T12:00:00+02:00');

function create(patch: InformationRequestPatch, now = NOW): InformationRequestDecision {
  return decideInformationRequestChange({ before: null, patch, now, settings: settings() });
}

function update(
  before: InformationRequestSnapshot,
  patch: InformationRequestPatch,
  now = NOW,
): InformationRequestDecision {
  return decideInformationRequestChange({ before, patch, now, settings: settings() });
}

function ruleOf(decision: InformationRequestDecision): string | null {
  return decision.ok ? null : decision.error.rule;
}

const URGENT: InformationRequestPatch = {
  urgent: true,
  urgencyGround: 'environment',
  urgencyJustification: 'Після пожежі на складі мешканці просять дані про забруднення повітря',
};

describe('creating a request', () => {
  it('registers it and computes the 5-working-day term', () => {
    expect(create({ receivedAt: RECEIVED_AT })).toEqual({
      ok: true,
      set: { workflowState: 'registered', dueAt: new Date('2026-02-09T21:59:59.999Z') },
    });
  });

  it('is assigned when registered with an executor', () => {
    expect(create({ receivedAt: RECEIVED_AT, assigneeId: 12 })).toEqual({
      ok: true,
      set: { workflowState: 'assigned', dueAt: DUE_AT },
    });
    expect(create({ receivedAt: RECEIVED_AT, assigneeId: 12, workflowState: 'registered' }).ok).toBe(true);
  });

  it('cannot start in any later state', () => {
    for (const state of ['in_progress', 'extended', 'answered', 'forwarded', 'refused', 'closed'] as const) {
      expect(ruleOf(create({ receivedAt: RECEIVED_AT, workflowState: state }))).toBe('state.create_must_be_registered');
    }
    expect(ruleOf(create({ receivedAt: RECEIVED_AT, workflowState: 'assigned' }))).toBe(
      'state.create_must_be_registered',
    );
    expect(ruleOf(create({ receivedAt: RECEIVED_AT, workflowState: 'pending' as never }))).toBe('state.unknown');
  });

  it('needs a valid receipt moment', () => {
    const missing = create({});
    expect(missing.ok === false && missing.error).toEqual({
      field: 'receivedAt',
      rule: 'received_at.required',
      message:
        'Вкажіть дату і час надходження запиту: від наступного дня після неї рахуються 5 робочих днів на відповідь, ' +
        'а від самого моменту надходження — 48 годин для термінового запиту (ст. 20 Закону «Про доступ до публічної ' +
        'інформації», ст. 253 Цивільного кодексу України).',
    });
    expect(ruleOf(create({ receivedAt: new Date('not a date') }))).toBe('received_at.invalid');
  });

  it('tolerates five minutes of clock skew and refuses a later receipt moment', () => {
    expect(create({ receivedAt: new Date(NOW.getTime() + 5 * 60 * 1000) }).ok).toBe(true);
    const future = create({ receivedAt: new Date(NOW.getTime() + 5 * 60 * 1000 + 1) });
    expect(ruleOf(future)).toBe('received_at.in_future');
    expect(future.ok === false && future.error.message).toContain('Дата надходження 02.02.2026 12:05 ще не настала');
  });

  it('does not accept a registration number from outside', () => {
    expect(ruleOf(create({ receivedAt: RECEIVED_AT, registrationNumber: 'ЗІ-1/2026' }))).toBe(
      'registration_number.read_only',
    );
    expect(create({ receivedAt: RECEIVED_AT, registrationNumber: '' }).ok).toBe(true);
    expect(ruleOf(update(registeredRequest(), { registrationNumber: 'ЗІ-6/2026' }))).toBe(
      'registration_number.read_only',
    );
    expect(update(registeredRequest(), { registrationNumber: 'ЗІ-5/2026' })).toEqual({ ok: true, set: {} });
  });
});

describe('urgent requests (Art. 20(2)–(3))', () => {
  it('are due exactly 48 hours after receipt', () => {
    expect(create({ receivedAt: RECEIVED_AT, ...URGENT })).toEqual({
      ok: true,
      set: { workflowState: 'registered', dueAt: new Date('2026-02-04T08:00:00.000Z') },
    });
  });

  it('need one of the grounds of Art. 20(2)', () => {
    expect(ruleOf(create({ receivedAt: RECEIVED_AT, ...URGENT, urgencyGround: null }))).toBe('urgency.ground_required');
    expect(ruleOf(create({ receivedAt: RECEIVED_AT, ...URGENT, urgencyGround: 'journalism' }))).toBe(
      'urgency.ground_required',
    );
  });

  it("need the requester's justification (Art. 20(3))", () => {
    const decision = create({ receivedAt: RECEIVED_AT, ...URGENT, urgencyJustification: '   ' });
    expect(decision.ok === false && decision.error).toEqual({
      field: 'urgencyJustification',
      rule: 'urgency.justification_required',
      message:
        'Клопотання про термінове опрацювання запиту має бути обґрунтованим (ч. 3 ст. 20 Закону «Про доступ до ' +
        'публічної інформації»). Внесіть обґрунтування, яке навів запитувач, або зніміть позначку «Терміновий».',
    });
  });

  it('a ground without the urgent flag changes nothing', () => {
    expect(create({ receivedAt: RECEIVED_AT, urgencyGround: 'accident' })).toEqual({
      ok: true,
      set: { workflowState: 'registered', dueAt: DUE_AT },
    });
  });
});

describe('the due instant on update', () => {
  const later = new Date('2026-02-06T12:00:00+02:00');

  it('follows a corrected receipt date', () => {
    // Fri 6 February → Mon 9 … Fri 13
    expect(update(registeredRequest(), { receivedAt: new Date('2026-02-06T09:00:00+02:00') }, later)).toEqual({
      ok: true,
      set: { dueAt: new Date('2026-02-13T21:59:59.999Z') },
    });
  });

  it('follows the urgent flag both ways', () => {
    expect(update(registeredRequest(), URGENT, later)).toEqual({
      ok: true,
      set: { dueAt: new Date('2026-02-04T08:00:00.000Z') },
    });
    const urgent = registeredRequest({ ...URGENT, dueAt: new Date('2026-02-04T08:00:00.000Z') });
    expect(update(urgent, { urgent: false }, later)).toEqual({ ok: true, set: { dueAt: DUE_AT } });
    expect(ruleOf(update(urgent, { urgencyJustification: '' }, later))).toBe('urgency.justification_required');
  });

  it('replaces a hand-typed due instant with the persisted one', () => {
    expect(update(registeredRequest(), { dueAt: new Date('2026-12-31T00:00:00Z') }, later)).toEqual({
      ok: true,
      set: { dueAt: DUE_AT },
    });
  });

  it('is computed for a legacy record that has none', () => {
    expect(update(registeredRequest({ dueAt: null }), { assigneeId: null }, later)).toEqual({
      ok: true,
      set: { dueAt: DUE_AT },
    });
  });

  it('uses the calendar of the settings (peacetime holiday inside the term)', () => {
    const friday = new Date('2026-08-21T15:00:00+03:00');
    const now = new Date('2026-08-21T16:00:00+03:00');
    const inPeace = decideInformationRequestChange({
      before: null,
      patch: { receivedAt: friday },
      now,
      settings: settings(false),
    });
    expect(inPeace.ok && inPeace.set.dueAt?.toISOString()).toBe('2026-08-31T20:59:59.999Z');
    const inWar = decideInformationRequestChange({
      before: null,
      patch: { receivedAt: friday },
      now,
      settings: settings(true),
    });
    expect(inWar.ok && inWar.set.dueAt?.toISOString()).toBe('2026-08-28T20:59:59.999Z');
  });

  it('never mutates its input', () => {
    const before = registeredRequest({ workflowState: 'in_progress', assigneeId: 3 });
    const patch: InformationRequestPatch = {
      workflowState: 'answered',
      answerText: 'Надаємо копію рішення',
      answerOutcome: 'provided',
    };
    const now = new Date('2026-02-05T12:00:00+02:00');
    const snapshot = JSON.stringify({ before, patch, now });
    const decision = update(before, patch, now);
    expect(decision.ok && decision.set.answeredAt).toEqual(now);
    expect(decision.ok && decision.set.answeredAt).not.toBe(now);
    expect(JSON.stringify({ before, patch, now })).toBe(snapshot);
  });
});
