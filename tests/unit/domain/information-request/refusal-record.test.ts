import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { DEFAULT_REFUSAL_APPEAL_PROCEDURE } from '../../../../src/domain/information-request/refusal-record';
import { checkRequestAppeals, type AppealedRequest, type RequestAppeal } from '../../../../src/domain/information-request/request-appeals';
import { DUE_AT, RECEIVED_AT, registeredRequest, settings } from './fixtures';

// Received Mon 2 February 2026 10:00 Kyiv (08:00Z); due at the end of Mon 9 February (21:59:59.999Z).
const NOW = new Date('2026-02-06T12:00:00+02:00');

function update(before: InformationRequestSnapshot, patch: InformationRequestPatch, now = NOW): InformationRequestDecision {
  return decideInformationRequestChange({ before, patch, now, settings: settings() });
}

const inProgress = () => registeredRequest({ workflowState: 'in_progress', assigneeId: 3 });
const REFUSAL: InformationRequestPatch = {
  workflowState: 'refused',
  refusalGround: 'restricted',
  refusalExplanation: 'Запитано персональні дані третьої особи.',
  refusalOfficialName: 'Коваленко Ірина Петрівна',
  refusalOfficialPosition: 'головний спеціаліст',
};

describe('rule 15: a refusal records who, when, why and how to appeal (Art. 22(4) of Law 2939-VI)', () => {
  it('records the date of the refusal and the default appeal procedure, which the clerk may replace', () => {
    expect(update(inProgress(), REFUSAL)).toEqual({
      ok: true,
      set: { workflowState: 'refused', answeredAt: NOW, answeredLate: false, refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE },
    });
    expect(DEFAULT_REFUSAL_APPEAL_PROCEDURE).toContain('ч. 1 ст. 23 Закону «Про доступ до публічної інформації»');
    const own = 'Відмову може бути оскаржено до міського голови або до Київського окружного адміністративного суду.';
    expect(update(inProgress(), { ...REFUSAL, refusalAppealProcedure: own })).toEqual({
      ok: true,
      set: { workflowState: 'refused', answeredAt: NOW, answeredLate: false },
    });
  });

  it('needs the name and the position of the person responsible for the request (п. 1 ч. 4 ст. 22)', () => {
    const noName = update(inProgress(), { ...REFUSAL, refusalOfficialName: ' ' });
    expect(noName.ok === false && noName.error).toEqual({
      field: 'refusalOfficialName',
      rule: 'refusal.official_name_required',
      message:
        'У відмові в задоволенні запиту зазначають «прізвище, ім\'я, по батькові та посад[у] особи, відповідальної за ' +
        'розгляд запиту» (п. 1 ч. 4 ст. 22 Закону «Про доступ до публічної інформації»). Вкажіть прізвище, ім\'я, по ' +
        'батькові відповідальної особи.',
    });
    const noPosition = update(inProgress(), { ...REFUSAL, refusalOfficialPosition: null });
    expect(noPosition.ok === false && noPosition.error.rule).toBe('refusal.official_position_required');
  });

  it('applies to a partial answer, which is a refusal in part', () => {
    const partial = { workflowState: 'answered' as const, answerText: 'Надаємо частину', answerOutcome: 'partially_provided' };
    const decision = update(inProgress(), { ...partial, refusalGround: 'restricted', refusalExplanation: 'Частина — службова.' });
    expect(decision.ok === false && decision.error.rule).toBe('refusal.official_name_required');
    expect(update(inProgress(), { ...partial, ...REFUSAL, workflowState: 'answered' })).toEqual({
      ok: true,
      set: { workflowState: 'answered', answeredAt: NOW, answeredLate: false, refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE },
    });
  });

  it('refuses clearing the appeal procedure of a recorded refusal', () => {
    const refused = registeredRequest({
      ...REFUSAL,
      workflowState: 'refused',
      answeredAt: new Date('2026-02-05T12:00:00+02:00'),
      refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE,
    } as Partial<InformationRequestSnapshot>);
    const decision = update(refused, { refusalAppealProcedure: '' });
    expect(decision.ok === false && decision.error.rule).toBe('refusal.appeal_procedure_required');
  });
});

describe('rule 15: appeals against the handling of the request (Art. 23 of Law 2939-VI)', () => {
  const refusedRequest: AppealedRequest = {
    receivedAt: RECEIVED_AT,
    dueAt: DUE_AT,
    answeredAt: new Date('2026-02-05T12:00:00+02:00'),
    answeredLate: false,
    refusalGround: 'restricted',
  };
  const appeal = (overrides: Partial<RequestAppeal> = {}): RequestAppeal => ({
    filedAt: new Date('2026-02-10T09:00:00+02:00'),
    appealedTo: 'head',
    subject: 'refusal',
    outcome: 'under_review',
    decidedAt: null,
    ...overrides,
  });
  const rule = (appeals: RequestAppeal[], request = refusedRequest) =>
    checkRequestAppeals(appeals, request, NOW_LATER)?.rule ?? null;
  const NOW_LATER = new Date('2026-03-02T12:00:00+02:00');

  it('accepts an appeal against a recorded refusal, pending and then decided', () => {
    expect(rule([appeal()])).toBeNull();
    expect(rule([appeal({ outcome: 'dismissed', decidedAt: new Date('2026-02-20T10:00:00+02:00') })])).toBeNull();
  });

  it('refuses an appeal against a refusal the request does not hold', () => {
    const answered = { ...refusedRequest, refusalGround: null };
    expect(checkRequestAppeals([appeal()], answered, NOW_LATER)).toEqual({
      field: 'requestAppeals.0.subject',
      rule: 'request_appeal.no_refusal',
      message:
        'Скарга № 1 оскаржує відмову в задоволенні запиту (п. 1 ч. 2 ст. 23 Закону «Про доступ до публічної ' +
        'інформації»), але відмову в цьому запиті не зафіксовано. Спершу внесіть відмову з її підставою або оберіть ' +
        'інший предмет оскарження.',
    });
  });

  it('accepts an appeal against a late answer only when the answer was recorded as late', () => {
    const late = { ...refusedRequest, refusalGround: null, answeredAt: new Date('2026-02-10T00:00:00+02:00'), answeredLate: true };
    expect(rule([appeal({ subject: 'late_answer' })], late)).toBeNull();
    expect(rule([appeal({ subject: 'late_answer' })], { ...late, answeredLate: false })).toBe('request_appeal.answer_not_late');
  });

  it('accepts an appeal against no answer only after the term ran out without an answer: 23:59:59.999 of 9 February', () => {
    const open = { ...refusedRequest, refusalGround: null, answeredAt: null };
    expect(rule([appeal({ subject: 'no_answer', filedAt: new Date('2026-02-09T21:59:59.999Z') })], open)).toBe(
      'request_appeal.answer_not_missing',
    );
    expect(rule([appeal({ subject: 'no_answer', filedAt: new Date('2026-02-09T22:00:00.000Z') })], open)).toBeNull();
    const answeredBefore = { ...open, answeredAt: new Date('2026-02-09T23:00:00Z') };
    expect(rule([appeal({ subject: 'no_answer', filedAt: new Date('2026-02-10T09:00:00+02:00') })], answeredBefore)).toBe(
      'request_appeal.answer_not_missing',
    );
  });

  it('checks the dates: filed after receipt and not in the future; decided not before filing', () => {
    expect(rule([appeal({ filedAt: null })])).toBe('request_appeal.filed_at_required');
    expect(rule([appeal({ filedAt: new Date('2026-02-02T07:59:59.999Z') })])).toBe('request_appeal.filed_before_receipt');
    expect(rule([appeal({ filedAt: new Date('2026-03-02T12:06:00+02:00') })])).toBe('request_appeal.filed_at_in_future');
    expect(rule([appeal({ outcome: 'upheld' })])).toBe('request_appeal.decided_at_required');
    expect(rule([appeal({ outcome: 'upheld', decidedAt: new Date('2026-02-10T08:59:00+02:00') })])).toBe(
      'request_appeal.decided_before_filed',
    );
    expect(rule([appeal({ decidedAt: new Date('2026-02-20T10:00:00+02:00') })])).toBe('request_appeal.outcome_required');
  });

  it('checks the body and the subject against the lists of Art. 23, naming the failing record', () => {
    const second = checkRequestAppeals([appeal(), appeal({ appealedTo: 'prosecutor' })], refusedRequest, NOW_LATER);
    expect(second?.field).toBe('requestAppeals.1.appealedTo');
    expect(second?.rule).toBe('request_appeal.body_required');
    expect(second?.message.startsWith('Скарга № 2:')).toBe(true);
    expect(rule([appeal({ subject: 'too_slow' })])).toBe('request_appeal.subject_required');
  });
});
