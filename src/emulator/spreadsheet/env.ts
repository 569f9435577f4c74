/**
 * What every emulated Spreadsheet object shares: the emulator context (call counting and
 * faults), the workbook model, the formula engine, the recorded UI, and factories for the
 * Apps Script-facing objects (kept here so the classes need not import each other in a cycle).
 */
import type { EmulatorContext } from '../context';
import { exception, messages } from './errors';
import type { FormulaEngine } from './formula/engine';
import type { Rect, SheetModel, WorkbookModel } from './model';
import type { UiRecord } from './ui';

export interface Env {
  ctx: EmulatorContext;
  book: WorkbookModel;
  engine: FormulaEngine;
  ui: UiRecord;
  spreadsheet(): unknown;
  sheet(model: SheetModel): unknown;
  range(model: SheetModel, rect: Rect, open?: { rows: boolean; columns: boolean }): unknown;
}

/** Counts the call, throws any armed fault, then refuses to act on a deleted sheet. */
export function enterOn(env: Env, service: string, method: string, sheet?: SheetModel): void {
  env.ctx.enter(service, method);
  if (sheet?.deleted) throw exception(messages.sheetDeleted(sheet.name));
}

/** Input cells as Sheets stores them: '' for null/undefined, numeric text as numbers, Date copies. */
export function normalizeInput(value: unknown): { literal: unknown; formula?: string } {
  if (value === undefined || value === null) return { literal: '' };
  if (typeof value === 'string') {
    // Range.setValue parses text like typed input: "=..." is a formula, "12.5" a number.
    if (value.startsWith('=') && value.length > 1) return { literal: '', formula: value };
    if (/^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return { literal: Number(value) };
    return { literal: value };
  }
  if (value instanceof Date) return { literal: new Date(value.getTime()) };
  if (typeof value === 'number' || typeof value === 'boolean') return { literal: value };
  return { literal: String(value) };
}

/** The value a reader sees for a computed cell: error codes as text, Dates copied. */
export function outputValue(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  if (value && typeof value === 'object' && 'code' in value) return (value as { code: string }).code;
  return value;
}

/**
 * The active range: while a formula is recalculated, the cell holding it (what a custom function
 * sees); otherwise A1 of the active sheet, where a freshly opened sheet's cursor sits.
 */
export function activeRange(env: Env): unknown {
  const current = env.engine.currentCell();
  if (current) return env.range(current.sheet, { row: current.row, column: current.column, numRows: 1, numColumns: 1 });
  const sheet = env.book.sheetById(env.book.activeSheetId) ?? env.book.sheets[0];
  return env.range(sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 });
}
