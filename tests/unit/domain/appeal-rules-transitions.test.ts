import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../src/domain/appeal/rules';
import { APPEAL_STATES, AppealState } from '../../../src/domain/appeal/states';
import { NOT_CONSIDERED_DATA, registeredAppeal, settings } from './fixtures';

// Received Monday 2 February 2026; due Monday 2 March 2026 (end of day, 21:59:59.999Z).
const NOW = new Date('2026-02-10T10:00:00+02:00');

function update(before: AppealSnapshot, patch: AppealPatch, now = NOW): AppealDecision {
  return decideAppealChange({ before, patch, now, settings: settings() });
}

function ruleOf(decision: AppealDecision): string | null {
  return decision.ok ? null : decision.error.rule;
}

/** What each state needs, so that a transition into it is complete. */
const REQUIRED: Record<AppealState, AppealPatch> = {
  registered: {},
  assigned: { assigneeId: 5 },
  in_progress: {},
  answered: { answerText: 'Ремонт покрівлі заплановано на квітень.', answerOutcome: 'explained' },
  forwarded: { forwardedTo: 'Київська обласна військова адміністрація' },
  returned: { returnReason: 'Не зазначено адресу заявника (ст. 5).' },
  not_considered: { notConsideredReason: 'repeated_already_decided', ...NOT_CONSIDERED_DATA.repeated_already_decided },
  closed: {},
};

function appealIn(state: AppealState): AppealSnapshot {
  const filled: AppealPatch = { ...REQUIRED[state] };
  if (state === 'answered') filled.answeredAt = new Date('2026-02-09T12:00:00+02:00');
  if (state === 'forwarded') filled.forwardedAt = new Date('2026-02-05T12:00:00+02:00');
  if (state === 'closed') Object.assign(filled, REQUIRED.answered, { answeredAt: new Date('2026-02-09T12:00:00+02:00') });
  return registeredAppeal({ ...filled, workflowState: state, assigneeId: 5 });
}

const ALLOWED: Record<AppealState, AppealState[]> = {
  registered: ['assigned', 'in_progress', 'answered', 'forwarded', 'returned', 'not_considered'],
  assigned: ['in_progress', 'answered', 'forwarded', 'returned', 'not_considered', 'registered'],
  in_progress: ['answered', 'forwarded', 'returned', 'not_considered', 'assigned'],
  answered: ['closed'],
  forwarded: ['closed'],
  returned: ['closed'],
  not_considered: ['closed'],
  closed: [],
};

const pairs = APPEAL_STATES.flatMap((from) =>
  APPEAL_STATES.filter((to) => to !== from).map((to) => [from, to] as [AppealState, AppealState]),
);

describe('transitions through decideAppealChange', () => {
  it.each(pairs.filter(([from, to]) => ALLOWED[from].includes(to)))('allows %s → %s', (from, to) => {
    const decision = update(appealIn(from), { workflowState: to, ...REQUIRED[to] });
    expect(decision.ok && decision.set.workflowState).toBe(to);
  });

  it.each(pairs.filter(([from, to]) => !ALLOWED[from].includes(to)))('refuses %s → %s', (from, to) => {
    const decision = update(appealIn(from), { workflowState: to });
    expect(ruleOf(decision)).toBe('state.transition_not_allowed');
    expect(decision.ok === false && decision.error.field).toBe('workflowState');
  });

  it('explains the refusal in Ukrainian with the possible next states', () => {
    const decision = update(appealIn('answered'), { workflowState: 'in_progress' });
    expect(decision.ok === false && decision.error.message).toBe(
      'Перехід зі стану «надано відповідь» у стан «на розгляді» не передбачено порядком розгляду звернень ' +
        '(ст. 5, 7, 8, 20 Закону «Про звернення громадян»). Можливі стани: «знято з контролю».',
    );
    const closed = update(appealIn('closed'), { workflowState: 'registered' });
    expect(closed.ok === false && closed.error.message).toContain('розгляд завершено');
  });

  it('treats the same state sent back as no transition', () => {
    expect(update(appealIn('in_progress'), { workflowState: 'in_progress' })).toEqual({ ok: true, set: { priority: false } });
  });
});

describe('assigned', () => {
  it('needs an executor', () => {
    expect(ruleOf(update(registeredAppeal(), { workflowState: 'assigned' }))).toBe('assigned.assignee_required');
    expect(ruleOf(update(registeredAppeal(), { workflowState: 'assigned', assigneeId: '' }))).toBe(
      'assigned.assignee_required',
    );
    expect(update(registeredAppeal(), { workflowState: 'assigned', assigneeId: 'doc-42' }).ok).toBe(true);
    expect(ruleOf(update(appealIn('assigned'), { assigneeId: null }))).toBe('assigned.assignee_required');
  });
});

describe('answered (Arts. 15, 19, 20)', () => {
  const answer = (patch: AppealPatch, now = NOW) =>
    update(appealIn('in_progress'), { workflowState: 'answered', ...REQUIRED.answered, ...patch }, now);

  it('needs a non-blank answer text', () => {
    expect(ruleOf(answer({ answerText: null }))).toBe('answered.text_required');
    expect(ruleOf(answer({ answerText: '  \n ' }))).toBe('answered.text_required');
  });

  it('needs a known outcome', () => {
    expect(ruleOf(answer({ answerOutcome: null }))).toBe('answered.outcome_required');
    expect(ruleOf(answer({ answerOutcome: 'maybe' }))).toBe('answered.outcome_required');
  });

  it('defaults the answer moment to now and records that it was on time', () => {
    expect(answer({})).toEqual({
      ok: true,
      set: { workflowState: 'answered', priority: false, answeredAt: NOW, answeredLate: false },
    });
  });

  it('records a late answer: the due instant is the end of 2 March in Kyiv', () => {
    const now = new Date('2026-03-05T10:00:00+02:00');
    const onTime = answer({ answeredAt: new Date('2026-03-02T21:59:59.999Z') }, now);
    expect(onTime.ok && onTime.set.answeredLate).toBe(false);
    const late = answer({ answeredAt: new Date('2026-03-02T22:00:00.000Z') }, now);
    expect(late.ok && late.set.answeredLate).toBe(true);
    const lateByNow = answer({}, now);
    expect(lateByNow).toEqual({
      ok: true,
      set: { workflowState: 'answered', priority: false, answeredAt: now, answeredLate: true },
    });
  });

  it('refuses an answer moment in the future or before receipt', () => {
    expect(ruleOf(answer({ answeredAt: new Date('2026-02-11T10:00:00+02:00') }))).toBe('answeredAt.in_future');
    expect(ruleOf(answer({ answeredAt: new Date('2026-02-01T10:00:00+02:00') }))).toBe('answeredAt.before_receipt');
  });

  it('keeps the answer complete while it is answered', () => {
    expect(ruleOf(update(appealIn('answered'), { answerText: '' }))).toBe('answered.text_required');
    expect(update(appealIn('answered'), { answerText: 'Уточнена відповідь' }).ok).toBe(true);
  });

  it('keeps the moment of the answer, and so its lateness, as recorded once answered', () => {
    const decision = update(appealIn('answered'), { answeredAt: new Date('2026-02-10T09:00:00+02:00') });
    expect(decision).toMatchObject({ ok: false, error: expect.objectContaining({ field: 'answeredAt', rule: 'term.frozen' }) });
  });
});

describe('not_considered (Art. 8)', () => {
  it('needs one of the grounds of Art. 8', () => {
    const decision = update(registeredAppeal(), { workflowState: 'not_considered' });
    expect(ruleOf(decision)).toBe('not_considered.reason_required');
    expect(decision.ok === false && decision.error.message).toContain('ст. 8');
    expect(ruleOf(update(registeredAppeal(), { workflowState: 'not_considered', notConsideredReason: 'boring' }))).toBe(
      'not_considered.reason_required',
    );
    for (const reason of ['anonymous', 'repeated_already_decided', 'complaint_term_missed', 'incapable_person']) {
      expect(update(registeredAppeal(), { workflowState: 'not_considered', notConsideredReason: reason, ...NOT_CONSIDERED_DATA[reason] }).ok).toBe(true);
    }
  });
});

describe('forwarded (Art. 7)', () => {
  const forward = (patch: AppealPatch, now = NOW) =>
    update(registeredAppeal(), { workflowState: 'forwarded', ...REQUIRED.forwarded, ...patch }, now);

  it('needs the receiving body', () => {
    const decision = forward({ forwardedTo: ' ' });
    expect(ruleOf(decision)).toBe('forwarded.recipient_required');
    expect(decision.ok === false && decision.error.message).toContain('ст. 7');
  });

  it('defaults the moment to now and compares it with the 5-day term (Saturday 7 → Monday 9 February)', () => {
    expect(forward({})).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', priority: false, forwardedAt: NOW, forwardedLate: true },
    });
    const onTime = forward({ forwardedAt: new Date('2026-02-09T21:59:59.999Z') });
    expect(onTime).toEqual({ ok: true, set: { workflowState: 'forwarded', priority: false, forwardedLate: false } });
    const late = forward({ forwardedAt: new Date('2026-02-09T22:00:00.000Z') });
    expect(late.ok && late.set.forwardedLate).toBe(true);
  });

  it('refuses a forwarding moment in the future', () => {
    expect(ruleOf(forward({ forwardedAt: new Date('2026-02-12T10:00:00+02:00') }))).toBe('forwardedAt.in_future');
  });
});

describe('returned (Art. 5)', () => {
  it('needs the reason', () => {
    const decision = update(registeredAppeal(), { workflowState: 'returned', returnReason: null });
    expect(ruleOf(decision)).toBe('returned.reason_required');
    expect(decision.ok === false && decision.error.message).toContain('ст. 5');
    expect(update(registeredAppeal(), { workflowState: 'returned', ...REQUIRED.returned }).ok).toBe(true);
  });
});

describe('closed', () => {
  it('locks the answer and the other outcome fields', () => {
    const closed = appealIn('closed');
    expect(ruleOf(update(closed, { answerText: 'Інша відповідь' }))).toBe('closed.answer_locked');
    expect(ruleOf(update(closed, { answerOutcome: 'satisfied' }))).toBe('closed.answer_locked');
    expect(ruleOf(update(closed, { answeredAt: new Date('2026-02-09T13:00:00+02:00') }))).toBe('closed.answer_locked');
    expect(ruleOf(update(closed, { forwardedTo: 'ОДА' }))).toBe('closed.answer_locked');
  });

  it('accepts the answer sent back unchanged', () => {
    const closed = appealIn('closed');
    expect(update(closed, { answerText: closed.answerText, answeredAt: new Date(closed.answeredAt as Date) })).toEqual({
      ok: true,
      set: { priority: false },
    });
  });
});
