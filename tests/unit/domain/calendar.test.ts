import {
  KYIV_ZONE,
  addCalendarDays,
  addWorkingDays,
  endOfKyivDay,
  isWorkingDay,
  kyivDate,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
  workingDaysBetween,
} from '../../../src/domain/calendar';
import { calendar } from './fixtures';

describe('isWorkingDay', () => {
  it('is Kyiv', () => {
    expect(KYIV_ZONE).toBe('Europe/Kyiv');
  });

  it('treats Saturday and Sunday as days off in both regimes', () => {
    // 2026-01-03 is a Saturday, 2026-01-04 a Sunday, 2026-01-05 a Monday
    for (const martialLaw of [true, false]) {
      expect(isWorkingDay('2026-01-03', calendar(martialLaw))).toBe(false);
      expect(isWorkingDay('2026-01-04', calendar(martialLaw))).toBe(false);
      expect(isWorkingDay('2026-01-05', calendar(martialLaw))).toBe(true);
    }
  });

  it('makes a public holiday a working day under martial law (Law 2136-IX Art. 6(6))', () => {
    expect(isWorkingDay('2026-01-01', calendar(true))).toBe(true);
    expect(isWorkingDay('2026-08-24', calendar(true))).toBe(true);
  });

  it('makes a public holiday a day off in peacetime', () => {
    expect(isWorkingDay('2026-01-01', calendar(false))).toBe(false);
    expect(isWorkingDay('2026-08-24', calendar(false))).toBe(false);
  });

  it('applies a transferred working day on a Saturday only in peacetime', () => {
    const days = [{ date: '2026-01-10', kind: 'transferred_working_day' as const }];
    expect(isWorkingDay('2026-01-10', calendar(false, days))).toBe(true);
    expect(isWorkingDay('2026-01-10', calendar(true, days))).toBe(false);
  });

  it('reads the martial-law switch live while the day index is cached', () => {
    const cal = calendar(true);
    expect(isWorkingDay('2026-01-01', cal)).toBe(true);
    cal.martialLaw = false;
    expect(isWorkingDay('2026-01-01', cal)).toBe(false);
  });

  it('refuses something that is not a calendar date', () => {
    expect(() => isWorkingDay('2026-02-30', calendar(true))).toThrow(RangeError);
    expect(() => isWorkingDay('01.01.2026', calendar(true))).toThrow(RangeError);
  });
});

describe('kyivDate', () => {
  it('uses the Kyiv calendar date, not the UTC one', () => {
    expect(kyivDate(new Date('2026-03-01T21:59:59.999Z'))).toBe('2026-03-01'); // 23:59:59.999 Kyiv
    expect(kyivDate(new Date('2026-03-01T22:00:00.000Z'))).toBe('2026-03-02'); // 00:00 Kyiv
    expect(kyivDate(new Date('2026-07-01T21:00:00.000Z'))).toBe('2026-07-02'); // 00:00 Kyiv, summer time
    expect(kyivDate(new Date('2026-07-01T20:59:59.999Z'))).toBe('2026-07-01');
  });
});

describe('endOfKyivDay', () => {
  it('is 23:59:59.999 in Kyiv in winter and summer', () => {
    expect(endOfKyivDay('2026-02-17').toISOString()).toBe('2026-02-17T21:59:59.999Z');
    expect(endOfKyivDay('2026-08-24').toISOString()).toBe('2026-08-24T20:59:59.999Z');
  });

  it('is right on the days the clocks change (last Sundays of March and October 2026)', () => {
    expect(endOfKyivDay('2026-03-28').toISOString()).toBe('2026-03-28T21:59:59.999Z');
    expect(endOfKyivDay('2026-03-29').toISOString()).toBe('2026-03-29T20:59:59.999Z');
    expect(endOfKyivDay('2026-10-24').toISOString()).toBe('2026-10-24T20:59:59.999Z');
    expect(endOfKyivDay('2026-10-25').toISOString()).toBe('2026-10-25T21:59:59.999Z');
  });
});

describe('calendar-day and working-day arithmetic', () => {
  it('adds calendar days across month and year ends and leap days', () => {
    expect(addCalendarDays('2025-12-17', 15)).toBe('2026-01-01');
    expect(addCalendarDays('2026-02-02', 45)).toBe('2026-03-19');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29'); // DST does not eat a day
  });

  it('counts working days after day zero', () => {
    // Friday 2026-02-06 is day zero; Mon 9 .. Fri 13 are working days 1..5
    expect(addWorkingDays('2026-02-06', 5, calendar(true))).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-07', 1, calendar(true))).toBe('2026-02-09'); // Saturday → Monday
    expect(addWorkingDays('2026-02-06', 0, calendar(true))).toBe('2026-02-06');
  });

  it('skips a peacetime holiday but not a martial-law one', () => {
    // Wed 2025-12-31: peacetime Fri 2, Mon 5, Tue 6, Wed 7, Thu 8 January; martial law Thu 1 .. Wed 7
    expect(addWorkingDays('2025-12-31', 5, calendar(false))).toBe('2026-01-08');
    expect(addWorkingDays('2025-12-31', 5, calendar(true))).toBe('2026-01-07');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-02-06', -1, calendar(true))).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-06', 1.5, calendar(true))).toThrow(RangeError);
  });

  it('fails loudly instead of looping on a calendar without working days', () => {
    const everyDayOff = Array.from({ length: 400 }, (_, i) => ({
      date: addCalendarDays('2026-01-01', i),
      kind: 'holiday' as const,
    }));
    expect(() => addWorkingDays('2026-01-01', 1, calendar(false, everyDayOff))).toThrow(/No working day/);
    expect(() => nextWorkingDayOnOrAfter('2026-01-01', calendar(false, everyDayOff))).toThrow(/No working day/);
  });

  it('finds the next and previous working day', () => {
    expect(nextWorkingDayOnOrAfter('2026-02-21', calendar(true))).toBe('2026-02-23'); // Sat → Mon
    expect(nextWorkingDayOnOrAfter('2026-02-23', calendar(true))).toBe('2026-02-23');
    expect(previousWorkingDayOnOrBefore('2026-02-22', calendar(true))).toBe('2026-02-20'); // Sun → Fri
    expect(previousWorkingDayOnOrBefore('2026-08-24', calendar(false))).toBe('2026-08-21'); // holiday Mon → Fri
    expect(nextWorkingDayOnOrAfter('2026-08-24', calendar(false))).toBe('2026-08-25');
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2026-02-06', '2026-02-13', calendar(true))).toBe(5);
    expect(workingDaysBetween('2026-02-06', '2026-02-08', calendar(true))).toBe(0);
    expect(workingDaysBetween('2026-08-21', '2026-08-28', calendar(false))).toBe(4);
    expect(workingDaysBetween('2026-08-21', '2026-08-28', calendar(true))).toBe(5);
    expect(workingDaysBetween('2026-02-13', '2026-02-06', calendar(true))).toBe(0);
  });
});
