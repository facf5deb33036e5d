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
    expect(table.columns.slice(-2)).toEqual([
      { key: 'returnedLate', label: 'Повернуто із запізненням', type: 'integer' },
      { key: 'corrections', label: 'Записаних виправлень', type: 'integer' },
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
    expect(lines[0]).toBe('Підрозділ;Надійшло;Розглянуто;Вчасно;Із запізненням;Частка вчасних, %;На розгляді;Прострочено зараз;Середній строк розгляду, днів;Продовжень строку;Повернуто із запізненням;Записаних виправлень');
    expect(lines.find((l) => l.startsWith('Підрозділ повернень 1;'))!.split(';').slice(-2)).toEqual(['1', '1']);
    expect(lines.find((l) => l.startsWith('Підрозділ повернень 2;'))!.split(';').slice(-2)).toEqual(['1', '3']);
    expect(lines[lines.length - 1].split(';').slice(-2)).toEqual(['2', '4']);

    const xlsx = await fetch(`${process.env.TEST_BASE_URL}/admin/reports/discipline?${period}&groupBy=department&format=xlsx`, {
      headers: { Authorization: `Bearer ${await adminToken()}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    const values = workbook.getWorksheet('Звіт')!.getSheetValues().filter(Boolean).map((row: any) => row.slice(1));
    expect(values[2].slice(-2)).toEqual(['Повернуто із запізненням', 'Записаних виправлень']);
    expect(values[values.length - 1].slice(-2)).toEqual([2, 4]);
  });
});

async function departmentId(documentId: string): Promise<number> {
  return (await api('GET', `/departments/${documentId}`)).body.data.id;
}
