/**
 * The add-on as a person meets it: dist/Code.js loaded unchanged into the emulator over the demo
 * workbook (or another workbook), and its columns mapped the way the wizard does. Used by
 * `npm start` and by the sidebar, menu, dashboard, report and end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { PARTS } from '../../scripts/addon-bundle.mjs';
import { DEMO_TODAY, demoWorkbook, FORM_SHEET, type WorkbookData } from '../demo/index';
import { createEmulator, type Emulator, type EmulatorOptions } from './index';

/** The emulator's clock starts on the demo's "today", so "latest month" is its October 2026. */
export const DEMO_NOW = DEMO_TODAY;

/** `npm test` builds first; a lone `npx vitest run test/sidebar` builds here when dist is missing or stale. */
export function ensureBuilt(): void {
  const files = ['dist/Code.js', ...PARTS.map((part) => `dist/${part}.html`), 'dist/Sidebar.html'];
  const fresh = files.every(existsSync) && Date.now() - statSync('dist/Code.js').mtimeMs < 10 * 60_000;
  if (!fresh) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

/** The demo workbook (unless another is given) open in the emulator with the built add-on loaded. */
export function openDemo(options: Partial<EmulatorOptions> = {}): Emulator {
  ensureBuilt();
  const emu = createEmulator({ now: DEMO_NOW, userLocale: 'en', ...options, workbook: options.workbook ?? demoWorkbook() });
  emu.load();
  return emu;
}

/** What the wizard does with its defaults, through the add-on's own sidebar calls: pick every data sheet, keep detection, save. */
export function mapColumns(emu: Emulator, lang: 'en' | 'vi' = 'en'): { mapping: unknown; sheets: string[] } {
  const listed = emu.call<{ sheets: { name: string; isDashboard: boolean }[] }>('listSheets', { lang });
  const sheets = listed.sheets.filter((s) => !s.isDashboard).map((s) => s.name);
  const detected = emu.call<{ mapping: unknown }>('detectMapping', { lang, sheets });
  emu.call('saveMapping', { lang, mapping: detected.mapping });
  return { mapping: detected.mapping, sheets };
}

/**
 * The demo workbook with its survey sheet ("Form Responses 1") cycled out to `surveyRows`
 * answers and widened to `columns` columns with order ids (a column no metric uses), for the
 * bench and the tests of cost at scale: 10^6 rows × 10 columns is Sheets' 10-million-cell limit.
 */
export function demoAtScale(surveyRows: number, columns = 10): WorkbookData {
  const workbook = demoWorkbook();
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => {
      if (sheet.name !== FORM_SHEET) return sheet;
      const [header, ...answers] = sheet.rows;
      const extra = Math.max(0, columns - header.length);
      const rows = [[...header, ...Array.from({ length: extra }, (_, k) => (k === 0 ? 'Order ID' : `Order note ${k}`))]];
      for (let i = 0; i < surveyRows; i++) rows.push([...answers[i % answers.length], ...Array.from({ length: extra }, (_, k) => (k === 0 ? `SV-${100_000 + i}` : ''))]);
      return { ...sheet, rows };
    }),
  };
}
