/**
 * The sidebar in headless Chromium with google.script.run bridged to the add-on running in the
 * emulator: the page is the HTML the server hands HtmlService (menu.ts fills in the language),
 * and every google.script.run call becomes emu.call(name, arg) on dist/Code.js.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { answerCall, withBridge } from '../../src/emulator/bridge';
import { launchChromium } from '../../src/emulator/chromium';
import { afterAll, beforeAll } from 'vitest';
import { ensureBuilt } from '../../src/emulator/demo-session';
import type { Emulator } from '../../src/emulator/index';

export const ARTIFACTS = 'test-artifacts';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/**
 * One Chromium for a test file, over a built add-on: registers the file's beforeAll/afterAll and
 * returns the browser for the tests to open pages in.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureBuilt();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is opened in beforeAll');
    return browser;
  };
}

export interface SidebarPage {
  page: Page;
  /** Names of the server functions the page called, in order. */
  called: string[];
  /** A screenshot; `whole` makes the window tall enough to show the scrolling panel in full. */
  shot(name: string, options?: { whole?: boolean }): Promise<void>;
}

export async function openSidebar(browser: Browser, emu: Emulator, menuItem = 'showSetup'): Promise<SidebarPage> {
  emu.call(menuItem);
  const html = emu.ui.sidebars[emu.ui.sidebars.length - 1].html;
  // 300 px: the fixed width of an add-on sidebar.
  const page = await browser.newPage({ viewport: { width: 300, height: 720 }, deviceScaleFactor: 2 });
  const called: string[] = [];
  await page.exposeFunction('__cxCall', (name: string, argsJson: string) => {
    called.push(name);
    return answerCall(emu, name, argsJson);
  });
  // Any request to the outside would be a bug: the page must be self-contained.
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  // The bridge goes first in <head>, where Apps Script's own google.script loader would be.
  await page.setContent(withBridge(html), { waitUntil: 'load' });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    called,
    shot: async (name, options = {}) => {
      const viewport = page.viewportSize();
      const hidden = options.whole ? await page.evaluate(() => {
        const panel = document.getElementById('panel');
        return panel ? panel.scrollHeight - panel.clientHeight : 0;
      }) : 0;
      if (viewport && hidden > 0) await page.setViewportSize({ width: viewport.width, height: viewport.height + hidden });
      await page.screenshot({ path: `${ARTIFACTS}/sidebar-${name}.png`, fullPage: true });
      if (viewport && hidden > 0) await page.setViewportSize(viewport);
    },
  };
}
