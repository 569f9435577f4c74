import { describe, expect, it } from 'vitest';
import { ACTIVITY_SHEET } from '../../src/demo/index';
import { openDemo } from '../../src/emulator/demo-session';
import { addonReport } from '../cli/helpers/run';
import { browserForFile, openSidebar } from './browser';

/**
 * The preview's cohort card in headless Chromium at 300 px (issue 11): given the demo's order log,
 * step 3 shows the email's month-1 and month-3 retention for October 2026, what they are made of,
 * and the latest cohorts as a compact table, in English and Vietnamese. Screenshots go to
 * test-artifacts/sidebar-*-cohort.png.
 */
const browser = browserForFile();

const email = addonReport();
const figure = (id: string) => email.kpis.find((k) => k.id === id)!.current!;
const month1 = figure('COHORT_MONTH_1');
const month3 = figure('COHORT_MONTH_3');

const TEXTS = {
  en: {
    next: 'Next',
    title: 'Cohort retention',
    figures: [`After 1 month${month1.value.toFixed(1)}%`, `After 3 months${month3.value.toFixed(1)}%`],
    line: `n = ${month1.n} · nothing left out`,
    head: ['New in', 'Customers', '1 mo', '3 mo'],
    first: ['October 2026', 'September 2026'],
    period: 'Measured in October 2026, the log’s latest complete month',
  },
  vi: {
    next: 'Tiếp',
    title: 'Giữ chân theo nhóm khách',
    figures: [`Sau 1 tháng${month1.value.toFixed(1).replace('.', ',')}%`, `Sau 3 tháng${month3.value.toFixed(1).replace('.', ',')}%`],
    line: `n = ${month1.n} · không bỏ qua ô nào`,
    head: ['Khách mới', 'Số khách', '1 th', '3 th'],
    first: ['Tháng 10/2026', 'Tháng 9/2026'],
    period: 'Tính trong Tháng 10/2026, tháng đủ gần nhất của nhật ký',
  },
} as const;

describe('the preview shows a cohort card when an activity log is mapped', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`month-1 and month-3 retention, their coverage and the latest cohorts, within 300 px (${lang})`, async () => {
      const T = TEXTS[lang];
      const emu = openDemo({ userLocale: lang === 'vi' ? 'vi_VN' : 'en_US' });
      const { page, shot } = await openSidebar(browser(), emu);
      // Step 1: the person ticks the order log beside the survey sheet.
      const log = page.getByRole('checkbox', { name: new RegExp(`^${ACTIVITY_SHEET}`) });
      await log.waitFor();
      await log.check();
      await page.getByRole('button', { name: T.next }).click();
      await page.getByRole('button', { name: T.next }).click();
      const card = page.locator('section[data-metric="CX_COHORT"]');
      await card.waitFor();
      expect(await card.locator('.card-title').textContent()).toBe(T.title);
      expect(await card.locator('.cohort-figure').allTextContents()).toEqual(T.figures);
      expect(await card.locator('.coverage-line').textContent()).toBe(T.line);
      expect(await card.locator('thead th').allTextContents()).toEqual(T.head);
      const rows = card.locator('tbody tr');
      expect(await rows.count()).toBe(4);
      expect(await rows.locator('th').allTextContents().then((labels) => labels.slice(0, 2))).toEqual(T.first);
      // September's cohort: its month-1 cell is the month-1 figure, in whole percents.
      expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe(`${Math.round(month1.value)}%`);
      expect(await rows.nth(0).locator('td').nth(1).textContent()).toBe('–');
      expect(await card.locator('.card-period').textContent()).toBe(T.period);
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= 300 && Array.from(document.querySelectorAll('section[data-metric="CX_COHORT"] *')).every((el) => el.getBoundingClientRect().right <= 300.5));
      expect(fits).toBe(true);
      await card.scrollIntoViewIfNeeded();
      await shot(`${lang}-cohort`);
    });
  }
});
