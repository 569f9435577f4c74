import { describe, expect, it } from 'vitest';
import { OLD_SURVEY_SHEET, oldSurvey } from '../fixtures/old-survey';
import { openDemo } from '../../src/emulator/demo-session';
import { browserForFile, openSidebar } from './browser';

/**
 * The preview card in headless Chromium at 300 px (metrics-spec §6, §7): each number says which
 * period it covers and what it is made of ("n = 36 · 4 left out", the reasons with their first
 * sheet cells on expand); a period picker offers the periods that have data, by default the latest
 * complete month with data, and takes any other form typed; step 2 says each sheet's own range.
 * Screenshots in both languages go to test-artifacts/sidebar-*-coverage*.png.
 */

const browser = browserForFile();

const SHEET = OLD_SURVEY_SHEET;

const TEXTS = {
  en: {
    next: 'Next',
    range: 'Data runs 2026-03-02 → 2026-04-28',
    april: 'Period: April 2026',
    march: 'Period: March 2026',
    line: 'n = 36 · 4 left out',
    reasons: [`2 no answer (N/A) (first: '${SHEET}'!B45, B50)`, `2 no readable date (first: '${SHEET}'!A60, A61)`],
    marchLine: 'n = 30 · 2 left out',
    week: /^Period: Week of 30 Mar 2026 – 5 Apr 2026$/,
    show: 'Show',
    refused: '“2026-13” is not a period. Type one of these forms: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-10-05, 2026-09-01..2026-10-31.',
  },
  vi: {
    next: 'Tiếp',
    range: 'Dữ liệu từ 2026-03-02 → 2026-04-28',
    april: 'Kỳ: Tháng 4/2026',
    march: 'Kỳ: Tháng 3/2026',
    line: 'n = 36 · 4 bị bỏ qua',
    reasons: [`2 không trả lời (N/A) (đầu tiên: '${SHEET}'!B45, B50)`, `2 không có ngày đọc được (đầu tiên: '${SHEET}'!A60, A61)`],
    marchLine: 'n = 30 · 2 bị bỏ qua',
    week: /^Kỳ: .*30.*2026.*5.*2026$/,
    show: 'Xem',
    refused: '“2026-13” không phải là một kỳ. Hãy nhập theo một trong các dạng: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-10-05, 2026-09-01..2026-10-31.',
  },
} as const;

describe('the preview card says which period and what each number is made of', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`on answers that ended in April: April by default, n and what was left out, a period picker, the sheet's range in step 2 (${lang})`, async () => {
      const T = TEXTS[lang];
      const emu = openDemo({ workbook: oldSurvey(), userLocale: lang === 'vi' ? 'vi_VN' : 'en_US' });
      const { page, shot } = await openSidebar(browser(), emu);
      const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 300 && Array.from(document.querySelectorAll('#panel *')).every((el) => el.getBoundingClientRect().right <= 300.5 || el.closest('select')));
      const idle = () => page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false');
      await page.getByRole('checkbox', { name: new RegExp(SHEET) }).waitFor();
      await page.getByRole('button', { name: T.next }).click();

      // Step 2: under the sheet's name, the data's own first and last day.
      await page.locator('.data-range').waitFor();
      expect(await page.locator('.data-range').textContent()).toBe(T.range);
      await page.getByRole('button', { name: T.next }).click();

      // Step 3: April, not October (the calendar month before today), with what NPS is made of.
      const card = page.locator('section[data-metric="NPS"]');
      await card.waitFor();
      await idle();
      const picker = page.getByRole('combobox', { name: lang === 'vi' ? 'Kỳ' : 'Period' });
      expect(await picker.inputValue()).toBe('2026-04');
      expect(await card.locator('.card-period').textContent()).toBe(T.april);
      const summary = card.locator('summary');
      expect(await summary.textContent()).toBe(T.line);
      // The reasons are folded until the person opens them.
      expect(await card.locator('.coverage-reasons').isVisible()).toBe(false);
      await summary.click();
      expect(await card.locator('.coverage-reasons li').allTextContents()).toEqual(T.reasons);
      expect(await fits()).toBe(true);
      await shot(`${lang}-3-coverage`, { whole: true });

      // Another month from the list.
      await picker.selectOption('2026-03');
      await page.waitForFunction((text) => document.querySelector('section[data-metric="NPS"] .card-period')?.textContent === text, T.march);
      expect(await card.locator('.coverage-line').first().textContent()).toBe(T.marchLine);
      expect(await card.locator('.kpi').textContent()).toBe(lang === 'vi' ? '100,0' : '100.0');

      // Any other form, typed: an ISO week.
      await page.locator('#period-other').fill('2026-W14');
      await page.getByRole('button', { name: T.show }).click();
      await page.waitForFunction(() => /2026-W14|30/.test(document.querySelector('section[data-metric="NPS"] .card-period')?.textContent ?? '') && document.getElementById('panel')?.getAttribute('aria-busy') === 'false');
      expect(await card.locator('.card-period').textContent()).toMatch(T.week);
      expect(await picker.inputValue()).toBe('2026-W14');

      // A period that does not exist is refused with the accepted forms; the figures stay as they were.
      await page.locator('#period-other').fill('2026-13');
      await page.getByRole('button', { name: T.show }).click();
      await page.locator('.notice-error').filter({ hasText: '2026-13' }).waitFor();
      expect(await page.locator('body').textContent()).toContain(T.refused);
      expect(await card.locator('.card-period').textContent()).toMatch(T.week);
      expect(await fits()).toBe(true);
      await shot(`${lang}-3-coverage-refused`, { whole: true });
      await page.close();
    }, 90_000);
  }

  for (const lang of ['en', 'vi'] as const) {
    it(`a card the engine refuses says why and still what it is made of, the bad cell among the reasons (${lang})`, async () => {
      const T = TEXTS[lang];
      const survey = oldSurvey();
      survey.sheets[0].rows[40][1] = 11; // sheet row 41, in April
      const emu = openDemo({ workbook: survey, userLocale: lang === 'vi' ? 'vi_VN' : 'en_US' });
      const { page, shot } = await openSidebar(browser(), emu);
      await page.getByRole('checkbox', { name: new RegExp(SHEET) }).waitFor();
      await page.getByRole('button', { name: T.next }).click();
      await page.locator('.data-range').waitFor();
      await page.getByRole('button', { name: T.next }).click();
      const card = page.locator('section[data-metric="NPS"]');
      await card.waitFor();
      await page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false');
      expect(await card.locator('.card-note').textContent()).toContain(`'${SHEET}'!B41`);
      const summary = card.locator('summary');
      expect(await summary.textContent()).toBe(lang === 'vi' ? 'n = 35 · 5 bị bỏ qua' : 'n = 35 · 5 left out');
      await summary.click();
      expect(await card.locator('.coverage-reasons li').allTextContents()).toContain(lang === 'vi' ? `1 ngoài thang điểm (đầu tiên: '${SHEET}'!B41)` : `1 outside the scale (first: '${SHEET}'!B41)`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= 300)).toBe(true);
      await shot(`${lang}-3-coverage-error-card`, { whole: true });
      await page.close();
    }, 90_000);
  }
});
