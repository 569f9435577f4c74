import type ExcelJS from 'exceljs';
import type { Cell } from '../../cells/types';
import { serialToDate, utcWallToZone } from './zone';

/**
 * One exceljs cell as Sheets would hold it after importing the workbook:
 * numbers, strings, booleans and Dates as themselves; a formula as its cached result;
 * rich text flattened to its plain text; a hyperlink as its text; an error as its
 * '#N/A'-style text; an empty cell as ''.
 * exceljs hands dates over as UTC Dates holding the wall time (Excel has no zones), so
 * they are re-read as that wall time in `timeZone`, as Sheets does on import.
 * Value shapes: https://github.com/exceljs/exceljs#value-types
 */
export function xlsxCell(value: ExcelJS.CellValue | undefined, timeZone: string, numFmt?: string): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Only the streaming reader gets here with a date: it leaves formula results as serials.
    return numFmt && isDateFormat(numFmt) ? serialToDate(value, timeZone) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return utcWallToZone(value, timeZone);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue | { error: string } }).result;
    // exceljs' stream reader parses every non-string result with parseFloat, so an error
    // result arrives as NaN (https://github.com/exceljs/exceljs/issues/3074); Sheets shows
    // such a cell as an error, and #ERROR! is its generic one.
    if (typeof result === 'number' && Number.isNaN(result)) return '#ERROR!';
    return xlsxCell(result as ExcelJS.CellValue, timeZone, numFmt);
  }
  if ('hyperlink' in value) return xlsxCell(value.text as ExcelJS.CellValue, timeZone);
  return '';
}

/**
 * Whether an Excel number format shows a date or time: it has d, m, y, h or s outside
 * quoted text, [colour] brackets and backslash escapes. Elapsed-time formats like [h]:mm
 * count as times, as they do in Sheets.
 */
export function isDateFormat(format: string): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare.replace(/E[+-]/g, ''));
}
