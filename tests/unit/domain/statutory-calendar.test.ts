import { statutoryDaysToInsert, type StatutoryCalendarDay } from '../../../src/domain/statutory-calendar';

const STATUTORY: StatutoryCalendarDay[] = [
  { date: '2026-08-24', kind: 'holiday', title: 'День Незалежності України' },
  { date: '2026-01-01', kind: 'holiday', title: 'Новий рік' },
  { date: '2026-03-08', kind: 'holiday', title: 'Міжнародний жіночий день' },
];

describe('statutory calendar at start: which days to insert (Labour Code Art. 73)', () => {
  it('inserts every day into an empty calendar, in date order', () => {
    expect(statutoryDaysToInsert(STATUTORY, [])).toEqual([
      { date: '2026-01-01', kind: 'holiday', title: 'Новий рік' },
      { date: '2026-03-08', kind: 'holiday', title: 'Міжнародний жіночий день' },
      { date: '2026-08-24', kind: 'holiday', title: 'День Незалежності України' },
    ]);
  });

  it('inserts only the missing dates and leaves a date the manager entered as it is, whatever its kind', () => {
    // the manager recorded 08.03.2026 as a transferred working day: that entry stands, nothing replaces it
    expect(statutoryDaysToInsert(STATUTORY, ['2026-03-08', '2025-12-31'])).toEqual([
      { date: '2026-01-01', kind: 'holiday', title: 'Новий рік' },
      { date: '2026-08-24', kind: 'holiday', title: 'День Незалежності України' },
    ]);
  });

  it('inserts nothing the second time (idempotent)', () => {
    const first = statutoryDaysToInsert(STATUTORY, []);
    expect(statutoryDaysToInsert(STATUTORY, first.map((d) => d.date))).toEqual([]);
  });

  it('inserts a date named twice only once, and ignores empty stored dates and invalid dates', () => {
    const twice: StatutoryCalendarDay[] = [
      { date: '2027-05-01', kind: 'holiday', title: 'День праці' },
      { date: '2027-05-01', kind: 'holiday', title: 'День праці (повтор)' },
      { date: '2027-02-30', kind: 'holiday', title: 'Немає такого дня' },
    ];
    expect(statutoryDaysToInsert(twice, [null, undefined, ''])).toEqual([{ date: '2027-05-01', kind: 'holiday', title: 'День праці' }]);
  });
});
