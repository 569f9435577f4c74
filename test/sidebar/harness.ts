/**
 * The add-on as a person meets it: dist/Code.js loaded unchanged into the emulator over the demo
 * workbook (or another workbook), for the sidebar, menu and dashboard tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { demoWorkbook } from '../../src/demo';
import type { WorkbookData } from '../emulator/context';
import { createEmulator, type Emulator } from '../emulator/index';

/** A clock a few days after the demo data ends, so "latest month" is stable. */
export const DEMO_NOW = new Date('2026-11-05T03:00:00Z');

/** `npm test` builds first; a lone `npx vitest run test/sidebar` builds here when dist is missing or stale. */
export function ensureBuilt(): void {
  const fresh = existsSync('dist/Code.js') && existsSync('dist/Sidebar.html') && Date.now() - statSync('dist/Code.js').mtimeMs < 10 * 60_000;
  if (!fresh) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

export function loadAddon(options: { workbook?: WorkbookData; userLocale?: string } = {}): Emulator {
  ensureBuilt();
  const emu = createEmulator({ workbook: options.workbook ?? demoWorkbook(), now: DEMO_NOW, userLocale: options.userLocale ?? 'en' });
  emu.load();
  return emu;
}

/** What the wizard does with its defaults: pick every data sheet, keep detection, save. */
export function setUpLikeTheWizard(emu: Emulator, lang: 'en' | 'vi' = 'en'): { mapping: unknown; sheets: string[] } {
  const listed = emu.call<{ sheets: { name: string; isDashboard: boolean }[] }>('listSheets', { lang });
  const sheets = listed.sheets.filter((s) => !s.isDashboard).map((s) => s.name);
  const detected = emu.call<{ mapping: unknown }>('detectMapping', { lang, sheets });
  emu.call('saveMapping', { lang, mapping: detected.mapping });
  return { mapping: detected.mapping, sheets };
}
