import { AppealDecision, AppealPatch, AppealSnapshot, decideAppealChange } from '../../../../src/domain/appeal/rules';
import {
  InformationRequestDecision,
  InformationRequestPatch,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { registeredAppeal, settings } from '../fixtures';
import { registeredRequest } from '../information-request/fixtures';

// Received Monday 2 February 2026; the appeal is still being considered on 10 February.
const NOW = new Date('2026-02-10T10:00:00+02:00');

function updateAppeal(before: AppealSnapshot, patch: AppealPatch): AppealDecision {
  return decideAppealChange({ before, patch, now: NOW, settings: settings() });
}

function createAppeal(patch: AppealPatch): AppealDecision {
  const base: AppealPatch = { receivedAt: new Date('2026-02-02T10:00:00+02:00'), authorKind: 'individual', applicantFullName: 'Шевченко Тарас', channel: 'written' };
  return decideAppealChange({ before: null, patch: { ...base, ...patch }, now: NOW, settings: settings() });
}

function updateRequest(patch: InformationRequestPatch): InformationRequestDecision {
  return decideInformationRequestChange({
    before: registeredRequest({ workflowState: 'in_progress', assigneeId: 5 }),
    patch,
    now: new Date('2026-02-06T12:00:00+02:00'),
    settings: settings(),
  });
}

/** field → rule of every violation the refusal reports, in order. */
function reported(decision: { ok: boolean } & Record<string, any>): Array<[string, string]> {
  if (decision.ok) return [];
  return decision.errors.map((v: { field: string; rule: string }) => [v.field, v.rule]);
}

describe('one save, every broken rule at once', () => {
  const inProgress = registeredAppeal({ workflowState: 'in_progress', assigneeId: 5 });

  it('reports a missing answer text and a missing outcome of the same answer together, the first heading the refusal', () => {
    const decision = updateAppeal(inProgress, { workflowState: 'answered' });
    expect(reported(decision)).toEqual([
      ['answerText', 'answered.text_required'],
      ['answerOutcome', 'answered.outcome_required'],
    ]);
    expect(decision.ok === false && decision.error).toEqual(decision.ok === false && decision.errors[0]);
    expect(decision.ok === false && decision.error.message).toContain('текст відповіді');
  });

  it('keeps reporting the outcome when the answer text is typed', () => {
    const decision = updateAppeal(inProgress, { workflowState: 'answered', answerText: 'Відповідь надіслано поштою.' });
    expect(reported(decision)).toEqual([['answerOutcome', 'answered.outcome_required']]);
  });

  it('reports an answer dated before the receipt together with the missing outcome', () => {
    const decision = updateAppeal(inProgress, {
      workflowState: 'answered',
      answerText: 'Відповідь.',
      answeredAt: new Date('2026-01-20T10:00:00+02:00'),
    });
    expect(reported(decision).map(([field]) => field)).toEqual(['answerOutcome', 'answeredAt']);
  });

  it('reports a field rule and what the requested state needs together', () => {
    // a hotline appeal without its card number, created as forwarded without a recipient: the card number is a
    // field rule; a new appeal is registered first, so the state is refused and its requirements are not asked
    const decision = createAppeal({ channel: 'government_hotline', workflowState: 'forwarded' });
    expect(reported(decision)).toEqual([
      ['contactCenterCardNumber', 'hotline.card_number_required'],
      ['workflowState', 'state.create_must_be_registered'],
    ]);
  });

  it('reports a field rule together with an unmet requirement of the state it enters', () => {
    const decision = updateAppeal(inProgress, { workflowState: 'forwarded', channel: 'government_hotline' });
    expect(reported(decision)).toEqual([
      ['contactCenterCardNumber', 'hotline.card_number_required'],
      ['forwardedTo', 'forwarded.recipient_required'],
    ]);
  });

  it('does not ask what a refused state requires', () => {
    const closed = registeredAppeal({ workflowState: 'registered' });
    const decision = updateAppeal(closed, { workflowState: 'closed' });
    expect(reported(decision)).toEqual([['workflowState', 'state.transition_not_allowed']]);
  });

  it('reports one violation per field', () => {
    const decision = updateAppeal(inProgress, { workflowState: 'answered', answerText: '  ' });
    const fields = reported(decision).map(([field]) => field);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('still accepts a complete save', () => {
    expect(updateAppeal(inProgress, { workflowState: 'answered', answerText: 'Відповідь.', answerOutcome: 'explained' }).ok).toBe(true);
  });

  it('reports every missing part of an information request answer, but no refusal ground before the outcome is chosen', () => {
    expect(reported(updateRequest({ workflowState: 'answered' }))).toEqual([
      ['answerText', 'answered.text_required'],
      ['answerOutcome', 'answered.outcome_required'],
    ]);
    expect(reported(updateRequest({ workflowState: 'answered', answerOutcome: 'partially_provided' }))).toEqual([
      ['answerText', 'answered.text_required'],
      ['refusalGround', 'refusal.ground_required'],
    ]);
  });

  it('reports a missing recipient and a missing notice of forwarding an information request together', () => {
    expect(reported(updateRequest({ workflowState: 'forwarded' }))).toEqual([
      ['forwardedTo', 'forwarded.recipient_required'],
      ['requesterNotifiedOfForwardingAt', 'forwarded.notice_required'],
    ]);
  });
});
