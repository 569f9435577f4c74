import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoWorkbook, FORM_SHEET } from '../../src/demo';
import { openDemo } from '../../src/emulator/demo-session';
import { checkLoopback, PlaygroundError, startPlayground } from '../../src/emulator/playground';
import { ARTIFACTS, browserForFile } from './browser';

/**
 * The local playground (npm run playground): the demo's sheets beside the real sidebar, served
 * on 127.0.0.1 only, the sidebar's google.script.run bridged to the emulator over HTTP. A person
 * runs the wizard through it in Chromium and sees the dashboard drawn; then it shuts down.
 */

const browser = browserForFile();

/** The demo without its 30,000-row activity log, so the dashboard draws quickly. */
function smallDemo() {
  const workbook = demoWorkbook();
  workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Activity');
  return workbook;
}

describe('the playground', () => {
  it('refuses to listen anywhere but on this computer', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.com', 'localhost.evil.example']) {
      expect(() => checkLoopback(host), host).toThrow(PlaygroundError);
      await expect(startPlayground({ emu: openDemo({ workbook: smallDemo() }), host, port: 0 })).rejects.toThrow(/only listens on this computer/);
    }
  });

  it('serves the sheets and the real sidebar; the wizard runs end to end through it; the dashboard is drawn', async () => {
    const emu = openDemo({ workbook: smallDemo(), userLocale: 'en_US' });
    emu.open('LIMITED');
    const playground = await startPlayground({ emu, port: 0 });
    expect(playground.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = playground.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    try {
      // Nothing outside the playground is fetched.
      await page.route('**/*', (route) => (route.request().url().startsWith(playground.url) ? route.continue() : route.abort()));
      await page.goto(playground.url);
      await page.getByRole('link', { name: FORM_SHEET }).waitFor();
      const sheet = page.frameLocator('iframe[name="sheet"]');
      await sheet.locator('td', { hasText: 'How likely are you to recommend' }).first().waitFor();

      const side = page.frameLocator('iframe[name="side"]');
      await side.getByRole('checkbox', { name: new RegExp(FORM_SHEET) }).waitFor();
      await side.getByRole('button', { name: 'Next' }).click();
      await side.getByRole('combobox', { name: 'NPS answer (0–10)' }).waitFor();
      await side.getByRole('button', { name: 'Next' }).click();
      await side.locator('section[data-metric="NPS"]').first().waitFor();
      await side.getByRole('button', { name: 'Next' }).click();
      await side.getByRole('button', { name: 'Build dashboard' }).click();
      await side.locator('.success').waitFor();
      expect(await side.locator('.success').textContent()).toContain('“CX Dashboard”');

      // The dashboard, as drawn: the dropdowns, the KPI table and the charts as SVG.
      await page.getByRole('link', { name: 'Dashboard' }).click();
      await sheet.locator('td', { hasText: 'Key metrics' }).waitFor();
      expect(await sheet.locator('td', { hasText: /^2026-10$/ }).count()).toBeGreaterThan(0);
      expect(await sheet.locator('.chart svg').count()).toBe(emu.spreadsheet.charts('CX Dashboard').length);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}/playground-dashboard.png` });

      // The dashboard preview alone at 1280 px: the whole sheet fits the window's width.
      const preview = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      await preview.setContent(emu.spreadsheet.renderHtml('CX Dashboard'));
      await preview.screenshot({ path: `${ARTIFACTS}/dashboard-1280.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } });
      const charts = await preview.locator('.chart').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      expect(Math.max(...charts)).toBeLessThanOrEqual(1280);
      await preview.close();
    } finally {
      await page.close();
      await playground.close();
    }
    // Shut down: nothing answers any more.
    await expect(fetch(playground.url)).rejects.toThrow();
  }, 120_000);
});
