import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { openDemo } from '../../src/emulator/demo-session';
import { sharedPath } from '../shared-path';
import { browserForFile, openSidebar } from './browser';

/**
 * The 300 px sidebar with the longest question texts people's Forms carry: the longest header of
 * the real Forms exports in ../shared/samples (English), and a Vietnamese Forms NPS question as
 * Google Forms' Vietnamese template words it. Nothing is cut off: the page never scrolls
 * sideways, the chosen column's whole name and its sample values wrap under its dropdown, and
 * the dropdown's title holds the whole name for hover.
 */

const browser = browserForFile();

function longestHeader(): string {
  const files = ['event-survey-forms-export.csv', 'airline-nps.csv'];
  const headers = files.flatMap((f) => {
    const first = readFileSync(sharedPath('samples', f), 'utf8').split(/\r?\n/)[0];
    return [...first.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2]).replace(/""/g, '"'));
  });
  return headers.sort((a, b) => b.length - a.length)[0];
}

const VI_QUESTION = 'Trên thang điểm từ 0 đến 10, khả năng bạn giới thiệu Trà Sen Việt cho bạn bè hoặc đồng nghiệp là bao nhiêu?';

function workbook(question: string): WorkbookData {
  const when = (d: number) => new Date(Date.UTC(2026, 9, d, 3));
  const rows = Array.from({ length: 30 }, (_, i) => [when(1 + (i % 28)), i % 11, 'Rất hài lòng với dịch vụ giao hàng nhanh chóng và nhân viên thân thiện, nhiệt tình']);
  return {
    name: 'Long questions',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'en_US',
    sheets: [{ name: 'Form Responses 1 — Khảo sát khách hàng sau khi mua hàng tại cửa hàng', rows: [['Timestamp', question, 'Comments'], ...rows], frozenRows: 1 }],
  };
}

describe('the sidebar at 300 px with the longest real question texts', () => {
  for (const [lang, question] of [['en', longestHeader()], ['vi', VI_QUESTION]] as const) {
    it(`never scrolls sideways and shows every name whole (${lang})`, async () => {
      expect(question.length).toBeGreaterThan(60);
      const emu = openDemo({ workbook: workbook(question), userLocale: lang === 'vi' ? 'vi_VN' : 'en_US' });
      const { page, shot } = await openSidebar(browser(), emu);
      const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 300 && Array.from(document.querySelectorAll('*')).every((el) => el.getBoundingClientRect().right <= 300.5 || getComputedStyle(el).overflow === 'hidden' || el.closest('select')));
      await page.getByRole('checkbox').first().waitFor();
      expect(await fits()).toBe(true);
      await page.getByRole('button', { name: lang === 'vi' ? 'Tiếp' : 'Next' }).click();
      const select = page.locator('select.select').first();
      await select.waitFor();
      expect(await fits()).toBe(true);
      // The person picks the long question's column (B) for the NPS answer.
      const nps = page.getByRole('combobox', { name: lang === 'vi' ? /NPS/ : 'NPS answer (0–10)' }).first();
      await nps.selectOption('B');
      await page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') !== 'true');
      expect(await fits()).toBe(true);
      // The chosen column's whole name, wrapped under the dropdown, and in its title for hover.
      const chosen = await page.locator('.column-full').allTextContents();
      expect(chosen.some((text) => text.endsWith(question))).toBe(true);
      const titles = await page.locator('select.select').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
      expect(titles.some((t) => t.endsWith(question))).toBe(true);
      // Sample values wrap instead of being cut.
      const samples = page.locator('.samples').first();
      expect(await samples.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('normal');
      await shot(`${lang}-long-names`, { whole: true });
      // Step 3: each preview card says which period it covers.
      await page.getByRole('button', { name: lang === 'vi' ? 'Tiếp' : 'Next' }).click();
      await page.locator('section[data-metric="NPS"]').first().waitFor();
      expect(await page.locator('section[data-metric="NPS"] .card-period').first().textContent()).toBe(
        lang === 'vi' ? 'Kỳ: Tháng 10/2026' : 'Period: October 2026',
      );
      expect(await fits()).toBe(true);
      await shot(`${lang}-long-names-preview`, { whole: true });
      await page.close();
    }, 60_000);
  }
});
