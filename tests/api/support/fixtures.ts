import { api, errorMessage } from './client';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createDepartment(name = `Підрозділ ${unique()}`, parent?: string): Promise<string> {
  const res = await api('POST', '/departments', { data: { name, code: `T${unique()}`, ...(parent ? { parent } : {}) } });
  if (res.status !== 201 && res.status !== 200) throw new Error(`department: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

export async function createStaff(department?: string, fullName = `Тестенко Тест ${unique()}`): Promise<string> {
  const res = await api('POST', '/staff-members', {
    data: { fullName, email: `staff-${unique()}@example.gov.ua`, positionTitle: 'Головний спеціаліст', ...(department ? { department } : {}) },
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`staff: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

/** A valid individual written appeal; override any field. */
export function appealInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receivedAt: '2026-03-02T09:00:00.000Z',
    channel: 'written',
    appealType: 'application',
    authorKind: 'individual',
    needsAdditionalStudy: true,
    applicant: { fullName: 'Шевченко Тарас Григорович', address: 'м. Дністрове, вул. Тестова, 1', email: 'taras@example.com', phone: '+380 67 123 45 67' },
    subject: 'Ремонт тротуару',
    text: 'Прошу відремонтувати тротуар біля будинку.',
    ...overrides,
  };
}

export async function registerAppeal(overrides: Record<string, unknown> = {}) {
  const res = await api('POST', '/appeals', { data: appealInput(overrides) });
  if (res.status !== 201 && res.status !== 200) throw new Error(`appeal: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export async function getAppeal(documentId: string) {
  const res = await api('GET', `/appeals/${documentId}?populate=*`);
  return res.body.data;
}

export async function setDeadlineSettings(data: Record<string, unknown>) {
  const res = await api('PUT', '/deadline-setting', { data });
  if (res.status !== 200) throw new Error(`settings: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** An information request received Mon 2 March 2026 11:00 Kyiv (09:00Z), by e-mail, from a requester with an e-mail. */
export function requestInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receivedAt: '2026-03-02T09:00:00.000Z',
    channel: 'email',
    requester: { fullName: 'Запитувач Тест', email: 'requester@example.com' },
    requestText: 'Прошу надати копію рішення виконавчого комітету.',
    ...overrides,
  };
}

export async function registerRequest(overrides: Record<string, unknown> = {}) {
  const res = await api('POST', '/information-requests', { data: requestInput(overrides) });
  if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export async function getRequest(documentId: string) {
  return (await api('GET', `/information-requests/${documentId}?populate=*`)).body.data;
}

/** A refused appeal update: 400, the named rule, a message naming the article, and the appeal exactly as it was. */
export async function expectAppealRefused(documentId: string, data: Record<string, unknown>, rule: string, message: RegExp) {
  const before = await getAppeal(documentId);
  const res = await api('PUT', `/appeals/${documentId}`, { data });
  expect(res.status).toBe(400);
  expect(res.body.error.details.rule).toBe(rule);
  expect(errorMessage(res)).toMatch(message);
  expect(await getAppeal(documentId)).toEqual(before);
}
