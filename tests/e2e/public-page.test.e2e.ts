import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { api } from '../api/support/client';
import { ARTIFACTS, describeWithBrowser, launch } from './support/browser';

/** The reference page a city website can copy (public/public-information), in a real browser, as a resident sees it. */
describeWithBrowser('public-information reference page', () => {
  let browser: Browser;
  let page: Page;
  const marker = `Тролейбус${Date.now().toString(36)}`;

  beforeAll(async () => {
    const publish = async (data: Record<string, unknown>) => {
      const res = await api('POST', '/publications?status=published', { data });
      expect(res.status).toBe(201);
    };
    await publish({ kind: 'news', title: `${marker}: новий маршрут`, summary: 'З понеділка тролейбус № 7 їздить до лікарні.' });
    await publish({ kind: 'announcement', title: `${marker}: зміни в розкладі`, summary: 'Розклад на святкові дні.' });
    await publish({ kind: 'appeal_answer', title: `${marker}: відповідь щодо зупинки`, question: 'Чи облаштують зупинку біля школи?', body: 'Так, до кінця місяця.', summary: 'Відповідь на звернення' });
    const draft = await api('POST', '/publications?status=draft', { data: { kind: 'news', title: `${marker}: чернетка` } });
    expect(draft.status).toBe(201);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lists published materials, searches, filters by kind, never shows a draft, and shows the quarter statistics', async () => {
    await page.goto(`${process.env.TEST_BASE_URL}/public-information/index.html`);
    await page.waitForSelector('[data-stat="Надійшло звернень"]');
    const received = await page.locator('[data-stat="Надійшло звернень"] b').textContent();
    expect(Number(received)).toBeGreaterThanOrEqual(0);
    await expect(page.locator('#stats-period').textContent()).resolves.toMatch(/^— [1-4] квартал \d{4} року$/);

    await page.fill('input[name=q]', marker);
    await page.click('button[type=submit]');
    await page.waitForFunction((m) => document.querySelectorAll('#publications li').length === 3 && document.body.textContent!.includes(m), marker);
    const titles = await page.locator('#publications h3').allTextContents();
    expect(titles.sort()).toEqual([`${marker}: відповідь щодо зупинки`, `${marker}: новий маршрут`, `${marker}: зміни в розкладі`].sort());
    await expect(page.locator('#summary').textContent()).resolves.toBe('Знайдено матеріалів: 3');
    await page.screenshot({ path: path.join(ARTIFACTS, 'public-page-search.png'), fullPage: true });

    await page.selectOption('select[name=kind]', 'appeal_answer');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('#publications li').length === 1);
    await expect(page.locator('#publications li .kind').textContent()).resolves.toBe('Відповідь на звернення');
    await expect(page.locator('#publications .question').textContent()).resolves.toBe('Питання: Чи облаштують зупинку біля школи?');
    await expect(page.locator('#page').textContent()).resolves.toBe('Сторінка 1 з 1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'public-page-answers.png'), fullPage: true });
  });
});
