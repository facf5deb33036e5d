import { DISCIPLINE_COLUMNS, disciplineRows, disciplineTable } from '../../../src/domain/reports/discipline';

describe('discipline report rows: late returns and recorded corrections', () => {
  // as PostgreSQL returns sums (strings) and SQLite (numbers)
  const raw = [
    { group_id: 4, group_name: 'Відділ благоустрою', received: '3', answered: '1', answered_on_time: '1', answered_late: '0', open: '0', overdue: '0', average_days: '5', extensions: '0', returned_late: '1', corrections: '3', forwarding_notice_late: '2' },
    { group_id: null, group_name: null, received: 2, answered: 0, answered_on_time: 0, answered_late: 0, open: 1, overdue: 1, average_days: null, extensions: 0, returned_late: 0, corrections: 0, forwarding_notice_late: 0 },
  ];

  it('reads both figures as numbers, with the other figures unchanged', () => {
    expect(disciplineRows(raw, 'department').map((r) => [r.groupName, r.received, r.returnedLate, r.corrections, r.forwardingNoticeLate])).toEqual([
      ['Підрозділ не визначено', 2, 0, 0, 0],
      ['Відділ благоустрою', 3, 1, 3, 2],
    ]);
  });

  it('reads a missing figure as 0', () => {
    const [row] = disciplineRows([{ group_id: 1, group_name: 'Освіта', received: 1 }], 'assignee');
    expect([row.returnedLate, row.corrections, row.forwardingNoticeLate]).toEqual([0, 0, 0]);
  });

  it('names the three columns in Ukrainian, last, so exports carry them', () => {
    expect(DISCIPLINE_COLUMNS('department').slice(-3)).toEqual([
      { key: 'returnedLate', label: 'Повернуто із запізненням', type: 'integer' },
      { key: 'corrections', label: 'Записаних виправлень', type: 'integer' },
      { key: 'forwardingNoticeLate', label: 'Запитувача повідомлено про направлення із запізненням', type: 'integer' },
    ]);
    const [total] = disciplineRows([{ group_id: null, group_name: null, received: 5, returned_late: 2, corrections: 4, forwarding_notice_late: 1 }], 'department');
    const table = disciplineTable([], total, 'department', '2016-10-01', '2016-10-31');
    expect([table.totals!.groupName, table.totals!.returnedLate, table.totals!.corrections, table.totals!.forwardingNoticeLate]).toEqual(['Усього', 2, 4, 1]);
  });
});
