import { DETECTION_SAMPLE_ROWS, HEADER_SEARCH_ROWS } from '../mapping/fields';
import { columnIndex } from '../mapping/text';
import { PlainError } from './endpoint';
import { serverTexts } from './messages';

/**
 * Reading sheets the way Apps Script wants: one batched getRange(...).getValues() per sheet,
 * never a call per cell or per row ("Use batch operations",
 * https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations).
 * Each read costs a fixed number of service calls (getSheetByName, getLastRow, getLastColumn,
 * getRange, getValues) whatever the sheet's size.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheet by name, or a permanent problem in both languages saying what to do (the sidebar shows
 * it in the person's language; trying again cannot bring a sheet back).
 */
export function sheetNamed(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new PlainError(serverTexts.sheetMissing(name));
  return sheet;
}

/**
 * The top of a sheet for column detection: the rows where a header may sit plus a bounded sample
 * of data rows, all columns, in one call. A 100,000-row sheet costs what a 100-row sheet costs.
 */
export function readDetectionSample(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return [];
  const rows = Math.min(lastRow, HEADER_SEARCH_ROWS + DETECTION_SAMPLE_ROWS);
  return sheet.getRange(1, 1, rows, lastColumn).getValues();
}

/**
 * The data rows (from `firstRow` to the last row) of the given columns, keyed by letter, each as
 * a one-column 2-D array like a custom function receives. One getValues over the span from the
 * leftmost to the rightmost column: a few unused columns cost less than a call per column.
 */
export function readColumns(sheet: Sheet, firstRow: number, letters: readonly string[]): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  if (letters.length === 0) return out;
  const indexes = letters.map((letter) => columnIndex(letter));
  const left = Math.min(...indexes);
  const right = Math.max(...indexes);
  const lastRow = sheet.getLastRow();
  const height = lastRow - firstRow + 1;
  const values = height > 0 ? sheet.getRange(firstRow, left + 1, height, right - left + 1).getValues() : [];
  letters.forEach((letter, i) => {
    const offset = indexes[i] - left;
    out[letter] = values.map((row) => [row[offset]]);
  });
  return out;
}
