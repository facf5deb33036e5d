import {
  appealDueAt,
  appealExtensionLimit,
  forwardingDeadline,
  returnDeadline,
} from '../../../src/domain/appeal/deadlines';
import { decideAppealChange } from '../../../src/domain/appeal/rules';
import { registeredAppeal, settings } from './fixtures';

// Monday 2 February 2026, 10:00 Kyiv
const RECEIVED = new Date('2026-02-02T10:00:00+02:00');
const NOW = new Date('2026-02-10T10:00:00+02:00');

describe('terms of Law 393/96-ВР', () => {
  it('Art. 20: one month when additional study is needed, 15 days otherwise', () => {
    expect(appealDueAt(RECEIVED, true, settings()).toISOString()).toBe('2026-03-02T21:59:59.999Z');
    expect(appealDueAt(RECEIVED, false, settings()).toISOString()).toBe('2026-02-17T21:59:59.999Z');
  });

  it('Art. 20: the extension limit is 45 days from receipt (Thursday 19 March)', () => {
    expect(appealExtensionLimit(RECEIVED, settings()).toISOString()).toBe('2026-03-19T21:59:59.999Z');
  });

  it('Art. 7: forwarding within 5 days — Saturday 7 February rolls to Monday 9 February, whatever the control rule', () => {
    // The statutory term (Civil Code Art. 254(5)): `previous` / `none` shape only the internal control date.
    expect(forwardingDeadline(RECEIVED, settings()).toISOString()).toBe('2026-02-09T21:59:59.999Z');
    expect(forwardingDeadline(RECEIVED, settings(true, 'none')).toISOString()).toBe('2026-02-09T21:59:59.999Z');
    expect(forwardingDeadline(RECEIVED, settings(true, 'previous')).toISOString()).toBe('2026-02-09T21:59:59.999Z');
  });

  it('Art. 5: returning within 10 days — Thursday 12 February', () => {
    expect(returnDeadline(RECEIVED, settings()).toISOString()).toBe('2026-02-12T21:59:59.999Z');
  });
});

describe('the 45-day cap on an extension (Art. 20)', () => {
  const extend = (extendedUntil: string, receivedAt = RECEIVED, nonWorkingDayRule: 'next' | 'none' = 'next') =>
    decideAppealChange({
      before: registeredAppeal({ receivedAt, workflowState: 'in_progress', assigneeId: 3 }),
      patch: { extendedUntil, extensionReason: 'Потрібна перевірка на місці', extensionApprovedById: 7 },
      now: NOW,
      settings: settings(true, nonWorkingDayRule),
    });

  it('accepts an extension exactly to the 45th day', () => {
    expect(extend('2026-03-19')).toEqual({
      ok: true,
      set: { priority: false, dueAt: new Date('2026-03-19T21:59:59.999Z'), extensionNoticeRequired: true, extensionDecidedAt: NOW },
    });
  });

  it('refuses one day more, naming the rule and the last allowed date', () => {
    expect(extend('2026-03-20')).toMatchObject({
      ok: false,
      error: {
        field: 'extendedUntil',
        rule: 'extension.over_45_days',
        message:
          'Продовження строку понад 45 днів заборонено (ст. 20 Закону «Про звернення громадян»). ' +
          'Оберіть дату не пізніше 19.03.2026.',
      },
    });
  });

  it('rolls a 45th day that is a Sunday to Monday under Art. 254(5), also with the control rule `none`', () => {
    // Thursday 5 February + 45 = Sunday 22 March
    const received = new Date('2026-02-05T10:00:00+02:00');
    const before = { receivedAt: received, dueAt: new Date('2026-03-05T21:59:59.999Z') };
    const at = (date: string, rule: 'next' | 'none') =>
      decideAppealChange({
        before: registeredAppeal({ ...before, workflowState: 'in_progress', assigneeId: 3 }),
        patch: { extendedUntil: date, extensionReason: 'Запит до іншого органу', extensionApprovedById: 7 },
        now: NOW,
        settings: settings(true, rule),
      });
    expect(at('2026-03-23', 'next').ok).toBe(true);
    const refused = at('2026-03-24', 'next');
    expect(refused.ok === false && refused.error.message).toContain('не пізніше 23.03.2026');
    // The 45-day cap is statutory: the control rule `none` does not shorten it.
    expect(at('2026-03-23', 'none').ok).toBe(true);
    const refusedNone = at('2026-03-24', 'none');
    expect(refusedNone.ok === false && refusedNone.error.message).toContain('не пізніше 23.03.2026');
  });
});
