import { carriedDaysOff, isWorkingDay, type Calendar } from '../../../../src/domain/calendar';
import { dueAfterDays, dueAfterWorkingDays } from '../../../../src/domain/terms';
import { CALENDAR_DAYS, CALENDAR_YEARS } from '../../../../src/bootstrap/seed/reference-data';

const seeded = (martialLaw: boolean): Calendar => ({ martialLaw, days: CALENDAR_DAYS.map(({ date, kind }) => ({ date, kind })) });

describe('Labour Code Art. 67(3): a holiday on a weekend carries a day off (derived, never typed)', () => {
  it('carries Sunday 08.03.2026 to Monday 09.03.2026 in peacetime only', () => {
    expect(isWorkingDay('2026-03-09', seeded(false))).toBe(false);
    expect(isWorkingDay('2026-03-09', seeded(true))).toBe(true);
    expect(isWorkingDay('2026-03-10', seeded(false))).toBe(true);
  });

  it('carries two holidays of one weekend to Monday and Tuesday (01.05.2027 Sat, Easter 02.05.2027 Sun)', () => {
    expect(carriedDaysOff(['2027-05-01', '2027-05-02'])).toEqual(['2027-05-03', '2027-05-04']);
    expect(isWorkingDay('2027-05-03', seeded(false))).toBe(false);
    expect(isWorkingDay('2027-05-04', seeded(false))).toBe(false);
    expect(isWorkingDay('2027-05-05', seeded(false))).toBe(true);
  });

  it('skips a weekday holiday when carrying (a carried day never lands on another holiday)', () => {
    // Sunday 2026-06-28, Monday 2026-06-29 made a holiday for the test: carried to Tuesday.
    expect(carriedDaysOff(['2026-06-28', '2026-06-29'])).toEqual(['2026-06-30']);
  });

  it('does not carry a weekday holiday, nor onto a transferred working day', () => {
    expect(carriedDaysOff(['2026-01-01'])).toEqual([]);
    expect(carriedDaysOff(['2026-03-08'], ['2026-03-09'])).toEqual(['2026-03-10']);
  });

  it('derives exactly these carried days from the seeded calendar 2025–2027', () => {
    const holidays = CALENDAR_DAYS.filter((d) => d.kind === 'holiday').map((d) => d.date);
    expect(carriedDaysOff(holidays)).toEqual([
      '2025-03-10', '2025-04-21', '2025-06-09', '2025-06-30', '2025-08-25',
      '2026-03-09', '2026-04-13', '2026-06-01', '2026-06-29',
      '2027-05-03', '2027-05-04', '2027-05-10', '2027-06-21', '2027-12-27',
    ]);
  });

  it('moves a peacetime term off a carried day: 15 days from 21.02.2026 end on Monday 09.03.2026 → Tuesday 10.03.2026', () => {
    const receivedAt = new Date('2026-02-21T08:00:00Z');
    expect(dueAfterDays(receivedAt, 15, { calendar: seeded(false), nonWorkingDayRule: 'next' }).toISOString()).toBe('2026-03-10T21:59:59.999Z');
    expect(dueAfterDays(receivedAt, 15, { calendar: seeded(true), nonWorkingDayRule: 'next' }).toISOString()).toBe('2026-03-09T21:59:59.999Z');
  });

  it('skips a carried day when counting working days (Law 2939-VI Art. 20): 5 working days from Wed 04.03.2026', () => {
    // Thu 5, Fri 6, [Mon 9 carried], Tue 10, Wed 11, Thu 12.
    expect(dueAfterWorkingDays(new Date('2026-03-04T09:00:00Z'), 5, seeded(false)).toISOString()).toBe('2026-03-12T21:59:59.999Z');
  });
});

describe('the seeded calendar is complete for 2025–2027', () => {
  it.each([...CALENDAR_YEARS])('lists the 11 holidays of Labour Code Art. 73 in %i', (year) => {
    const ofYear = CALENDAR_DAYS.filter((d) => d.date.startsWith(`${year}-`) && d.kind === 'holiday');
    expect(ofYear).toHaveLength(11);
    expect(ofYear.map((d) => d.date.slice(5)).filter((md) => ['01-01', '03-08', '05-01', '05-08', '06-28', '07-15', '08-24', '10-01', '12-25'].includes(md))).toHaveLength(9);
    expect(new Set(ofYear.map((d) => d.title))).toContain('Великдень');
    expect(new Set(ofYear.map((d) => d.title))).toContain('Трійця');
  });
});
