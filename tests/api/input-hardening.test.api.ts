import { api, errorMessage, graphql, http } from './support/client';
import { createDepartment, createStaff } from './support/fixtures';

/**
 * The requests that once ended the process or answered 500 (issue 12, items 1, 3, 11): each is a 4xx with a
 * Ukrainian message and a stable code, nothing is written, and the server answers the next request.
 * The whole generated corpus is tests/reliability; these are the named cases, with exact answers.
 */
const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function expectAlive() {
  expect((await http('GET', '/_health')).status).toBe(204);
}

function expectRefused(res: { status: number; body: any }, status: number, code?: string) {
  expect({ status: res.status, message: errorMessage(res as any) }).toEqual({ status, message: expect.stringMatching(CYRILLIC) });
  if (code) expect(res.body.error.details.rule).toBe(code);
}

async function count(plural: string, filter = ''): Promise<number> {
  return (await api('GET', `/${plural}?pagination[pageSize]=1${filter}`)).body.meta.pagination.total;
}

describe('values the database cannot hold, in unique fields: refused, and the process lives', () => {
  it.each([
    ['classifier topic code with NUL', 'classifier-topics', { code: 'a\u0000', title: 't' }, 'request.nul'],
    ['department code with NUL', 'departments', { name: 'Відділ', code: 'a\u0000b' }, 'request.nul'],
    ['staff e-mail with NUL', 'staff-members', { fullName: 'Тест Тестенко', email: 'a\u0000@example.gov.ua' }, 'request.nul'],
    ['holiday on 30 February', 'holidays', { date: '2026-02-30', kind: 'holiday' }, 'input.date'],
    ['holiday in year 99999', 'holidays', { date: '+099999-01-01', kind: 'holiday' }, 'input.date'],
  ])('create: %s', async (_label, plural, data, code) => {
    const before = await count(plural);
    expectRefused(await api('POST', `/${plural}`, { data }), 400, code);
    await expectAlive();
    expect(await count(plural)).toBe(before);
  });

  it('update: department code, staff e-mail and holiday date', async () => {
    const department = await createDepartment();
    const staff = await createStaff(department);
    const holiday = await api('POST', '/holidays', { data: { date: `2093-0${1 + (Date.now() % 9)}-1${Date.now() % 9}`, kind: 'holiday', title: 'Тест' } });
    expect(holiday.status).toBe(201);
    const holidayId = holiday.body.data.documentId;
    const stored = {
      department: (await api('GET', `/departments/${department}`)).body.data,
      staff: (await api('GET', `/staff-members/${staff}`)).body.data,
      holiday: (await api('GET', `/holidays/${holidayId}`)).body.data,
    };
    expectRefused(await api('PUT', `/departments/${department}`, { data: { code: 'x\u0000' } }), 400, 'request.nul');
    expectRefused(await api('PUT', `/staff-members/${staff}`, { data: { email: 'x\u0000@example.gov.ua' } }), 400, 'request.nul');
    expectRefused(await api('PUT', `/holidays/${holidayId}`, { data: { date: '2026-02-30' } }), 400, 'input.date');
    await expectAlive();
    expect((await api('GET', `/departments/${department}`)).body.data).toEqual(stored.department);
    expect((await api('GET', `/staff-members/${staff}`)).body.data).toEqual(stored.staff);
    expect((await api('GET', `/holidays/${holidayId}`)).body.data).toEqual(stored.holiday);
  });
});

describe('values out of their column’s range: 400 naming the field', () => {
  it.each([
    ['expectedParticipants beyond int32', 'communication-events', { title: 'Захід', expectedParticipants: 2 ** 31 }, 'input.integer_range', 'expectedParticipants'],
    ['pages beyond int32', 'information-requests', { pages: 99999999999 }, 'input.integer_range', 'pages'],
    ['version beyond int32', 'job-instructions', { title: 'Інструкція', version: 2 ** 40 }, 'input.integer_range', 'version'],
    ['mention count beyond int32', 'opinion-reports', { title: 'Звіт', positiveMentions: -(2 ** 31) - 1 }, 'input.integer_range', 'positiveMentions'],
    ['budget 1e12 in decimal(10,2)', 'campaigns', { title: 'Кампанія', budget: 1e12 }, 'input.decimal_range', 'budget'],
    ['KPI actual 1e12 in a component', 'campaigns', { title: 'Кампанія', kpis: [{ metric: 'Охоплення', actual: 1e12 }] }, 'input.decimal_range', 'kpis.0.actual'],
    ['event date in year 99999', 'communication-events', { title: 'Захід', startsAt: '+099999-01-01T00:00:00.000Z' }, 'input.datetime', 'startsAt'],
    ['campaign start on 31 April', 'campaigns', { title: 'Кампанія', startsOn: '2026-04-31' }, 'input.date', 'startsOn'],
    ['JSON field that is not JSON', 'campaigns', { title: 'Кампанія', channels: 'soon' }, 'input.json', 'channels'],
  ])('%s', async (_label, plural, data, code, field) => {
    const before = await count(plural);
    const res = await api('POST', `/${plural}`, { data });
    expectRefused(res, 400, code);
    expect(errorMessage(res)).toContain(`«${field}»`);
    expect(await count(plural)).toBe(before);
  });

  it('reminderOffsets: "soon" in the deadline settings', async () => {
    const before = (await api('GET', '/deadline-setting')).body.data;
    expectRefused(await api('PUT', '/deadline-setting', { data: { reminderOffsets: 'soon' } }), 400, 'settings.reminder_offsets.not_integer'); // the setting's own rule answers before the generic JSON check
    expect((await api('GET', '/deadline-setting')).body.data).toEqual(before);
  });

  it('100 000-deep JSON in a body', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const res = await http('POST', '/api/deadline-setting', `{"data":{"reminderOffsets":${deep}}}`, {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${process.env.TEST_API_TOKEN}`,
    });
    expectRefused(res, 400, 'request.depth');
    await expectAlive();
  });

  it('a relation to a document that does not exist', async () => {
    const res = await api('POST', '/staff-members', { data: { fullName: 'Тест', email: `rel-${stamp()}@example.gov.ua`, department: 'no-such-document' } });
    expectRefused(res, 400, 'relation.not_found');
  });
});

describe('requests anyone can send without signing in', () => {
  it.each([
    ['POST', '/admin/register', { registrationToken: 'a\u0000b', userInfo: { firstname: 'А', password: 'Str0ng-Passw0rd!' } }, 400],
    ['POST', '/admin/register', {}, 400],
    ['POST', '/admin/reset-password', { resetPasswordToken: 'a\u0000b', password: 'Str0ng-Passw0rd!' }, 400],
    ['POST', '/admin/reset-password', { resetPasswordToken: 'abc', password: 'Str0ng-Passw0rd!' }, 400],
    ['GET', '/admin/registration-info?registrationToken=a%00b', undefined, 400],
    ['POST', '/admin/login', { email: 'x\u0000@example.gov.ua', password: 'Str0ng-Passw0rd!' }, 400],
    ['GET', '/api/publications?filters[title][$eq]=a%00b', undefined, 400],
    ['GET', '/api/publications/a%00b', undefined, 400],
    ['GET', '/api/publications/%FF', undefined, 400],
  ])('%s %s', async (method, path, body, status) => {
    expectRefused(await http(method, path, body), status as number);
    await expectAlive();
  });

  it('a filter value that is not a number, on a number column (any caller)', async () => {
    const withToken = await api('GET', '/campaigns?filters[kpis][actual][$eq]=abc');
    expectRefused(withToken, 400, 'input.decimal');
    const anonymous = await http('GET', '/api/campaigns?filters[kpis][actual][$eq]=abc');
    expect(anonymous.status).toBeGreaterThanOrEqual(400);
    expect(anonymous.status).toBeLessThan(500);
    expect(errorMessage(anonymous)).toMatch(CYRILLIC);
  });

  it('a GraphQL fragment cycle is a 400 validation error in Ukrainian', async () => {
    const res = await graphql('query { publications { ...A } } fragment A on Publication { ...B } fragment B on Publication { ...A }', {}, null);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toMatch(/цикл фрагментів/);
    await expectAlive();
  });

  it('GraphQL validation errors are in Ukrainian with their code', async () => {
    const res = await graphql('{ publications { noSuchField } }', {}, null);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Поля «noSuchField» немає в типі «Publication».',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('HTTP-level refusals in Ukrainian', () => {
  it('405 method not allowed', async () => {
    const res = await api('PATCH', '/appeals', { data: {} });
    expectRefused(res, 405, 'http.method_not_allowed');
  });

  it('413 body too large', async () => {
    const res = await api('POST', '/classifier-topics', { data: { code: 'big', title: 'ж'.repeat(1_100_000) } });
    expectRefused(res, 413, 'http.payload_too_large');
  });

  it('431 request headers too large', async () => {
    const res = await http('GET', '/api/publications', undefined, { 'X-Filler': 'x'.repeat(70_000) });
    expectRefused(res, 431, 'request.headers_too_large');
    await expectAlive();
  });

  it('429 too many log-in attempts', async () => {
    const email = `nobody-${stamp()}@example.gov.ua`;
    let res = await http('POST', '/admin/login', { email, password: 'Wrong-Passw0rd!' });
    for (let attempt = 0; attempt < 20 && res.status !== 429; attempt++) {
      res = await http('POST', '/admin/login', { email, password: 'Wrong-Passw0rd!' });
    }
    expectRefused(res, 429, 'http.too_many_requests');
  });
});
