import { addWorkingDays, workingDaysBetween, type Calendar } from '../../../src/domain/calendar';
import { reminderFor, reminderWindow } from '../../../src/domain/notifications/schedule';
import {
  MAX_REMINDER_OFFSETS, MAX_REMINDER_OFFSET_WORKING_DAYS, checkDeadlineSettings, checkReminderOffsets, normalizeDeadlineSettings,
} from '../../../src/domain/settings';

const martial: Calendar = { martialLaw: true, days: [] };
const at = (iso: string) => new Date(iso);

describe('the bounds of the reminder offsets', () => {
  it('reach as far as the longest term can: 45 days (Art. 20) hold at most 33 working days, and few reminders', () => {
    expect(MAX_REMINDER_OFFSET_WORKING_DAYS).toBe(33);
    expect(MAX_REMINDER_OFFSETS).toBe(5);
    // 45 days from a Monday: 33 weekdays, the most any 45-day span holds.
    expect(workingDaysBetween('2026-03-01', '2026-04-15', martial)).toBe(33);
  });
});

describe('checkReminderOffsets: what a write may store', () => {
  it.each<[unknown, number[] | null]>([
    [[3, 1], [3, 1]],
    [[1, 3], [3, 1]],
    [['5', '2', 0], [5, 2, 0]],
    ['2, 0', [2, 0]],
    [[33], [33]],
    [[0], [0]],
    [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]],
    [null, null],
    [[], null],
    ['', null],
  ])('%j → %j', (raw, offsets) => {
    expect(checkReminderOffsets(raw)).toEqual({ ok: true, offsets });
  });

  it.each<[unknown, string, string]>([
    [[1000000], 'settings.reminder_offsets.out_of_range',
      'Нагадування за 1000000 робочих днів до строку ніколи не надійде: найдовший строк — 45 днів (ст. 20 Закону України «Про звернення громадян»), тобто не більше 33 робочих днів. Допустимо від 0 до 33.'],
    [[1e9], 'settings.reminder_offsets.out_of_range',
      'Нагадування за 1000000000 робочих днів до строку ніколи не надійде: найдовший строк — 45 днів (ст. 20 Закону України «Про звернення громадян»), тобто не більше 33 робочих днів. Допустимо від 0 до 33.'],
    [[34], 'settings.reminder_offsets.out_of_range',
      'Нагадування за 34 робочі дні до строку ніколи не надійде: найдовший строк — 45 днів (ст. 20 Закону України «Про звернення громадян»), тобто не більше 33 робочих днів. Допустимо від 0 до 33.'],
    ['soon', 'settings.reminder_offsets.not_integer', "Нагадування «soon» — не ціле невід'ємне число робочих днів до строку; наприклад [3, 1]."],
    [[-1], 'settings.reminder_offsets.not_integer', "Нагадування «-1» — не ціле невід'ємне число робочих днів до строку; наприклад [3, 1]."],
    [[1.5], 'settings.reminder_offsets.not_integer', "Нагадування «1.5» — не ціле невід'ємне число робочих днів до строку; наприклад [3, 1]."],
    [[{ days: 3 }], 'settings.reminder_offsets.not_integer', "Нагадування «{\"days\":3}» — не ціле невід'ємне число робочих днів до строку; наприклад [3, 1]."],
    [[3, 1, 3], 'settings.reminder_offsets.duplicate', 'Нагадування за 3 робочі дні до строку вказано двічі: залиште одне.'],
    [['1', 1], 'settings.reminder_offsets.duplicate', 'Нагадування за 1 робочий день до строку вказано двічі: залиште одне.'],
    [[1, 2, 3, 4, 5, 6], 'settings.reminder_offsets.too_many', 'Нагадувань може бути не більше 5, а вказано 6: залиште найпотрібніші, наприклад [3, 1].'],
    [new Array(100000).fill(1), 'settings.reminder_offsets.too_many', 'Нагадувань може бути не більше 5, а вказано 100000: залиште найпотрібніші, наприклад [3, 1].'],
    [3, 'settings.reminder_offsets.type', 'Нагадування задаються списком цілих чисел робочих днів до строку, наприклад [3, 1].'],
    [{ 0: 3 }, 'settings.reminder_offsets.type', 'Нагадування задаються списком цілих чисел робочих днів до строку, наприклад [3, 1].'],
  ])('%j is refused (%s)', (raw, rule, message) => {
    expect(checkReminderOffsets(raw)).toEqual({ ok: false, violation: { field: 'reminderOffsets', rule, message } });
  });
});

describe('checkDeadlineSettings: every field of the settings', () => {
  it('checks only the fields present and returns them in their stored form', () => {
    expect(checkDeadlineSettings({})).toEqual({ ok: true, data: {} });
    expect(checkDeadlineSettings({ martialLaw: false, nonWorkingDayRule: 'previous', reminderOffsets: ['1', '5'] })).toEqual({
      ok: true,
      data: { martialLaw: false, nonWorkingDayRule: 'previous', reminderOffsets: [5, 1] },
    });
    expect(checkDeadlineSettings({ reminderOffsets: null })).toEqual({ ok: true, data: { reminderOffsets: null } });
  });

  it('refuses a martial law switch that is not yes/no, a rule outside Art. 254(5), and offsets out of bounds', () => {
    expect(checkDeadlineSettings({ martialLaw: 'maybe' })).toEqual({
      ok: false,
      violation: { field: 'martialLaw', rule: 'settings.martial_law', message: 'Поле «Воєнний стан» має бути так або ні (true/false).' },
    });
    expect(checkDeadlineSettings({ martialLaw: null })).toMatchObject({ ok: false, violation: { rule: 'settings.martial_law' } });
    expect(checkDeadlineSettings({ nonWorkingDayRule: 'sideways' })).toEqual({
      ok: false,
      violation: {
        field: 'nonWorkingDayRule',
        rule: 'settings.non_working_day_rule',
        message: 'Правило неробочого дня має бути одним із: next, previous, none (ч. 5 ст. 254 Цивільного кодексу України).',
      },
    });
    expect(checkDeadlineSettings({ martialLaw: true, reminderOffsets: [1000000] })).toMatchObject({
      ok: false,
      violation: { field: 'reminderOffsets', rule: 'settings.reminder_offsets.out_of_range' },
    });
  });
});

describe('normalizeDeadlineSettings: what the jobs use, whatever the database holds', () => {
  const offsets = (raw: unknown) => normalizeDeadlineSettings({ reminderOffsets: raw }, []).reminderOffsetsWorkingDays;

  it('drops offsets out of bounds and keeps at most five, those nearest the due date', () => {
    expect(offsets([1000000])).toEqual([3, 1]);
    expect(offsets([1e9, 2])).toEqual([2]);
    expect(offsets([33, 34])).toEqual([33]);
    expect(offsets([10, 9, 8, 7, 6, 5, 4])).toEqual([8, 7, 6, 5, 4]);
    expect(offsets(new Array(1e6).fill(2))).toEqual([2]);
    expect(offsets('99999999999999999999, 1')).toEqual([1]);
  });
});

describe('no reminder computation grows with the magnitude of an offset or a due date', () => {
  const now = at('2026-03-12T07:00:00Z');

  it('looks ahead no further than the longest lawful reminder', () => {
    const lawful = reminderWindow(now, [MAX_REMINDER_OFFSET_WORKING_DAYS], martial);
    expect(lawful.to).toEqual(at('2026-04-28T20:59:59.999Z')); // 33 working days after Thursday 12.03 is Tuesday 28.04
    expect(reminderWindow(now, [1000000], martial)).toEqual(lawful);
    expect(reminderWindow(now, [1e9, 1], martial)).toEqual(lawful);
    expect(reminderWindow(now, [Number.MAX_SAFE_INTEGER], martial)).toEqual(lawful);
  });

  it('counts working days to a far due date only as far as the reminders reach', () => {
    const farDue = at('9999-12-31T21:59:59.999Z');
    expect(reminderFor(farDue, now, [1000000, 3], martial)).toBeNull();
    expect(reminderFor(farDue, now, [1e9], martial)).toBeNull();
    expect(workingDaysBetween('2026-03-12', '9999-12-31', martial, 33)).toBe(34);
    expect(workingDaysBetween('2026-03-12', '2026-03-17', martial, 33)).toBe(3);
    // An offset beyond the bound never matches, even when the count stops right after the bound.
    expect(reminderFor(at(`${addWorkingDays('2026-03-12', 34, martial)}T10:00:00Z`), now, [34], martial)).toBeNull();
    expect(reminderFor(at(`${addWorkingDays('2026-03-12', 33, martial)}T10:00:00Z`), now, [33], martial)).toEqual({ kind: 'reminder', workingDaysLeft: 33 });
  });
});
