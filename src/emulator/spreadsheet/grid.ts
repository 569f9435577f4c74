/**
 * Reading and writing blocks of cells on the model, uncounted: the Range and Sheet methods
 * count once per call, then use these, so a 100,000-row getValues is one call.
 */
import type { Env } from './env';
import { normalizeInput } from './env';
import { exception, messages } from './errors';
import { key, type Rect, type SheetModel } from './model';

/** Computed cell values of a block (FormulaError objects kept for the caller to render). */
export function readBlock(env: Env, sheet: SheetModel, rect: Rect): unknown[][] {
  const rows: unknown[][] = new Array(rect.numRows);
  const hasFormulas = sheet.formulas.size > 0;
  if (hasFormulas) env.engine.evaluateSheet(sheet);
  for (let i = 0; i < rect.numRows; i += 1) {
    const r = rect.row + i;
    const source = sheet.values[r - 1];
    const out: unknown[] = new Array(rect.numColumns);
    for (let j = 0; j < rect.numColumns; j += 1) {
      const c = rect.column + j;
      const literal = source ? source[c - 1] : undefined;
      if (!hasFormulas) out[j] = literal === undefined || literal === null ? '' : literal;
      else out[j] = env.engine.cellValue(sheet, r, c);
    }
    rows[i] = out;
  }
  return rows;
}

/** Writes input cells (values or '=' formulas) into a block of the same shape. */
export function writeBlock(env: Env, sheet: SheetModel, rect: Rect, cells: unknown[][]): void {
  for (let i = 0; i < rect.numRows; i += 1)
    for (let j = 0; j < rect.numColumns; j += 1) {
      const r = rect.row + i;
      const c = rect.column + j;
      const raw = cells[i][j];
      // A cell formatted as plain text ('@') keeps typed digits as text, as Sheets does.
      const plain = typeof raw === 'string' && sheet.formatRules.length > 0 && !raw.startsWith('=') && sheet.formatAt(r, c).numberFormat === '@';
      const { literal, formula } = plain ? { literal: raw, formula: undefined } : normalizeInput(raw);
      if (formula) sheet.formulas.set(key(r, c), formula);
      else sheet.formulas.delete(key(r, c));
      if (literal !== '' || sheet.values[r - 1]?.[c - 1] !== undefined) sheet.setLiteral(r, c, literal);
    }
  env.book.touch();
}

/** Clears values and formulas of a block. */
export function clearBlock(env: Env, sheet: SheetModel, rect: Rect): void {
  for (let i = 0; i < rect.numRows; i += 1) {
    const row = sheet.values[rect.row + i - 1];
    if (row) for (let j = 0; j < rect.numColumns && rect.column + j - 1 < row.length; j += 1) row[rect.column + j - 1] = '';
  }
  for (const k of [...sheet.formulas.keys()]) {
    const [r, c] = k.split(',').map(Number);
    if (r >= rect.row && r < rect.row + rect.numRows && c >= rect.column && c < rect.column + rect.numColumns) sheet.formulas.delete(k);
  }
  env.book.touch();
}

/** Last row with content, spilled formula results included (Sheet.getLastRow). */
export function lastRow(env: Env, sheet: SheetModel): number {
  const literal = sheet.lastLiteralRow();
  return sheet.formulas.size ? Math.max(literal, env.engine.spillExtent(sheet).lastRow) : literal;
}

export function lastColumn(env: Env, sheet: SheetModel): number {
  const literal = sheet.lastLiteralColumn();
  return sheet.formulas.size ? Math.max(literal, env.engine.spillExtent(sheet).lastColumn) : literal;
}

/** The shape check Range.setValues/setFormulas/setNumberFormats make, with Apps Script's texts. */
export function checkShape(data: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
    const type = Array.isArray(data) ? 'number[]' : typeof data === 'string' ? 'String' : 'Object';
    throw exception(`The parameters (${type}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== rect.numRows) throw exception(messages.rowsMismatch(data.length, rect.numRows));
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numColumns) throw exception(messages.columnsMismatch(row.length, rect.numColumns));
  }
  return data as unknown[][];
}
