import ExcelJS from 'exceljs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { api } from '../api/support/client';
import { adminApi } from '../api/support/admin';
import { createDepartment, createStaff, registerAppeal } from '../api/support/fixtures';
import { ARTIFACTS, describeWithBrowser, launch, panelAdmin } from './support/browser';

const panelBuilt = () => process.env.TEST_ADMIN_PANEL === 'true';

/**
 * The admin panel as a head of the appeals department uses it: sign in, the homepage widgets, the executive
 * discipline report for June 2016 (data made here, figures counted by hand), the XLSX download read back.
 * Needs the built panel (`npm run build`, as .ci/run does); without it the test says so and is skipped.
 */
describeWithBrowser('admin panel: dashboard and reports', () => {
  let browser: Browser;
  let page: Page;
  const department = `Відділ браузерного звіту ${Date.now().toString(36)}`;

  beforeAll(async () => {
    if (!panelBuilt()) {
      if (process.env.E2E_REQUIRED === 'true') throw new Error('The admin panel is not built: run npm run build before the tests.');
      return;
    }
    const d = await createDepartment(department);
    const s = await createStaff(d, 'Браузерний Виконавець');
    const a = await registerAppeal({ receivedAt: '2016-06-06T09:00:00.000Z', needsAdditionalStudy: false, department: d, assignee: s });
    expect((await api('PUT', `/appeals/${a.documentId}`, { data: { workflowState: 'answered', answerText: 'Так', answerOutcome: 'satisfied', answeredAt: '2016-06-09T09:00:00.000Z' } })).status).toBe(200);
    await registerAppeal({ receivedAt: '2016-06-07T09:00:00.000Z', needsAdditionalStudy: false, department: d, assignee: s });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    await page.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'uk'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const skipTour = async () => {
    const skip = page.getByRole('button', { name: /^(Skip|Пропустити)$/ });
    if (await skip.count()) await skip.first().click();
  };

  it('signs in, shows the dashboard figures the server computes, the discipline report, and an XLSX that reads back', async () => {
    if (!panelBuilt()) {
      console.warn('Пропускаю тест адмін-панелі: панель не зібрано (npm run build).');
      return;
    }
    const base = process.env.TEST_BASE_URL!;
    await page.goto(`${base}/admin/auth/login`);
    const admin = await panelAdmin();
    await page.fill('input[name=email]', admin.email);
    await page.fill('input[name=password]', admin.password);
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Терміни під загрозою', { timeout: 60_000 });
    await skipTour();
    const expected = (await adminApi('GET', '/admin/reports/dashboard')).body.data;
    await expect(page.locator('[data-figure="прострочено"]').first().textContent()).resolves.toBe(String(expected.overdue));
    await expect(page.locator('[data-figure="без виконавця"]').first().textContent()).resolves.toBe(String(expected.unrouted));
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-dashboard.png'), fullPage: true });

    await page.goto(`${base}/admin/reports`);
    await page.waitForSelector('text=Виконавська дисципліна');
    await skipTour();
    // the period is typed in the Ukrainian short form, whatever the browser's language
    for (const [name, text] of [['З', '01.06.2016'], ['По', '30.06.2016']]) {
      const input = page.getByRole('combobox', { name, exact: true });
      await input.fill(text);
      await input.press('Enter');
      await expect(input.inputValue()).resolves.toBe(text);
    }
    await page.getByRole('button', { name: 'Показати', exact: true }).first().click();
    const row = page.locator(`tr[data-row="${department}"]`);
    await row.waitFor({ timeout: 30_000 });
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    // received 2: one answered on time after 3 days, one still open and overdue; no late return, no correction, no late notice of forwarding
    expect(cells).toEqual([department, '2', '1', '1', '0', '100', '1', '1', '3', '0', '0', '0', '0']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-discipline-report.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Завантажити XLSX' }).first().click()]);
    const file = path.join(ARTIFACTS, 'vykonavska-dystsyplina-2016-06.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const values = workbook.getWorksheet('Звіт')!.getSheetValues().filter(Boolean).map((r: any) => r.slice(1));
    expect(values).toContainEqual([department, 2, 1, 1, 0, 100, 1, 1, 3, 0, 0, 0, 0]);
  });
});
