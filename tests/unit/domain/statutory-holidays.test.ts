import { carriedDaysOff } from '../../../src/domain/calendar';
import { calendarYearsAt, orthodoxEaster, statutoryCalendarDays, statutoryHolidays } from '../../../src/domain/statutory-calendar';

describe('Easter by the Orthodox paschalion (Labour Code Art. 73 «Великдень (Пасха)»)', () => {
  // Dates as the Ukrainian calendars published them (2020–2027) and as the paschalion gives them (2028–2035).
  it.each([
    [2020, '2020-04-19'], [2021, '2021-05-02'], [2022, '2022-04-24'], [2023, '2023-04-16'], [2024, '2024-05-05'],
    [2025, '2025-04-20'], [2026, '2026-04-12'], [2027, '2027-05-02'], [2028, '2028-04-16'], [2029, '2029-04-08'],
    [2030, '2030-04-28'], [2031, '2031-04-13'], [2032, '2032-05-02'], [2033, '2033-04-24'], [2034, '2034-04-09'],
    [2035, '2035-04-29'],
  ])('%i: %s, a Sunday', (year, easter) => {
    expect(orthodoxEaster(year)).toBe(easter);
    expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
  });

  it('refuses a year outside 1900–2099, where the Julian calendar is not 13 days behind', () => {
    expect(() => orthodoxEaster(2100)).toThrow('Дату Великодня обчислюють для 1900–2099 років, не для 2100.');
    expect(() => orthodoxEaster(1899)).toThrow(RangeError);
    expect(() => orthodoxEaster(2026.5)).toThrow(RangeError);
  });
});

describe('the holidays of Labour Code Art. 73 for any year', () => {
  it('lists the eleven holidays of 2028 in date order, Trinity on the 50th day of Easter', () => {
    expect(statutoryHolidays(2028).map((d) => [d.date, d.title])).toEqual([
      ['2028-01-01', 'Новий рік'],
      ['2028-03-08', 'Міжнародний жіночий день'],
      ['2028-04-16', 'Великдень'],
      ['2028-05-01', 'День праці'],
      ['2028-05-08', 'День пам’яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років'],
      ['2028-06-04', 'Трійця'],
      ['2028-06-28', 'День Конституції України'],
      ['2028-07-15', 'День Української Державності'],
      ['2028-08-24', 'День Незалежності України'],
      ['2028-10-01', 'День захисників і захисниць України'],
      ['2028-12-25', 'Різдво Христове'],
    ]);
    expect(statutoryHolidays(2028).every((d) => d.kind === 'holiday')).toBe(true);
  });

  it('derives the peacetime days off carried from the weekend holidays of 2028 (Art. 67(3))', () => {
    // Sat 01.01 → Mon 03.01; Sun 16.04 (Easter) → Mon 17.04; Sun 04.06 (Trinity) → Mon 05.06;
    // Sat 15.07 → Mon 17.07; Sun 01.10 → Mon 02.10.
    const holidays = statutoryHolidays(2028).map((d) => d.date);
    expect(carriedDaysOff(holidays)).toEqual(['2028-01-03', '2028-04-17', '2028-06-05', '2028-07-17', '2028-10-02']);
  });

  it('joins years without gaps or repeats: 2025–2030 is 66 days', () => {
    const days = statutoryCalendarDays(2025, 2030);
    expect(days).toHaveLength(66);
    expect(new Set(days.map((d) => d.date)).size).toBe(66);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(statutoryCalendarDays(2027, 2026)).toEqual([]);
  });

  it('keeps 2025 to two years past the current Kyiv year, turning over at Kyiv midnight', () => {
    expect(calendarYearsAt(new Date('2026-12-31T21:59:59.999Z'))).toEqual({ from: 2025, to: 2028 }); // 23:59:59 in Kyiv
    expect(calendarYearsAt(new Date('2026-12-31T22:00:00.000Z'))).toEqual({ from: 2025, to: 2029 }); // 00:00 of 01.01.2027
  });
});
