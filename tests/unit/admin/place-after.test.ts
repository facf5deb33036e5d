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

describe('a derived field kept out of the form', () => {
  it('is dropped from the edit rows and the list, and marked not visible', () => {
    const { applyLayout } = require('../../../src/bootstrap/admin-labels/index');
    const config = {
      settings: {},
      metadatas: { subject: { edit: { label: 'subject' }, list: { label: 'subject' } }, searchText: { edit: { label: 'searchText', visible: true }, list: { label: 'searchText', searchable: true } } },
      layouts: { edit: [[{ name: 'subject', size: 6 }, { name: 'searchText', size: 6 }], [{ name: 'searchText', size: 12 }]], list: ['subject', 'searchText'] },
    };
    const next = applyLayout(config, { uid: 'api::appeal.appeal', hidden: ['searchText'], labels: { searchText: ['Текст для пошуку'] } });
    expect(next.layouts.edit).toEqual([[{ name: 'subject', size: 6 }]]);
    expect(next.layouts.list).toEqual(['subject']);
    expect(next.metadatas.searchText.edit).toMatchObject({ visible: false, label: 'Текст для пошуку' });
  });
});
