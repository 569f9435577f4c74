import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';

export const BUNDLE_PATH = 'dist/Code.js';
/** The lazily loaded rest of the add-on: its JavaScript text only, shipped as an HTML file. */
export const ENGINE_PATH = 'dist/Engine.html';

/**
 * Load dist/Code.js as Apps Script would for a custom function call: a fresh V8 context holding
 * only the globals the functions read (the active spreadsheet's time zone and locale) and
 * HtmlService serving the project's HTML files from dist/, whose reads are counted by file
 * (`reads()`): custom functions other than LAZY_FUNCTIONS must never read one.
 */
export function loadBundle(env: { timeZone: string; locale: string }) {
  const code = readFileSync(BUNDLE_PATH, 'utf8');
  const spreadsheet = { getSpreadsheetTimeZone: () => env.timeZone, getSpreadsheetLocale: () => env.locale };
  const reads = new Map<string, number>();
  const HtmlService = {
    createHtmlOutputFromFile(name: string) {
      const path = `dist/${name}.html`;
      if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
      reads.set(name, (reads.get(name) ?? 0) + 1);
      const content = readFileSync(path, 'utf8');
      return { getContent: () => content };
    },
  };
  const context = vm.createContext({ SpreadsheetApp: { getActive: () => spreadsheet, getActiveSpreadsheet: () => spreadsheet }, HtmlService });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const makeDate = vm.runInContext('(ms) => new Date(ms)', context) as (ms: number) => Date;
  /** Host values to the context's own realm (Sheets hands the script Dates of its own realm). */
  const toRealm = (value: unknown): unknown => {
    if (value instanceof Date) return makeDate(value.getTime());
    if (Array.isArray(value)) return value.map(toRealm);
    return value;
  };
  return { code, context, toRealm, reads: () => Object.fromEntries(reads) };
}
