import {
  InformationRequestDecision,
  InformationRequestPatch,
  InformationRequestSnapshot,
  decideInformationRequestChange,
} from '../../../../src/domain/information-request/rules';
import { registeredRequest, settings } from './fixtures';

// Received Monday 2 February 2026 10:00 Kyiv. Due at the end of Mon 9 February (5th working day), which
// is also the last moment to tell the requester of an extension; 20 working days end on Mon 2 March.
const NOW = new Date('2026-02-11T10:00:00+02:00');
const EXTENSION: InformationRequestPatch = {
  extensionReason: 'Запитано копії 300 договорів за 5 років: пошук серед значної кількості даних',
  extensionGround: 'search_among_large_data',
  requesterNotifiedOfExtensionAt: new Date('2026-02-05T16:00:00+02:00'),
};

function inProgress(overrides: Partial<InformationRequestSnapshot> = {}): InformationRequestSnapshot {
  return registeredRequest({ workflowState: 'in_progress', assigneeId: 3, ...overrides });
}

function extended(until: string, dueAt: string): InformationRequestSnapshot {
  return inProgress({ ...EXTENSION, workflowState: 'extended', extendedUntil: until, dueAt: new Date(dueAt) });
}

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

describe('extending the term up to 20 working days (Art. 20(4))', () => {
  it('moves the request to «extended» and the due instant to the end of the chosen day', () => {
    expect(update(inProgress(), { extendedUntil: '2026-02-20', ...EXTENSION })).toEqual({
      ok: true,
      set: { workflowState: 'extended', dueAt: new Date('2026-02-20T21:59:59.999Z') },
    });
    expect(update(inProgress(), { workflowState: 'extended', extendedUntil: '2026-02-20', ...EXTENSION })).toEqual({
      ok: true,
      set: { workflowState: 'extended', dueAt: new Date('2026-02-20T21:59:59.999Z') },
    });
    // the admin panel sends the unchanged state back with the form
    expect(update(inProgress(), { workflowState: 'in_progress', extendedUntil: '2026-02-20', ...EXTENSION })).toEqual({
      ok: true,
      set: { workflowState: 'extended', dueAt: new Date('2026-02-20T21:59:59.999Z') },
    });
  });

  it('accepts the 20th working day (Mon 2 March) and refuses one working day after', () => {
    expect(update(inProgress(), { extendedUntil: '2026-03-02', ...EXTENSION })).toEqual({
      ok: true,
      set: { workflowState: 'extended', dueAt: new Date('2026-03-02T21:59:59.999Z') },
    });
    const over = update(inProgress(), { extendedUntil: '2026-03-03', ...EXTENSION });
    expect(over).toMatchObject({
      ok: false,
      error: {
        field: 'extendedUntil',
        rule: 'extension.over_20_working_days',
        message:
          'Строк розгляду запиту можна продовжити не більше ніж до 20 робочих днів з дня надходження ' +
          '(ч. 4 ст. 20 Закону «Про доступ до публічної інформації»). Оберіть дату не пізніше 02.03.2026.',
      },
    });
  });

  it('counts the limit with the calendar of the settings', () => {
    // Received Fri 21 August; peacetime skips Mon 24 August, so the 20th working day is Mon 21 September.
    const friday = new Date('2026-08-21T15:00:00+03:00');
    const before = inProgress({ receivedAt: friday, dueAt: new Date('2026-08-31T20:59:59.999Z') });
    const patch = { ...EXTENSION, requesterNotifiedOfExtensionAt: new Date('2026-08-27T12:00:00+03:00') };
    const now = new Date('2026-08-28T12:00:00+03:00');
    const decide = (until: string, martialLaw: boolean) =>
      decideInformationRequestChange({
        before,
        patch: { ...patch, extendedUntil: until },
        now,
        settings: settings(martialLaw),
      });
    expect(decide('2026-09-21', false).ok).toBe(true);
    expect(ruleOf(decide('2026-09-22', false))).toBe('extension.over_20_working_days');
    // under martial law 24 August is a working day: the 20th working day is Fri 18 September
    expect(ruleOf(decide('2026-09-21', true))).toBe('extension.over_20_working_days');
    expect(decide('2026-09-18', true).ok).toBe(true);
  });

  it('may not end before the current term', () => {
    expect(update(inProgress(), { extendedUntil: '2026-02-09', ...EXTENSION }).ok).toBe(true);
    const earlier = update(inProgress(), { extendedUntil: '2026-02-06', ...EXTENSION });
    expect(earlier.ok === false && earlier.error).toEqual({
      field: 'extendedUntil',
      rule: 'extension.before_current_due',
      message:
        'Продовжений строк не може бути коротшим за чинний: строк відповіді на запит спливає 09.02.2026 ' +
        '(ст. 20 Закону «Про доступ до публічної інформації»). Оберіть дату не раніше 09.02.2026.',
    });
  });

  it('needs the reasons and a real date', () => {
    expect(ruleOf(update(inProgress(), { ...EXTENSION, extendedUntil: '2026-02-20', extensionReason: ' ' }))).toBe(
      'extension.reason_required',
    );
    expect(ruleOf(update(inProgress(), { ...EXTENSION, extendedUntil: '2026-02-30' }))).toBe('extension.invalid_date');
    expect(ruleOf(update(inProgress(), { ...EXTENSION, workflowState: 'extended' }))).toBe('extension.date_required');
    expect(ruleOf(update(inProgress(), { workflowState: 'extended' }))).toBe('extension.reason_required');
  });
});

describe('telling the requester of the extension within 5 working days', () => {
  const withNotice = (notifiedAt: Date | null) =>
    update(inProgress(), { ...EXTENSION, extendedUntil: '2026-02-20', requesterNotifiedOfExtensionAt: notifiedAt });

  it('accepts a notice on the 5th working day, to its last millisecond', () => {
    expect(withNotice(new Date('2026-02-09T17:00:00+02:00')).ok).toBe(true);
    expect(withNotice(new Date('2026-02-09T21:59:59.999Z')).ok).toBe(true);
  });

  it('refuses a notice on the 6th working day, naming the rule', () => {
    expect(withNotice(new Date('2026-02-10T00:00:00+02:00'))).toMatchObject({
      ok: false,
      error: {
        field: 'requesterNotifiedOfExtensionAt',
        rule: 'extension.notice_late',
        message:
          'Запитувача повідомлено про продовження строку 10.02.2026, а повідомити запитувача протягом 5 робочих днів ' +
          'з дня надходження запиту (ч. 4 ст. 20 Закону «Про доступ до публічної інформації») треба було не пізніше ' +
          '09.02.2026. Строк продовжити вже не можна: надайте відповідь або мотивовану відмову.',
      },
    });
  });

  it('requires the notice, dated between receipt and now', () => {
    const missing = withNotice(null);
    expect(ruleOf(missing)).toBe('extension.notice_required');
    expect(missing.ok === false && missing.error.message).toContain('не пізніше 09.02.2026');
    expect(ruleOf(withNotice(new Date('2026-02-11T10:05:00.001+02:00')))).toBe(
      'requesterNotifiedOfExtensionAt.in_future',
    );
    expect(ruleOf(withNotice(new Date('2026-02-02T09:59:00+02:00')))).toBe(
      'requesterNotifiedOfExtensionAt.before_receipt',
    );
    expect(ruleOf(withNotice(new Date('garbage')))).toBe('requesterNotifiedOfExtensionAt.invalid');
  });
});

describe('when an extension is not possible', () => {
  it('not for an urgent request', () => {
    const urgent = inProgress({
      urgent: true,
      urgencyGround: 'life_or_freedom',
      urgencyJustification: 'Пошук зниклої особи',
      dueAt: new Date('2026-02-04T08:00:00.000Z'),
    });
    const decision = update(urgent, { extendedUntil: '2026-02-20', ...EXTENSION });
    expect(ruleOf(decision)).toBe('extension.urgent_request');
    expect(decision.ok === false && decision.error.message).toContain('ч. 2 ст. 20');
  });

  it('not once the request is answered, forwarded or refused', () => {
    const answered = inProgress({
      workflowState: 'answered',
      answerText: 'Надаємо',
      answerOutcome: 'provided',
      answeredAt: new Date('2026-02-05T10:00:00+02:00'),
    });
    const decision = update(answered, { extendedUntil: '2026-02-20', ...EXTENSION });
    expect(ruleOf(decision)).toBe('extension.state_not_open');
    expect(decision.ok === false && decision.error.message).toContain('«надано відповідь»');
    expect(
      ruleOf(
        update(inProgress(), {
          extendedUntil: '2026-02-20',
          ...EXTENSION,
          workflowState: 'answered',
          answerText: 'Надаємо',
          answerOutcome: 'provided',
        }),
      ),
    ).toBe('extension.state_not_open');
  });

  it('not together with a move to another open state, nor at registration', () => {
    expect(ruleOf(update(inProgress(), { extendedUntil: '2026-02-20', ...EXTENSION, workflowState: 'assigned' }))).toBe(
      'extension.state_required',
    );
    const atRegistration = decideInformationRequestChange({
      before: null,
      patch: { receivedAt: new Date('2026-02-02T10:00:00+02:00'), extendedUntil: '2026-02-20', ...EXTENSION },
      now: NOW,
      settings: settings(),
    });
    expect(ruleOf(atRegistration)).toBe('extension.state_required');
  });

  it('a request made urgent keeps no extension', () => {
    const decision = update(extended('2026-02-20', '2026-02-20T21:59:59.999Z'), {
      urgent: true,
      urgencyGround: 'accident',
      urgencyJustification: 'Аварія на водогоні',
    });
    expect(ruleOf(decision)).toBe('extension.urgent_request');
  });
});

describe('an extension in force', () => {
  const current = () => extended('2026-02-20', '2026-02-20T21:59:59.999Z');

  it('cannot be withdrawn: the requester was told', () => {
    const decision = update(current(), { extendedUntil: null });
    expect(ruleOf(decision)).toBe('extension.cannot_clear');
    expect(decision.ok === false && decision.error.message).toContain('до 20.02.2026');
    expect(ruleOf(update(current(), { extendedUntil: '' }))).toBe('extension.cannot_clear');
  });

  it('can be changed only with a new notice, still within the 5 working days', () => {
    const now = new Date('2026-02-06T12:00:00+02:00');
    expect(ruleOf(update(current(), { extendedUntil: '2026-02-27' }, now))).toBe('extension.new_notice_required');
    expect(
      update(
        current(),
        { extendedUntil: '2026-02-27', requesterNotifiedOfExtensionAt: new Date('2026-02-06T11:00:00+02:00') },
        now,
      ),
    ).toEqual({ ok: true, set: { dueAt: new Date('2026-02-27T21:59:59.999Z') } });
    expect(
      ruleOf(
        update(current(), {
          extendedUntil: '2026-02-27',
          requesterNotifiedOfExtensionAt: new Date('2026-02-10T11:00:00+02:00'),
        }),
      ),
    ).toBe('extension.notice_late');
    expect(
      ruleOf(
        update(
          current(),
          { extendedUntil: '2026-02-19', requesterNotifiedOfExtensionAt: new Date('2026-02-06T11:00:00+02:00') },
          now,
        ),
      ),
    ).toBe('extension.before_current_due');
  });

  it('re-checks its reasons and notice when they are edited', () => {
    expect(ruleOf(update(current(), { extensionReason: '' }))).toBe('extension.reason_required');
    expect(ruleOf(update(current(), { requesterNotifiedOfExtensionAt: new Date('2026-02-10T09:00:00+02:00') }))).toBe(
      'extension.notice_late',
    );
    expect(update(current(), { extensionReason: 'Великий обсяг інформації' })).toEqual({ ok: true, set: {} });
  });

  it('survives a corrected receipt time when it still fits', () => {
    expect(update(current(), { receivedAt: new Date('2026-02-02T09:00:00+02:00') })).toEqual({ ok: true, set: {} });
    expect(
      update(current(), {
        receivedAt: new Date('2026-02-02T09:00:00+02:00'),
        dueAt: new Date('2026-02-09T21:59:59.999Z'),
      }),
    ).toEqual({ ok: true, set: { dueAt: new Date('2026-02-20T21:59:59.999Z') } });
  });

  it('is re-checked against an earlier receipt date', () => {
    // Received Mon 26 January instead: the 20th working day is Mon 23 February, the notice was due on Mon 2 February.
    const atLimit = extended('2026-03-02', '2026-03-02T21:59:59.999Z');
    expect(ruleOf(update(atLimit, { receivedAt: new Date('2026-01-26T10:00:00+02:00') }))).toBe(
      'extension.over_20_working_days',
    );
    expect(ruleOf(update(current(), { receivedAt: new Date('2026-01-26T10:00:00+02:00') }))).toBe(
      'extension.notice_late',
    );
  });

  it('sets the term against which a late answer is judged', () => {
    const answer = {
      workflowState: 'answered' as const,
      answerText: 'Копії договорів додаються',
      answerOutcome: 'provided',
    };
    const onTime = update(
      current(),
      { ...answer, answeredAt: new Date('2026-02-20T21:59:59.999Z') },
      new Date('2026-02-23T09:00:00+02:00'),
    );
    expect(onTime).toEqual({
      ok: true,
      set: { workflowState: 'answered', answeredLate: false },
    });
    const late = update(current(), answer, new Date('2026-02-21T00:00:00+02:00'));
    expect(late).toEqual({
      ok: true,
      set: { workflowState: 'answered', answeredAt: new Date('2026-02-21T00:00:00+02:00'), answeredLate: true },
    });
  });
});
