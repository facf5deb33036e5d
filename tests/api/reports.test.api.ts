import ExcelJS from 'exceljs';
import { api } from './support/client';
import { adminApi } from './support/admin';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';

async function put(path: string, data: Record<string, unknown>) {
  const res = await api('PUT', path, { data });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * June 2018 holds only these items (figures counted by hand):
 *   D1  (S1): P1 answered on time after 4 days (privileged applicant), P2 answered late after 21 days
 *   D1a (S2): P3 open, extended, overdue now
 *   D2  (S3): P4 forwarded; IR1 information request answered on time after 2 days
 */
describe('reports', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.D1 = await createDepartment('Звітний підрозділ 1');
    ids.D1a = await createDepartment('Звітний підрозділ 1а', ids.D1);
    ids.D2 = await createDepartment('Звітний підрозділ 2');
    ids.S1 = await createStaff(ids.D1, 'Перший Виконавець');
    ids.S2 = await createStaff(ids.D1a, 'Другий Виконавець');
    ids.S3 = await createStaff(ids.D2, 'Третій Виконавець');
    ids.H = await createStaff(ids.D1a, 'Керівник Підрозділу');
    await put(`/departments/${ids.D1a}`, { head: ids.H });

    const p1 = await registerAppeal({ receivedAt: '2018-06-04T09:00:00.000Z', needsAdditionalStudy: false, department: ids.D1, assignee: ids.S1, applicant: { fullName: 'Пільговик Петро', privileged: true }, privilegeCategory: 'war_disabled' });
    await put(`/appeals/${p1.documentId}`, { workflowState: 'answered', answerText: 'Так', answerOutcome: 'satisfied', answeredAt: '2018-06-08T09:00:00.000Z' });
    const p2 = await registerAppeal({ receivedAt: '2018-06-04T09:00:00.000Z', needsAdditionalStudy: false, department: ids.D1, assignee: ids.S1 });
    await put(`/appeals/${p2.documentId}`, { workflowState: 'answered', answerText: 'Так', answerOutcome: 'explained', answeredAt: '2018-06-25T09:00:00.000Z' });
    const p3 = await registerAppeal({ receivedAt: '2018-06-11T09:00:00.000Z', department: ids.D1a, assignee: ids.S2 });
    ids.P3 = p3.documentId;
    await put(`/appeals/${p3.documentId}`, { extendedUntil: '2018-07-25', extensionReason: 'Потрібна перевірка', extensionApprovedBy: ids.H, extensionDecidedAt: '2018-07-02T09:00:00.000Z' });
    const p4 = await registerAppeal({ receivedAt: '2018-06-12T09:00:00.000Z', department: ids.D2, assignee: ids.S3 });
    await put(`/appeals/${p4.documentId}`, { workflowState: 'forwarded', forwardedTo: 'Держгеокадастр', forwardedAt: '2018-06-13T09:00:00.000Z' });
    const ir1 = (await api('POST', '/information-requests', { data: { receivedAt: '2018-06-05T09:00:00.000Z', channel: 'email', requestText: 'Запит', department: ids.D2, assignee: ids.S3 } })).body.data;
    await put(`/information-requests/${ir1.documentId}`, { workflowState: 'answered', answerText: 'Надаємо', answerOutcome: 'provided', answeredAt: '2018-06-07T09:00:00.000Z' });
  });

  const figures = (row: any) => [row.received, row.answered, row.answeredOnTime, row.answeredLate, row.onTimeShare, row.open, row.overdue, row.averageDaysToAnswer, row.extensions];

  it('reports executive discipline by department, with totals computed by the database', async () => {
    const res = await adminApi('GET', '/admin/reports/discipline?from=2018-06-01&to=2018-06-30&groupBy=department');
    expect(res.status).toBe(200);
    const table = res.body.data;
    const byName = Object.fromEntries(table.rows.map((r: any) => [r.groupName, figures(r)]));
    expect(byName).toEqual({
      'Звітний підрозділ 1': [2, 2, 1, 1, 50, 0, 0, 12.5, 0],
      'Звітний підрозділ 1а': [1, 0, 0, 0, null, 1, 1, null, 1],
      'Звітний підрозділ 2': [2, 1, 1, 0, 100, 0, 0, 2, 0],
    });
    expect(figures(table.totals)).toEqual([5, 3, 2, 1, 66.7, 1, 1, 9, 1]);
    expect(table.rows[0].groupName).toBe('Звітний підрозділ 1а'); // most overdue first
    expect(table.subtitle).toBe('01.06.2018 – 30.06.2018');
  });

  it('reports by executor and drills down to the items behind a figure', async () => {
    const res = await adminApi('GET', '/admin/reports/discipline?from=2018-06-01&to=2018-06-30&groupBy=assignee');
    const byName = Object.fromEntries(res.body.data.rows.map((r: any) => [r.groupName, [r.received, r.answered, r.overdue]]));
    expect(byName).toEqual({ 'Перший Виконавець': [2, 2, 0], 'Другий Виконавець': [1, 0, 1], 'Третій Виконавець': [2, 1, 0] });
    const row = res.body.data.rows.find((r: any) => r.groupName === 'Другий Виконавець');
    const items = await adminApi('GET', `/admin/reports/discipline/items?from=2018-06-01&to=2018-06-30&groupBy=assignee&groupId=${row.groupId}&figure=overdue`);
    expect(items.status).toBe(200);
    expect(items.body.data.map((i: any) => [i.documentId, i.overdue, i.assignee])).toEqual([[ids.P3, true, 'Другий Виконавець']]);
    expect(items.body.data[0].dueAt).toBe('2018-07-25T20:59:59.999Z');
  });

  it('exports the same figures as CSV (Ukrainian spreadsheet conventions) and XLSX', async () => {
    const csv = await adminApi('GET', '/admin/reports/discipline?from=2018-06-01&to=2018-06-30&groupBy=department&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Підрозділ;Надійшло;Розглянуто;Вчасно;Із запізненням;Частка вчасних, %;На розгляді;Прострочено зараз;Середній строк розгляду, днів;Продовжень строку;Повернуто із запізненням;Записаних виправлень;Запитувача повідомлено про направлення із запізненням');
    expect(lines).toContain('Звітний підрозділ 1;2;2;1;1;50;0;0;12,5;0;0;0;0');
    expect(lines[lines.length - 1]).toBe('Усього;5;3;2;1;66,7;1;1;9;1;0;0;0');

    const xlsx = await fetch(`${process.env.TEST_BASE_URL}/admin/reports/discipline?from=2018-06-01&to=2018-06-30&groupBy=department&format=xlsx`, {
      headers: { Authorization: `Bearer ${await (await import('./support/admin')).adminToken()}` },
    });
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    const sheet = workbook.getWorksheet('Звіт')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Виконавська дисципліна за підрозділами');
    const values = sheet.getSheetValues().filter(Boolean).map((row: any) => row.slice(1));
    expect(values).toContainEqual(['Звітний підрозділ 1', 2, 2, 1, 1, 50, 0, 0, 12.5, 0, 0, 0, 0]);
    expect(values[values.length - 1]).toEqual(['Усього', 5, 3, 2, 1, 66.7, 1, 1, 9, 1, 0, 0, 0]);
  });

  it('analyses a quarter by channel, type, author, recurrence, privilege and outcome', async () => {
    const res = await adminApi('GET', '/admin/reports/analysis?quarter=2018-Q2');
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect([report.from, report.to]).toEqual(['2018-04-01', '2018-06-30']);
    expect(report.totals).toEqual({ appeals: 4, informationRequests: 1, appealsAnswered: 2, appealsOnTimeShare: 50 });
    const section = (key: string) => Object.fromEntries(report.sections.find((s: any) => s.key === key).buckets.map((b: any) => [b.key, b.count]));
    expect(section('authorKind')).toEqual({ individual: 4 });
    expect(section('recurrence')).toEqual({ primary: 4 });
    expect(section('privileged')).toEqual({ true: 1, false: 3 });
    expect(section('outcome')).toEqual({ satisfied: 1, explained: 1, forwarded: 1, unspecified: 1 });
    expect(section('requestOutcome')).toEqual({ provided: 1 });
    expect(section('refusalGround')).toEqual({});
  });

  it('refuses a malformed period with a Ukrainian 400 and needs an admin session', async () => {
    const bad = await adminApi('GET', '/admin/reports/discipline?from=2018-06-31&to=2018-06-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/РРРР-ММ-ДД/);
    const anonymous = await fetch(`${process.env.TEST_BASE_URL}/admin/reports/discipline?from=2018-06-01&to=2018-06-30`);
    expect(anonymous.status).toBe(401);
  });
});
