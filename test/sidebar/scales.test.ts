import { describe, expect, it } from 'vitest';
import { cesOfRange } from '../../src/metrics/ces';
import { csatAverageOfRange, csatOfRange } from '../../src/metrics/csat';
import type { WorkbookData } from '../../src/emulator/context';
import { openDemo } from '../../src/emulator/demo-session';
import { browserForFile, openSidebar } from './browser';

/**
 * A shop that asks satisfaction out of ten and effort on five points, in the wizard: step 2 shows
 * the scales detection read off the answers, the preview computes on them, a changed scale changes
 * the preview, and the dashboard's formulas carry the scales and evaluate to the engine's numbers.
 */

const SHEET = 'Form Responses 1';
const CSAT_10 = [10, 9, 8, 10, 7, 9, 6, 10, 9, 8, 3, 10, 9, 7, 10, 8, 9, 5, 10, 9];
const CES_5 = [5, 4, 4, 3, 5, 2, 4, 5, 1, 4];

function tenPointShop(): WorkbookData {
  const header = ['Timestamp', 'Email Address', 'How likely are you to recommend us to a friend?', 'How satisfied are you with your order?', 'It was easy to get my issue handled', 'Channel'];
  const rows = Array.from({ length: 40 }, (_, i) => [
    new Date(Date.UTC(2026, 9, 1 + (i % 28), 2 + (i % 10))),
    `buyer${i}@example.com`,
    (i * 7) % 11,
    CSAT_10[i % CSAT_10.length],
    CES_5[i % CES_5.length],
    ['Website', 'Store', 'Phone'][i % 3],
  ]);
  return { name: 'Ten-point shop', timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US', sheets: [{ name: SHEET, rows: [header, ...rows], frozenRows: 1 }] };
}

/** A column of the workbook as the 2-D range Sheets hands a custom function. */
const column = (workbook: WorkbookData, index: number) => workbook.sheets[0].rows.slice(1).map((row) => [row[index]]);
const oneDecimal = (value: number) => value.toFixed(1);

const browser = browserForFile();

describe('answer scales in the wizard', () => {
  it('a 1–10 CSAT and a 1–5 CES sheet: detected, previewed, changed and built on their own scales', async () => {
    const workbook = tenPointShop();
    const csat = csatOfRange(column(workbook, 3), { scale: 10, threshold: 9 }).value;
    const csatAverage = csatAverageOfRange(column(workbook, 3), 10).value;
    const cesAgree = cesOfRange(column(workbook, 4), { scale: 5, method: 'percent' }).value;
    const emu = openDemo({ workbook });
    const { page, shot } = await openSidebar(browser(), emu);
    const settled = () => page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false');

    await page.getByRole('checkbox', { name: new RegExp(SHEET) }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 2: each scale in a select named for its field, prefilled from the answers, with why.
    const csatScale = page.getByRole('combobox', { name: 'CSAT answer scale' });
    const cesScale = page.getByRole('combobox', { name: 'CES answer scale' });
    const cesMethod = page.getByRole('combobox', { name: 'CES answer, show as' });
    await csatScale.waitFor();
    expect(await page.getByRole('combobox', { name: 'CSAT answer', exact: true }).inputValue()).toBe('D');
    expect(await csatScale.inputValue()).toBe('10');
    expect(await csatScale.locator('option').allTextContents()).toEqual(['1–3', '1–5', '1–7', '1–10']);
    expect(await cesScale.inputValue()).toBe('5');
    expect(await cesMethod.inputValue()).toBe('mean');
    expect(await page.locator(`#${await csatScale.getAttribute('aria-describedby')}`).textContent()).toBe('Detected: answers go up to 10 (40 cells)');
    // The step still fits the 300 px sidebar: nothing sticks out sideways.
    expect(await page.evaluate(() => document.getElementById('panel')!.scrollWidth <= document.getElementById('panel')!.clientWidth)).toBe(true);
    await page.locator('.field', { has: csatScale }).evaluate((field) => field.scrollIntoView({ block: 'start' }));
    await shot('scales');

    // In Vietnamese the longer labels still fit beside their selects, inside the panel.
    await page.getByRole('button', { name: 'VI' }).click();
    const cesRow = page.locator('.scale-row', { has: page.getByRole('combobox', { name: 'Hiển thị Điểm dễ dàng (CES) dạng' }) });
    expect(await page.getByRole('combobox', { name: 'Thang điểm của Điểm hài lòng (CSAT)' }).inputValue()).toBe('10');
    expect(await cesRow.locator('option:checked').allTextContents()).toEqual(['1–5', 'Trung bình']);
    expect(await page.locator('.scale-why').first().textContent()).toBe('Phát hiện: câu trả lời cao nhất là 10 (40 ô)');
    const [row, panel] = await Promise.all([cesRow.boundingBox(), page.locator('#panel').boundingBox()]);
    expect(row!.x + row!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
    await shot('scales-vi');
    await page.getByRole('button', { name: 'EN' }).click();

    // Step 3: CSAT is the share of 9s and 10s, the average is out of 10.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('section[data-metric="CSAT"]').waitFor();
    await settled();
    expect(await page.locator('section[data-metric="CSAT"] .kpi').textContent()).toBe(`${oneDecimal(csat)}%`);
    expect(await page.locator('section[data-metric="CSAT_AVG"] .kpi').textContent()).toBe(`${oneDecimal(csatAverage)} / 10`);
    expect(await page.locator('section[data-metric="CES"] .kpi').textContent()).toMatch(/ \/ 5$/);

    // Back in step 2, a wrong scale shows in the preview at once: answers of 10 do not fit 1–5.
    await page.getByRole('button', { name: 'Back' }).click();
    await csatScale.selectOption('5');
    await cesMethod.selectOption('percent');
    await page.getByRole('button', { name: 'Next' }).click();
    await settled();
    await page.waitForFunction(() => document.querySelector('section[data-metric="CSAT"] .kpi')?.textContent === 'Cannot compute');
    expect(await page.locator('section[data-metric="CSAT"] .card-note').textContent()).toContain('outside the 1–5 scale');
    expect(await page.locator('section[data-metric="CES"] .kpi').textContent()).toBe(`${oneDecimal(cesAgree)}%`);

    // Put CSAT back on 10; the preview follows, and that is what is saved.
    await page.getByRole('button', { name: 'Back' }).click();
    await csatScale.selectOption('10');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction((text) => document.querySelector('section[data-metric="CSAT"] .kpi')?.textContent === text, `${oneDecimal(csat)}%`);
    await settled();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Build dashboard' }).waitFor();
    const saved = JSON.parse(emu.state.properties.document.peek('cx.mapping') ?? '{}') as { scales: unknown };
    expect(saved.scales).toEqual({ csat: { scale: 10 }, ces: { scale: 5, method: 'percent' } });

    // Step 4: the formulas carry the scales and give the engine's numbers in the emulated sheet.
    await page.getByRole('button', { name: 'Build dashboard' }).click();
    await page.locator('.success').waitFor();
    // Over every row (the period All), the KPI cells (column D) call each function on its scale.
    emu.spreadsheet.choose('CX Dashboard', 'B4', 'All');
    const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === 'CX Dashboard')!;
    const valueOf = (call: string, range: string, args: string) => {
      const row = dashboard.rows.findIndex((cells) => typeof cells[3] === 'string' && cells[3].includes(`${call}(`) && cells[3].includes(range) && cells[3].endsWith(`${args}))`));
      expect(row, call).toBeGreaterThanOrEqual(0);
      expect(emu.spreadsheet.formulaError('CX Dashboard', `D${row + 1}`)).toBeNull();
      return dashboard.values[row][3];
    };
    expect(valueOf('CSAT', `'${SHEET}'!D2:D`, ', 10')).toBeCloseTo(csat, 9);
    expect(valueOf('CSAT_AVG', `'${SHEET}'!D2:D`, ', 10')).toBeCloseTo(csatAverage, 9);
    expect(valueOf('CES', `'${SHEET}'!E2:E`, ', 5, "percent"')).toBeCloseTo(cesAgree, 9);
    await page.close();
  }, 90_000);
});
