import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export const BUNDLE_PATH = 'dist/Code.js';

/**
 * Load dist/Code.js as Apps Script would for a custom function call: a fresh V8 context holding
 * only the globals the functions read (the active spreadsheet's time zone and locale).
 */
export function loadBundle(env: { timeZone: string; locale: string }) {
  const code = readFileSync(BUNDLE_PATH, 'utf8');
  const spreadsheet = { getSpreadsheetTimeZone: () => env.timeZone, getSpreadsheetLocale: () => env.locale };
  const context = vm.createContext({ SpreadsheetApp: { getActive: () => spreadsheet, getActiveSpreadsheet: () => spreadsheet } });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const makeDate = vm.runInContext('(ms) => new Date(ms)', context) as (ms: number) => Date;
  /** Host values to the context's own realm (Sheets hands the script Dates of its own realm). */
  const toRealm = (value: unknown): unknown => {
    if (value instanceof Date) return makeDate(value.getTime());
    if (Array.isArray(value)) return value.map(toRealm);
    return value;
  };
  return { code, context, toRealm };
}
