import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { RECEIVED_AT, registeredRequest, settings } from './fixtures';

const NOW = new Date('2026-02-06T12:00:00+02:00');

function inProgress(overrides: Partial<InformationRequestSnapshot> = {}): InformationRequestSnapshot {
  return registeredRequest({ workflowState: 'in_progress', assigneeId: 3, ...overrides });
}

function update(before: InformationRequestSnapshot, patch: InformationRequestPatch): InformationRequestDecision {
  return decideInformationRequestChange({ before, patch, now: NOW, settings: settings() });
}

function ruleOf(decision: InformationRequestDecision): string | null {
  return decision.ok ? null : decision.error.rule;
}

describe('copying and printing costs (Art. 21)', () => {
  it('may be charged only for more than 10 pages', () => {
    expect(update(inProgress(), { pages: 11, copyingCharge: 5.5 })).toEqual({ ok: true, set: {} });
    const tenPages = update(inProgress(), { pages: 10, copyingCharge: 5 });
    expect(tenPages).toMatchObject({
      ok: false,
      error: {
        field: 'copyingCharge',
        rule: 'charge.within_free_pages',
        message:
          'Фактичні витрати на копіювання та друк відшкодовуються лише за копії обсягом більш як 10 сторінок ' +
          '(ч. 2 ст. 21 Закону «Про доступ до публічної інформації»); вказано сторінок: 10. Приберіть суму плати або ' +
          'вкажіть фактичну кількість сторінок.',
      },
    });
    expect(ruleOf(update(inProgress(), { copyingCharge: 5 }))).toBe('charge.within_free_pages');
    expect(ruleOf(update(inProgress({ pages: 40, copyingCharge: 20 }), { pages: 8 }))).toBe('charge.within_free_pages');
  });

  it('are never charged for information about the requester himself (Art. 21(4))', () => {
    const decision = update(inProgress(), { pages: 40, copyingCharge: 20, aboutRequester: true });
    expect(decision.ok === false && decision.error).toEqual({
      field: 'copyingCharge',
      rule: 'charge.about_requester',
      message:
        'За надання особі інформації про себе плата за копіювання та друк не стягується (ч. 4 ст. 21 Закону ' +
        '«Про доступ до публічної інформації»). Приберіть суму плати.',
    });
    expect(ruleOf(update(inProgress({ pages: 40, copyingCharge: 20 }), { aboutRequester: true }))).toBe(
      'charge.about_requester',
    );
    expect(update(inProgress(), { pages: 40, copyingCharge: 0, aboutRequester: true }).ok).toBe(true);
  });

  it('a zero or empty charge is always allowed', () => {
    expect(update(inProgress(), { pages: 3, copyingCharge: 0 }).ok).toBe(true);
    expect(update(inProgress(), { pages: 3, copyingCharge: null }).ok).toBe(true);
    expect(update(inProgress(), { pages: 0 }).ok).toBe(true);
  });

  it('refuses a negative or unreadable charge', () => {
    expect(ruleOf(update(inProgress(), { pages: 40, copyingCharge: -1 }))).toBe('charge.negative');
    expect(ruleOf(update(inProgress(), { pages: 40, copyingCharge: Number.NaN }))).toBe('charge.invalid');
    expect(ruleOf(update(inProgress(), { pages: 40, copyingCharge: '20' as never }))).toBe('charge.invalid');
  });

  it('counts pages as a non-negative integer', () => {
    expect(ruleOf(update(inProgress(), { pages: -1 }))).toBe('charge.pages_invalid');
    expect(ruleOf(update(inProgress(), { pages: 2.5 }))).toBe('charge.pages_invalid');
    expect(ruleOf(update(inProgress(), { pages: Number.POSITIVE_INFINITY }))).toBe('charge.pages_invalid');
  });

  it('is checked at registration too', () => {
    const create = (patch: InformationRequestPatch) =>
      decideInformationRequestChange({
        before: null,
        patch: { receivedAt: RECEIVED_AT, ...patch },
        now: NOW,
        settings: settings(),
      });
    expect(ruleOf(create({ pages: 4, copyingCharge: 2 }))).toBe('charge.within_free_pages');
    expect(create({ pages: 14, copyingCharge: 2 }).ok).toBe(true);
  });
});
