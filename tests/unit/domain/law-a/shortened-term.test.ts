import { decideAppealChange, type AppealPatch } from '../../../../src/domain/appeal/rules';
import { registeredAppeal, settings } from '../fixtures';

// Received Monday 2 February 2026 10:00 Kyiv; one month ends on Monday 2 March 2026.
const NOW = new Date('2026-02-10T10:00:00+02:00');
const DEMAND: AppealPatch = {
  shortenedTermDemand: 'Прошу розглянути до 20.02.2026: 23.02.2026 спливає строк подання документів до суду.',
  shortenedTermDemandedAt: new Date('2026-02-09T11:00:00+02:00'),
};
const update = (patch: AppealPatch, now = NOW) =>
  decideAppealChange({ before: registeredAppeal({ workflowState: 'in_progress', assigneeId: 3 }), patch, now, settings: settings() });
const ruleOf = (d: ReturnType<typeof update>) => (d.ok ? null : d.error.rule);

describe('a shorter term on the applicant\'s reasoned written demand (Art. 20 ч. 2)', () => {
  it('sets dueAt to the end of the shorter day', () => {
    const decision = update({ ...DEMAND, shortenedUntil: '2026-02-20' });
    expect(decision.ok && decision.set.dueAt).toEqual(new Date('2026-02-20T21:59:59.999Z'));
  });

  it('moves a shorter term ending on Sunday 15.02.2026 to Monday 16.02.2026', () => {
    const decision = update({ ...DEMAND, shortenedUntil: '2026-02-15' });
    expect(decision.ok && decision.set.dueAt).toEqual(new Date('2026-02-16T21:59:59.999Z'));
  });

  it('accepts exactly the statutory last day 02.03.2026 and refuses 03.03.2026', () => {
    expect(update({ ...DEMAND, shortenedUntil: '2026-03-02' }).ok).toBe(true);
    const refused = update({ ...DEMAND, shortenedUntil: '2026-03-03' });
    expect(ruleOf(refused)).toBe('shortened_term.longer_than_statutory');
    expect(refused.ok === false && refused.error.message).toContain('не пізніше 02.03.2026');
    expect(refused.ok === false && refused.error.message).toContain('ст. 20');
  });

  it('accepts the day of the demand and refuses the day before it', () => {
    expect(update({ ...DEMAND, shortenedUntil: '2026-02-09' }).ok).toBe(true);
    expect(ruleOf(update({ ...DEMAND, shortenedUntil: '2026-02-08' }))).toBe('shortened_term.before_demand');
  });

  it('needs the demand and its date; the demand is not in the future nor before receipt', () => {
    expect(ruleOf(update({ shortenedUntil: '2026-02-20' }))).toBe('shortened_term.demand_required');
    expect(ruleOf(update({ shortenedTermDemand: DEMAND.shortenedTermDemand, shortenedUntil: '2026-02-20' }))).toBe('shortened_term.demand_date_required');
    expect(ruleOf(update({ ...DEMAND, shortenedTermDemandedAt: new Date('2026-02-10T10:06:00+02:00') }))).toBe('shortenedTermDemandedAt.in_future');
    expect(ruleOf(update({ ...DEMAND, shortenedTermDemandedAt: new Date('2026-02-02T09:59:00+02:00') }))).toBe('shortenedTermDemandedAt.before_receipt');
    expect(ruleOf(update({ ...DEMAND, shortenedUntil: '2026-02-31' }))).toBe('shortened_term.invalid_date');
  });

  it('records a demand that was not granted without moving the term', () => {
    const decision = update(DEMAND);
    expect(decision.ok && 'dueAt' in decision.set).toBe(false);
  });

  it('is frozen once the appeal is answered', () => {
    const answered = registeredAppeal({
      workflowState: 'answered', assigneeId: 3, answerText: 'Відповідь', answerOutcome: 'explained',
      answeredAt: new Date('2026-02-09T10:00:00+02:00'),
    });
    const decision = decideAppealChange({ before: answered, patch: { ...DEMAND, shortenedUntil: '2026-02-20' }, now: NOW, settings: settings() });
    expect(ruleOf(decision)).toBe('term.frozen');
  });
});
