import { formatKyivDateTime } from '../../../../src/domain/terms';
import {
  EXTENSION_LIMIT_WORKING_DAYS,
  EXTENSION_NOTICE_WORKING_DAYS,
  FORWARDING_WORKING_DAYS,
  FREE_PAGES,
  INFO_REQUEST_TERM_WORKING_DAYS,
  URGENT_TERM_HOURS,
  extensionLimit,
  extensionNoticeDeadline,
  forwardingDeadline,
  informationRequestDueAt,
} from '../../../../src/domain/information-request/deadlines';
import { INDEPENDENCE_DAY_2026, NEW_YEAR_2026, calendar } from './fixtures';

// 2026-01-01 is a Thursday: 6 March is a Friday, 24 August a Monday, 29 March and 25 October are the
// last Sundays of March and October (daylight-saving changes in Kyiv).
const MARTIAL = calendar(true);
const PEACE = calendar(false);

describe('the figures of Law 2939-VI', () => {
  it('has the terms of Arts. 20–22 and the free pages of Art. 21', () => {
    expect(INFO_REQUEST_TERM_WORKING_DAYS).toBe(5);
    expect(URGENT_TERM_HOURS).toBe(48);
    expect(EXTENSION_LIMIT_WORKING_DAYS).toBe(20);
    expect(EXTENSION_NOTICE_WORKING_DAYS).toBe(5);
    expect(FORWARDING_WORKING_DAYS).toBe(5);
    expect(FREE_PAGES).toBe(10);
  });
});

describe('informationRequestDueAt — 5 working days (Art. 20(1))', () => {
  it('Friday evening: Mon 9 … Fri 13 March, end of the Kyiv day', () => {
    const fridayEvening = new Date('2026-03-06T20:30:00+02:00');
    expect(informationRequestDueAt(fridayEvening, false, MARTIAL).toISOString()).toBe('2026-03-13T21:59:59.999Z');
    expect(informationRequestDueAt(fridayEvening, false, PEACE).toISOString()).toBe('2026-03-13T21:59:59.999Z');
  });

  it('skips a peacetime day off entered in the calendar (8 March on a Sunday, carried to Monday 9 March)', () => {
    const carriedOver = calendar(false, [{ date: '2026-03-09', kind: 'holiday' }]);
    const fridayEvening = new Date('2026-03-06T20:30:00+02:00');
    // Tue 10, Wed 11, Thu 12, Fri 13, Mon 16
    expect(informationRequestDueAt(fridayEvening, false, carriedOver).toISOString()).toBe('2026-03-16T21:59:59.999Z');
  });

  it('takes the receipt day in Kyiv as day zero, not the UTC date', () => {
    // Both instants are on 5 March in UTC; in Kyiv the first is Thursday, the second already Friday.
    const thursdayLate = new Date('2026-03-05T21:30:00.000Z'); // 23:30 Thu Kyiv
    const fridayEarly = new Date('2026-03-05T22:30:00.000Z'); // 00:30 Fri Kyiv
    // Fri 6, Mon 9, Tue 10, Wed 11, Thu 12
    expect(informationRequestDueAt(thursdayLate, false, MARTIAL).toISOString()).toBe('2026-03-12T21:59:59.999Z');
    expect(informationRequestDueAt(fridayEarly, false, MARTIAL).toISOString()).toBe('2026-03-13T21:59:59.999Z');
  });

  it('Saturday or Sunday receipt: the count starts on Monday', () => {
    expect(informationRequestDueAt(new Date('2026-03-07T11:00:00+02:00'), false, MARTIAL).toISOString()).toBe(
      '2026-03-13T21:59:59.999Z',
    );
    expect(informationRequestDueAt(new Date('2026-03-08T11:00:00+02:00'), false, MARTIAL).toISOString()).toBe(
      '2026-03-13T21:59:59.999Z',
    );
    // Monday receipt: Tue 10 … Fri 13, Mon 16
    expect(informationRequestDueAt(new Date('2026-03-09T11:00:00+02:00'), false, MARTIAL).toISOString()).toBe(
      '2026-03-16T21:59:59.999Z',
    );
  });

  it('the eve of Independence Day (Fri 21 August): 24 August counts under martial law, is skipped in peacetime', () => {
    const friday = new Date('2026-08-21T15:00:00+03:00');
    // martial law: Mon 24, Tue 25, Wed 26, Thu 27, Fri 28 (summer time, UTC+3)
    expect(informationRequestDueAt(friday, false, calendar(true, [INDEPENDENCE_DAY_2026])).toISOString()).toBe(
      '2026-08-28T20:59:59.999Z',
    );
    // peacetime: Tue 25, Wed 26, Thu 27, Fri 28, Mon 31
    expect(informationRequestDueAt(friday, false, calendar(false, [INDEPENDENCE_DAY_2026])).toISOString()).toBe(
      '2026-08-31T20:59:59.999Z',
    );
  });

  it('New Year: received Wed 31 December 2025', () => {
    const newYearsEve = new Date('2025-12-31T10:00:00+02:00');
    // martial law: Thu 1, Fri 2, Mon 5, Tue 6, Wed 7 January
    expect(informationRequestDueAt(newYearsEve, false, calendar(true, [NEW_YEAR_2026])).toISOString()).toBe(
      '2026-01-07T21:59:59.999Z',
    );
    // peacetime: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8 January
    expect(informationRequestDueAt(newYearsEve, false, calendar(false, [NEW_YEAR_2026])).toISOString()).toBe(
      '2026-01-08T21:59:59.999Z',
    );
  });

  it('a daylight-saving change inside the term does not move the end of the day', () => {
    // Thu 26 March (UTC+2) → Fri 27, Mon 30, Tue 31, Wed 1, Thu 2 April (UTC+3)
    expect(informationRequestDueAt(new Date('2026-03-26T10:00:00+02:00'), false, MARTIAL).toISOString()).toBe(
      '2026-04-02T20:59:59.999Z',
    );
    // Thu 22 October (UTC+3) → Fri 23, Mon 26, Tue 27, Wed 28, Thu 29 October (UTC+2)
    expect(informationRequestDueAt(new Date('2026-10-22T10:00:00+03:00'), false, MARTIAL).toISOString()).toBe(
      '2026-10-29T21:59:59.999Z',
    );
  });
});

describe('informationRequestDueAt — 48 hours (Art. 20(2))', () => {
  it('runs through a weekend to the minute', () => {
    const fridayEvening = new Date('2026-03-06T20:30:00+02:00'); // 18:30Z
    expect(informationRequestDueAt(fridayEvening, true, MARTIAL).toISOString()).toBe('2026-03-08T18:30:00.000Z');
    expect(informationRequestDueAt(fridayEvening, true, PEACE).toISOString()).toBe('2026-03-08T18:30:00.000Z');
  });

  it('runs through a holiday even in peacetime', () => {
    const sunday = new Date('2026-08-23T09:15:00+03:00');
    expect(informationRequestDueAt(sunday, true, calendar(false, [INDEPENDENCE_DAY_2026])).toISOString()).toBe(
      '2026-08-25T06:15:00.000Z',
    );
  });

  it('is 48 real hours across the spring change (29 March): the Kyiv clock reads one hour later', () => {
    const saturday = new Date('2026-03-28T10:00:00+02:00'); // 08:00Z
    const due = informationRequestDueAt(saturday, true, MARTIAL);
    expect(due.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(due.getTime() - saturday.getTime()).toBe(48 * 3600 * 1000);
    expect(formatKyivDateTime(due)).toBe('30.03.2026 11:00');
  });

  it('is 48 real hours across the autumn change (25 October): the Kyiv clock reads one hour earlier', () => {
    const saturday = new Date('2026-10-24T10:00:00+03:00'); // 07:00Z
    const due = informationRequestDueAt(saturday, true, MARTIAL);
    expect(due.toISOString()).toBe('2026-10-26T07:00:00.000Z');
    expect(due.getTime() - saturday.getTime()).toBe(48 * 3600 * 1000);
    expect(formatKyivDateTime(due)).toBe('26.10.2026 09:00');
  });
});

describe('extension, notice and forwarding terms (Arts. 20(4), 22(3))', () => {
  const monday = new Date('2026-02-02T10:00:00+02:00');

  it('20 working days from Mon 2 February end on Mon 2 March', () => {
    // Feb 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), Mar 2 (20)
    expect(extensionLimit(monday, MARTIAL).toISOString()).toBe('2026-03-02T21:59:59.999Z');
  });

  it('20 working days from the eve of Independence Day depend on martial law', () => {
    const friday = new Date('2026-08-21T15:00:00+03:00');
    // Aug 24–28 (5), Aug 31–Sep 4 (10), Sep 7–11 (15), Sep 14–18 (20)
    expect(extensionLimit(friday, calendar(true, [INDEPENDENCE_DAY_2026])).toISOString()).toBe(
      '2026-09-18T20:59:59.999Z',
    );
    // Aug 25–28 (4), Aug 31–Sep 4 (9), Sep 7–11 (14), Sep 14–18 (19), Sep 21 (20)
    expect(extensionLimit(friday, calendar(false, [INDEPENDENCE_DAY_2026])).toISOString()).toBe(
      '2026-09-21T20:59:59.999Z',
    );
  });

  it('the notice of an extension and the forwarding are due on the 5th working day', () => {
    expect(extensionNoticeDeadline(monday, MARTIAL).toISOString()).toBe('2026-02-09T21:59:59.999Z');
    expect(forwardingDeadline(monday, MARTIAL).toISOString()).toBe('2026-02-09T21:59:59.999Z');
    const friday = new Date('2026-08-21T15:00:00+03:00');
    expect(forwardingDeadline(friday, calendar(false, [INDEPENDENCE_DAY_2026])).toISOString()).toBe(
      '2026-08-31T20:59:59.999Z',
    );
    expect(extensionNoticeDeadline(friday, calendar(true, [INDEPENDENCE_DAY_2026])).toISOString()).toBe(
      '2026-08-28T20:59:59.999Z',
    );
  });
});
