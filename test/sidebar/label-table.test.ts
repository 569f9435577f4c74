import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { openDemo } from '../../src/emulator/demo-session';
import { csatOfRange } from '../../src/metrics/csat';
import { browserForFile, openSidebar } from './browser';

/**
 * A Vietnamese shop's own form, clicked through step 2 as its owner would: satisfaction answered in
 * words, two of them ("Tốt", "Tệ") on no built-in list, and timestamps written day/month with no
 * day above 12, so only the locale or a setting can say which is the day (metrics-spec.md 1.1–1.2).
 * The owner scores the two words in the label table, picks month first, and the preview that could
 * not compute now shows the number the engine gives with that table; the mapping saves both.
 */

const SHEET = 'Phản hồi';
const WORDS = ['Rất hài lòng', 'Hài lòng', 'Tốt', 'Tệ', 'Hài lòng', 'Rất hài lòng', 'Tốt', 'Bình thường', 'Tệ', 'Rất hài lòng'];

function shop(): WorkbookData {
  const header = ['Dấu thời gian', 'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè không?', 'Bạn hài lòng với đơn hàng không?'];
  const rows = Array.from({ length: 30 }, (_, i) => [`${String(1 + (i % 12)).padStart(2, '0')}/10/2026 08:${String(10 + i).padStart(2, '0')}:00`, (i * 7) % 11, WORDS[i % WORDS.length]]);
  return { name: 'Quán Sen', timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN', sheets: [{ name: SHEET, rows: [header, ...rows], frozenRows: 1 }] };
}

const TEXTS = {
  en: {
    next: 'Next',
    back: 'Back',
    score: (label: string) => `Score of the answer “${label}”`,
    missing: '2 answers have no score yet: they are left out until you give them one.',
    dates: 'Dates',
    byLocale: 'Read day first (the locale vi_VN)',
    bySetting: 'Read month first (as set in the mapping)',
    cannot: 'Cannot compute',
    csat: (value: number) => `${value.toFixed(1)}%`,
  },
  vi: {
    next: 'Tiếp',
    back: 'Quay lại',
    score: (label: string) => `Điểm của câu trả lời “${label}”`,
    missing: '2 câu trả lời chưa có điểm: chúng bị bỏ qua cho đến khi bạn cho điểm.',
    dates: 'Ngày',
    byLocale: 'Đọc theo ngày trước tháng (theo ngôn ngữ vùng vi_VN)',
    bySetting: 'Đọc theo tháng trước ngày (theo cài đặt trong ánh xạ)',
    cannot: 'Không tính được',
    csat: (value: number) => `${value.toFixed(1).replace('.', ',')}%`,
  },
};

const browser = browserForFile();

describe('step 2: the label table and the date order, clicked', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`in ${lang === 'en' ? 'English' : 'Vietnamese'}: scoring two words and picking month first changes the preview and is saved`, async () => {
      const t = TEXTS[lang];
      const workbook = shop();
      const expected = csatOfRange(
        workbook.sheets[0].rows.slice(1).map((row) => [row[2]]),
        { scale: 5, threshold: 4, labels: new Map([['tốt', 4], ['tệ', 1]]) },
      ).value;
      const emu = openDemo({ workbook, userLocale: lang });
      const { page, shot } = await openSidebar(browser(), emu);
      const settled = () => page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false');
      await page.getByRole('checkbox', { name: new RegExp(SHEET) }).waitFor();
      await page.getByRole('button', { name: t.next }).click();

      // Step 2: each word with its count and score; the two unknown ones are empty and said to be left out.
      const tot = page.getByRole('spinbutton', { name: t.score('Tốt') });
      await tot.waitFor();
      expect(await page.getByRole('spinbutton', { name: t.score('Hài lòng') }).inputValue()).toBe('4');
      expect(await tot.inputValue()).toBe('');
      expect(await page.locator('.label-warning').first().textContent()).toBe(t.missing);
      // The dates: day first by the spreadsheet's locale, nothing in the column saying otherwise.
      const why = page.locator('.date-order-why');
      expect(await why.textContent()).toBe(t.byLocale);
      await shot(`label-table-${lang}`, { whole: true });

      // Before scoring: the preview cannot compute CSAT, and says which answer stops it.
      await page.getByRole('button', { name: t.next }).click();
      await page.locator('section[data-metric="CSAT"]').waitFor();
      await settled();
      expect(await page.locator('section[data-metric="CSAT"] .kpi').textContent()).toBe(t.cannot);
      expect(await page.locator('section[data-metric="CSAT"] .card-note').textContent()).toMatch(/Tốt|Tệ/);

      // Back in step 2: Tốt counts as 4, Tệ as 1, and month first.
      await page.getByRole('button', { name: t.back }).click();
      await tot.fill('4');
      await tot.dispatchEvent('change');
      const te = page.getByRole('spinbutton', { name: t.score('Tệ') });
      await te.fill('1');
      await te.dispatchEvent('change');
      await page.getByRole('combobox', { name: t.dates, exact: true }).selectOption('mdy');
      await page.waitForFunction((text) => document.querySelector('.date-order-why')?.textContent === text, t.bySetting);
      expect(await page.locator('.label-warning').count()).toBe(0);

      // The preview follows: the engine's CSAT with the owner's table, over every row as computed
      // above (the preview opens on the latest complete month with data).
      await page.getByRole('button', { name: t.next }).click();
      await page.locator('#preview-period').waitFor();
      await settled();
      await page.locator('#preview-period').selectOption('all');
      await page.waitForFunction((text) => document.querySelector('section[data-metric="CSAT"] .kpi')?.textContent === text, t.csat(expected));
      await settled();
      await page.getByRole('button', { name: t.next }).click();
      await page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false');
      const saved = JSON.parse(emu.state.properties.document.peek('cx.mapping') ?? '{}') as { sources: { labels?: unknown; dateOrder?: string }[] };
      expect(saved.sources[0].labels).toEqual({ csat: { Tốt: 4, Tệ: 1 } });
      expect(saved.sources[0].dateOrder).toBe('mdy');
      await page.close();
    }, 90_000);
  }
});
