import { adminApi, adminToken } from './support/admin';
import { api, errorMessage, http } from './support/client';
import { createDepartment, createStaff, registerAppeal } from './support/fixtures';
import { createAbsence, createInstruction, createPosition, removeDutyFixtures } from './support/duties-fixtures';

const cyrillic = /[А-Яа-яІіЇїЄєҐґ]/;
const TITLE = 'Посадова інструкція головного спеціаліста відділу звернень громадян';

let card = 0;
/** A hotline appeal carries the contact center's card number (required for that channel). */
function hotline(receivedAt: string, extra: Record<string, unknown> = {}) {
  card += 1;
  return registerAppeal({ channel: 'government_hotline', contactCenterCardNumber: `1545-2019-${card}`, receivedAt, ...extra });
}

/** The routing reason's words when the council's settings name no first head (Art. 20). */
const FALLBACK = (top: string) => `керівник підрозділу-вершини «${top}»: першого керівника в налаштуваннях не зазначено`;

async function stored(path: string, documentId: string) {
  return (await api('GET', `/${path}/${documentId}?populate=*`)).body.data;
}

async function history(itemDocumentId: string) {
  const res = await api('GET', `/assignment-changes?filters[itemDocumentId][$eq]=${itemDocumentId}&populate=*&sort=id:asc`);
  expect(res.status).toBe(200);
  return res.body.data as any[];
}

/**
 * Routing on registration. Receipt dates are in 2019, a year no other test file registers in, and every
 * position and instruction made here is removed afterwards, so the rest of the suite sees no routing.
 */
describe('routing of new appeals and information requests by job instructions', () => {
  let department: string;
  let holder: string;
  let first: string;
  let second: string;
  let chief: string;
  let firstSubstitute: string;

  beforeAll(async () => {
    department = await createDepartment('Відділ звернень громадян (маршрутизація)');
    holder = await createStaff(department, 'Ковальчук Наталія Андріївна');
    first = await createStaff(department, 'Лисенко Віра Олегівна');
    second = await createStaff(department, 'Савчук Тарас Миколайович');
    firstSubstitute = await createPosition('Головний спеціаліст (письмові звернення)', first, department);
    const secondSubstitute = await createPosition('Головний спеціаліст (запити на інформацію)', second, department);
    chief = await createPosition('Головний спеціаліст («гаряча лінія»)', holder, department, [firstSubstitute, secondSubstitute]);
    await createInstruction(chief, {
      title: TITLE,
      effectiveFrom: '2019-01-01',
      duties: [
        { clause: '1.4', competences: [] },
        { clause: '2.1', competences: ['hotline_appeals'] },
        { clause: '2.12', competences: ['information_requests'] },
      ],
    });
    // Edition 2 from 1 June 2019 no longer gives the hotline to this position; the written-appeals position takes it.
    await createInstruction(chief, { title: TITLE, effectiveFrom: '2019-06-01', version: 2, duties: [{ clause: '2.12', competences: ['information_requests'] }] });
    await createInstruction(firstSubstitute, {
      title: 'Посадова інструкція головного спеціаліста з письмових звернень',
      effectiveFrom: '2019-06-01',
      duties: [{ clause: '2.3', competences: ['hotline_appeals', 'written_appeals'] }],
    });
    await createAbsence(holder, '2019-04-01', '2019-04-14', 'vacation');
    await createAbsence(first, '2019-04-10', '2019-04-12', 'business_trip');
  });

  afterAll(removeDutyFixtures);

  it('assigns the holder whose instruction in force covers the channel, with the clause as the reason', async () => {
    const appeal = await hotline('2019-03-04T09:00:00.000Z', { department: null });
    const row = await stored('appeals', appeal.documentId);
    expect(row.assignee.documentId).toBe(holder);
    expect(row.department.documentId).toBe(department);
    expect(row.workflowState).toBe('assigned');
    expect(row.routingReason).toBe(`п. 2.1 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 1 від 01.01.2019)`);
    const entries = await history(appeal.documentId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ register: 'appeal', kind: 'routing', reason: row.routingReason, registrationNumber: row.registrationNumber });
    expect(entries[0].fromAssignee).toBeNull();
    expect(entries[0].toAssignee.documentId).toBe(holder);
    expect(entries[0].changedBy).toMatch(/^API-токен «api-tests-/);
  });

  it('gives the item to the first present substitute while the holder is on vacation, and says so', async () => {
    const appeal = await hotline('2019-04-03T09:00:00.000Z');
    const row = await stored('appeals', appeal.documentId);
    expect(row.assignee.documentId).toBe(first);
    expect(row.routingReason).toBe(`п. 2.1 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 1 від 01.01.2019); заміщення на час відпустки Ковальчук Н. А.`);
  });

  it('skips a substitute who is away too and names who stands in', async () => {
    const appeal = await hotline('2019-04-10T09:00:00.000Z');
    const row = await stored('appeals', appeal.documentId);
    expect(row.assignee.documentId).toBe(second);
    expect(row.routingReason).toContain('заміщення на час відпустки Ковальчук Н. А.');
    expect(row.routingReason).toContain('Головний спеціаліст (письмові звернення): Лисенко В. О. у відрядженні (10.04.2019–12.04.2019)');
    expect(row.routingReason).toContain('заміщує наступний за порядком: Головний спеціаліст (запити на інформацію)');
  });

  it('follows the edition in force on the day of receipt: the old one the day before, the new one from its date', async () => {
    const before = await stored('appeals', (await hotline('2019-05-31T09:00:00.000Z')).documentId);
    expect(before.assignee.documentId).toBe(holder);
    expect(before.routingReason).toContain('(ред. 1 від 01.01.2019)');
    const after = await stored('appeals', (await hotline('2019-06-03T09:00:00.000Z')).documentId);
    expect(after.assignee.documentId).toBe(first);
    expect(after.routingReason).toBe('п. 2.3 посадової інструкції головного спеціаліста з письмових звернень (ред. 1 від 01.06.2019)');
  });

  it('routes an information request by its competence', async () => {
    const res = await api('POST', '/information-requests', {
      data: { receivedAt: '2019-03-05T09:00:00.000Z', channel: 'email', requester: { fullName: 'Запитувач Тест' }, requestText: 'Прошу надати інформацію.' },
    });
    expect(res.status).toBe(201);
    const row = await stored('information-requests', res.body.data.documentId);
    expect(row.assignee.documentId).toBe(holder);
    expect(row.workflowState).toBe('assigned');
    expect(row.routingReason).toBe('п. 2.12 посадової інструкції головного спеціаліста відділу звернень громадян (ред. 1 від 01.01.2019)');
  });

  it('leaves an item nobody covers unassigned, with the reason, in the unrouted list', async () => {
    const appeal = await registerAppeal({
      channel: 'e_petition',
      receivedAt: '2019-03-06T09:00:00.000Z',
      // what an e-petition records (Art. 23-1 of Law 393/96-ВР)
      petitionSignatureThreshold: 250,
      petitionCollectionStartsOn: '2019-01-10',
      petitionCollectionEndsOn: '2019-03-05',
      petitionSignatures: 120,
    });
    const row = await stored('appeals', appeal.documentId);
    expect(row.assignee).toBeNull();
    expect(row.workflowState).toBe('registered');
    expect(row.routingReason).toBe(
      'Жодна посадова інструкція, чинна на 06.03.2019, не містить обов’язку щодо: електронні петиції. Призначте виконавця вручну або доповніть посадову інструкцію.',
    );
    const list = await api('GET', '/appeals/unrouted?pagination[pageSize]=100&populate=assignee&filters[receivedAt][$lt]=2020-01-01T00:00:00.000Z');
    expect(list.status).toBe(200);
    expect(list.body.data.map((item: any) => item.documentId)).toContain(appeal.documentId);
    // other test files register unassigned items too: whatever is listed must be open and without an executor
    for (const item of list.body.data) expect([item.assignee, ['registered', 'assigned', 'in_progress'].includes(item.workflowState)]).toEqual([null, true]);
    expect(await history(appeal.documentId)).toEqual([]);
  });

  it('lists unrouted information requests the same way: received before any instruction was in force', async () => {
    const res = await api('POST', '/information-requests', {
      data: { receivedAt: '2018-12-31T09:00:00.000Z', channel: 'email', requester: { fullName: 'Запитувач Тест' }, requestText: 'Прошу надати інформацію.' },
    });
    expect(res.status).toBe(201);
    const row = await stored('information-requests', res.body.data.documentId);
    expect(row.assignee).toBeNull();
    expect(row.routingReason).toContain('чинна на 31.12.2018');
    const list = await api('GET', '/information-requests/unrouted?pagination[pageSize]=100&populate=assignee&filters[receivedAt][$lt]=2020-01-01T00:00:00.000Z');
    expect(list.status).toBe(200);
    expect(list.body.data.map((item: any) => item.documentId)).toContain(res.body.data.documentId);
    for (const item of list.body.data) expect([item.assignee, ['registered', 'assigned', 'in_progress', 'extended'].includes(item.workflowState)]).toEqual([null, true]);
  });

  it('keeps an explicit assignee and records each later change with who, when and why', async () => {
    const appeal = await hotline('2019-03-04T10:00:00.000Z', { assignee: second });
    const created = await stored('appeals', appeal.documentId);
    expect(created.assignee.documentId).toBe(second);
    expect(created.routingReason).toBeNull();
    const moved = await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: first, assignmentNote: 'Передано за розпорядженням начальника відділу' } });
    expect(moved.status).toBe(200);
    expect(moved.body.data.assignmentNote).toBeNull();
    const entries = await history(appeal.documentId);
    expect(entries.map((entry) => [entry.kind, entry.fromAssignee?.documentId ?? null, entry.toAssignee?.documentId ?? null, entry.reason])).toEqual([
      ['manual', null, second, 'Виконавця обрано під час реєстрації.'],
      ['manual', second, first, 'Передано за розпорядженням начальника відділу'],
    ]);
    expect(new Date(entries[1].changedAt).getTime()).toBeGreaterThanOrEqual(new Date(entries[0].changedAt).getTime());
    // An update that leaves the assignee alone adds nothing.
    await api('PUT', `/appeals/${appeal.documentId}`, { data: { subject: 'Інша тема' } });
    expect(await history(appeal.documentId)).toHaveLength(2);
  });

  it('keeps the history read-only', async () => {
    const write = await api('POST', '/assignment-changes', { data: { register: 'appeal', itemDocumentId: 'x', kind: 'manual', changedAt: new Date().toISOString() } });
    expect([404, 405]).toContain(write.status);
  });

  it('refuses a duty with a competence outside the fixed list, and an absence that ends before it starts', async () => {
    const duty = await api('POST', '/duties', { data: { clause: '9.9', competences: ['hotline_appeals', 'flying'] } });
    expect(duty.status).toBe(400);
    expect(duty.body.error.details.rule).toBe('duty.unknown_competence');
    expect(errorMessage(duty)).toContain('Невідомі компетенції: «flying»');
    const notList = await api('POST', '/duties', { data: { clause: '9.9', competences: { a: 1 } } });
    expect(notList.status).toBe(400);
    expect(errorMessage(notList)).toMatch(cyrillic);
    const absence = await api('POST', '/absences', { data: { staffMember: holder, absentFrom: '2019-05-10', absentTo: '2019-05-01', reason: 'vacation' } });
    expect(absence.status).toBe(400);
    expect(absence.body.error.details.rule).toBe('absence.ends_before_start');
    const reason = await api('POST', '/absences', { data: { staffMember: holder, absentFrom: '2019-05-10', absentTo: '2019-05-11', reason: 'holiday' } });
    expect(reason.status).toBe(400);
    expect(errorMessage(reason)).toContain('vacation, sick_leave, business_trip');
  });
});

describe('personal consideration by the first head (Law 393/96-ВР Art. 20)', () => {
  const ART = 'Ст. 20 Закону «Про звернення громадян»: звернення Героїв України, Героїв Радянського Союзу, Героїв Соціалістичної Праці розглядає перший керівник особисто';
  const hero = { privilegeCategory: 'hero', applicant: { fullName: 'Кравець Андрій Іванович', privileged: true } };
  let top: string;
  let unit: string;
  let head: string;
  let deputy: string;
  let clerk: string;

  beforeAll(async () => {
    top = await createDepartment('Апарат виконавчого комітету (ст. 20)');
    unit = await createDepartment('Відділ звернень громадян (ст. 20)', top);
    head = await createStaff(top, 'Гордієнко Олена Василівна');
    deputy = await createStaff(top, 'Марченко Ірина Петрівна');
    clerk = await createStaff(unit, 'Лисенко Віра Олегівна');
    expect((await api('PUT', `/departments/${top}`, { data: { head } })).status).toBe(200);
    const deputyPosition = await createPosition('Заступник керуючого справами (ст. 20)', deputy, top);
    await createPosition('Керуючий справами (ст. 20)', head, top, [deputyPosition]);
    const clerkPosition = await createPosition('Головний спеціаліст (ст. 20)', clerk, unit);
    await createInstruction(clerkPosition, { title: TITLE, effectiveFrom: '2019-09-01', duties: [{ clause: '2.3', competences: ['written_appeals'] }] });
    await createAbsence(head, '2019-09-16', '2019-09-20', 'business_trip');
  });

  afterAll(removeDutyFixtures);

  it('routes a Hero\'s appeal to the head of the top of its department chain, and an ordinary one by the instruction', async () => {
    const appeal = await registerAppeal({ ...hero, receivedAt: '2019-09-09T09:00:00.000Z', department: unit });
    const row = await stored('appeals', appeal.documentId);
    expect([row.personalConsiderationByHead, row.assignee.documentId, row.department.documentId, row.workflowState]).toEqual([true, head, unit, 'assigned']);
    expect(row.routingReason).toBe(`${ART} — ${FALLBACK('Апарат виконавчого комітету (ст. 20)')}`);
    expect((await history(appeal.documentId)).map((entry) => [entry.kind, entry.toAssignee.documentId, entry.reason])).toEqual([['routing', head, row.routingReason]]);

    const ordinary = await stored('appeals', (await registerAppeal({ receivedAt: '2019-09-09T09:00:00.000Z', department: unit })).documentId);
    expect([ordinary.personalConsiderationByHead, ordinary.assignee.documentId]).toEqual([false, clerk]);
  });

  it('without a department, takes the department the instruction routes to and keeps it on the appeal', async () => {
    const row = await stored('appeals', (await registerAppeal({ ...hero, receivedAt: '2019-09-10T09:00:00.000Z' })).documentId);
    expect([row.assignee.documentId, row.department.documentId]).toEqual([head, unit]);
  });

  it('while the head is away, gives it to the substitute of the head\'s position and says so', async () => {
    const row = await stored('appeals', (await registerAppeal({ ...hero, receivedAt: '2019-09-17T09:00:00.000Z', department: unit })).documentId);
    expect(row.assignee.documentId).toBe(deputy);
    expect(row.routingReason).toBe(`${ART} — ${FALLBACK('Апарат виконавчого комітету (ст. 20)')}; заміщення на час відрядження Гордієнко О. В.`);
  });

  it('leaves it unassigned, with the reason, when the top department has no head recorded', async () => {
    const headless = await createDepartment('Управління без керівника (ст. 20)');
    const row = await stored('appeals', (await registerAppeal({ ...hero, receivedAt: '2019-09-09T09:00:00.000Z', department: headless })).documentId);
    expect([row.assignee, row.workflowState]).toEqual([null, 'registered']);
    expect(row.routingReason).toBe(`${ART}. Першого керівника в налаштуваннях не зазначено, а в підрозділу «Управління без керівника (ст. 20)» не зазначено керівника: зазначте першого керівника в налаштуваннях строків чи керівника підрозділу або призначте виконавця вручну.`);
  });

  it('refuses handing it to someone else without a reason; with the reason the history keeps it', async () => {
    const appeal = await registerAppeal({ ...hero, receivedAt: '2019-09-09T09:00:00.000Z', department: unit });
    const refused = await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: clerk } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.rule).toBe('personal_consideration.reassignment_reason_required');
    expect(errorMessage(refused)).toBe(
      'Звернення розглядає перший керівник особисто (ст. 20 Закону «Про звернення громадян»: звернення Героїв України, Героїв Радянського Союзу, ' +
        'Героїв Соціалістичної Праці розглядає перший керівник особисто). Передаючи його іншому виконавцю, зазначте підставу (наприклад, ' +
        'доручення керівника) у полі «Підстава зміни виконавця».',
    );
    expect((await stored('appeals', appeal.documentId)).assignee.documentId).toBe(head);
    const moved = await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: clerk, assignmentNote: 'Резолюція керуючого справами: підготувати проєкт відповіді' } });
    expect(moved.status).toBe(200);
    const back = await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: head } });
    expect(back.status).toBe(200);
    expect((await history(appeal.documentId)).map((entry) => [entry.kind, entry.toAssignee.documentId, entry.reason])).toEqual([
      ['routing', head, `${ART} — ${FALLBACK('Апарат виконавчого комітету (ст. 20)')}`],
      ['manual', clerk, 'Резолюція керуючого справами: підготувати проєкт відповіді'],
      ['manual', head, null],
    ]);
  });
});

describe('personal consideration by the first head named in the council\'s settings (Art. 20)', () => {
  const ART = 'Ст. 20 Закону «Про звернення громадян»: звернення Героїв України, Героїв Радянського Союзу, Героїв Соціалістичної Праці розглядає перший керівник особисто';
  const hero = { privilegeCategory: 'hero', applicant: { fullName: 'Кравець Андрій Іванович', privileged: true } };
  const SETTINGS = '/content-manager/single-types/api::deadline-setting.deadline-setting';
  const CONFIGURED = `${ART} — перший керівник, зазначений у налаштуваннях (Коваль П. С.)`;
  let top: string;
  let unit: string;
  let topHead: string;
  let mayor: string;
  let secretary: string;
  let clerk: string;

  async function firstHead() {
    const res = await api('GET', '/deadline-setting?populate=firstHead');
    expect(res.status).toBe(200);
    return res.body.data.firstHead?.documentId ?? null;
  }

  beforeAll(async () => {
    const council = await createDepartment('Міська рада (перший керівник)');
    top = await createDepartment('Управління соціального захисту (перший керівник)');
    unit = await createDepartment('Відділ пільг (перший керівник)', top);
    topHead = await createStaff(top, 'Кравчук Людмила Іванівна');
    mayor = await createStaff(council, 'Коваль Петро Семенович');
    secretary = await createStaff(council, 'Іваненко Олег Миколайович');
    clerk = await createStaff(unit, 'Поліщук Марія Степанівна');
    expect((await api('PUT', `/departments/${top}`, { data: { head: topHead } })).status).toBe(200);
    const secretaryPosition = await createPosition('Секретар міської ради (перший керівник)', secretary, council);
    await createPosition('Міський голова (перший керівник)', mayor, council, [secretaryPosition]);
    const clerkPosition = await createPosition('Головний спеціаліст (перший керівник)', clerk, unit);
    await createInstruction(clerkPosition, { title: TITLE, effectiveFrom: '2019-11-01', duties: [{ clause: '2.3', competences: ['written_appeals'] }] });
    await createAbsence(mayor, '2019-11-18', '2019-11-22', 'business_trip');
    const saved = await api('PUT', '/deadline-setting', { data: { firstHead: mayor } });
    expect(saved.status).toBe(200);
    expect(await firstHead()).toBe(mayor);
  });

  afterAll(async () => {
    expect((await api('PUT', '/deadline-setting', { data: { firstHead: null } })).status).toBe(200);
    await removeDutyFixtures();
  });

  it('routes a Hero\'s appeal to the configured first head, not to the head of the top department, and says so', async () => {
    const appeal = await registerAppeal({ ...hero, receivedAt: '2019-11-11T09:00:00.000Z', department: unit });
    const row = await stored('appeals', appeal.documentId);
    expect([row.personalConsiderationByHead, row.assignee.documentId, row.department.documentId, row.workflowState]).toEqual([true, mayor, unit, 'assigned']);
    expect(row.routingReason).toBe(CONFIGURED);
    expect((await history(appeal.documentId)).map((entry) => [entry.kind, entry.toAssignee.documentId, entry.reason])).toEqual([['routing', mayor, CONFIGURED]]);
    // an ordinary appeal still goes by the instruction
    const ordinary = await stored('appeals', (await registerAppeal({ receivedAt: '2019-11-11T09:00:00.000Z', department: unit })).documentId);
    expect([ordinary.personalConsiderationByHead, ordinary.assignee.documentId]).toEqual([false, clerk]);
  });

  it('while the first head is away, gives it to the substitute of their position', async () => {
    const row = await stored('appeals', (await registerAppeal({ ...hero, receivedAt: '2019-11-19T09:00:00.000Z', department: unit })).documentId);
    expect(row.assignee.documentId).toBe(secretary);
    expect(row.routingReason).toBe(`${CONFIGURED}; заміщення на час відрядження Коваль П. С.`);
  });

  it('hands it without a reason only to the first head or who stands in today; the top department\'s head now needs one', async () => {
    const appeal = await registerAppeal({ ...hero, receivedAt: '2019-11-11T09:00:00.000Z', department: unit });
    for (const to of [clerk, topHead, secretary]) {
      const refused = await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: to } });
      expect([refused.status, refused.body.error.details.rule]).toEqual([400, 'personal_consideration.reassignment_reason_required']);
    }
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: clerk, assignmentNote: 'Резолюція міського голови: підготувати проєкт відповіді' } })).status).toBe(200);
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: mayor } })).status).toBe(200);
    // the first head is away today: the substitute of the position takes it without a reason
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Kyiv' });
    await createAbsence(mayor, today, today, 'vacation');
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: secretary } })).status).toBe(200);
    const refused = await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: topHead } });
    expect([refused.status, refused.body.error.details.rule]).toEqual([400, 'personal_consideration.reassignment_reason_required']);
    expect((await history(appeal.documentId)).map((entry) => [entry.kind, entry.toAssignee.documentId, entry.reason])).toEqual([
      ['routing', mayor, CONFIGURED],
      ['manual', clerk, 'Резолюція міського голови: підготувати проєкт відповіді'],
      ['manual', mayor, null],
      ['manual', secretary, null],
    ]);
  });

  it('names the setting in Ukrainian in the panel; cleared there, routing falls back to the top of the department chain', async () => {
    const config = await adminApi('GET', '/content-manager/content-types/api::deadline-setting.deadline-setting/configuration');
    expect(config.status).toBe(200);
    const meta = config.body.data.contentType.metadatas.firstHead.edit;
    expect(meta.label).toBe('Перший керівник (міський голова)');
    expect(meta.description).toMatch(/^Працівник, якому розподіляються звернення для розгляду першим керівником особисто/);

    const cleared = await adminApi('PUT', SETTINGS, { firstHead: { disconnect: [{ documentId: mayor }], connect: [] } });
    expect(cleared.status).toBe(200);
    expect(await firstHead()).toBeNull();
    const row = await stored('appeals', (await registerAppeal({ ...hero, receivedAt: '2019-11-12T09:00:00.000Z', department: unit })).documentId);
    expect(row.assignee.documentId).toBe(topHead);
    expect(row.routingReason).toBe(`${ART} — ${FALLBACK('Управління соціального захисту (перший керівник)')}`);
    // the appeals routed earlier keep their executor
    const kept = (await api('GET', `/appeals?filters[receivedAt][$eq]=2019-11-11T09:00:00.000Z&filters[personalConsiderationByHead][$eq]=true&populate=assignee&sort=id:asc`)).body.data;
    expect(kept[0].assignee.documentId).toBe(mayor);
  });
});

describe('personal consideration by the first head on the council\'s rule (issue 14, rule 10)', () => {
  const ACT = 'Розпорядження міського голови від 15.01.2019 № 12-р';
  const COUNCIL = `${ACT} (правило ради): звернення категорії «Учасник бойових дій» розглядає перший керівник особисто`;
  const combatant = { privilegeCategory: 'combatant', applicant: { fullName: 'Бойко Василь Петрович', privileged: true } };
  const SETTINGS = '/content-manager/single-types/api::deadline-setting.deadline-setting';
  let top: string;
  let unit: string;
  let head: string;
  let clerk: string;

  async function councilRules() {
    const res = await api('GET', '/deadline-setting?populate=personalConsiderationRules');
    expect(res.status).toBe(200);
    return res.body.data.personalConsiderationRules.map((rule: any) => [rule.category, rule.basis]);
  }

  beforeAll(async () => {
    top = await createDepartment('Апарат виконавчого комітету (правило ради)');
    unit = await createDepartment('Відділ звернень громадян (правило ради)', top);
    head = await createStaff(top, 'Гордієнко Олена Василівна');
    clerk = await createStaff(unit, 'Лисенко Віра Олегівна');
    expect((await api('PUT', `/departments/${top}`, { data: { head } })).status).toBe(200);
    const clerkPosition = await createPosition('Головний спеціаліст (правило ради)', clerk, unit);
    await createInstruction(clerkPosition, { title: TITLE, effectiveFrom: '2019-10-01', duties: [{ clause: '2.3', competences: ['written_appeals'] }] });
  });

  afterAll(async () => {
    expect((await api('PUT', '/deadline-setting', { data: { personalConsiderationRules: [] } })).status).toBe(200);
    await removeDutyFixtures();
  });

  it('routes a category the council added to the first head, citing the council\'s act; removing the rule re-routes nothing', async () => {
    const saved = await api('PUT', '/deadline-setting', { data: { personalConsiderationRules: [{ category: 'combatant', basis: `  ${ACT} ` }] } });
    expect(saved.status).toBe(200);
    expect(await councilRules()).toEqual([['combatant', ACT]]);

    const appeal = await registerAppeal({ ...combatant, receivedAt: '2019-10-07T09:00:00.000Z', department: unit });
    const row = await stored('appeals', appeal.documentId);
    expect([row.personalConsiderationByHead, row.personalConsiderationBasis, row.assignee.documentId, row.workflowState]).toEqual([true, COUNCIL, head, 'assigned']);
    expect(row.routingReason).toBe(`${COUNCIL} — ${FALLBACK('Апарат виконавчого комітету (правило ради)')}`);
    expect((await history(appeal.documentId)).map((entry) => [entry.kind, entry.toAssignee.documentId, entry.reason])).toEqual([['routing', head, row.routingReason]]);
    // handing it on without the head's order is refused, naming the council's act
    const moved = await api('PUT', `/appeals/${appeal.documentId}`, { data: { assignee: clerk } });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.rule).toBe('personal_consideration.reassignment_reason_required');
    expect(errorMessage(moved)).toBe(
      `Звернення розглядає перший керівник особисто (${COUNCIL}). Передаючи його іншому виконавцю, зазначте підставу (наприклад, ` +
        'доручення керівника) у полі «Підстава зміни виконавця».',
    );

    // the council removes the rule in the admin panel: new appeals of that category go the ordinary way ...
    const removed = await adminApi('PUT', SETTINGS, { personalConsiderationRules: [] });
    expect(removed.status).toBe(200);
    expect(await councilRules()).toEqual([]);
    const later = await stored('appeals', (await registerAppeal({ ...combatant, receivedAt: '2019-10-08T09:00:00.000Z', department: unit })).documentId);
    expect([later.personalConsiderationByHead, later.personalConsiderationBasis, later.assignee.documentId]).toEqual([false, null, clerk]);
    // ... and the one registered under it keeps its executor, its flag and the basis it was routed on, also when edited
    expect((await api('PUT', `/appeals/${appeal.documentId}`, { data: { subject: 'Уточнення змісту' } })).status).toBe(200);
    const kept = await stored('appeals', appeal.documentId);
    expect([kept.personalConsiderationByHead, kept.personalConsiderationBasis, kept.assignee.documentId]).toEqual([true, COUNCIL, head]);
    // a Hero's appeal still cites the statute
    const hero = await stored('appeals', (await registerAppeal({ privilegeCategory: 'hero', applicant: { fullName: 'Кравець Андрій Іванович', privileged: true }, receivedAt: '2019-10-08T09:00:00.000Z', department: unit })).documentId);
    expect([hero.personalConsiderationBasis, hero.assignee.documentId]).toEqual([
      'ст. 20 Закону «Про звернення громадян»: звернення Героїв України, Героїв Радянського Союзу, Героїв Соціалістичної Праці розглядає перший керівник особисто', head,
    ]);
  });

  it('refuses a bad rule with a 400 in Ukrainian, through REST and the admin panel, and stores nothing', async () => {
    expect((await api('PUT', '/deadline-setting', { data: { personalConsiderationRules: [{ category: 'chornobyl', basis: 'Рішення виконавчого комітету від 05.02.2019 № 40' }] } })).status).toBe(200);
    const martialLaw = (await api('GET', '/deadline-setting')).body.data.martialLaw;
    const cases: Array<[unknown, string, string]> = [
      [[{ category: 'pensioner', basis: ACT }], 'settings.personal_rules.unknown_category', 'Невідома категорія пільги «pensioner» у правилі ради про розгляд керівником особисто.'],
      [[{ category: 'combatant', basis: '   ' }], 'settings.personal_rules.basis_required', 'Правило ради для категорії «Учасник бойових дій» має зазначати підставу — акт ради'],
      [[{ category: 'combatant', basis: ACT }, { category: 'combatant', basis: 'Рішення № 41' }], 'settings.personal_rules.duplicate', 'Категорію «Учасник бойових дій» зазначено в правилах ради про розгляд керівником особисто двічі'],
      [[{ category: 'hero', basis: ACT }], 'settings.personal_rules.statutory', 'перший керівник розглядає особисто за законом (ст. 20 Закону «Про звернення громадян»): правило ради для неї не потрібне'],
    ];
    for (const [rules, rule, message] of cases) {
      const rest = await api('PUT', '/deadline-setting', { data: { personalConsiderationRules: rules, martialLaw: !martialLaw } });
      expect([rest.status, rest.body.error.details.rule]).toEqual([400, rule]);
      expect(errorMessage(rest)).toContain(message);
      const panel = await adminApi('PUT', SETTINGS, { personalConsiderationRules: rules });
      expect([panel.status, panel.body.error.details.rule]).toEqual([400, rule]);
      expect(errorMessage(panel)).toContain(message);
    }
    expect(await councilRules()).toEqual([['chornobyl', 'Рішення виконавчого комітету від 05.02.2019 № 40']]);
    expect((await api('GET', '/deadline-setting')).body.data.martialLaw).toBe(martialLaw);
  });

  it('names the rules, the basis and the applicant\'s privilege details in Ukrainian in the panel', async () => {
    const settings = await adminApi('GET', '/content-manager/content-types/api::deadline-setting.deadline-setting/configuration');
    expect(settings.status).toBe(200);
    expect(settings.body.data.contentType.metadatas.personalConsiderationRules.edit.label).toBe('Розгляд керівником особисто: правила ради');
    const rule = settings.body.data.components['settings.personal-consideration-rule'];
    expect([rule.metadatas.category.edit.label, rule.metadatas.basis.edit.label, rule.settings.mainField]).toEqual(['Категорія пільги', 'Підстава (акт ради)', 'basis']);
    const appeal = await adminApi('GET', '/content-manager/content-types/api::appeal.appeal/configuration');
    const basis = appeal.body.data.contentType.metadatas.personalConsiderationBasis.edit;
    expect([basis.label, basis.editable]).toEqual(['Підстава розгляду керівником особисто', false]);
    expect(appeal.body.data.components['personal.applicant'].metadatas.privilegeCategory.edit.label).toBe('Посвідчення / уточнення пільги');
  });
});

describe('responsibility view', () => {
  it('answers who holds and who covers duties on a day, and refuses an impossible date', async () => {
    const department = await createDepartment('Відділ (відповідальність)');
    const holder = await createStaff(department, 'Гнатюк Олена Петрівна');
    const substitute = await createStaff(department, 'Дорош Іван Іванович');
    const spare = await createPosition('Спеціаліст (відповідальність)', substitute, department);
    const main = await createPosition('Головний спеціаліст (відповідальність)', holder, department, [spare]);
    await createInstruction(main, { title: 'Посадова інструкція головного спеціаліста', effectiveFrom: '2017-01-01', duties: [{ clause: '2.4', competences: ['personal_reception'] }] });
    await createAbsence(holder, '2017-05-01', '2017-05-05', 'sick_leave');
    try {
      const res = await api('GET', '/responsibilities?date=2017-05-02');
      expect(res.status).toBe(200);
      const covering = res.body.data.staff.find((s: any) => s.staffId === substitute);
      expect(covering.covers.map((c: any) => [c.positionId, c.duties.map((d: any) => d.clause), c.reason])).toEqual([
        [main, ['2.4'], 'заміщення на час лікарняного Гнатюк О. П.'],
      ]);
      const reception = res.body.data.competences.find((c: any) => c.competence === 'personal_reception');
      expect(reception.assigneeId).toBe(substitute);
      const bad = await api('GET', '/responsibilities?date=2017-02-30');
      expect(bad.status).toBe(400);
      expect(errorMessage(bad)).toMatch(cyrillic);
    } finally {
      await removeDutyFixtures();
    }
  });
});

describe('the admin panel', () => {
  async function adminAuth() {
    return { Authorization: `Bearer ${await adminToken()}` };
  }

  it('records the administrator who reassigns an appeal, and serves its own responsibility and import routes', async () => {
    const auth = await adminAuth();
    const department = await createDepartment('Відділ (панель)');
    const [a, b] = [await createStaff(department), await createStaff(department)];
    const appeal = await registerAppeal({ receivedAt: '2019-02-01T09:00:00.000Z', assignee: a });
    const base = '/content-manager/collection-types/api::appeal.appeal';
    const saved = await http('PUT', `${base}/${appeal.documentId}`, { assignee: { connect: [{ documentId: b }] }, assignmentNote: 'Перерозподіл навантаження' }, auth);
    expect(saved.status).toBe(200);
    const entries = await history(appeal.documentId);
    expect(entries.map((entry) => [entry.toAssignee?.documentId, entry.reason])).toEqual([
      [a, 'Виконавця обрано під час реєстрації.'],
      [b, 'Перерозподіл навантаження'],
    ]);
    expect(entries[1].changedBy).toMatch(/^Адміністратор Тест Адміністратор \(id \d+, tester@example\.gov\.ua\)$/);

    const view = await http('GET', '/city/responsibilities?date=2019-02-01', undefined, auth);
    expect(view.status).toBe(200);
    expect(view.body.data.onDate).toBe('2019-02-01');
    expect(view.body.data.competences).toHaveLength(14); // one per competence, with corruption_reports
    const anonymous = await http('GET', '/city/responsibilities');
    expect(anonymous.status).toBe(401);
    const preview = await http('POST', '/city/instruction-import', { data: { text: '1. Загальні положення\n1.1. Текст пункту.', dryRun: true } }, auth);
    expect(preview.status).toBe(200);
    expect(preview.body.data.plan.duties.map((duty: any) => duty.clause)).toEqual(['1.1']);
  });
});
