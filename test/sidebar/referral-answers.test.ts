import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { openDemo } from '../../src/emulator/demo-session';
import { browserForFile, openSidebar } from './browser';

/**
 * A shop whose form asks "How did you hear about us?": step 2 shows the answers that count as a
 * referral, proposed from the column; the person adds one, the preview follows, and the saved
 * mapping and the dashboard formula carry the list.
 */

const SHEET = 'Form Responses 1';
const SOURCES = ['Friend or colleague', 'Facebook', 'Google search', 'Zalo group', 'friend or colleague', 'Zalo group', 'Facebook', 'Google search', 'Friend or colleague', 'Facebook'];

function shop(): WorkbookData {
  const header = ['Timestamp', 'How likely are you to recommend us to a friend?', 'How did you hear about us?'];
  const rows = Array.from({ length: 40 }, (_, i) => [new Date(Date.UTC(2026, 9, 1 + (i % 28), 3)), (i * 7) % 11, SOURCES[i % SOURCES.length]]);
  return { name: 'Shop', timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US', sheets: [{ name: SHEET, rows: [header, ...rows], frozenRows: 1 }] };
}

const browser = browserForFile();

describe('referral answers in the wizard', () => {
  it('are proposed in step 2, edited, previewed and built into REFERRAL_RATE', async () => {
    const emu = openDemo({ workbook: shop() });
    const { page, shot } = await openSidebar(browser(), emu);
    const settled = () => page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false');

    await page.getByRole('checkbox', { name: new RegExp(SHEET) }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    const answers = page.getByRole('textbox', { name: 'Answers that count as a referral (one per line)' });
    await answers.waitFor();
    expect(await answers.inputValue()).toBe('Friend or colleague');
    await answers.scrollIntoViewIfNeeded();
    await shot('referral-answers');

    // 12 of 40 answers are a friend or colleague: 30%.
    await page.getByRole('button', { name: 'Next' }).click();
    const card = page.locator('section[data-metric="REFERRAL_RATE"] .kpi');
    await card.waitFor();
    await settled();
    expect(await card.textContent()).toBe('30.0%');

    // The shop counts its Zalo group as word of mouth too: 8 more of 40 → 50%.
    await page.getByRole('button', { name: 'Back' }).click();
    await answers.waitFor();
    await answers.fill('Friend or colleague\nZalo group\n');
    await answers.dispatchEvent('change');
    await settled();
    await page.getByRole('button', { name: 'Next' }).click();
    await card.waitFor();
    await settled();
    expect(await card.textContent()).toBe('50.0%');

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Build dashboard' }).click();
    await page.locator('.success').waitFor();
    const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === 'CX Dashboard')!;
    // The KPI cell computes REFERRAL_RATE over the selected period's answers, with the saved list.
    const isReferral = (v: unknown) => typeof v === 'string' && v.includes('REFERRAL_RATE(') && v.includes('{"Friend or colleague";"Zalo group"}');
    const row = dashboard.rows.findIndex((r) => r.some(isReferral));
    expect(row).toBeGreaterThan(0);
    expect(dashboard.values[row][dashboard.rows[row].findIndex(isReferral)]).toBe(50);
  });
});
