import { setLocaleSource } from '../cells/facts';
import { langOfLocale, type Lang } from '../cells/types';

/**
 * What a custom function needs to know about the spreadsheet it runs in: its time zone
 * (days and months are counted there, metrics-spec.md section 1) and its locale (labels).
 * Read lazily, because each read is an Apps Script service call that only date and
 * table functions need.
 */
export interface SheetEnv {
  timeZone(): string;
  locale(): string;
  /** The formula being recalculated and its sheet, when known: asked only to name a bad cell. */
  formulaCell(): FormulaCell | null;
}

export interface FormulaCell {
  /** As Range.getFormula() returns it, e.g. `=NPS('Form Responses 1'!C2:C)`. */
  formula: string;
  sheetName: string;
}

const appsScriptEnv: SheetEnv = {
  timeZone: () => SpreadsheetApp.getActive().getSpreadsheetTimeZone(),
  locale: () => SpreadsheetApp.getActive().getSpreadsheetLocale(),
  // In a custom function the active range is the cell that calls it, and get* methods are
  // allowed (read-only): https://developers.google.com/apps-script/guides/sheets/functions
  formulaCell: () => {
    const cell = SpreadsheetApp.getActiveRange();
    return cell ? { formula: cell.getFormula(), sheetName: cell.getSheet().getName() } : null;
  },
};

let current: SheetEnv = appsScriptEnv;

// Readers decide a range's date order and decimal mark by its values, then by this locale.
setLocaleSource(() => {
  try {
    return current.locale();
  } catch {
    return undefined;
  }
});

/** The spreadsheet's IANA time zone, e.g. `Asia/Ho_Chi_Minh`. */
export function sheetTimeZone(): string {
  return current.timeZone();
}

/** The language for labels and messages: Vietnamese for `vi*` locales, English otherwise. */
export function sheetLang(): Lang {
  return langOfLocale(current.locale());
}

/** The formula cell being recalculated, or null when it cannot be known. */
export function sheetFormulaCell(): FormulaCell | null {
  return current.formulaCell();
}

/** Run `fn` as if inside a spreadsheet with this time zone and locale (Node callers and tests), optionally in a formula cell. */
export function withSheetEnv<T>(env: { timeZone: string; locale: string; formulaCell?: FormulaCell }, fn: () => T): T {
  const saved = current;
  current = { timeZone: () => env.timeZone, locale: () => env.locale, formulaCell: () => env.formulaCell ?? null };
  try {
    return fn();
  } finally {
    current = saved;
  }
}
