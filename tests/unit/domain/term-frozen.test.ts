import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../src/domain/appeal/rules';
import { AppealState } from '../../../src/domain/appeal/states';
import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../src/domain/information-request/rules';
import { InformationRequestState } from '../../../src/domain/information-request/states';
import { registeredAppeal, settings } from './fixtures';
import { registeredRequest } from './information-request/fixtures';

/**
 * Once an item has left the open states, its term and whether the term was kept are a record: nothing that moves the
 * term or the measured moments changes, and answeredLate / forwardedLate are never recomputed.
 */

// The appeal: received Monday 2 February 2026 10:00 Kyiv, no additional study → 15 days → due Tuesday 17 February
// at 23:59:59.999 Kyiv (21:59:59.999Z). The answer on 18 February 09:00 Kyiv came late.
const APPEAL_DUE_15 = new Date('2026-02-17T21:59:59.999Z');
const LATE_ANSWER = new Date('2026-02-18T09:00:00+02:00');
const NOW = new Date('2026-02-20T10:00:00+02:00');

function appealIn(state: AppealState, overrides: Partial<AppealSnapshot> = {}): AppealSnapshot {
  const disposed: Partial<Record<AppealState, Partial<AppealSnapshot>>> = {
    answered: { answerText: 'Роз’яснено.', answerOutcome: 'explained', answeredAt: LATE_ANSWER },
    closed: { answerText: 'Роз’яснено.', answerOutcome: 'explained', answeredAt: LATE_ANSWER },
    forwarded: { forwardedTo: 'Київська обласна військова адміністрація', forwardedAt: new Date('2026-02-09T12:00:00+02:00') },
    returned: { returnReason: 'Не зазначено адресу (ст. 5).' },
    not_considered: { notConsideredReason: 'repeated_already_decided' },
  };
  return registeredAppeal({ needsAdditionalStudy: false, dueAt: APPEAL_DUE_15, assigneeId: 5, ...disposed[state], workflowState: state, ...overrides });
}

function updateAppeal(before: AppealSnapshot, patch: AppealPatch, now = NOW): AppealDecision {
  return decideAppealChange({ before, patch, now, settings: settings() });
}

describe('an appeal that has left consideration keeps its term as recorded (Art. 20 of Law 393/96-ВР)', () => {
  it.each(['answered', 'forwarded', 'returned', 'not_considered', 'closed'] as AppealState[])(
    'refuses to move the receipt of an appeal in «%s»',
    (state) => {
      const decision = updateAppeal(appealIn(state), { receivedAt: new Date('2026-02-04T10:00:00+02:00') });
      expect(decision).toMatchObject({ ok: false, error: expect.objectContaining({ field: 'receivedAt', rule: 'term.frozen' }) });
    },
  );

  it('names the state, the field and the article', () => {
    expect(updateAppeal(appealIn('answered'), { needsAdditionalStudy: true })).toMatchObject({
      ok: false,
      error: {
        field: 'needsAdditionalStudy',
        rule: 'term.frozen',
        message:
          'Звернення вже не розглядається (стан «надано відповідь»): строк розгляду і те, чи дотримано його, ' +
          'зафіксовано (ст. 20 Закону «Про звернення громадян»). Поле «Потребує додаткового вивчення» змінювати ' +
          'не можна — від нього залежить строк або дотримання строку.',
      },
    });
  });

  it('refuses to move the moment of the answer or of forwarding', () => {
    expect(updateAppeal(appealIn('answered'), { answeredAt: new Date('2026-02-17T09:00:00+02:00') })).toMatchObject({
      ok: false,
      error: expect.objectContaining({ field: 'answeredAt', rule: 'term.frozen' }),
    });
    expect(updateAppeal(appealIn('forwarded'), { forwardedAt: new Date('2026-02-06T12:00:00+02:00') })).toMatchObject({
      ok: false,
      error: expect.objectContaining({ field: 'forwardedAt', rule: 'term.frozen' }),
    });
  });

  it('refuses an extension decided after the appeal was answered', () => {
    const decision = updateAppeal(appealIn('answered'), {
      extendedUntil: '2026-03-10',
      extensionReason: 'Перевірка',
      extensionApprovedById: 7,
      extensionDecidedAt: new Date('2026-02-10T10:00:00+02:00'),
    });
    expect(decision).toMatchObject({ ok: false, error: expect.objectContaining({ rule: 'extension.state_not_open' }) });
  });

  it('still lets an open appeal move its receipt, and the term follows', () => {
    const open = appealIn('in_progress');
    const decision = updateAppeal(open, { receivedAt: new Date('2026-02-04T10:00:00+02:00') });
    expect(decision).toEqual({ ok: true, set: { priority: false, dueAt: new Date('2026-02-19T21:59:59.999Z') } });
  });

  it('records lateness on answering, and closing a late answer writes no lateness again', () => {
    const answered = updateAppeal(appealIn('in_progress'), {
      workflowState: 'answered',
      answerText: 'Роз’яснено.',
      answerOutcome: 'explained',
      answeredAt: LATE_ANSWER,
    });
    expect(answered).toEqual({ ok: true, set: { workflowState: 'answered', priority: false, answeredLate: true } });
    expect(updateAppeal(appealIn('answered'), { workflowState: 'closed' })).toEqual({
      ok: true,
      set: { workflowState: 'closed', priority: false },
    });
  });

  it('overwrites a typed due instant of a closed appeal with the recorded one and leaves lateness alone', () => {
    const decision = updateAppeal(appealIn('closed'), { dueAt: new Date('2026-03-02T21:59:59.999Z') } as AppealPatch);
    expect(decision).toEqual({ ok: true, set: { priority: false, dueAt: APPEAL_DUE_15 } });
  });
});

// The request: received Monday 2 February 2026 10:00 Kyiv; 5 working days → due Monday 9 February, 21:59:59.999Z.
const REQUEST_DUE = new Date('2026-02-09T21:59:59.999Z');

function requestIn(state: InformationRequestState): InformationRequestSnapshot {
  const disposed: Partial<Record<InformationRequestState, Partial<InformationRequestSnapshot>>> = {
    answered: { answerText: 'Надсилаємо копію.', answerOutcome: 'provided', answeredAt: new Date('2026-02-10T09:00:00+02:00') },
    closed: { answerText: 'Надсилаємо копію.', answerOutcome: 'provided', answeredAt: new Date('2026-02-10T09:00:00+02:00') },
    refused: {
      refusalGround: 'restricted',
      refusalExplanation: 'Персональні дані третьої особи.',
      answeredAt: new Date('2026-02-05T09:00:00+02:00'),
    },
    forwarded: {
      forwardedTo: 'Київська обласна військова адміністрація',
      forwardedAt: new Date('2026-02-04T12:00:00+02:00'),
      requesterNotifiedOfForwardingAt: new Date('2026-02-04T12:00:00+02:00'),
    },
  };
  return registeredRequest({ dueAt: REQUEST_DUE, assigneeId: 5, ...disposed[state], workflowState: state });
}

function updateRequest(before: InformationRequestSnapshot, patch: InformationRequestPatch): InformationRequestDecision {
  return decideInformationRequestChange({ before, patch, now: NOW, settings: settings() });
}

describe('a public information request that has left consideration keeps its term as recorded (Art. 20 of Law 2939-VI)', () => {
  it.each(['answered', 'refused', 'forwarded', 'closed'] as InformationRequestState[])(
    'refuses to make a request in «%s» urgent or to move its receipt',
    (state) => {
      expect(updateRequest(requestIn(state), { urgent: true, urgencyGround: 'life_or_freedom', urgencyJustification: 'Загроза життю' })).toMatchObject({
        ok: false,
        error: expect.objectContaining({ field: 'urgent', rule: 'term.frozen' }),
      });
      expect(updateRequest(requestIn(state), { receivedAt: new Date('2026-02-03T10:00:00+02:00') })).toMatchObject({
        ok: false,
        error: expect.objectContaining({ field: 'receivedAt', rule: 'term.frozen' }),
      });
    },
  );

  it('names the state, the field and the article', () => {
    const decision = updateRequest(requestIn('answered'), { answeredAt: new Date('2026-02-09T09:00:00+02:00') });
    expect(decision).toMatchObject({
      ok: false,
      error: {
        field: 'answeredAt',
        rule: 'term.frozen',
        message:
          'Запит уже не розглядається (стан «надано відповідь»): строк розгляду і те, чи дотримано його, зафіксовано ' +
          '(ст. 20 Закону «Про доступ до публічної інформації»). Поле «Дата відповіді» змінювати не можна — від нього ' +
          'залежить строк або дотримання строку.',
      },
    });
  });

  it('refuses to move the moment of forwarding', () => {
    expect(updateRequest(requestIn('forwarded'), { forwardedAt: new Date('2026-02-03T12:00:00+02:00') })).toMatchObject({
      ok: false,
      error: expect.objectContaining({ field: 'forwardedAt', rule: 'term.frozen' }),
    });
  });

  it('closing a late answer writes no lateness again', () => {
    expect(updateRequest(requestIn('answered'), { workflowState: 'closed' })).toEqual({ ok: true, set: { workflowState: 'closed' } });
  });
});
