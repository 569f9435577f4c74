import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoWorkbook, FORM_SHEET } from '../../src/demo';
import { isoDate, localDay } from '../../src/cells/calendar';
import type { WorkbookData } from '../../src/emulator/context';
import { mapColumns, openDemo } from '../../src/emulator/demo-session';
import { KPI_WIDTHS } from '../../src/addon/dashboard';
import { ARTIFACTS, browserForFile } from '../sidebar/browser';

/**
 * The dashboard preview at 1280 px, as `npm start` screenshots it: the KPI table, its coverage
 * column included, fits the window, and no cell of it is cut off (long labels, data places and
 * reasons wrap), in English and Vietnamese, with cells left out so the reasons are long.
 */

const browser = browserForFile();
const ZONE = 'Asia/Ho_Chi_Minh';
const monthOf = (cell: unknown) => (cell instanceof Date ? isoDate(localDay(cell.getTime(), ZONE)).slice(0, 7) : '');

/** The demo without its long activity log, with October answers and tickets no one can read. */
function workbookWithBadCells(): WorkbookData {
  const workbook = demoWorkbook();
  workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Activity');
  const spoil = (name: string, column: number, texts: string[]) => {
    const rows = workbook.sheets.find((s) => s.name === name)!.rows;
    let k = 0;
    for (let i = 1; i < rows.length && k < texts.length; i++) if (monthOf(rows[i][name === FORM_SHEET ? 0 : 1]) === '2026-10') rows[i][column] = texts[k++];
  };
  spoil(FORM_SHEET, 2, ['11', 'Tốt lắm', 'N/A', '12']);
  spoil('Support tickets', 2, ['soon', 'sau', 'later']);
  return workbook;
}

describe('the dashboard preview at 1280 px', () => {
  it('gives the KPI table, Sheets’ row numbers included, less than the window’s width', () => {
    expect(46 + KPI_WIDTHS.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1280);
  });

  for (const lang of ['en', 'vi'] as const) {
    it(`shows the whole KPI table with its coverage column, no cell cut off (${lang})`, async () => {
      const workbook = workbookWithBadCells();
      if (lang === 'vi') workbook.locale = 'vi_VN';
      const emu = openDemo({ workbook });
      mapColumns(emu, lang);
      const { sheetName } = emu.call<{ sheetName: string }>('buildDashboard', { lang });
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(emu.spreadsheet.renderHtml(sheetName), { waitUntil: 'load' });
      const table = await page.evaluate(() => {
        const rows = Array.from(document.querySelectorAll('table tr'));
        // Row 8 holds the KPI table's headers; its metrics follow until the first empty row.
        const kpi: HTMLTableRowElement[] = [];
        for (let r = 8; r < rows.length && (rows[r].querySelector('td')?.textContent ?? '') !== ''; r++) kpi.push(rows[r] as HTMLTableRowElement);
        const cut = kpi.flatMap((row) =>
          Array.from(row.querySelectorAll('td')).slice(0, 10).filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent ?? ''),
        );
        const why = kpi[0].querySelectorAll('td')[9].getBoundingClientRect();
        const text = (k: number) => kpi.slice(1).map((row) => row.querySelectorAll('td')[k].textContent ?? '');
        return { rows: kpi.length, cut, right: why.right, whyTexts: text(9), data: text(8) };
      });
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}/dashboard-kpis-${lang}.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } });
      await page.close();
      expect(table.rows).toBeGreaterThan(8);
      expect(table.right).toBeLessThanOrEqual(1280);
      expect(table.cut).toEqual([]);
      // The long reasons are there, whole, in the cells that wrap them.
      expect(table.whyTexts.some((text) => text.includes(lang === 'en' ? 'still open' : 'chưa xử lý xong'))).toBe(true);
      // "All surveys" says which sheets' columns it is made of, each by its own name.
      expect(table.data.find((text) => text.includes(' + '))).toBe(lang === 'en' ? `D2:D of ${FORM_SHEET} + D2:D of Khảo sát` : `D2:D của ${FORM_SHEET} + D2:D của Khảo sát`);
    }, 120_000);
  }
});
