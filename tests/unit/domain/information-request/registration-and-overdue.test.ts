import { isOverdue, overdueFilter } from '../../../../src/domain/information-request/states';
import { INFO_REQUEST_PREFIX, informationRequestNumber } from '../../../../src/domain/information-request/registration';
import { registrationYear } from '../../../../src/domain/register/registration';

describe('registration number', () => {
  it('uses the Cyrillic index ЗІ and a yearly sequence', () => {
    expect(INFO_REQUEST_PREFIX).toBe('\u0417\u0406'); // Cyrillic З and І, not the Latin digit 3 and letter I
    expect(informationRequestNumber(17, 2026)).toBe('ЗІ-17/2026');
    expect(informationRequestNumber(1, 2027)).toBe('ЗІ-1/2027');
  });

  it('refuses a sequence or year that cannot be a registration number', () => {
    expect(() => informationRequestNumber(0, 2026)).toThrow(RangeError);
    expect(() => informationRequestNumber(1.5, 2026)).toThrow(RangeError);
    expect(() => informationRequestNumber(3, 26)).toThrow(RangeError);
  });

  it('belongs to the year of receipt in Kyiv', () => {
    expect(registrationYear(new Date('2026-12-31T21:59:59.999Z'))).toBe(2026); // 23:59 Kyiv
    expect(registrationYear(new Date('2026-12-31T22:30:00.000Z'))).toBe(2027); // 00:30 Kyiv, 1 January
  });
});

describe('overdue', () => {
  const due = new Date('2026-02-09T21:59:59.999Z');
  const justAfter = new Date('2026-02-09T22:00:00.000Z'); // 00:00 Kyiv, Tuesday 10 February

  it('is an open request whose due instant has passed, including an extended one', () => {
    for (const state of ['registered', 'assigned', 'in_progress', 'extended']) {
      expect(isOverdue(state, due, justAfter)).toBe(true);
      expect(isOverdue(state, due, due)).toBe(false); // the last millisecond of the last day is still on time
      expect(isOverdue(state, null, justAfter)).toBe(false);
    }
    for (const state of ['answered', 'forwarded', 'refused', 'closed', 'unknown', null]) {
      expect(isOverdue(state, due, justAfter)).toBe(false);
    }
  });

  it('is the same rule as a Strapi-style filter', () => {
    expect(overdueFilter(justAfter)).toEqual({
      workflowState: { $in: ['registered', 'assigned', 'in_progress', 'extended'] },
      dueAt: { $lt: '2026-02-09T22:00:00.000Z' },
    });
  });
});
