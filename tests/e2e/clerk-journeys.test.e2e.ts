import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { api } from '../api/support/client';
import { adminApi } from '../api/support/admin';
import { adminWithRole } from '../api/support/admin-roles';
import { createDepartment, createStaff, registerAppeal } from '../api/support/fixtures';
import { ARTIFACTS, describeWithBrowser, launch, panelAdmin } from './support/browser';

// a page of the built panel can take long on a busy machine: each browser step gets minutes, not the default minute
jest.setTimeout(240_000);

const panelBuilt = () => process.env.TEST_ADMIN_PANEL === 'true';
const APPEALS = 'api::appeal.appeal';
const REQUESTS = 'api::information-request.information-request';

const enumCodes = (file: string): string[] => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/api', file), 'utf8'));
  return Object.values<any>(schema.attributes)
    .filter((a) => a.type === 'enumeration')
    .flatMap((a) => a.enum as string[]);
};
/** Every raw enumeration code of the two registers: none may reach a clerk's screen. */
const RAW_CODES = [...new Set([...enumCodes('appeal/content-types/appeal/schema.json'), ...enumCodes('information-request/content-types/information-request/schema.json')])];
/** Strapi's English words listed in issue 15 (the chrome a clerk met). */
const ENGLISH = [
  'createdAt', 'updatedAt', 'publishedAt', 'Create a relation', 'Untitled', 'Author', 'Editor', 'Super Admin', 'Active', 'Inactive',
  'Click to add an asset', 'Search', 'Introducing the new Media Library', 'Read blog post', 'Skip', 'Welcome', 'Last edited entries',
  'Last published entries', 'Profile', 'Project statistics', 'Content Manager', 'User', 'max', 'min', 'No results found', 'Loading content',
];

/** The raw codes and English words found in `text` (whole words only). */
export function foreignWords(text: string): string[] {
  const codes = RAW_CODES.filter((code) => new RegExp(`(^|[^\\p{L}_])${code}($|[^\\p{L}_])`, 'u').test(text));
  const chrome = ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(text));
  return [...codes, ...chrome];
}

const stamp = Date.now().toString(36);

/**
 * The clerk's journeys of issue 15 in Debian Chromium, each page read as the clerk sees it (document.body.innerText)
 * and checked for raw codes and English chrome, each journey photographed to test-artifacts/.
 * Needs the built panel (`npm run build`); without it the tests say so and are skipped.
 */
describeWithBrowser('admin panel: the clerk’s journeys', () => {
  let browser: Browser;
  let page: Page;
  let department: string;
  let otherDepartment: string;
  let executor: string;
  let overdue: any;
  let inProgress: any;
  let foreign: any;
  let urgent: any;
  const surname = `Журбенко${stamp.replace(/\d/g, '')}`;
  const departmentName = `Відділ маршрутів клерка ${stamp}`;
  const base = () => process.env.TEST_BASE_URL!;
  const listPath = (uid: string) => `/admin/content-manager/collection-types/${uid}`;
  const visibleText = () => page.evaluate(() => document.body.innerText);
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `journey-${name}.png`), fullPage: true });
  const speaksUkrainian = async () => expect(foreignWords(await visibleText())).toEqual([]);

  const signIn = async (p: Page, email: string, password: string) => {
    await p.goto(`${base()}/admin/auth/login`);
    await p.fill('input[name=email]', email);
    await p.fill('input[name=password]', password);
    await p.keyboard.press('Enter');
    await p.waitForSelector('text=Терміни під загрозою', { timeout: 60_000 });
  };

  beforeAll(async () => {
    if (!panelBuilt()) {
      if (process.env.E2E_REQUIRED === 'true') throw new Error('The admin panel is not built: run npm run build before the tests.');
      return;
    }
    department = await createDepartment(departmentName);
    otherDepartment = await createDepartment(`Сусідній відділ ${stamp}`);
    executor = await createStaff(department, `Виконавиця Маршрутна ${stamp}`);
    // overdue: received long ago, still open
    overdue = await registerAppeal({ receivedAt: '2016-03-01T09:00:00.000Z', needsAdditionalStudy: false, department, assignee: executor, subject: `Прострочене ${stamp}: ремонт покрівлі та міжпанельних швів багатоквартирного будинку на вулиці Героїв Дніпра` });
    inProgress = await registerAppeal({
      receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
      needsAdditionalStudy: false,
      department,
      assignee: executor,
      subject: `У роботі ${stamp}`,
      applicant: { fullName: `${surname} Олена Петрівна`, address: 'вул. Тестова, 2', email: `zhurbenko-${stamp}@example.com` },
    });
    expect((await api('PUT', `/appeals/${inProgress.documentId}`, { data: { workflowState: 'in_progress' } })).status).toBe(200);
    foreign = await registerAppeal({ needsAdditionalStudy: false, department: otherDepartment, subject: `Чуже ${stamp}` });
    const req = await api('POST', '/information-requests', {
      data: {
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        channel: 'email',
        requestText: `Терміновий запит про аварію ${stamp}`,
        urgent: true,
        urgencyGround: 'accident',
        urgencyJustification: 'Аварія на водогоні',
        department,
      },
    });
    expect(req.status).toBe(201);
    urgent = req.body.data;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    page.setDefaultNavigationTimeout(120_000);
    // leaving a form the clerk typed into asks «leave the page?»: the journeys move on (a dismissed dialog cancels the navigation)
    page.on('dialog', (dialog) => void dialog.accept());
    await page.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'uk'));
    const admin = await panelAdmin();
    await signIn(page, admin.email, admin.password);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the homepage: the city’s widgets only, in order, figures that open their lists', async () => {
    if (!panelBuilt()) return console.warn('Пропускаю тест адмін-панелі: панель не зібрано (npm run build).');
    await page.goto(`${base()}/admin`);
    await page.waitForSelector('text=Не надіслані листи', { timeout: 60_000 });
    await shot('01-homepage');
    const text = await visibleText();
    // widget titles are set in capitals by the panel's style: compare without case
    const lower = text.toLocaleLowerCase('uk');
    const order = ['Терміни під загрозою', 'Прострочені', 'Нерозподілені', 'Вчасні відповіді цього місяця', 'Не надіслані листи'].map((t) => lower.indexOf(t.toLocaleLowerCase('uk')));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await speaksUkrainian();
    await shot('01-homepage');
    // the overdue figure is a link to the overdue list
    await page.locator('a[aria-label^="прострочено:"]').first().click();
    await page.waitForURL(/dueAt/);
    await page.waitForSelector(`text=${overdue.registrationNumber}`, { timeout: 30_000 });
  });

  it('registers an appeal from the government hotline in a form of sections', async () => {
    if (!panelBuilt()) return;
    await page.goto(`${base()}${listPath(APPEALS)}/create`);
    await page.waitForSelector('[data-city-section="Реєстрація"]', { timeout: 60_000 });
    const sections = await page.locator('[data-city-section]').evaluateAll((els) => els.map((el) => el.getAttribute('data-city-section')));
    expect(sections).toEqual(['Реєстрація', 'Заявник', 'Зміст і тематика', 'Розподіл', 'Розгляд', 'Відповідь', 'Продовження строку', 'Пересилання або повернення']);
    const collapsed = await page.locator('[data-city-collapsed="true"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-city-section')));
    expect(collapsed).toEqual(['Відповідь', 'Продовження строку', 'Пересилання або повернення']);
    await speaksUkrainian();

    await page.getByRole('combobox', { name: /Канал надходження/ }).click();
    await page.getByRole('option', { name: 'урядова «гаряча лінія» 1545' }).click();
    await page.getByRole('combobox', { name: /Вид звернення/ }).click();
    await page.getByRole('option', { name: 'заява (клопотання)' }).click();
    await page.getByLabel(/Номер картки контактного центру/).fill(`ЦК-${stamp}`);
    // the applicant: the component's «add» button, then the name (the registration number takes its first letter)
    await page.locator('[data-city-section="Заявник"] button').first().click();
    await page.getByLabel(/Прізвище, ім’я, по батькові/).fill(`Гарячий Петро Іванович ${stamp}`);
    await page.getByLabel(/Короткий зміст/).fill(`З гарячої лінії ${stamp}`);
    await shot('02-hotline-form');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 30_000 });
    const created = (await api('GET', `/appeals?filters[subject][$eq]=${encodeURIComponent(`З гарячої лінії ${stamp}`)}`)).body.data?.[0];
    expect(created?.channel).toBe('government_hotline');
    expect(created?.needsAdditionalStudy).toBe(false);
    expect(created?.registrationNumber).toMatch(/\/\d{4}$/);
    await page.waitForSelector(`text=${created.registrationNumber}`, { timeout: 30_000 });
    await speaksUkrainian();
    await shot('03-hotline-saved');
  });

  it('a refused save keeps what the clerk typed', async () => {
    if (!panelBuilt()) return;
    await page.goto(`${base()}${listPath(APPEALS)}/${inProgress.documentId}`);
    await page.waitForSelector('[data-city-section="Відповідь"]', { timeout: 60_000 });
    const typed = `Відповідь без результату ${stamp}`;
    await page.getByLabel(/Текст відповіді/).fill(typed);
    // «надано відповідь» without the outcome and the date: the server refuses the save (400, Art. 20 of the law)
    await page.getByRole('combobox', { name: /Стан розгляду/ }).click();
    await page.getByRole('option', { name: 'надано відповідь' }).click();
    const refusal = page.waitForResponse((res) => res.url().includes(inProgress.documentId) && res.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    expect((await refusal).status()).toBe(400);
    await page.waitForTimeout(1_000);
    await shot('04-refused-save');
    await speaksUkrainian();
    expect((await api('GET', `/appeals/${inProgress.documentId}`)).body.data.workflowState).toBe('in_progress');
    // after a 400 the form still holds the typed text
    await expect(page.getByLabel(/Текст відповіді/).inputValue()).resolves.toBe(typed);
  });

  it('finds an appeal by the applicant’s surname', async () => {
    if (!panelBuilt()) return;
    // the list remembers its last filters (the overdue link above) and shows them as tags; a clerk who starts a new
    // search clears them: here, as a fresh browser session would have them
    await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('STRAPI_LIST_VIEW_SETTINGS:')).forEach((k) => window.localStorage.removeItem(k)));
    await page.goto(`${base()}${listPath(APPEALS)}?page=1&pageSize=10&_q=${encodeURIComponent(surname)}`);
    await page.waitForSelector('table', { timeout: 60_000 });
    await shot('05-search-surname');
    await speaksUkrainian();
    // the list search reaches the applicant component
    await page.waitForSelector(`text=${inProgress.registrationNumber}`, { timeout: 20_000 });
  });

  it('filters the list by a department picked from a list of names, not typed', async () => {
    if (!panelBuilt()) return;
    await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('STRAPI_LIST_VIEW_SETTINGS:')).forEach((k) => window.localStorage.removeItem(k)));
    await page.goto(`${base()}${listPath(APPEALS)}?page=1&pageSize=50`);
    await page.getByRole('button', { name: 'Фільтри' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Виконавчий орган (підрозділ)', exact: true }).click();
    // «дорівнює» is the default comparison; the value is a picker: typing narrows the departments, the clerk picks a name
    const picker = dialog.getByRole('combobox', { name: 'Оберіть підрозділ' });
    await picker.click();
    await picker.fill(stamp);
    await shot('05a-department-picker');
    await page.getByRole('option', { name: departmentName, exact: true }).click();
    await dialog.getByRole('button', { name: 'Додати фільтр' }).click();
    await page.waitForURL(/filters/);
    await page.waitForSelector(`text=${inProgress.registrationNumber}`, { timeout: 30_000 });
    const table = await page.locator('table').first().innerText();
    expect(table).toContain(overdue.registrationNumber);
    expect(table).not.toContain(foreign.registrationNumber);
    expect(decodeURIComponent(page.url())).toContain(`[department][name][$eq]=${departmentName}`);
    // the tag names the filter in words
    await expect(page.getByText(`дорівнює ${departmentName}`).count()).resolves.toBeGreaterThan(0);
    await speaksUkrainian();
    await shot('05b-department-filtered');
    await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('STRAPI_LIST_VIEW_SETTINGS:')).forEach((k) => window.localStorage.removeItem(k)));
  });

  it('filters the list by the applicant’s name, a part of it in any case', async () => {
    if (!panelBuilt()) return;
    await page.goto(`${base()}${listPath(APPEALS)}?page=1&pageSize=50`);
    await page.getByRole('button', { name: 'Фільтри' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Заявник (ПІБ)', exact: true }).click();
    await dialog.getByRole('combobox').nth(1).click();
    await page.getByRole('option', { name: 'містить', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Заявник (ПІБ)' }).fill(surname.toLocaleLowerCase('uk'));
    await dialog.getByRole('button', { name: 'Додати фільтр' }).click();
    await page.waitForURL(/applicant/);
    await page.waitForSelector(`text=${inProgress.registrationNumber}`, { timeout: 30_000 });
    const table = await page.locator('table').first().innerText();
    expect(table).not.toContain(overdue.registrationNumber);
    expect(decodeURIComponent(page.url())).toContain(`[applicant][fullName][$containsi]=${surname.toLocaleLowerCase('uk')}`);
    await speaksUkrainian();
    await shot('05c-applicant-filtered');
    await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('STRAPI_LIST_VIEW_SETTINGS:')).forEach((k) => window.localStorage.removeItem(k)));
  });

  it('the overdue list: six columns that fit 1440 px, short dates, the due date red', async () => {
    if (!panelBuilt()) return;
    await page.goto(`${base()}${listPath(APPEALS)}`);
    await page.getByRole('button', { name: 'Прострочені' }).click();
    await page.waitForURL(/dueAt/);
    await page.waitForSelector(`text=${overdue.registrationNumber}`, { timeout: 30_000 });
    const headers = (await page.locator('thead th').allTextContents()).join(' | ');
    // textContent: the panel's style sets the headers in capitals on screen
    const headerCells = (await page.locator('thead th').allTextContents()).map((h) => h.trim());
    for (const label of ['№', 'Надійшло', 'Зміст', 'Стан', 'Строк', 'Виконавець']) expect(headerCells).toContain(label);
    expect(headers).not.toContain('Канал надходження');
    await shot('06-overdue-list');
    const row = page.locator('tr', { hasText: overdue.registrationNumber });
    const text = await row.innerText();
    expect(text).toMatch(/01\.03\.2016 \d{2}:\d{2}/);
    // the executor's name and the long subject are there in full (cut on screen with an ellipsis, whole in the tooltip)
    expect(text).toContain(`Виконавиця Маршрутна ${stamp}`);
    await expect(row.locator(`[title^="Прострочене ${stamp}: ремонт покрівлі"]`).count()).resolves.toBe(1);
    const due = row.locator('[data-due-tone]');
    await expect(due.getAttribute('data-due-tone')).resolves.toBe('overdue');
    expect(await due.innerText()).toMatch(/^\d{2}\.\d{2}\.2016 23:59$/);
    // the table fits its box at 1440 px: nothing to scroll sideways
    const overflow = await page.locator('table').first().evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await speaksUkrainian();
    await shot('06-overdue-list');
  });

  it('an urgent information request: 48 hours, shown in Ukrainian', async () => {
    if (!panelBuilt()) return;
    await page.goto(`${base()}${listPath(REQUESTS)}?page=1&pageSize=50&sort=receivedAt:DESC`);
    await page.waitForSelector(`text=${urgent.registrationNumber}`, { timeout: 60_000 });
    await speaksUkrainian();
    await shot('07-urgent-request-list');
    await page.goto(`${base()}${listPath(REQUESTS)}/${urgent.documentId}`);
    await page.waitForSelector('[data-city-section="Реєстрація"]', { timeout: 60_000 });
    const text = await visibleText();
    expect(text).toContain('Терміновий (48 годин)');
    // the request's text is a textarea's value, which innerText does not include
    await expect(page.getByLabel(/Текст запиту/).inputValue()).resolves.toBe(`Терміновий запит про аварію ${stamp}`);
    await speaksUkrainian();
    await shot('08-urgent-request-form');
  });

  it('reports: the discipline report and its XLSX download', async () => {
    if (!panelBuilt()) return;
    await page.goto(`${base()}/admin/reports`);
    await page.waitForSelector('text=Виконавська дисципліна', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Показати', exact: true }).first().click();
    await page.waitForTimeout(1_000);
    await speaksUkrainian();
    await shot('09-reports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Завантажити XLSX' }).first().click()]);
    const file = path.join(ARTIFACTS, 'journey-report.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('Звіт')).toBeDefined();
  });

  it('a specialist sees their department’s appeals and not the neighbour’s', async () => {
    if (!panelBuilt()) return;
    const specialist = await adminWithRole('city-appeals-specialist', executor);
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const own = await context.newPage();
    own.setDefaultNavigationTimeout(120_000);
    await own.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'uk'));
    try {
      await signIn(own, specialist.email, 'Worker-Passw0rd!');
      await own.goto(`${base()}${listPath(APPEALS)}?page=1&pageSize=100&sort=receivedAt:DESC`);
      await own.waitForSelector(`text=${inProgress.registrationNumber}`, { timeout: 60_000 });
      const text = await own.evaluate(() => document.body.innerText);
      expect(text).toContain(overdue.registrationNumber);
      expect(text).not.toContain(foreign.registrationNumber);
      expect(foreignWords(text)).toEqual([]);
      await own.screenshot({ path: path.join(ARTIFACTS, 'journey-10-specialist-list.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('the journal of changes tells an entry in words: the number, the field names, old → new', async () => {
    if (!panelBuilt()) return;
    const found = await adminApi(
      'GET',
      `/content-manager/collection-types/api::audit-entry.audit-entry?page=1&pageSize=10&sort=occurredAt:DESC&filters[$and][0][recordDocumentId][$eq]=${inProgress.documentId}&filters[$and][1][action][$eq]=update`,
    );
    expect(found.status).toBe(200);
    const entry = found.body.results.find((e: any) => String(e.changedFields ?? '').includes('workflowState'));
    expect(entry).toBeDefined();
    await page.goto(`${base()}${listPath('api::audit-entry.audit-entry')}/${entry.documentId}`);
    await page.waitForSelector('[data-journal-words]', { timeout: 60_000 });
    const words = await page.locator('[data-journal-words]').innerText();
    expect(words).toContain(`Звернення громадян: ${inProgress.registrationNumber}`);
    expect(words).toContain('Стан розгляду');
    expect(words).toMatch(/→ на розгляді/);
    const text = await visibleText();
    expect(text).not.toMatch(/api::/);
    expect(text).not.toContain(inProgress.documentId);
    expect(text).not.toMatch(/workflowState|[{}]/);
    await speaksUkrainian();
    await shot('11-journal-entry');
  });

  it('a manager adds a colleague in one form and gets the invitation link', async () => {
    if (!panelBuilt()) return;
    await page.goto(`${base()}/admin/colleagues`);
    await page.waitForSelector('form[aria-label="Новий колега"]', { timeout: 60_000 });
    const email = `kolega-e2e-${stamp}@example.gov.ua`;
    // a refusal names its field: the form keeps what was typed
    await page.getByLabel(/Прізвище, ім’я, по батькові/).fill(`Нова Колега ${stamp}`);
    await page.getByLabel(/Робоча електронна пошта/).fill(email);
    await page.getByRole('button', { name: 'Додати колегу' }).click();
    await page.getByRole('alert').filter({ hasText: 'Оберіть підрозділ колеги' }).waitFor({ timeout: 30_000 });
    await expect(page.getByLabel(/Робоча електронна пошта/).inputValue()).resolves.toBe(email);
    await page.getByRole('combobox', { name: /Підрозділ/ }).click();
    await page.getByRole('option', { name: departmentName, exact: true }).click();
    await page.getByLabel(/Посада/).fill('Головна спеціалістка');
    await page.getByRole('button', { name: 'Додати колегу' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Додано' });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toContain(`Нова Колега ${stamp} (${departmentName}), роль «Спеціаліст відділу звернень»`);
    await expect(page.getByLabel('Посилання-запрошення').inputValue()).resolves.toMatch(/\/admin\/auth\/register\?registrationToken=[0-9a-f]{20,}$/);
    await speaksUkrainian();
    await shot('12-colleague-added');
    const staff = (await api('GET', `/staff-members?filters[email][$eq]=${encodeURIComponent(email)}&populate=department`)).body.data;
    expect(staff.map((s: any) => [s.fullName, s.positionTitle, s.department?.name])).toEqual([[`Нова Колега ${stamp}`, 'Головна спеціалістка', departmentName]]);
  });
});
