import { isOverdue, overdueFilter } from '../../../src/domain/appeal/states';
import { DomainError } from '../../../src/domain/errors';
import { normalizeDeadlineSettings } from '../../../src/domain/settings';
import { NEW_YEAR_2026 } from './fixtures';

const DUE = new Date('2026-03-02T21:59:59.999Z');

describe('isOverdue', () => {
  it('is true only for an open appeal whose due instant has passed', () => {
    const after = new Date('2026-03-02T22:00:00.000Z'); // 00:00 Kyiv, 3 March
    for (const state of ['registered', 'assigned', 'in_progress']) {
      expect(isOverdue(state, DUE, after)).toBe(true);
      expect(isOverdue(state, DUE, DUE)).toBe(false); // the last millisecond of the last day is still on time
      expect(isOverdue(state, null, after)).toBe(false);
    }
    for (const state of ['answered', 'forwarded', 'returned', 'not_considered', 'closed']) {
      expect(isOverdue(state, DUE, after)).toBe(false);
    }
  });
});

describe('overdueFilter', () => {
  it('is the same rule as a plain Strapi-style filter', () => {
    expect(overdueFilter(new Date('2026-03-03T08:00:00Z'))).toEqual({
      workflowState: { $in: ['registered', 'assigned', 'in_progress'] },
      dueAt: { $lt: '2026-03-03T08:00:00.000Z' },
    });
  });
});

describe('normalizeDeadlineSettings', () => {
  it('defaults to martial law, the Art. 254(5) roll to the next working day, and reminders 3 and 1', () => {
    expect(normalizeDeadlineSettings(null, [NEW_YEAR_2026])).toEqual({
      calendar: { martialLaw: true, days: [NEW_YEAR_2026] },
      nonWorkingDayRule: 'next',
      reminderOffsetsWorkingDays: [3, 1],
      personalConsiderationRules: [],
    });
    expect(normalizeDeadlineSettings({ martialLaw: null, nonWorkingDayRule: null, reminderOffsets: null }, [])).toEqual({
      calendar: { martialLaw: true, days: [] },
      nonWorkingDayRule: 'next',
      reminderOffsetsWorkingDays: [3, 1],
      personalConsiderationRules: [],
    });
  });

  it('takes what the admin chose', () => {
    expect(
      normalizeDeadlineSettings({ martialLaw: false, nonWorkingDayRule: 'previous', reminderOffsets: [1, 5, '2', 5] }, []),
    ).toEqual({ calendar: { martialLaw: false, days: [] }, nonWorkingDayRule: 'previous', reminderOffsetsWorkingDays: [5, 2, 1], personalConsiderationRules: [] });
    expect(normalizeDeadlineSettings({ nonWorkingDayRule: 'none', reminderOffsets: '2, 0' }, []).reminderOffsetsWorkingDays).toEqual([
      2, 0,
    ]);
  });

  it('falls back to defaults for unusable values', () => {
    const normalized = normalizeDeadlineSettings({ nonWorkingDayRule: 'sideways', reminderOffsets: [-1, 1.5, 'x'] }, []);
    expect(normalized.nonWorkingDayRule).toBe('next');
    expect(normalized.reminderOffsetsWorkingDays).toEqual([3, 1]);
  });

  it('copies the calendar days instead of sharing the caller array', () => {
    const days = [NEW_YEAR_2026];
    expect(normalizeDeadlineSettings({}, days).calendar.days).not.toBe(days);
  });
});

describe('DomainError', () => {
  it('carries the violation and its message', () => {
    const violation = { field: 'f', rule: 'r', message: 'Повідомлення' };
    const error = new DomainError(violation);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Повідомлення');
    expect(error.violation).toBe(violation);
    expect(error.name).toBe('DomainError');
  });
});
