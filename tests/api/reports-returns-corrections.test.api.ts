import ExcelJS from 'exceljs';
import { api } from './support/client';
import { adminApi, adminToken } from './support/admin';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';

async function put(path: string, data: Record<string, unknown>) {
  const res = await api('PUT', path, { data });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

async function correct(register: string, itemDocumentId: string, field: string, newValue: string, correctedBy: string) {
  const res = await api('POST', '/term-corrections', {
    data: { register, itemDocumentId, field, newValue, correctedBy, reason: 'Дату внесено з журналу вихідної кореспонденції помилково' },
  });
  if (res.status !== 201) throw new Error(`correction: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * October 2016 holds only these items (figures counted by hand):
 *   R1: A1 returned after 17 days (late, Art. 5: 10 days); A2 returned on time, its return moment corrected once
 *   R2: A3 answered, its answer moment corrected twice; A4 returned after 28 days (late);
 *       IR1 information request answered, its answer moment corrected once
 */
describe('discipline report: late returns and recorded corrections', () => {
  const ids: Record<string, string> = {};
  const period = 'from=2016-10-01&to=2016-10-31';

  beforeAll(async () => {
    ids.R1 = await createDepartment('Підрозділ повернень 1');
    ids.R2 = await createDepartment('Підрозділ повернень 2');
    ids.H1 = await createStaff(ids.R1, 'Керівник Перший');
    ids.H2 = await createStaff(ids.R2, 'Керівник Другий');
    ids.E1 = await createStaff(ids.R1, 'Виконавець Повернень');
    ids.E2 = await createStaff(ids.R2, 'Виконавець Виправлень');
    await put(`/departments/${ids.R1}`, { head: ids.H1 });
    await put(`/departments/${ids.R2}`, { head: ids.H2 });

    const a1 = await registerAppeal({ receivedAt: '2016-10-03T09:00:00.000Z', department: ids.R1, assignee: ids.E1 });
    ids.A1 = a1.documentId;
    expect((await put(`/appeals/${a1.documentId}`, { workflowState: 'returned', returnReason: 'Не зазначено адресу (ст. 5).', returnedAt: '2016-10-20T09:00:00.000Z' })).returnedLate).toBe(true);
    const a2 = await registerAppeal({ receivedAt: '2016-10-04T09:00:00.000Z', department: ids.R1, assignee: ids.E1 });
    expect((await put(`/appeals/${a2.documentId}`, { workflowState: 'returned', returnReason: 'Без підпису (ст. 5).', returnedAt: '2016-10-06T09:00:00.000Z' })).returnedLate).toBe(false);
    await correct('appeal', a2.documentId, 'returnedAt', '2016-10-07T09:00:00.000Z', ids.H1);

    const a3 = await registerAppeal({ receivedAt: '2016-10-05T09:00:00.000Z', department: ids.R2, assignee: ids.E2 });
    ids.A3 = a3.documentId;
    await put(`/appeals/${a3.documentId}`, { workflowState: 'answered', answerText: 'Роз’яснено', answerOutcome: 'explained', answeredAt: '2016-10-10T09:00:00.000Z' });
    await correct('appeal', a3.documentId, 'answeredAt', '2016-10-11T09:00:00.000Z', ids.H2);
    await correct('appeal', a3.documentId, 'answeredAt', '2016-10-12T09:00:00.000Z', ids.H2);
    const a4 = await registerAppeal({ receivedAt: '2016-10-03T09:00:00.000Z', department: ids.R2, assignee: ids.E2 });
    expect((await put(`/appeals/${a4.documentId}`, { workflowState: 'returned', returnReason: 'Анонімне за змістом (ст. 5).', returnedAt: '2016-10-31T09:00:00.000Z' })).returnedLate).toBe(true);

    const ir1 = (await api('POST', '/information-requests', { data: { receivedAt: '2016-10-03T09:00:00.000Z', channel: 'email', requestText: 'Запит', department: ids.R2, assignee: ids.E2 } })).body.data;
    ids.IR1 = ir1.documentId;
    await put(`/information-requests/${ir1.documentId}`, { workflowState: 'answered', answerText: 'Надаємо', answerOutcome: 'provided', answeredAt: '2016-10-05T09:00:00.000Z' });
    await correct('information_request', ir1.documentId, 'answeredAt', '2016-10-06T09:00:00.000Z', ids.H2);
  });

  const figures = (row: any) => [row.received, row.returnedLate, row.corrections];

  it('counts late returns and recorded corrections per department and in total', async () => {
    const res = await adminApi('GET', `/admin/reports/discipline?${period}&groupBy=department`);
    expect(res.status).toBe(200);
    const table = res.body.data;
    expect(Object.fromEntries(table.rows.map((r: any) => [r.groupName, figures(r)]))).toEqual({
      'Підрозділ повернень 1': [2, 1, 1],
      'Підрозділ повернень 2': [3, 1, 3],
    });
    expect(figures(table.totals)).toEqual([5, 2, 4]);
    expect(table.columns.slice(-3)).toEqual([
      { key: 'returnedLate', label: 'Повернуто із запізненням', type: 'integer' },
      { key: 'corrections', label: 'Записаних виправлень', type: 'integer' },
      { key: 'forwardingNoticeLate', label: 'Запитувача повідомлено про направлення із запізненням', type: 'integer' },
    ]);
  });

  it('counts them per executor and drills down to the items behind each figure', async () => {
    const res = await adminApi('GET', `/admin/reports/discipline?${period}&groupBy=assignee`);
    expect(Object.fromEntries(res.body.data.rows.map((r: any) => [r.groupName, figures(r)]))).toEqual({
      'Виконавець Повернень': [2, 1, 1],
      'Виконавець Виправлень': [3, 1, 3],
    });
    const returned = await adminApi('GET', `/admin/reports/discipline/items?${period}&groupBy=department&groupId=${(await departmentId(ids.R1))}&figure=returned_late`);
    expect(returned.status).toBe(200);
    expect(returned.body.data.map((i: any) => i.documentId)).toEqual([ids.A1]);
    const corrected = await adminApi('GET', `/admin/reports/discipline/items?${period}&groupBy=department&groupId=${(await departmentId(ids.R2))}&figure=corrected`);
    expect(corrected.body.data.map((i: any) => i.documentId).sort()).toEqual([ids.A3, ids.IR1].sort());
  });

  it('exports both columns to CSV and XLSX', async () => {
    const csv = await adminApi('GET', `/admin/reports/discipline?${period}&groupBy=department&format=csv`);
    expect(csv.status).toBe(200);
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Підрозділ;Надійшло;Розглянуто;Вчасно;Із запізненням;Частка вчасних, %;На розгляді;Прострочено зараз;Середній строк розгляду, днів;Продовжень строку;Повернуто із запізненням;Записаних виправлень;Запитувача повідомлено про направлення із запізненням');
    expect(lines.find((l) => l.startsWith('Підрозділ повернень 1;'))!.split(';').slice(-3)).toEqual(['1', '1', '0']);
    expect(lines.find((l) => l.startsWith('Підрозділ повернень 2;'))!.split(';').slice(-3)).toEqual(['1', '3', '0']);
    expect(lines[lines.length - 1].split(';').slice(-3)).toEqual(['2', '4', '0']);

    const xlsx = await fetch(`${process.env.TEST_BASE_URL}/admin/reports/discipline?${period}&groupBy=department&format=xlsx`, {
      headers: { Authorization: `Bearer ${await adminToken()}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    const values = workbook.getWorksheet('Звіт')!.getSheetValues().filter(Boolean).map((row: any) => row.slice(1));
    expect(values[2].slice(-3)).toEqual(['Повернуто із запізненням', 'Записаних виправлень', 'Запитувача повідомлено про направлення із запізненням']);
    expect(values[values.length - 1].slice(-3)).toEqual([2, 4, 0]);
  });
});

/**
 * November 2016 holds only these items: in F1, IR2 forwarded with the requester told 15 minutes and 1 ms later
 * (late, Art. 22 ч. 3) and IR3 forwarded with the notice at the same moment; in F2, IR4 forwarded with the notice a
 * day later (late).
 */
describe('discipline report: late notices of forwarding (Law 2939-VI Art. 22 ч. 3)', () => {
  const ids: Record<string, string> = {};
  const period = 'from=2016-11-01&to=2016-11-30';
  const LABEL = 'Запитувача повідомлено про направлення із запізненням';

  async function forwarded(department: string, receivedAt: string, forwardedAt: string, notifiedAt: string) {
    const res = await api('POST', '/information-requests', { data: { receivedAt, channel: 'email', requestText: 'Запит не за належністю', department } });
    if (res.status !== 201) throw new Error(`request: ${res.status} ${JSON.stringify(res.body)}`);
    const row = await put(`/information-requests/${res.body.data.documentId}`, {
      workflowState: 'forwarded', forwardedTo: 'Обласна військова адміністрація', forwardedAt, requesterNotifiedOfForwardingAt: notifiedAt,
    });
    return { documentId: row.documentId as string, late: row.forwardingNoticeLate as boolean };
  }

  beforeAll(async () => {
    ids.F1 = await createDepartment('Підрозділ направлень 1');
    ids.F2 = await createDepartment('Підрозділ направлень 2');
    const ir2 = await forwarded(ids.F1, '2016-11-01T09:00:00.000Z', '2016-11-02T09:00:00.000Z', '2016-11-02T09:15:00.001Z');
    const ir3 = await forwarded(ids.F1, '2016-11-01T10:00:00.000Z', '2016-11-02T10:00:00.000Z', '2016-11-02T10:00:00.000Z');
    const ir4 = await forwarded(ids.F2, '2016-11-07T09:00:00.000Z', '2016-11-08T09:00:00.000Z', '2016-11-09T09:00:00.000Z');
    expect([ir2.late, ir3.late, ir4.late]).toEqual([true, false, true]);
    [ids.IR2, ids.IR3, ids.IR4] = [ir2.documentId, ir3.documentId, ir4.documentId];
  });

  it('counts them per department and in total, in JSON, CSV and XLSX, and drills down to them', async () => {
    const res = await adminApi('GET', `/admin/reports/discipline?${period}&groupBy=department`);
    expect(res.status).toBe(200);
    const table = res.body.data;
    expect(Object.fromEntries(table.rows.map((r: any) => [r.groupName, [r.received, r.forwardingNoticeLate]]))).toEqual({
      'Підрозділ направлень 1': [2, 1],
      'Підрозділ направлень 2': [1, 1],
    });
    expect([table.totals.received, table.totals.forwardingNoticeLate]).toEqual([3, 2]);
    expect(table.columns[table.columns.length - 1]).toEqual({ key: 'forwardingNoticeLate', label: LABEL, type: 'integer' });

    const items = await adminApi('GET', `/admin/reports/discipline/items?${period}&groupBy=department&groupId=${await departmentId(ids.F1)}&figure=forwarding_notice_late`);
    expect(items.status).toBe(200);
    expect(items.body.data.map((i: any) => [i.register, i.documentId])).toEqual([['information_request', ids.IR2]]);

    const csv = await adminApi('GET', `/admin/reports/discipline?${period}&groupBy=department&format=csv`);
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0].split(';').slice(-1)).toEqual([LABEL]);
    expect(lines.find((l) => l.startsWith('Підрозділ направлень 1;'))!.split(';').slice(-1)).toEqual(['1']);
    expect(lines[lines.length - 1].split(';').slice(-1)).toEqual(['2']);

    const xlsx = await fetch(`${process.env.TEST_BASE_URL}/admin/reports/discipline?${period}&groupBy=department&format=xlsx`, {
      headers: { Authorization: `Bearer ${await adminToken()}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    const values = workbook.getWorksheet('Звіт')!.getSheetValues().filter(Boolean).map((row: any) => row.slice(1));
    expect(values[2].slice(-1)).toEqual([LABEL]);
    const second = values.find((row: any[]) => row[0] === 'Підрозділ направлень 2')!;
    expect([second[1], ...second.slice(-4)]).toEqual([1, 0, 0, 0, 1]); // received; extensions, late returns, corrections, late notices
    expect(values[values.length - 1].slice(-1)).toEqual([2]);
  });
});

async function departmentId(documentId: string): Promise<number> {
  return (await api('GET', `/departments/${documentId}`)).body.data.id;
}
