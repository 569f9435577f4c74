import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiValueText } from '../../src/report/display';
import { buildReport } from '../../src/report/model';
import { renderHtml } from '../../src/report/render-html';
import { summaryView } from '../../src/report/summary';
import { renderText } from '../../src/report/render-text';
import { addonReport } from '../cli/helpers/run';
import { fullInput } from './fixture';

/**
 * The email as a phone and a desktop show it: headless Chromium at 360 px and 800 px. Nothing
 * may scroll sideways, and every KPI value of the model must be visible text (not only in a
 * tooltip). Screenshots go to test-artifacts/ for a person to look at.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync('test-artifacts', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

// The tea-shop fixture (two months of data) and the demo workbook's October (thirteen months,
// the case of issue 13: a weak September), each in both languages.
describe.each([
  { lang: 'en' as const, suffix: '', data: 'fixture' },
  { lang: 'vi' as const, suffix: '-vi', data: 'fixture' },
  { lang: 'en' as const, suffix: '-demo', data: 'demo' },
  { lang: 'vi' as const, suffix: '-demo-vi', data: 'demo' },
])('the $lang report email of the $data in Chromium', ({ lang, suffix, data }) => {
  const report = data === 'demo' ? addonReport(undefined, undefined, lang) : buildReport(fullInput({ lang }));
  const html = renderHtml(report);

  it.each([360, 800])('fits %i px without horizontal overflow and shows every KPI', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // Block every request: the email must not need any.
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    const { scrollWidth, innerWidth, text } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      text: document.body.innerText,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(requests).toEqual([]);
    expect(report.kpis.length).toBeGreaterThan(0);
    for (const kpi of report.kpis) expect(text).toContain(kpiValueText(kpi, lang));
    await page.screenshot({ path: `test-artifacts/report-${width}${suffix}.png`, fullPage: true });
    await page.close();
  });

  it('shows the whole summary without scrolling on a 360 × 640 phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.setContent(html, { waitUntil: 'load' });
    const summary = summaryView(report);
    const lastLine = summary.next ?? summary.maturity;
    // The bottom of the summary's last line (the maturity and its next step) is above the fold.
    const bottom = await page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.includes(needle)) return node.parentElement!.getBoundingClientRect().bottom;
      }
      return Infinity;
    }, lastLine);
    expect(bottom).toBeLessThanOrEqual(640);
    for (const item of summary.items) expect(await page.getByText(item.text).isVisible()).toBe(true);
    await page.screenshot({ path: `test-artifacts/report-360x640${suffix}.png` });
    await page.close();
  });

  it('has a plain-text part that reads on a 360 px phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    const text = renderText(report);
    // As a mail app shows text/plain: a proportional font, lines wrapped at the screen's edge.
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    await page.setContent(`<!DOCTYPE html><meta charset="utf-8"><body style="margin:8px;font:14px/1.4 sans-serif;"><div style="white-space:pre-wrap;overflow-wrap:anywhere;">${escaped}</div></body>`);
    const { scrollWidth, innerWidth, shown } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, shown: document.body.innerText }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(shown.trim()).toBe(text.trim());
    await page.screenshot({ path: `test-artifacts/report-text-360${suffix}.png`, fullPage: true });
    await page.close();
  });
});
