/** Turning A1 notation and row/column arguments into ranges, with Apps Script's errors. */
import { parseA1 } from './a1';
import type { Env } from './env';
import { exception, messages } from './errors';
import type { Rect, SheetModel } from './model';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Bounds checks shared by getRange and A1 lookups. */
export function checkRect(model: SheetModel, rect: Rect): void {
  if (rect.row < 1) throw exception(messages.startRowTooSmall);
  if (rect.column < 1) throw exception(messages.startColumnTooSmall);
  if (rect.numRows < 1) throw exception(messages.rowsAtLeastOne);
  if (rect.numColumns < 1) throw exception(messages.columnsAtLeastOne);
  if (rect.row + rect.numRows - 1 > model.maxRows || rect.column + rect.numColumns - 1 > model.maxColumns) {
    throw exception(messages.outsideSheet);
  }
}

/** A Range for A1 notation on `model` (the A1 may name the same or another sheet). */
export function rangeFromA1(env: Env, model: SheetModel, a1: string): Range {
  const ref = parseA1(a1);
  const sheet = ref.sheetName === undefined ? model : env.book.sheetByName(ref.sheetName);
  if (!sheet) throw exception(messages.rangeNotFound);
  const open = { rows: ref.endRow === undefined, columns: ref.endColumn === undefined };
  const endRow = ref.endRow ?? sheet.maxRows;
  const endColumn = ref.endColumn ?? sheet.maxColumns;
  if (endRow > sheet.maxRows || endColumn > sheet.maxColumns) throw exception(messages.rangeNotFound);
  const rect = { row: ref.startRow, column: ref.startColumn, numRows: endRow - ref.startRow + 1, numColumns: endColumn - ref.startColumn + 1 };
  return env.range(sheet, rect, open) as Range;
}
