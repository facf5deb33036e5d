import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { FORWARDING_NOTICE_TOLERANCE_MINUTES } from '../../../../src/domain/information-request/forwarding';
import { registeredRequest, settings } from './fixtures';

// Received Mon 2 February 2026 10:00 Kyiv (08:00Z): 48 hours end Wed 4 February 08:00Z; 5 working days end Mon 9 February.
const URGENT_DUE = new Date('2026-02-04T08:00:00.000Z');
const NOW = new Date('2026-02-06T12:00:00+02:00');

function update(before: InformationRequestSnapshot, patch: InformationRequestPatch, now = NOW): InformationRequestDecision {
  return decideInformationRequestChange({ before, patch, now, settings: settings() });
}

const urgentRequest = () =>
  registeredRequest({
    workflowState: 'in_progress',
    assigneeId: 3,
    urgent: true,
    urgencyGround: 'accident',
    urgencyJustification: 'Прорив тепломережі на вулиці',
    dueAt: URGENT_DUE,
  });

const forwardAt = (before: InformationRequestSnapshot, at: Date, noticeAt = at) =>
  update(before, {
    workflowState: 'forwarded',
    forwardedTo: 'Держпродспоживслужба',
    forwardedAt: at,
    requesterNotifiedOfForwardingAt: noticeAt,
  });

describe('rule 16: an urgent request forwarded after its 48 hours is late (Art. 20(2), 22(3) of Law 2939-VI)', () => {
  it('is on time at the 48th hour to the millisecond and late one millisecond after', () => {
    expect(forwardAt(urgentRequest(), URGENT_DUE)).toEqual({ ok: true, set: { workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: false } });
    expect(forwardAt(urgentRequest(), new Date('2026-02-04T08:00:00.001Z'))).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: true, forwardingNoticeLate: false },
    });
  });

  it('keeps 5 working days for an ordinary request: Thu 5 February is on time', () => {
    const ordinary = registeredRequest({ workflowState: 'in_progress', assigneeId: 3 });
    expect(forwardAt(ordinary, new Date('2026-02-05T10:00:00+02:00'))).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: false },
    });
  });
});

describe('rule 16: the notice to the requester is simultaneous with forwarding (Art. 22(3))', () => {
  const ordinary = () => registeredRequest({ workflowState: 'in_progress', assigneeId: 3 });
  const forwardedAt = new Date('2026-02-05T10:00:00+02:00');

  it(`records a notice up to ${FORWARDING_NOTICE_TOLERANCE_MINUTES} minutes either side of forwarding as on time`, () => {
    expect(FORWARDING_NOTICE_TOLERANCE_MINUTES).toBe(15);
    expect(forwardAt(ordinary(), forwardedAt, new Date('2026-02-05T10:15:00+02:00'))).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: false },
    });
    expect(forwardAt(ordinary(), forwardedAt, new Date('2026-02-05T09:45:00+02:00'))).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: false },
    });
  });

  it('records a notice 15 minutes and 1 millisecond after, or a day after, and marks it late', () => {
    expect(forwardAt(ordinary(), forwardedAt, new Date('2026-02-05T08:15:00.001Z'))).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: true },
    });
    expect(forwardAt(ordinary(), forwardedAt, new Date('2026-02-06T10:00:00+02:00'))).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedLate: false, forwardingNoticeLate: true },
    });
  });

  it('recomputes the mark when the moment of the notice is corrected while the request is forwarded', () => {
    const forwarded = registeredRequest({
      workflowState: 'forwarded', assigneeId: 3, forwardedTo: 'ОВА', forwardedAt, forwardedLate: false,
      requesterNotifiedOfForwardingAt: new Date('2026-02-06T10:00:00+02:00'),
    } as Partial<InformationRequestSnapshot>);
    expect(update(forwarded, { requesterNotifiedOfForwardingAt: new Date('2026-02-05T10:05:00+02:00') })).toEqual({
      ok: true,
      set: { forwardingNoticeLate: false },
    });
    // an edit of another field leaves the recorded mark alone
    expect(update(forwarded, { forwardedTo: 'Обласна військова адміністрація' })).toEqual({ ok: true, set: {} });
  });

  it('refuses a notice more than 15 minutes before forwarding, naming the article and both moments', () => {
    const decision = forwardAt(ordinary(), forwardedAt, new Date('2026-02-05T07:44:59.999Z'));
    const error = {
      field: 'requesterNotifiedOfForwardingAt',
      rule: 'forwarded.notice_not_simultaneous',
      message:
        'Запит направляють належному розпоряднику «з одночасним повідомленням про це запитувача» (ч. 3 ст. 22 ' +
        'Закону «Про доступ до публічної інформації»). Запит направлено 05.02.2026 10:00, а запитувача повідомлено ' +
        '05.02.2026 09:44 — раніше за направлення більш ніж на 15 хвилин. Вкажіть фактичні моменти направлення запиту ' +
        'і повідомлення запитувача (якщо дату направлення не вказано, нею вважається момент запису).',
    };
    expect(decision).toEqual({ ok: false, error, errors: [error] });
    const dayEarlier = forwardAt(ordinary(), forwardedAt, new Date('2026-02-04T10:00:00+02:00'));
    expect(dayEarlier.ok === false && dayEarlier.error.rule).toBe('forwarded.notice_not_simultaneous');
  });

  it('measures a notice given without the forwarding moment against now, the default moment of forwarding', () => {
    const patch = { workflowState: 'forwarded' as const, forwardedTo: 'ОВА', requesterNotifiedOfForwardingAt: new Date('2026-02-05T10:00:00+02:00') };
    const decision = update(ordinary(), patch);
    expect(decision.ok === false && decision.error.rule).toBe('forwarded.notice_not_simultaneous');
    expect(update(ordinary(), { ...patch, requesterNotifiedOfForwardingAt: NOW })).toEqual({
      ok: true,
      set: { workflowState: 'forwarded', forwardedAt: NOW, forwardedLate: false, forwardingNoticeLate: false },
    });
  });
});

describe('rule 17: no charge for information of public interest (Art. 21(4))', () => {
  const answering = (patch: InformationRequestPatch) =>
    update(registeredRequest({ workflowState: 'in_progress', assigneeId: 3 }), {
      workflowState: 'answered',
      answerText: 'Копії договорів додано',
      answerOutcome: 'provided',
      pages: 40,
      copyingCharge: 60,
      ...patch,
    });

  it('charges 40 pages of ordinary information, not of public interest', () => {
    expect(answering({}).ok).toBe(true);
    const decision = answering({ publicInterest: true });
    expect(decision).toEqual({
      ok: false,
      error: {
        field: 'copyingCharge',
        rule: 'charge.public_interest',
        message:
          'При наданні інформації, що становить суспільний інтерес, плата за копіювання та друк не стягується (ч. 4 ' +
          'ст. 21 Закону «Про доступ до публічної інформації»). Приберіть суму плати або зніміть позначку «Суспільний ' +
          'інтерес», якщо її поставлено помилково.',
      }, errors: [{
        field: 'copyingCharge',
        rule: 'charge.public_interest',
        message:
          'При наданні інформації, що становить суспільний інтерес, плата за копіювання та друк не стягується (ч. 4 ' +
          'ст. 21 Закону «Про доступ до публічної інформації»). Приберіть суму плати або зніміть позначку «Суспільний ' +
          'інтерес», якщо її поставлено помилково.',
      }],
    });
    expect(answering({ publicInterest: true, copyingCharge: 0 }).ok).toBe(true);
  });

  it('refuses marking a charged request as public interest afterwards', () => {
    const charged = registeredRequest({ workflowState: 'in_progress', assigneeId: 3, pages: 40, copyingCharge: 60 });
    const decision = update(charged, { publicInterest: true });
    expect(decision.ok === false && decision.error.rule).toBe('charge.public_interest');
  });
});

describe('rule 17: urgency marked by the council itself (Art. 20(2))', () => {
  const create = (patch: InformationRequestPatch) =>
    decideInformationRequestChange({
      before: null,
      patch: { receivedAt: new Date('2026-02-02T10:00:00+02:00'), urgent: true, urgencyGround: 'accident', ...patch },
      now: new Date('2026-02-02T10:05:00+02:00'),
      settings: settings(),
    });

  it('needs no justification from the requester, but the council’s reason', () => {
    const byRequester = create({});
    expect(byRequester.ok === false && byRequester.error.rule).toBe('urgency.justification_required');
    const noReason = create({ urgencyMarkedByCouncil: true });
    expect(noReason.ok === false && noReason.error.rule).toBe('urgency.council_reason_required');
    expect(create({ urgencyMarkedByCouncil: true, urgencyCouncilReason: 'Раді відомо про аварію на водогоні 2 лютого' })).toEqual({
      ok: true,
      set: { workflowState: 'registered', dueAt: new Date('2026-02-04T08:00:00.000Z') },
    });
  });

  it('still needs a ground of Art. 20(2), and the mark only on an urgent request', () => {
    const noGround = create({ urgencyGround: null, urgencyMarkedByCouncil: true, urgencyCouncilReason: 'Аварія' });
    expect(noGround.ok === false && noGround.error.rule).toBe('urgency.ground_required');
    const notUrgent = create({ urgent: false, urgencyMarkedByCouncil: true, urgencyCouncilReason: 'Аварія' });
    expect(notUrgent.ok === false && notUrgent.error.rule).toBe('urgency.council_mark_without_urgent');
  });
});
