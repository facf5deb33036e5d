import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { registeredRequest, settings } from './fixtures';

// Received Mon 2 February 2026 10:00 Kyiv; 5 working days end Mon 9 February; the notice of an extension is due by then.
const NOW = new Date('2026-02-06T12:00:00+02:00');
const NOTICE = new Date('2026-02-05T16:00:00+02:00');

function update(before: InformationRequestSnapshot, patch: InformationRequestPatch, now = NOW): InformationRequestDecision {
  return decideInformationRequestChange({ before, patch, now, settings: settings() });
}

const inProgress = (overrides: Partial<InformationRequestSnapshot> = {}) =>
  registeredRequest({ workflowState: 'in_progress', assigneeId: 3, ...overrides });

const EXTENSION: InformationRequestPatch = {
  extendedUntil: '2026-02-20',
  extensionReason: 'Запитано копії 300 договорів за 5 років',
  requesterNotifiedOfExtensionAt: NOTICE,
};

describe('rule 14: the extension only on the grounds of Art. 20(4) of Law 2939-VI', () => {
  it('refuses an extension without a ground, naming the article and both grounds', () => {
    const decision = update(inProgress(), EXTENSION);
    expect(decision).toEqual({
      ok: false,
      error: {
        field: 'extensionGround',
        rule: 'extension.ground_required',
        message:
          'Строк розгляду запиту продовжують до 20 робочих днів лише «у разі якщо запит стосується надання великого ' +
          'обсягу інформації або потребує пошуку інформації серед значної кількості даних» (ч. 4 ст. 20 Закону ' +
          '«Про доступ до публічної інформації»). Оберіть підставу продовження: «запит стосується надання великого ' +
          'обсягу інформації» або «запит потребує пошуку інформації серед значної кількості даних»; інших підстав ' +
          'закон не передбачає.',
      }, errors: [{
        field: 'extensionGround',
        rule: 'extension.ground_required',
        message:
          'Строк розгляду запиту продовжують до 20 робочих днів лише «у разі якщо запит стосується надання великого ' +
          'обсягу інформації або потребує пошуку інформації серед значної кількості даних» (ч. 4 ст. 20 Закону ' +
          '«Про доступ до публічної інформації»). Оберіть підставу продовження: «запит стосується надання великого ' +
          'обсягу інформації» або «запит потребує пошуку інформації серед значної кількості даних»; інших підстав ' +
          'закон не передбачає.',
      }],
    });
  });

  it('refuses a ground outside the closed list', () => {
    const decision = update(inProgress(), { ...EXTENSION, extensionGround: 'staff_on_leave' });
    expect(decision.ok === false && decision.error.rule).toBe('extension.ground_required');
  });

  it('accepts each of the two grounds and extends to the end of Fri 20 February in Kyiv', () => {
    for (const extensionGround of ['large_volume', 'search_among_large_data']) {
      expect(update(inProgress(), { ...EXTENSION, extensionGround })).toEqual({
        ok: true,
        set: { workflowState: 'extended', dueAt: new Date('2026-02-20T21:59:59.999Z') },
      });
    }
  });

  it('keeps the explanation required besides the ground', () => {
    const decision = update(inProgress(), { ...EXTENSION, extensionGround: 'large_volume', extensionReason: ' ' });
    expect(decision.ok === false && decision.error.rule).toBe('extension.reason_required');
  });

  it('refuses clearing the ground of an extension in force', () => {
    const extended = inProgress({
      ...EXTENSION,
      extensionGround: 'large_volume',
      workflowState: 'extended',
      dueAt: new Date('2026-02-20T21:59:59.999Z'),
    });
    const cleared = update(extended, { extensionGround: null });
    expect(cleared.ok === false && cleared.error.rule).toBe('extension.ground_required');
    expect(update(extended, { extensionGround: 'search_among_large_data' })).toEqual({ ok: true, set: {} });
  });

  it('refuses a new ground once the request was answered (the extension is part of the frozen record)', () => {
    const answered = inProgress({
      workflowState: 'answered',
      answerText: 'Відповідь',
      answerOutcome: 'provided',
      answeredAt: new Date('2026-02-05T12:00:00+02:00'),
    });
    const decision = update(answered, { extensionGround: 'large_volume' });
    expect(decision.ok === false && decision.error.rule).toBe('extension.state_not_open');
  });
});
