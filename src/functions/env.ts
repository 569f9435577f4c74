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
}

const appsScriptEnv: SheetEnv = {
  timeZone: () => SpreadsheetApp.getActive().getSpreadsheetTimeZone(),
  locale: () => SpreadsheetApp.getActive().getSpreadsheetLocale(),
};

let current: SheetEnv = appsScriptEnv;

/** The spreadsheet's IANA time zone, e.g. `Asia/Ho_Chi_Minh`. */
export function sheetTimeZone(): string {
  return current.timeZone();
}

/** The language for labels and messages: Vietnamese for `vi*` locales, English otherwise. */
export function sheetLang(): Lang {
  return langOfLocale(current.locale());
}

/** Run `fn` as if inside a spreadsheet with this time zone and locale (Node callers and tests). */
export function withSheetEnv<T>(env: { timeZone: string; locale: string }, fn: () => T): T {
  const saved = current;
  current = { timeZone: () => env.timeZone, locale: () => env.locale };
  try {
    return fn();
  } finally {
    current = saved;
  }
}
