import { api } from './client';

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
