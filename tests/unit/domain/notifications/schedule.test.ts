import type { Calendar } from '../../../../src/domain/calendar';
import {
  afterFailedAttempt, digestHorizon, distinctRecipients, notificationKey, priorityFirst, reminderFor, reminderWindow, startOfKyivDay,
} from '../../../../src/domain/notifications/schedule';

const martial: Calendar = { martialLaw: true, days: [] };
const OFFSETS = [3, 1];
// Tuesday 17.03.2026, end of the day in Kyiv (UTC+2 in March).
const DUE = new Date('2026-03-17T21:59:59.999Z');
const at = (iso: string) => new Date(iso);

describe('reminderFor: which reminder an item gets today', () => {
  it.each([
    ['2026-03-11T07:00:00Z', null], // 4 working days left
    ['2026-03-12T07:00:00Z', { kind: 'reminder', workingDaysLeft: 3 }], // Thursday
    ['2026-03-13T07:00:00Z', null], // Friday: 2 left, not an offset
    ['2026-03-14T07:00:00Z', null], // Saturday: Monday and Tuesday still ahead, 2 left
    ['2026-03-16T07:00:00Z', { kind: 'reminder', workingDaysLeft: 1 }], // Monday
    ['2026-03-17T07:00:00Z', { kind: 'due_today' }],
    ['2026-03-17T21:30:00Z', { kind: 'due_today' }], // 23:30 Kyiv, still the due day
    ['2026-03-18T07:00:00Z', null], // overdue: escalation, not a reminder
  ])('now %s → %j', (now, expected) => {
    expect(reminderFor(DUE, at(now), OFFSETS, martial)).toEqual(expected);
  });

  it('treats a due date on a Sunday as due on the last working day before it', () => {
    const sunday = new Date('2026-03-15T21:59:59.999Z');
    expect(reminderFor(sunday, at('2026-03-13T07:00:00Z'), OFFSETS, martial)).toEqual({ kind: 'due_today' });
    expect(reminderFor(sunday, at('2026-03-12T07:00:00Z'), OFFSETS, martial)).toEqual({ kind: 'reminder', workingDaysLeft: 1 });
  });

  it('skips peacetime holidays from the calendar, and counts them as working days under martial law', () => {
    const peace: Calendar = { martialLaw: false, days: [{ date: '2026-03-16', kind: 'holiday' }] };
    expect(reminderFor(DUE, at('2026-03-12T07:00:00Z'), OFFSETS, peace)).toBeNull(); // 13 and 17 only: 2 left
    expect(reminderFor(DUE, at('2026-03-11T07:00:00Z'), OFFSETS, peace)).toEqual({ kind: 'reminder', workingDaysLeft: 3 });
    expect(reminderFor(DUE, at('2026-03-13T07:00:00Z'), OFFSETS, peace)).toEqual({ kind: 'reminder', workingDaysLeft: 1 });
  });

  it('follows configured offsets', () => {
    expect(reminderFor(DUE, at('2026-03-10T07:00:00Z'), [5, 2], martial)).toEqual({ kind: 'reminder', workingDaysLeft: 5 });
    expect(reminderFor(DUE, at('2026-03-12T07:00:00Z'), [5, 2], martial)).toBeNull();
  });
});

describe('the windows the jobs query', () => {
  it('reminders: from now to the end of the last day still max(offsets) working days away', () => {
    expect(reminderWindow(at('2026-03-12T07:00:00Z'), OFFSETS, martial)).toEqual({ from: at('2026-03-12T07:00:00Z'), to: at('2026-03-17T21:59:59.999Z') });
    // Friday: three working days reach Wednesday; Saturday and Sunday after Friday are not reached.
    expect(reminderWindow(at('2026-03-13T07:00:00Z'), OFFSETS, martial).to).toEqual(at('2026-03-18T21:59:59.999Z'));
    // Thursday with offset 1: Friday, and the weekend after it is still one working day away.
    expect(reminderWindow(at('2026-03-12T07:00:00Z'), [1], martial).to).toEqual(at('2026-03-15T21:59:59.999Z'));
  });

  it('digest: to the end of the third working day, across a weekend and a daylight-saving change', () => {
    expect(digestHorizon(at('2026-03-18T06:00:00Z'), 3, martial)).toEqual(at('2026-03-23T21:59:59.999Z'));
    // Friday 27.03.2026 08:00 Kyiv: Mon 30, Tue 31, Wed 1 April — after the clocks moved to UTC+3 on 29 March.
    expect(digestHorizon(at('2026-03-27T06:00:00Z'), 3, martial)).toEqual(at('2026-04-01T20:59:59.999Z'));
  });

  it('startOfKyivDay is midnight in Kyiv', () => {
    expect(startOfKyivDay('2026-03-17')).toEqual(at('2026-03-16T22:00:00.000Z'));
    expect(startOfKyivDay('2026-07-01')).toEqual(at('2026-06-30T21:00:00.000Z'));
  });
});

describe('idempotency keys and recipients', () => {
  it('names the item, the kind, the date and the recipient', () => {
    expect(notificationKey('appeal', 'abc123', 'reminder_3', '2026-03-17', 'p.koval@example.gov.ua')).toBe('appeal:abc123:reminder_3:2026-03-17:p.koval@example.gov.ua');
    expect(notificationKey('appeal', 'a:b c')).toBe('appeal:a_b_c');
    expect(notificationKey('x'.repeat(300)).length).toBe(255);
  });

  it('escalates once per address, whatever the case, skipping the unknown', () => {
    expect(distinctRecipients(['a@x.ua', null, 'B@x.ua', 'A@X.UA', '', undefined, ' b@x.ua '])).toEqual(['a@x.ua', 'B@x.ua']);
  });
});

describe('afterFailedAttempt: exponential backoff, then failed', () => {
  const policy = { baseSeconds: 60, maxAttempts: 5, capSeconds: 600 };
  const now = at('2026-03-12T07:00:00Z');
  it.each([
    [1, 60],
    [2, 120],
    [3, 240],
    [4, 480],
  ])('after attempt %i waits %i s', (attempts, seconds) => {
    expect(afterFailedAttempt(attempts, now, policy)).toEqual({ state: 'pending', nextAttemptAt: new Date(now.getTime() + seconds * 1000) });
  });
  it('caps the wait and gives up after the last attempt', () => {
    expect(afterFailedAttempt(4, now, { ...policy, capSeconds: 300 })).toEqual({ state: 'pending', nextAttemptAt: new Date(now.getTime() + 300_000) });
    expect(afterFailedAttempt(5, now, policy)).toEqual({ state: 'failed' });
  });
});

describe('priorityFirst (Art. 20 of Law 393/96-ВР: privileged applicants first)', () => {
  it('puts privileged appeals first and keeps the order by term within each group', () => {
    const lines = [
      { registrationNumber: 'Ш-1/2026', dueAt: '2026-03-16T21:59:59.999Z' },
      { registrationNumber: 'К-2/2026', dueAt: '2026-03-17T21:59:59.999Z', priority: true },
      { registrationNumber: 'ЗІ-3/2026', dueAt: '2026-03-18T21:59:59.999Z', priority: false },
      { registrationNumber: 'Б-4/2026', dueAt: '2026-03-19T21:59:59.999Z', priority: true },
    ];
    expect(priorityFirst(lines).map((line) => line.registrationNumber)).toEqual(['К-2/2026', 'Б-4/2026', 'Ш-1/2026', 'ЗІ-3/2026']);
    expect(lines.map((line) => line.registrationNumber)).toEqual(['Ш-1/2026', 'К-2/2026', 'ЗІ-3/2026', 'Б-4/2026']);
  });
});
