import {
  dueAfterDays,
  dueAfterHours,
  dueAfterMonths,
  dueAfterWorkingDays,
  formatKyivDate,
  formatKyivDateTime,
} from '../../../src/domain/terms';
import { calendar, settings } from './fixtures';

describe('dueAfterDays: the 15-day term of Art. 20 from each day of the week (martial law, roll to next)', () => {
  // Week of Monday 2 February 2026; receipt at 10:00 Kyiv (UTC+2). Last day = receipt + 15.
  const cases: [string, string, string][] = [
    ['Monday', '2026-02-02T10:00:00+02:00', '2026-02-17T21:59:59.999Z'], // Tue 17
    ['Tuesday', '2026-02-03T10:00:00+02:00', '2026-02-18T21:59:59.999Z'], // Wed 18
    ['Wednesday', '2026-02-04T10:00:00+02:00', '2026-02-19T21:59:59.999Z'], // Thu 19
    ['Thursday', '2026-02-05T10:00:00+02:00', '2026-02-20T21:59:59.999Z'], // Fri 20
    ['Friday', '2026-02-06T10:00:00+02:00', '2026-02-23T21:59:59.999Z'], // Sat 21 → Mon 23
    ['Saturday', '2026-02-07T10:00:00+02:00', '2026-02-23T21:59:59.999Z'], // Sun 22 → Mon 23
    ['Sunday', '2026-02-08T10:00:00+02:00', '2026-02-23T21:59:59.999Z'], // Mon 23
  ];
  it.each(cases)('received on %s', (_day, receivedAt, due) => {
    expect(dueAfterDays(new Date(receivedAt), 15, settings()).toISOString()).toBe(due);
  });

  it('takes day zero from the Kyiv date, not the UTC date', () => {
    // 00:30 Kyiv on Tuesday 3 February is still 2 February in UTC
    expect(dueAfterDays(new Date('2026-02-02T22:30:00Z'), 15, settings()).toISOString()).toBe(
      '2026-02-18T21:59:59.999Z',
    );
    // 23:30 Kyiv on Monday 2 February
    expect(dueAfterDays(new Date('2026-02-02T21:30:00Z'), 15, settings()).toISOString()).toBe(
      '2026-02-17T21:59:59.999Z',
    );
  });
});

describe('dueAfterMonths: Civil Code Art. 254(2)', () => {
  it('31 January 2026 + 1 month → 28 February (a Saturday) → rolled to Monday 2 March', () => {
    const received = new Date('2026-01-31T12:00:00+02:00');
    expect(dueAfterMonths(received, 1, settings()).toISOString()).toBe('2026-03-02T21:59:59.999Z');
    expect(dueAfterMonths(received, 1, settings(true, 'none')).toISOString()).toBe('2026-02-28T21:59:59.999Z');
    expect(dueAfterMonths(received, 1, settings(true, 'previous')).toISOString()).toBe('2026-02-27T21:59:59.999Z');
  });

  it('31 January 2028 (leap year) + 1 month → Tuesday 29 February', () => {
    expect(dueAfterMonths(new Date('2028-01-31T12:00:00+02:00'), 1, settings()).toISOString()).toBe(
      '2028-02-29T21:59:59.999Z',
    );
  });

  it('29 February 2028 + 1 month → Wednesday 29 March, in summer time', () => {
    expect(dueAfterMonths(new Date('2028-02-29T12:00:00+02:00'), 1, settings()).toISOString()).toBe(
      '2028-03-29T20:59:59.999Z',
    );
  });
});

describe('a public holiday as the last day (15 days)', () => {
  // 17 Dec 2025 + 15 = Thursday 1 January 2026; 9 Aug 2026 + 15 = Monday 24 August 2026
  const newYear = new Date('2025-12-17T10:00:00+02:00');
  const independenceDay = new Date('2026-08-09T10:00:00+03:00');

  it('is an ordinary working day under martial law: no roll', () => {
    expect(dueAfterDays(newYear, 15, settings(true)).toISOString()).toBe('2026-01-01T21:59:59.999Z');
    expect(dueAfterDays(independenceDay, 15, settings(true)).toISOString()).toBe('2026-08-24T20:59:59.999Z');
  });

  it('rolls to the next working day in peacetime (Art. 254(5))', () => {
    expect(dueAfterDays(newYear, 15, settings(false, 'next')).toISOString()).toBe('2026-01-02T21:59:59.999Z');
    expect(dueAfterDays(independenceDay, 15, settings(false, 'next')).toISOString()).toBe('2026-08-25T20:59:59.999Z');
  });

  it('rolls back with `previous`', () => {
    expect(dueAfterDays(newYear, 15, settings(false, 'previous')).toISOString()).toBe('2025-12-31T21:59:59.999Z');
    // Mon 24 Aug off, Sun 23 and Sat 22 off → Friday 21 August
    expect(dueAfterDays(independenceDay, 15, settings(false, 'previous')).toISOString()).toBe(
      '2026-08-21T20:59:59.999Z',
    );
  });

  it('stays on the holiday with `none`', () => {
    expect(dueAfterDays(newYear, 15, settings(false, 'none')).toISOString()).toBe('2026-01-01T21:59:59.999Z');
    expect(dueAfterDays(independenceDay, 15, settings(false, 'none')).toISOString()).toBe('2026-08-24T20:59:59.999Z');
  });
});

describe('a transferred working day on a Saturday', () => {
  // 26 Dec 2025 + 15 = Saturday 10 January 2026
  const received = new Date('2025-12-26T10:00:00+02:00');
  const days = [{ date: '2026-01-10', kind: 'transferred_working_day' as const }];

  it('ends the term on that Saturday in peacetime', () => {
    expect(dueAfterDays(received, 15, settings(false, 'next', days)).toISOString()).toBe('2026-01-10T21:59:59.999Z');
  });

  it('is ignored under martial law: rolled to Monday 12 January', () => {
    expect(dueAfterDays(received, 15, settings(true, 'next', days)).toISOString()).toBe('2026-01-12T21:59:59.999Z');
  });
});

describe('due days on the last Sundays of March and October (clock changes in Kyiv)', () => {
  it('29 March 2026 ends at 23:59:59.999 EEST (UTC+3)', () => {
    // Saturday 14 March + 15 = Sunday 29 March
    const received = new Date('2026-03-14T10:00:00+02:00');
    expect(dueAfterDays(received, 15, settings(true, 'none')).toISOString()).toBe('2026-03-29T20:59:59.999Z');
    expect(dueAfterDays(received, 15, settings(true, 'next')).toISOString()).toBe('2026-03-30T20:59:59.999Z');
    expect(dueAfterDays(received, 15, settings(true, 'previous')).toISOString()).toBe('2026-03-27T21:59:59.999Z');
  });

  it('25 October 2026 ends at 23:59:59.999 EET (UTC+2)', () => {
    // Saturday 10 October + 15 = Sunday 25 October
    const received = new Date('2026-10-10T10:00:00+03:00');
    expect(dueAfterDays(received, 15, settings(true, 'none')).toISOString()).toBe('2026-10-25T21:59:59.999Z');
    expect(dueAfterDays(received, 15, settings(true, 'next')).toISOString()).toBe('2026-10-26T21:59:59.999Z');
    expect(dueAfterDays(received, 15, settings(true, 'previous')).toISOString()).toBe('2026-10-23T20:59:59.999Z');
  });
});

describe('dueAfterWorkingDays: 5 working days of Law 2939-VI Art. 20', () => {
  it('from a Friday evening receipt → the next Friday', () => {
    expect(dueAfterWorkingDays(new Date('2026-02-06T19:30:00+02:00'), 5, calendar(true)).toISOString()).toBe(
      '2026-02-13T21:59:59.999Z',
    );
  });

  it('from a Saturday receipt → the next Friday', () => {
    expect(dueAfterWorkingDays(new Date('2026-02-07T11:00:00+02:00'), 5, calendar(true)).toISOString()).toBe(
      '2026-02-13T21:59:59.999Z',
    );
  });

  it('from the eve of New Year: the holiday is skipped only in peacetime', () => {
    const received = new Date('2025-12-31T16:00:00+02:00');
    expect(dueAfterWorkingDays(received, 5, calendar(false)).toISOString()).toBe('2026-01-08T21:59:59.999Z');
    expect(dueAfterWorkingDays(received, 5, calendar(true)).toISOString()).toBe('2026-01-07T21:59:59.999Z');
  });

  it('from the Friday before Independence Day', () => {
    const received = new Date('2026-08-21T16:00:00+03:00');
    expect(dueAfterWorkingDays(received, 5, calendar(false)).toISOString()).toBe('2026-08-31T20:59:59.999Z');
    expect(dueAfterWorkingDays(received, 5, calendar(true)).toISOString()).toBe('2026-08-28T20:59:59.999Z');
  });
});

describe('dueAfterHours: 48 hours of Law 2939-VI Art. 20(2)', () => {
  it('runs through a weekend, to the minute', () => {
    const due = dueAfterHours(new Date('2026-02-06T15:20:00+02:00'), 48);
    expect(due.toISOString()).toBe('2026-02-08T13:20:00.000Z');
    expect(formatKyivDateTime(due)).toBe('08.02.2026 15:20');
  });

  it('is 48 real hours across the spring-forward night (29 March 2026): the wall clock shows an hour later', () => {
    const due = dueAfterHours(new Date('2026-03-28T10:00:00+02:00'), 48);
    expect(due.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(formatKyivDateTime(due)).toBe('30.03.2026 11:00');
  });

  it('is 48 real hours across the fall-back night (25 October 2026): the wall clock shows an hour earlier', () => {
    const due = dueAfterHours(new Date('2026-10-24T10:00:00+03:00'), 48);
    expect(due.toISOString()).toBe('2026-10-26T07:00:00.000Z');
    expect(formatKyivDateTime(due)).toBe('26.10.2026 09:00');
  });
});

describe('formatting for people', () => {
  it('shows Kyiv dates as dd.MM.yyyy', () => {
    expect(formatKyivDate(new Date('2026-03-01T22:30:00Z'))).toBe('02.03.2026');
    expect(formatKyivDate(new Date('2026-03-02T21:59:59.999Z'))).toBe('02.03.2026');
    expect(formatKyivDateTime(new Date('2026-03-01T22:30:00Z'))).toBe('02.03.2026 00:30');
  });
});
