import { diffRecords, flatten, PERSONAL_VALUE } from '../../../../src/domain/audit/diff';

describe('audit diff', () => {
  const personal = ['applicant', 'text'];

  it('records old and new values of changed fields only', () => {
    expect(diffRecords({ subject: 'А', dueAt: '2026-04-02T20:59:59.999Z', topic: 'x' }, { subject: 'Б', dueAt: '2026-04-02T20:59:59.999Z', topic: 'x' }, personal))
      .toEqual([{ field: 'subject', before: 'А', after: 'Б' }]);
  });

  it('masks personal data fields, including component fields, without copying values', () => {
    const before = flatten({ applicant: { id: 7, fullName: 'Шевченко Т.', phone: '+380' }, text: 'старий' }, ['applicant']);
    const after = flatten({ applicant: { id: 7, fullName: 'Шевченко Т. Г.', phone: '+380' }, text: 'новий' }, ['applicant']);
    expect(diffRecords(before, after, personal)).toEqual([
      { field: 'applicant.fullName', before: PERSONAL_VALUE, after: PERSONAL_VALUE, personal: true },
      { field: 'text', before: PERSONAL_VALUE, after: PERSONAL_VALUE, personal: true },
    ]);
  });

  it('on create and delete every filled field appears; blanks equal null', () => {
    expect(diffRecords(null, { subject: 'Тема', text: 'Текст', note: '' }, personal)).toEqual([
      { field: 'subject', before: null, after: 'Тема' },
      { field: 'text', before: null, after: PERSONAL_VALUE, personal: true },
    ]);
    expect(diffRecords({ subject: 'Тема' }, null, personal)).toEqual([{ field: 'subject', before: 'Тема', after: null }]);
  });

  it('compares lists of related records regardless of order', () => {
    expect(diffRecords({ tags: ['b', 'a'] }, { tags: ['a', 'b'] }, [])).toEqual([]);
    expect(diffRecords({ tags: ['a'] }, { tags: ['a', 'c'] }, [])).toEqual([{ field: 'tags', before: ['a'], after: ['a', 'c'] }]);
  });
});
