/**
 * A1 notation as Apps Script reads it: `B2`, `A1:C3`, open ranges `C2:C`, `A:A`, `2:2`,
 * `$` absolute markers, and sheet-qualified forms `Survey!C2:C`, `'Form Responses 1'!A:A`.
 * https://developers.google.com/sheets/api/guides/concepts#cell
 */
import { exception, messages } from './errors';

/** A parsed reference. Rows and columns are 1-based; `undefined` ends mean open (to the sheet's edge). */
export interface A1Ref {
  sheetName?: string;
  startRow: number;
  startColumn: number;
  /** Undefined when the row is open (`C2:C`, `A:A`). */
  endRow?: number;
  /** Undefined when the column is open (`2:2`, `A2:2`). */
  endColumn?: number;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

interface Part {
  column?: number;
  row?: number;
}

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m) return null;
  const [, letters, digits] = m;
  if (!letters && !digits) return null;
  const part: Part = {};
  if (letters) part.column = columnNumber(letters);
  if (digits) {
    part.row = Number(digits);
    if (part.row < 1) return null;
  }
  return part;
}

/** Splits `'It''s here'!A1` into its sheet name and the cell part. */
export function splitSheet(a1: string): { sheetName?: string; cells: string } {
  const text = a1.trim();
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { cells: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName: sheet, cells: text.slice(bang + 1) };
}

/** Parses A1 notation, or returns null when it is not valid. */
export function tryParseA1(a1: string): A1Ref | null {
  if (typeof a1 !== 'string') return null;
  const { sheetName, cells } = splitSheet(a1);
  if (sheetName === '') return null;
  const halves = cells.split(':');
  if (halves.length > 2) return null;
  const first = parsePart(halves[0]);
  if (!first) return null;
  if (halves.length === 1) {
    // A single reference must be a whole cell (`B2`); `B` or `2` alone is not a range.
    if (first.column === undefined || first.row === undefined) return null;
    return { sheetName, startRow: first.row, startColumn: first.column, endRow: first.row, endColumn: first.column };
  }
  const second = parsePart(halves[1]);
  if (!second) return null;
  const wholeColumns = first.row === undefined && second.row === undefined;
  const wholeRows = first.column === undefined && second.column === undefined;
  if (wholeColumns) {
    if (first.column === undefined || second.column === undefined) return null;
    return {
      sheetName,
      startRow: 1,
      startColumn: Math.min(first.column, second.column),
      endColumn: Math.max(first.column, second.column),
    };
  }
  if (wholeRows) {
    if (first.row === undefined || second.row === undefined) return null;
    return { sheetName, startRow: Math.min(first.row, second.row), startColumn: 1, endRow: Math.max(first.row, second.row) };
  }
  // Forms like C2:C (open rows) and A2:2 (open columns): the first half must be a whole cell.
  if (first.row === undefined || first.column === undefined) return null;
  const ref: A1Ref = { sheetName, startRow: first.row, startColumn: first.column };
  if (second.row !== undefined) {
    ref.startRow = Math.min(first.row, second.row);
    ref.endRow = Math.max(first.row, second.row);
  }
  if (second.column !== undefined) {
    ref.startColumn = Math.min(first.column, second.column);
    ref.endColumn = Math.max(first.column, second.column);
  }
  return ref;
}

/** Parses A1 notation or throws Apps Script's "Range not found". */
export function parseA1(a1: string): A1Ref {
  const ref = tryParseA1(a1);
  if (!ref) throw exception(messages.rangeNotFound);
  return ref;
}

/** `B2` for one cell, `A1:C3` otherwise (Range.getA1Notation never includes the sheet). */
export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** The sheet name as A1 notation needs it: quoted when it has anything but letters, digits, _. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
