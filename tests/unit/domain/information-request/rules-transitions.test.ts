import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { INFORMATION_REQUEST_STATES, InformationRequestState } from '../../../../src/domain/information-request/states';
import { DEFAULT_REFUSAL_APPEAL_PROCEDURE } from '../../../../src/domain/information-request/refusal-record';
import { registeredRequest, settings } from './fixtures';

// Received Monday 2 February 2026 10:00 Kyiv; due at the end of Monday 9 February (21:59:59.999Z).
const NOW = new Date('2026-02-06T12:00:00+02:00');

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

/** What each state needs, so that a transition into it is complete. */
const REQUIRED: Record<InformationRequestState, InformationRequestPatch> = {
  registered: {},
  assigned: { assigneeId: 5 },
  in_progress: {},
  extended: {
    extendedUntil: '2026-02-20',
    extensionReason: 'Пошук серед значної кількості даних',
    extensionGround: 'search_among_large_data',
    requesterNotifiedOfExtensionAt: new Date('2026-02-05T16:00:00+02:00'),
  },
  answered: { answerText: 'Надсилаємо копію рішення виконкому № 12.', answerOutcome: 'provided' },
  forwarded: {
    forwardedTo: 'Київська обласна військова адміністрація',
    forwardedAt: new Date('2026-02-04T12:00:00+02:00'),
    requesterNotifiedOfForwardingAt: new Date('2026-02-04T12:00:00+02:00'),
  },
  refused: {
    refusalGround: 'restricted',
    refusalExplanation: 'Запитано персональні дані третьої особи (ч. 2 ст. 6).',
    refusalOfficialName: 'Коваленко Ірина Петрівна',
    refusalOfficialPosition: 'головний спеціаліст відділу звернень громадян',
  },
  closed: {},
};

function requestIn(state: InformationRequestState): InformationRequestSnapshot {
  const filled: InformationRequestPatch = { ...REQUIRED[state] };
  if (state === 'extended') filled.dueAt = new Date('2026-02-20T21:59:59.999Z');
  if (state === 'answered' || state === 'refused') filled.answeredAt = new Date('2026-02-05T12:00:00+02:00');
  if (state === 'forwarded') filled.forwardedAt = new Date('2026-02-04T12:00:00+02:00');
  if (state === 'closed')
    Object.assign(filled, REQUIRED.answered, { answeredAt: new Date('2026-02-05T12:00:00+02:00') });
  return registeredRequest({ ...filled, workflowState: state, assigneeId: 5 });
}

/** Written out independently of the code so any change to the table is deliberate. */
const ALLOWED: Record<InformationRequestState, InformationRequestState[]> = {
  registered: ['assigned', 'in_progress', 'extended', 'answered', 'forwarded', 'refused'],
  assigned: ['in_progress', 'extended', 'answered', 'forwarded', 'refused', 'registered'],
  in_progress: ['extended', 'answered', 'forwarded', 'refused', 'assigned'],
  extended: ['answered', 'refused'],
  answered: ['closed'],
  forwarded: ['closed'],
  refused: ['closed'],
  closed: [],
};

const pairs = INFORMATION_REQUEST_STATES.flatMap((from) =>
  INFORMATION_REQUEST_STATES.filter((to) => to !== from).map(
    (to) => [from, to] as [InformationRequestState, InformationRequestState],
  ),
);

describe('transitions through decideInformationRequestChange', () => {
  it.each(pairs.filter(([from, to]) => ALLOWED[from].includes(to)))('allows %s → %s', (from, to) => {
    const decision = update(requestIn(from), { workflowState: to, ...REQUIRED[to] });
    expect(decision.ok && decision.set.workflowState).toBe(to);
  });

  it.each(pairs.filter(([from, to]) => !ALLOWED[from].includes(to)))('refuses %s → %s', (from, to) => {
    const decision = update(requestIn(from), { workflowState: to, ...REQUIRED[to] });
    expect(ruleOf(decision)).toBe('state.transition_not_allowed');
    expect(decision.ok === false && decision.error.field).toBe('workflowState');
  });

  it('explains the refusal in Ukrainian with the possible next states', () => {
    const decision = update(requestIn('extended'), { workflowState: 'forwarded', ...REQUIRED.forwarded });
    expect(decision.ok === false && decision.error.message).toBe(
      'Перехід зі стану «строк розгляду продовжено» у стан «направлено належному розпоряднику» не передбачено ' +
        'порядком розгляду запитів на інформацію (ст. 20, 22 Закону «Про доступ до публічної інформації»). ' +
        'Можливі стани: «надано відповідь», «відмовлено в задоволенні».',
    );
    const closed = update(requestIn('closed'), { workflowState: 'registered' });
    expect(closed.ok === false && closed.error.message).toBe(
      'Запит у стані «знято з контролю» більше не змінює стан: розгляд завершено.',
    );
  });

  it('treats the same state sent back as no transition', () => {
    expect(update(requestIn('in_progress'), { workflowState: 'in_progress' })).toEqual({ ok: true, set: {} });
    expect(update(requestIn('extended'), { workflowState: 'extended' })).toEqual({ ok: true, set: {} });
  });

  it('refuses an unknown state', () => {
    expect(ruleOf(update(requestIn('registered'), { workflowState: 'archived' as never }))).toBe('state.unknown');
  });
});

describe('assigned', () => {
  it('needs an executor', () => {
    expect(ruleOf(update(registeredRequest(), { workflowState: 'assigned' }))).toBe('assigned.assignee_required');
    expect(ruleOf(update(registeredRequest(), { workflowState: 'assigned', assigneeId: '  ' }))).toBe(
      'assigned.assignee_required',
    );
    expect(update(registeredRequest(), { workflowState: 'assigned', assigneeId: 'doc-42' })).toEqual({
      ok: true,
      set: { workflowState: 'assigned' },
    });
    expect(ruleOf(update(requestIn('assigned'), { assigneeId: null }))).toBe('assigned.assignee_required');
  });
});

describe('answered (Art. 20)', () => {
  const answer = (patch: InformationRequestPatch, now = NOW) =>
    update(requestIn('in_progress'), { workflowState: 'answered', ...REQUIRED.answered, ...patch }, now);

  it('needs a non-blank answer text and a known outcome', () => {
    expect(ruleOf(answer({ answerText: null }))).toBe('answered.text_required');
    expect(ruleOf(answer({ answerText: ' \n ' }))).toBe('answered.text_required');
    expect(ruleOf(answer({ answerOutcome: null }))).toBe('answered.outcome_required');
    expect(ruleOf(answer({ answerOutcome: 'satisfied' }))).toBe('answered.outcome_required');
  });

  it('a partial answer or a refusal in the answer needs an Art. 22 ground and its reasons', () => {
    expect(ruleOf(answer({ answerOutcome: 'partially_provided' }))).toBe('refusal.ground_required');
    expect(ruleOf(answer({ answerOutcome: 'refused', refusalGround: 'restricted' }))).toBe(
      'refusal.explanation_required',
    );
    expect(answer({ answerOutcome: 'partially_provided', ...REQUIRED.refused }).ok).toBe(true);
  });

  it('defaults the answer moment to now and records that it was on time', () => {
    expect(answer({})).toEqual({
      ok: true,
      set: { workflowState: 'answered', answeredAt: NOW, answeredLate: false },
    });
  });

  it('records a late answer: the term ends at the end of Mon 9 February in Kyiv', () => {
    const now = new Date('2026-02-12T10:00:00+02:00');
    const onTime = answer({ answeredAt: new Date('2026-02-09T21:59:59.999Z') }, now);
    expect(onTime).toEqual({ ok: true, set: { workflowState: 'answered', answeredLate: false } });
    const late = answer({ answeredAt: new Date('2026-02-09T22:00:00.000Z') }, now);
    expect(late).toEqual({ ok: true, set: { workflowState: 'answered', answeredLate: true } });
  });

  it('judges an urgent request by the 48 hours, to the millisecond', () => {
    const urgent = registeredRequest({
      workflowState: 'in_progress',
      urgent: true,
      urgencyGround: 'food_quality',
      urgencyJustification: 'Масове отруєння у шкільній їдальні',
      dueAt: new Date('2026-02-04T08:00:00.000Z'),
    });
    const now = new Date('2026-02-05T10:00:00+02:00');
    const at = (answeredAt: string) =>
      update(urgent, { workflowState: 'answered', ...REQUIRED.answered, answeredAt: new Date(answeredAt) }, now);
    expect(at('2026-02-04T08:00:00.000Z')).toEqual({
      ok: true,
      set: { workflowState: 'answered', answeredLate: false },
    });
    expect(at('2026-02-04T08:00:00.001Z')).toEqual({
      ok: true,
      set: { workflowState: 'answered', answeredLate: true },
    });
  });

  it('refuses an answer moment before receipt or in the future', () => {
    expect(ruleOf(answer({ answeredAt: new Date('2026-02-02T09:00:00+02:00') }))).toBe('answeredAt.before_receipt');
    const future = answer({ answeredAt: new Date('2026-02-07T12:00:00+02:00') });
    expect(ruleOf(future)).toBe('answeredAt.in_future');
    expect(future.ok === false && future.error.message).toContain('07.02.2026 12:00');
  });

  it('keeps the moment of the answer, and so its lateness, as recorded once answered', () => {
    const answered = requestIn('answered');
    const corrected = update(
      answered,
      { answeredAt: new Date('2026-02-10T09:00:00+02:00') },
      new Date('2026-02-11T09:00:00+02:00'),
    );
    expect(corrected).toMatchObject({ ok: false, error: expect.objectContaining({ field: 'answeredAt', rule: 'term.frozen' }) });
  });
});

describe('refused (Art. 22)', () => {
  const refuse = (patch: InformationRequestPatch, now = NOW) =>
    update(requestIn('in_progress'), { workflowState: 'refused', ...REQUIRED.refused, ...patch }, now);

  it('needs a ground of Art. 22(1)', () => {
    const decision = refuse({ refusalGround: null });
    expect(decision.ok === false && decision.error).toEqual({
      field: 'refusalGround',
      rule: 'refusal.ground_required',
      message:
        'У задоволенні запиту відмовляють лише з підстав ч. 1 ст. 22 Закону «Про доступ до публічної інформації»: ' +
        "розпорядник не володіє і не зобов'язаний володіти інформацією; інформація з обмеженим доступом; не оплачено " +
        'фактичні витрати на копіювання або друк; запит не відповідає вимогам ч. 5 ст. 19. Оберіть підставу в полі ' +
        '«Підстава відмови».',
    });
    expect(ruleOf(refuse({ refusalGround: 'too_busy' }))).toBe('refusal.ground_required');
  });

  it('needs the reasoned ground written out (Art. 22(4))', () => {
    expect(ruleOf(refuse({ refusalExplanation: '' }))).toBe('refusal.explanation_required');
    expect(ruleOf(refuse({ refusalExplanation: '   ' }))).toBe('refusal.explanation_required');
  });

  it('non-payment is a ground only when a charge was made', () => {
    expect(ruleOf(refuse({ refusalGround: 'costs_not_paid' }))).toBe('refusal.no_charge_to_pay');
    expect(ruleOf(refuse({ refusalGround: 'costs_not_paid', pages: 5, copyingCharge: 0 }))).toBe(
      'refusal.no_charge_to_pay',
    );
    expect(refuse({ refusalGround: 'costs_not_paid', pages: 30, copyingCharge: 45.5 }).ok).toBe(true);
  });

  it('records the moment of refusal and whether it came within the term', () => {
    expect(refuse({})).toEqual({
      ok: true,
      set: { workflowState: 'refused', answeredAt: NOW, answeredLate: false, refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE },
    });
    const now = new Date('2026-02-10T10:00:00+02:00');
    expect(refuse({}, now)).toEqual({
      ok: true,
      set: { workflowState: 'refused', answeredAt: now, answeredLate: true, refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE },
    });
  });

  it('every ground of the list is accepted', () => {
    for (const refusalGround of ['not_holder', 'restricted', 'request_requirements']) {
      expect(refuse({ refusalGround }).ok).toBe(true);
    }
  });
});

describe('forwarded to the holder (Art. 22(3))', () => {
  const forward = (patch: InformationRequestPatch, now = NOW) =>
    update(
      requestIn('in_progress'),
      // The notice is simultaneous with the forwarding (Art. 22(3)): here, at the moment of forwarding.
      { workflowState: 'forwarded', ...REQUIRED.forwarded, forwardedAt: undefined, requesterNotifiedOfForwardingAt: patch.forwardedAt ?? now, ...patch },
      now,
    );

  it('needs the holder and the notice to the requester', () => {
    expect(ruleOf(forward({ forwardedTo: ' ' }))).toBe('forwarded.recipient_required');
    const noNotice = forward({ requesterNotifiedOfForwardingAt: null });
    expect(noNotice.ok === false && noNotice.error).toEqual({
      field: 'requesterNotifiedOfForwardingAt',
      rule: 'forwarded.notice_required',
      message:
        'Запит направляють належному розпоряднику з одночасним повідомленням про це запитувача (ч. 3 ст. 22 Закону ' +
        '«Про доступ до публічної інформації»). Вкажіть дату повідомлення запитувача.',
    });
    expect(ruleOf(forward({ requesterNotifiedOfForwardingAt: new Date('2026-02-07T09:00:00+02:00') }))).toBe(
      'requesterNotifiedOfForwardingAt.in_future',
    );
    expect(ruleOf(forward({ requesterNotifiedOfForwardingAt: new Date('2026-02-01T09:00:00+02:00') }))).toBe(
      'requesterNotifiedOfForwardingAt.before_receipt',
    );
  });

  it('defaults the moment of forwarding to now: on time within 5 working days', () => {
    expect(forward({})).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedAt: NOW, forwardedLate: false, forwardingNoticeLate: false },
    });
  });

  it('is late after the end of Mon 9 February, the 5th working day', () => {
    const now = new Date('2026-02-12T10:00:00+02:00');
    expect(forward({ forwardedAt: new Date('2026-02-09T21:59:59.999Z') }, now)).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: false },
    });
    expect(forward({ forwardedAt: new Date('2026-02-10T00:00:00+02:00') }, now)).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: true, forwardingNoticeLate: false },
    });
    expect(forward({}, now)).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedAt: now, forwardedLate: true, forwardingNoticeLate: false },
    });
  });

  it('counts the 5 working days with the calendar: 24 August skipped in peacetime', () => {
    const friday = new Date('2026-08-21T15:00:00+03:00');
    const before = registeredRequest({
      receivedAt: friday,
      workflowState: 'in_progress',
      dueAt: new Date('2026-08-31T20:59:59.999Z'),
    });
    const patch = {
      workflowState: 'forwarded' as const,
      forwardedTo: 'Держпродспоживслужба',
      requesterNotifiedOfForwardingAt: new Date('2026-08-31T12:00:00+03:00'),
      forwardedAt: new Date('2026-08-31T12:00:00+03:00'),
    };
    const now = new Date('2026-09-01T10:00:00+03:00');
    const inPeace = decideInformationRequestChange({ before, patch, now, settings: settings(false) });
    expect(inPeace.ok && inPeace.set.forwardedLate).toBe(false);
    const inWar = decideInformationRequestChange({ before, patch, now, settings: settings(true) });
    expect(inWar.ok && inWar.set.forwardedLate).toBe(true);
  });
});

describe('closed', () => {
  it('keeps the answer, refusal and forwarding record as sent', () => {
    for (const patch of [
      { answerText: 'Інша відповідь' },
      { answerOutcome: 'partially_provided' },
      { pages: 12 },
      { copyingCharge: 10 },
      { refusalGround: 'restricted' },
      { forwardedTo: 'Інший орган' },
      { requesterNotifiedOfForwardingAt: new Date('2026-02-05T10:00:00+02:00') },
    ] as InformationRequestPatch[]) {
      const decision = update(requestIn('closed'), patch);
      expect(ruleOf(decision)).toBe('closed.answer_locked');
      expect(decision.ok === false && decision.error.field).toBe(Object.keys(patch)[0]);
    }
    expect(update(requestIn('closed'), { answerText: REQUIRED.answered.answerText })).toEqual({ ok: true, set: {} });
  });
});
