import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { demoWorkbook, FORM_SHEET } from '../../src/demo';
import { openDemo } from '../../src/emulator/demo-session';
import { checkLoopback, isLocalHostHeader, PlaygroundError, startPlayground } from '../../src/emulator/playground';
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

/** A GET to the playground with the Host header a browser would send for `host`. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the playground', () => {
  it('refuses to listen anywhere but on this computer', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.com', 'localhost.evil.example']) {
      expect(() => checkLoopback(host), host).toThrow(PlaygroundError);
      await expect(startPlayground({ emu: openDemo({ workbook: smallDemo() }), host, port: 0 })).rejects.toThrow(/only listens on this computer/);
    }
  });

  it('answers only requests addressed to this computer, so a page on another domain rebound to 127.0.0.1 cannot read it', async () => {
    expect(isLocalHostHeader('127.0.0.1:8787', 8787)).toBe(true);
    expect(isLocalHostHeader('LOCALHOST:8787', 8787)).toBe(true);
    expect(isLocalHostHeader('[::1]:8787', 8787)).toBe(true);
    expect(isLocalHostHeader('localhost', 80)).toBe(true);
    for (const host of [undefined, '', 'evil.example:8787', 'localhost.evil.example:8787', '127.0.0.1.nip.io:8787', '127.0.0.1:8788', '127.0.0.1', 'localhost:8787@evil.example']) {
      expect(isLocalHostHeader(host, 8787), String(host)).toBe(false);
    }
    const playground = await startPlayground({ emu: openDemo({ workbook: smallDemo() }), port: 0 });
    try {
      const port = new URL(playground.url).port;
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
        const ok = await getWithHost(playground.url, host);
        expect(ok.status, host).toBe(200);
        expect(ok.body).toContain('CX Metrics playground');
      }
      for (const path of ['', 'api/version', 'sheet/0', 'email']) {
        const refused = await getWithHost(`${playground.url}${path}`, `evil.example:${port}`);
        expect(refused.status, path).toBe(421);
        expect(refused.body).not.toContain('Form Responses');
      }
    } finally {
      await playground.close();
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

      // Email reports → Send a test now; "Last email" shows it, and its link opens the sheet here, not at Google.
      await page.getByRole('link', { name: 'Email reports' }).click();
      await side.getByRole('button', { name: 'Send a test now' }).click();
      await side.getByText(/Test report for .* sent to/).waitFor();
      expect(emu.outbox.messages).toHaveLength(1);
      await page.getByRole('link', { name: 'Last email' }).click();
      const open = sheet.getByRole('link', { name: 'Open the spreadsheet' });
      await open.waitFor();
      expect(await sheet.locator('body').textContent()).toContain('October 2026');
      expect(await open.getAttribute('href')).toMatch(/^\/sheet\/\d+$/);
      await open.click();
      await sheet.locator('td', { hasText: 'How likely are you to recommend' }).first().waitFor();
      expect(page.frames().find((f) => f.name() === 'sheet')!.url()).toBe(`${playground.url}sheet/0`);
    } finally {
      await page.close();
      await playground.close();
    }
    // Shut down: nothing answers any more.
    await expect(fetch(playground.url)).rejects.toThrow();
  }, 120_000);
});
