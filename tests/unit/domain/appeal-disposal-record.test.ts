import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../src/domain/appeal/rules';
import { complaintFilingLastDay, duplicateRegistrationNumber, sameBody } from '../../../src/domain/appeal/disposal-record';
import { DEFAULT_REFUSAL_APPEAL_PROCEDURE } from '../../../src/domain/appeal/vocabulary';
import { EARLIER_ANSWERED, registeredAppeal, settings } from './fixtures';

// Received Monday 2 February 2026, 10:00 Kyiv. Ten days from receipt end on Thursday 12 February 2026 (Art. 5).
const NOW = new Date('2026-02-20T10:00:00+02:00');

function update(before: AppealSnapshot, patch: AppealPatch, now = NOW): AppealDecision {
  return decideAppealChange({ before, patch, now, settings: settings() });
}

function create(patch: AppealPatch, now = NOW): AppealDecision {
  return decideAppealChange({ before: null, patch, now, settings: settings() });
}

function ruleOf(decision: AppealDecision): string | null {
  return decision.ok ? null : decision.error.rule;
}

function messageOf(decision: AppealDecision): string {
  return decision.ok ? '' : decision.error.message;
}

describe('rule 5 — return to the author (Art. 5): returnedAt and returnedLate', () => {
  const returned = { workflowState: 'returned', returnReason: 'Не зазначено місце проживання (ст. 5).' } as const;

  it('records the return on the tenth day as kept, one millisecond later as late', () => {
    const onTime = update(registeredAppeal(), { ...returned, returnedAt: new Date('2026-02-12T23:59:59.999+02:00') });
    expect(onTime).toEqual({ ok: true, set: expect.objectContaining({ workflowState: 'returned', returnedLate: false }) });
    const late = update(registeredAppeal(), { ...returned, returnedAt: new Date('2026-02-13T00:00:00.000+02:00') });
    expect(late).toEqual({ ok: true, set: expect.objectContaining({ returnedLate: true }) });
  });

  it('defaults the moment of return to now and measures it', () => {
    const decision = update(registeredAppeal(), returned);
    expect(decision).toEqual({ ok: true, set: expect.objectContaining({ returnedAt: NOW, returnedLate: true }) });
    expect(decision.ok && decision.set.returnedAt).not.toBe(NOW);
  });

  it('refuses a moment of return before receipt or in the future', () => {
    expect(ruleOf(update(registeredAppeal(), { ...returned, returnedAt: new Date('2026-02-01T10:00:00+02:00') }))).toBe('returnedAt.before_receipt');
    expect(ruleOf(update(registeredAppeal(), { ...returned, returnedAt: new Date('2026-02-21T10:00:00+02:00') }))).toBe('returnedAt.in_future');
  });

  it('freezes the moment of return once returned, so returnedLate never changes', () => {
    const before = registeredAppeal({ ...returned, returnedAt: new Date('2026-02-13T09:00:00+02:00') });
    const decision = update(before, { returnedAt: new Date('2026-02-11T09:00:00+02:00') });
    expect(decision).toEqual({ ok: false, error: expect.objectContaining({ field: 'returnedAt', rule: 'term.frozen' }) , errors: [expect.objectContaining({ field: 'returnedAt', rule: 'term.frozen' })]});
    const closing = update(before, { workflowState: 'closed' });
    expect(closing.ok && 'returnedLate' in closing.set).toBe(false);
  });
});

describe('rule 5 — forwarding (Art. 7): the notice and the challenged body', () => {
  const forward = { workflowState: 'forwarded', forwardedTo: 'Обласна військова адміністрація', forwardedAt: new Date('2026-02-05T12:00:00+02:00') } as const;

  it('records the notice to the author, not before the forwarding', () => {
    expect(update(registeredAppeal(), { ...forward, forwardingNoticeAt: new Date('2026-02-05T12:00:00+02:00') }).ok).toBe(true);
    const early = update(registeredAppeal(), { ...forward, forwardingNoticeAt: new Date('2026-02-05T11:59:00+02:00') });
    expect(ruleOf(early)).toBe('forwarded.notice_before_forwarding');
    expect(messageOf(early)).toContain('ч. 3 ст. 7');
    expect(ruleOf(update(registeredAppeal(), { ...forward, forwardingNoticeAt: new Date('2026-02-21T10:00:00+02:00') }))).toBe('forwardingNoticeAt.in_future');
  });

  it('lets the notice be recorded after the forwarding, while forwarded', () => {
    const before = registeredAppeal({ ...forward });
    expect(update(before, { forwardingNoticeAt: new Date('2026-02-06T09:00:00+02:00') }).ok).toBe(true);
  });

  it('refuses to forward a complaint to the body whose decision it challenges (Art. 7 ч. 4)', () => {
    const complaint = registeredAppeal({ appealType: 'complaint', challengedBody: 'Департамент ЖКГ міської ради' });
    const decision = update(complaint, { ...forward, forwardedTo: ' департамент  «ЖКГ» міської ради ' });
    expect(ruleOf(decision)).toBe('forwarded.to_challenged_body');
    expect(messageOf(decision)).toContain('Забороняється направляти скарги громадян для розгляду тим органам або посадовим особам, дії чи рішення яких оскаржуються');
    expect(messageOf(decision)).toContain('ч. 4 ст. 7');
    expect(update(complaint, forward).ok).toBe(true);
  });

  it('forwards a complaint only once the challenged body is recorded', () => {
    expect(ruleOf(update(registeredAppeal({ appealType: 'complaint' }), forward))).toBe('forwarded.challenged_body_required');
    expect(update(registeredAppeal({ appealType: 'application' }), forward).ok).toBe(true);
  });

  it('compares bodies as a person reads them', () => {
    expect(sameBody('Виконком', 'виконком ')).toBe(true);
    expect(sameBody('Виконком', 'Виконком ради')).toBe(false);
    expect(sameBody(null, null)).toBe(false);
  });
});

describe('rule 6 — complaints (Arts. 16–17): the term and its restoration', () => {
  const complaint = (o: Partial<AppealSnapshot> = {}) => registeredAppeal({ appealType: 'complaint', ...o });
  const notConsidered = { workflowState: 'not_considered', notConsideredReason: 'complaint_term_missed', notConsideredDecidedById: 3 } as const;

  it('counts one year from the decision, but not later than one month from learning of it', () => {
    // Decided 1 February 2025 (Saturday); a year ends 1 February 2026 (Sunday) → Monday 2 February 2026.
    expect(complaintFilingLastDay('2025-02-01', null, settings())).toBe('2026-02-02');
    // Learned 2 December 2025: a month ends 2 January 2026 (Friday).
    expect(complaintFilingLastDay('2025-02-01', '2025-12-02', settings())).toBe('2026-01-02');
    expect(complaintFilingLastDay(null, '2025-12-02', settings())).toBeNull();
  });

  it('allows complaint_term_missed only when the dates show the term had passed at receipt', () => {
    // Received 2 February 2026 = the last day of the year term: in time.
    const inTime = update(complaint({ challengedDecisionOn: '2025-02-01' }), notConsidered);
    expect(ruleOf(inTime)).toBe('complaint_term.not_missed');
    expect(messageOf(inTime)).toContain('протягом одного року з моменту його прийняття, але не пізніше одного місяця');
    expect(messageOf(inTime)).toContain('02.02.2026');
    // Decided 30 January 2025: the year ended Friday 30 January 2026.
    expect(update(complaint({ challengedDecisionOn: '2025-01-30' }), notConsidered)).toEqual({
      ok: true,
      set: expect.objectContaining({ workflowState: 'not_considered', notConsideredDecidedAt: NOW }),
    });
    // Within the year, but learned 30 December 2025: a month ended Friday 30 January 2026.
    expect(update(complaint({ challengedDecisionOn: '2025-10-01', learnedOfDecisionOn: '2025-12-30' }), notConsidered).ok).toBe(true);
    // Learned 31 December 2025: a month ends Saturday 31 January 2026 → Monday 2 February 2026, the day of receipt.
    expect(ruleOf(update(complaint({ challengedDecisionOn: '2025-10-01', learnedOfDecisionOn: '2025-12-31' }), notConsidered))).toBe('complaint_term.not_missed');
    expect(ruleOf(update(complaint({ challengedDecisionOn: '2025-10-01', learnedOfDecisionOn: '2026-01-02' }), notConsidered))).toBe(
      'complaint_term.not_missed',
    );
  });

  it('is only for complaints, and only with the date of the decision', () => {
    expect(ruleOf(update(registeredAppeal({ challengedDecisionOn: '2024-01-01' }), notConsidered))).toBe('complaint_term.not_complaint');
    expect(ruleOf(update(complaint(), notConsidered))).toBe('complaint_term.decision_date_required');
  });

  it('considers a complaint whose term was restored for a recorded valid reason', () => {
    const restored = complaint({ challengedDecisionOn: '2024-01-01', complaintTermRestored: true, complaintTermRestoreReason: 'Лікування в стаціонарі' });
    expect(ruleOf(update(restored, notConsidered))).toBe('complaint_term.restored');
    expect(ruleOf(update(complaint({ challengedDecisionOn: '2024-01-01' }), { complaintTermRestored: true }))).toBe(
      'complaint_term.restore_reason_required',
    );
  });

  it('keeps the dates in order: decision, learning of it, receipt', () => {
    expect(ruleOf(update(complaint(), { challengedDecisionOn: '2026-01-10', learnedOfDecisionOn: '2026-01-09' }))).toBe('complaint.learned_before_decision');
    expect(ruleOf(update(complaint(), { challengedDecisionOn: '2026-02-03' }))).toBe('complaint.date_after_receipt');
    expect(update(complaint(), { challengedDecisionOn: '2026-02-02', learnedOfDecisionOn: '2026-02-02' }).ok).toBe(true);
  });
});

describe('rule 7 — repeated and duplicate appeals (Art. 8, Instruction 348)', () => {
  const notConsidered = { workflowState: 'not_considered', notConsideredReason: 'repeated_already_decided', notConsideredDecidedById: 3 } as const;
  const repeated = (o: Partial<AppealSnapshot> = {}) => registeredAppeal({ recurrence: 'repeated', earlierAppealId: 41, earlierAppeal: EARLIER_ANSWERED, ...o });

  it('needs the link to the earlier appeal decided on the merits, from the same citizen, and a consistent recurrence', () => {
    expect(update(repeated(), notConsidered).ok).toBe(true);
    expect(ruleOf(update(registeredAppeal({ recurrence: 'repeated' }), notConsidered))).toBe('repeated.earlier_required');
    expect(ruleOf(update(repeated({ recurrence: 'mass' }), notConsidered))).toBe('repeated.recurrence_inconsistent');
    const forwarded = { ...EARLIER_ANSWERED, workflowState: 'forwarded', answeredAt: null, answerText: null, forwardedTo: 'ОВА' };
    expect(ruleOf(update(repeated({ earlierAppeal: forwarded }), notConsidered))).toBe('repeated.earlier_not_decided');
    expect(ruleOf(update(repeated({ earlierAppeal: { ...EARLIER_ANSWERED, workflowState: 'in_progress', answeredAt: null } }), notConsidered))).toBe(
      'repeated.earlier_not_decided',
    );
    expect(ruleOf(update(repeated({ earlierAppeal: { ...EARLIER_ANSWERED, applicantFullName: 'Франко Іван Якович' } }), notConsidered))).toBe(
      'repeated.other_applicant',
    );
    const later = { ...EARLIER_ANSWERED, receivedAt: new Date('2026-02-02T10:00:00+02:00') };
    expect(ruleOf(update(repeated({ earlierAppeal: later }), notConsidered))).toBe('repeated.earlier_not_earlier');
  });

  it('records who decided not to consider, when (default now) and when the applicant was told', () => {
    const { notConsideredDecidedById: _, ...withoutWho } = notConsidered;
    expect(ruleOf(update(repeated(), withoutWho))).toBe('not_considered.decided_by_required');
    const decided = update(repeated(), { ...notConsidered, notConsideredDecidedAt: new Date('2026-02-10T09:00:00+02:00'), notConsideredNoticeAt: new Date('2026-02-11T09:00:00+02:00') });
    expect(decided.ok && 'notConsideredDecidedAt' in decided.set).toBe(false);
    expect(ruleOf(update(repeated(), { ...notConsidered, notConsideredNoticeAt: new Date('2026-02-01T09:00:00+02:00') }))).toBe('notConsideredNoticeAt.before_receipt');
  });

  it('links a duplicate to the first appeal and gives it the first index with its number after a slash', () => {
    const receivedAt = new Date('2026-02-02T10:00:00+02:00');
    const base = { receivedAt, channel: 'written', authorKind: 'individual', applicantFullName: 'Шевченко Тарас Григорович' };
    expect(ruleOf(create({ ...base, recurrence: 'duplicate' }))).toBe('duplicate.first_required');
    expect(create({ ...base, recurrence: 'duplicate', earlierAppealId: 41, earlierAppeal: EARLIER_ANSWERED }).ok).toBe(true);
    expect(duplicateRegistrationNumber(EARLIER_ANSWERED)).toBe('Ш-3/2026/1');
    expect(duplicateRegistrationNumber({ ...EARLIER_ANSWERED, duplicateCount: 2 })).toBe('Ш-3/2026/3');
    expect(ruleOf(create({ ...base, recurrence: 'primary', earlierAppealId: 41, earlierAppeal: EARLIER_ANSWERED }))).toBe('recurrence.inconsistent');
    expect(ruleOf(update(registeredAppeal(), { recurrence: 'duplicate', earlierAppealId: 41, earlierAppeal: EARLIER_ANSWERED }))).toBe(
      'duplicate.registration_only',
    );
  });
});

describe('rule 8 — anonymous reports of corruption or a crime', () => {
  const anonymous = { receivedAt: new Date('2026-02-02T10:00:00+02:00'), channel: 'website', authorKind: 'anonymous' };

  it('keeps an anonymous report of corruption open at registration, and closes other anonymous appeals (Art. 8)', () => {
    expect(create({ ...anonymous, reportsOffence: 'corruption' })).toEqual({ ok: true, set: expect.objectContaining({ workflowState: 'registered' }) });
    expect(create({ ...anonymous, reportsOffence: 'crime', assigneeId: 9 })).toEqual({ ok: true, set: expect.objectContaining({ workflowState: 'assigned' }) });
    const plain = create(anonymous);
    expect(plain).toEqual({ ok: true, set: expect.objectContaining({ workflowState: 'not_considered', notConsideredReason: 'anonymous' }) });
  });

  it('refuses to close such a report as anonymous later; it may be forwarded to the law-enforcement body', () => {
    const report = registeredAppeal({ authorKind: 'anonymous', applicantFullName: null, reportsOffence: 'corruption' });
    const refused = update(report, { workflowState: 'not_considered', notConsideredReason: 'anonymous' });
    expect(ruleOf(refused)).toBe('anonymous.offence_report');
    expect(messageOf(refused)).toContain('Про запобігання корупції');
    const forwarded = update(report, { workflowState: 'forwarded', forwardedTo: 'Національна поліція України', forwardedAt: new Date('2026-02-04T10:00:00+02:00') });
    expect(forwarded).toEqual({ ok: true, set: expect.objectContaining({ workflowState: 'forwarded', forwardedLate: false }) });
  });
});

describe('rule 9 — a reasoned refusal (Arts. 15, 19)', () => {
  const reject = { workflowState: 'answered', answerText: 'У задоволенні заяви відмовлено.', answerOutcome: 'rejected', answeredAt: new Date('2026-02-10T10:00:00+02:00') } as const;

  it('needs the reasons and the legal basis', () => {
    const noReasons = update(registeredAppeal(), reject);
    expect(ruleOf(noReasons)).toBe('refusal.reasons_required');
    expect(messageOf(noReasons)).toContain('з посиланням на Закон і викладенням мотивів відмови');
    expect(ruleOf(update(registeredAppeal(), { ...reject, refusalReasons: 'Земельна ділянка не належить до комунальної власності.' }))).toBe(
      'refusal.legal_basis_required',
    );
  });

  it('pre-fills how to appeal the refusal when empty, and keeps the clerk’s own text', () => {
    const full = { ...reject, refusalReasons: 'Ділянка не комунальна.', refusalLegalBasis: 'ст. 122 Земельного кодексу України' };
    expect(update(registeredAppeal(), full)).toEqual({ ok: true, set: expect.objectContaining({ refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE }) });
    expect(DEFAULT_REFUSAL_APPEAL_PROCEDURE).toContain('статті 16 Закону України "Про звернення громадян"');
    const own = update(registeredAppeal(), { ...full, refusalAppealProcedure: 'Оскаржити до виконавчого комітету.' });
    expect(own.ok && 'refusalAppealProcedure' in own.set).toBe(false);
    const cleared = update(registeredAppeal({ ...full, refusalAppealProcedure: 'Свій текст' }), { refusalAppealProcedure: '' });
    expect(cleared).toEqual({ ok: true, set: expect.objectContaining({ refusalAppealProcedure: DEFAULT_REFUSAL_APPEAL_PROCEDURE }) });
  });

  it('asks nothing more of an answer that is not a refusal', () => {
    const decision = update(registeredAppeal(), { ...reject, answerOutcome: 'satisfied' });
    expect(decision.ok && 'refusalAppealProcedure' in decision.set).toBe(false);
  });
});
