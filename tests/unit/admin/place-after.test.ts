import { placeAfter } from '../../../src/bootstrap/admin-labels/index';

describe('placing a new field in the edit form', () => {
  const rows = [
    [{ name: 'extendedUntil', size: 6 }, { name: 'extensionReason', size: 6 }],
    [{ name: 'extensionApprovedBy', size: 6 }],
    [{ name: 'answerText', size: 12 }],
    [{ name: 'extensionDecidedAt', size: 6 }],
  ];

  it('moves the field to a row of its own right after the row of its neighbour, dropping the emptied row', () => {
    expect(placeAfter(rows, 'extensionDecidedAt', 'extensionApprovedBy')).toEqual([
      [{ name: 'extendedUntil', size: 6 }, { name: 'extensionReason', size: 6 }],
      [{ name: 'extensionApprovedBy', size: 6 }],
      [{ name: 'extensionDecidedAt', size: 6 }],
      [{ name: 'answerText', size: 12 }],
    ]);
  });

  it('leaves the rows alone when the field or the neighbour is not in the form', () => {
    expect(placeAfter(rows, 'missing', 'extensionApprovedBy')).toBe(rows);
    expect(placeAfter(rows, 'extensionDecidedAt', 'missing')).toBe(rows);
    expect(placeAfter(undefined, 'extensionDecidedAt', 'extensionApprovedBy')).toBeUndefined();
  });
});
