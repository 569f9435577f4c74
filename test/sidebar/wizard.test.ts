import { describe, expect, it } from 'vitest';
import { FORM_SHEET, TICKETS_SHEET, VI_SHEET } from '../../src/demo';
import { browserForFile, openSidebar } from './browser';
import { openDemo } from '../../src/emulator/demo-session';

/**
 * A person's path through the wizard in headless Chromium, the page talking to dist/Code.js in
 * the emulator: pick sheets, review columns, watch the preview, build the dashboard. Screenshots
 * of every step go to test-artifacts/sidebar-*.png.
 */

const browser = browserForFile();

/** The dashboard cell's computed value, read through the emulated SpreadsheetApp. */
function cell(emu: ReturnType<typeof openDemo>, sheetName: string, a1: string): unknown {
  return emu.spreadsheet.app.getActive().getSheetByName(sheetName)!.getRange(a1).getValue();
}

describe('the wizard in English', () => {
  it('goes from sheets to a built dashboard by clicking', async () => {
    const emu = openDemo({ userLocale: 'en_US' });
    const { page, called, shot } = await openSidebar(browser(), emu);

    // Step 1: the data sheets, with the active Forms sheet ticked; the person adds tickets.
    await page.getByRole('checkbox', { name: new RegExp(FORM_SHEET) }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Pick your data sheets');
    expect(await page.getByRole('checkbox', { name: new RegExp(FORM_SHEET) }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: new RegExp(TICKETS_SHEET) }).check();
    // Each sheet says what it would be used for, or why not (a second survey sheet is named, not dropped).
    expect(await page.locator('.sheet-used').first().textContent()).toMatch(/^Holds /);
    expect(await page.locator('.sheet-unused').first().textContent()).toMatch(/^Not used — /);
    await shot('en-1-sheets');
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 2: each field in a labelled dropdown with its confidence and samples.
    const nps = page.getByRole('combobox', { name: 'NPS answer (0–10)' });
    await nps.waitFor();
    expect(await nps.inputValue()).toBe('C');
    expect(await page.locator('.badge-high').count()).toBeGreaterThan(3);
    expect(await page.locator('#status').textContent()).toBe('');
    // Only the panel scrolls: the page itself is exactly the sidebar's height.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await shot('en-2-columns');
    // The person says the sheet has no CES column; the preview follows.
    await page.getByRole('combobox', { name: 'CES answer', exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 3: live values, n and the NPS breakdown bar.
    const npsCard = page.locator(`section[data-metric="NPS"]`);
    await npsCard.first().waitFor();
    await page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false');
    expect(await page.locator('section[data-metric="CES"]').count()).toBe(0);
    expect(await page.locator('section[data-metric="FCR"]').count()).toBe(1);
    const kpi = await npsCard.first().locator('.kpi').textContent();
    expect(kpi).toMatch(/^-?\d+\.\d$/);
    expect(await npsCard.first().getByRole('img').getAttribute('aria-label')).toMatch(/^Promoters \d+%, passives \d+%, detractors \d+%$/);
    await shot('en-3-preview');
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 4: build, and the dashboard cell shows the preview's number.
    await page.getByRole('button', { name: 'Build dashboard' }).click();
    await page.locator('.success').waitFor();
    expect(await page.locator('.success').textContent()).toContain('“CX Dashboard”');
    await shot('en-4-dashboard');
    // The preview and the dashboard both open on the latest complete month with data: the same number.
    expect(cell(emu, 'CX Dashboard', 'B4')).toBe('2026-10');
    expect(Number(cell(emu, 'CX Dashboard', 'D9')).toFixed(1)).toBe(kpi);
    // One preview for step 2 (each sheet's date range) and one after the CES column was dropped.
    expect(called).toEqual(['loadMapping', 'listSheets', 'detectMapping', 'previewMetrics', 'previewMetrics', 'saveMapping', 'buildDashboard']);
    await page.close();
  }, 90_000);
});

describe('the wizard asks rather than invents', () => {
  it('a column of 0–10 numbers whose header does not ask "would you recommend" is a Maybe, unticked, in both languages', async () => {
    const rows: unknown[][] = [['Date', 'Council District', 'Channel']];
    for (let i = 0; i < 40; i++) rows.push([new Date(Date.UTC(2026, 9, 1 + (i % 28))), 1 + (i % 10), ['Voice In', 'Web Self Service', 'Twitter'][i % 3]]);
    const emu = openDemo({ userLocale: 'en_US', workbook: { name: 'City', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Requests', rows }] } });
    const { page, shot } = await openSidebar(browser(), emu);
    await page.getByRole('checkbox', { name: /Requests/ }).waitFor();
    expect(await page.locator('.sheet-unused').textContent()).toMatch(/^Not used — only the values look like NPS answer \(0–10\) \(column B “Council District”\)/);
    await page.getByRole('checkbox', { name: /Requests/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    const nps = page.getByRole('combobox', { name: 'NPS answer (0–10)' });
    await nps.waitFor();
    expect(await nps.inputValue()).toBe('');
    expect(await page.locator('.badge-maybe').first().textContent()).toBe('Maybe');
    expect(await page.locator('.maybe-hint').first().textContent()).toContain('Column B (Council District) looks like this by its values only');
    await shot('en-2-maybe');
    await page.getByRole('button', { name: 'VI' }).click();
    expect(await page.locator('.badge-maybe').first().textContent()).toBe('Chưa chắc');
    await page.close();
  }, 60_000);
});

describe('the wizard in Vietnamese', () => {
  it('follows the user’s locale through all four steps', async () => {
    const emu = openDemo({ userLocale: 'vi_VN' });
    const { page, shot } = await openSidebar(browser(), emu);
    await page.getByRole('checkbox', { name: new RegExp(VI_SHEET) }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Chọn trang tính dữ liệu');
    await page.getByRole('checkbox', { name: new RegExp(FORM_SHEET) }).uncheck();
    await page.getByRole('checkbox', { name: new RegExp(VI_SHEET) }).check();
    await shot('vi-1-sheets');
    await page.getByRole('button', { name: 'Tiếp' }).click();

    await page.getByRole('combobox', { name: 'Điểm NPS (0–10)' }).waitFor();
    await shot('vi-2-columns');
    await page.getByRole('button', { name: 'Tiếp' }).click();

    await page.locator('section[data-metric="NPS"]').waitFor();
    expect(await page.locator('section[data-metric="NPS"] h3').textContent()).toBe('Chỉ số khách hàng giới thiệu (NPS)');
    await shot('vi-3-preview');
    await page.getByRole('button', { name: 'Tiếp' }).click();

    await page.getByRole('button', { name: 'Tạo bảng điều khiển' }).click();
    await page.locator('.success').waitFor();
    expect(await page.locator('.success').textContent()).toContain('“Bảng điều khiển CX”');
    await shot('vi-4-dashboard');
    expect(emu.spreadsheet.app.getActive().getSheetByName('Bảng điều khiển CX')).not.toBeNull();
    await page.close();
  }, 90_000);

  it('switches language on the spot', async () => {
    const emu = openDemo({ userLocale: 'en' });
    const { page } = await openSidebar(browser(), emu);
    await page.getByRole('checkbox').first().waitFor();
    await page.getByRole('button', { name: 'VI' }).click();
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Chọn trang tính dữ liệu');
    expect(await page.getByRole('button', { name: 'VI' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  }, 60_000);
});

describe('when something goes wrong', () => {
  it('a failing server call shows its message and Try again recovers', async () => {
    const emu = openDemo();
    const { page, shot } = await openSidebar(browser(), emu);
    await page.getByRole('checkbox').first().waitFor();
    emu.faults.arm('Range.getValues', () => new Error('Service Spreadsheets timed out while accessing document'));
    await page.getByRole('button', { name: 'Next' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Something went wrong').waitFor();
    expect(await alert.textContent()).toContain('Google Sheets did not complete the request (Service Spreadsheets timed out while accessing document). Wait a moment and try again.');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Pick your data sheets');
    await shot('error');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('combobox').first().waitFor();
    expect(await page.getByRole('alert').isHidden()).toBe(true);
    await page.close();
  }, 60_000);

  it('a damaged saved setup is explained, with Fix and Reset', async () => {
    const emu = openDemo();
    emu.state.properties.document.poke('cx.mapping', '{not json');
    const { page, shot } = await openSidebar(browser(), emu);
    const alert = page.getByRole('alert');
    await alert.getByText('Your saved setup needs attention').waitFor();
    expect(await alert.textContent()).toContain('damaged');
    await shot('damaged');
    await alert.getByRole('button', { name: 'Reset' }).click();
    await alert.getByText('Your saved setup was cleared').waitFor();
    expect(emu.state.properties.document.peek('cx.mapping')).toBeNull();
    await page.close();
  }, 60_000);
});

describe('Build dashboard from the menu', () => {
  it('opens on step 4 when a setup is saved, and Fix on an old setup reviews it in step 2', async () => {
    const emu = openDemo();
    emu.state.properties.document.poke('cx.mapping', JSON.stringify({ version: 1, sheetName: FORM_SHEET, headerRow: 1, columns: { nps: 'C' } }));
    const first = await openSidebar(browser(), emu);
    const alert = first.page.getByRole('alert');
    await alert.getByText('Your saved setup needs attention').waitFor();
    await alert.getByRole('button', { name: 'Fix' }).click();
    const nps = first.page.getByRole('combobox', { name: 'NPS answer (0–10)' });
    await nps.waitFor();
    expect(await nps.inputValue()).toBe('C');
    await first.page.getByRole('button', { name: 'Next' }).click();
    await first.page.locator('section[data-metric="NPS"]').waitFor();
    await first.page.getByRole('button', { name: 'Next' }).click();
    await first.page.getByRole('button', { name: 'Build dashboard' }).waitFor();
    await first.page.close();

    const again = await openSidebar(browser(), emu, 'showDashboardStep');
    await again.page.getByRole('button', { name: 'Build dashboard' }).waitFor();
    expect(await again.page.getByRole('heading', { level: 2 }).textContent()).toBe('Build the dashboard');
    await again.page.close();
  }, 60_000);
});
