/** A small fixture for the emulator's own tests: a workbook, a fixed clock and custom functions. */
import { createContext, type EmulatorContext, type SheetData } from '../context';
import { createSpreadsheetApp, type EmulatedSpreadsheetApp } from './index';

export interface Fixture extends EmulatedSpreadsheetApp {
  ctx: EmulatorContext;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet;
}

export function fixture(
  sheets: SheetData[],
  options: { timeZone?: string; locale?: string; now?: string; functions?: Record<string, (...args: unknown[]) => unknown> } = {},
): Fixture {
  const functions = options.functions ?? {};
  const ctx = createContext({ now: () => new Date(options.now ?? '2024-03-15T10:00:00Z') }, (name) => functions[name]);
  const emulated = createSpreadsheetApp(ctx, {
    name: 'CX demo',
    timeZone: options.timeZone ?? 'UTC',
    locale: options.locale ?? 'en_US',
    sheets,
  });
  const ss = emulated.app.getActive();
  ctx.calls.reset();
  return {
    ...emulated,
    ctx,
    ss,
    sheet(name) {
      const s = ss.getSheetByName(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
  };
}
