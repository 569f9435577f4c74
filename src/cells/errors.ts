import type { LeftOutReason } from './coverage';
import type { CellPlace, Lang } from './types';

/**
 * An error a shop owner reads: Sheets shows a custom function's thrown Error as #ERROR! with
 * the message on hover. The message always starts with the function's name, e.g.
 * `NPS: 11 is outside the 0–10 scale (row 12 of the range)`.
 */
export class CxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Error';
  }
}

/**
 * What is wrong with one cell, before anyone knows which function or place it belongs to.
 * Cell readers throw it; the driver that knows the place catches it and throws
 * `CxError(fn + ': ' + problem + ' (' + place + ')')` via `cellError`.
 * `text` holds the problem in each language the add-on speaks; `reason` says how a column
 * reader counts the cell it leaves out in a Coverage (src/cells/coverage.ts).
 */
export class CellProblem {
  readonly name = 'CellProblem';
  readonly message: string;

  constructor(
    readonly text: Record<Lang, string>,
    readonly reason: LeftOutReason = 'unreadable',
  ) {
    this.message = text.en;
  }

  /** Its one line: a problem is a value for the driver to place, never a bug to trace. */
  get stack(): string {
    return `${this.name}: ${this.message}`;
  }
}
// An Error to every `instanceof` and catch, made without Error's constructor: that constructor
// (even capturing no stack) cost 0.25 µs, as much as reading a range's header, where a problem is
// made for every header and for every cell a column leaves out; capturing a stack cost 4–11 µs.
Object.setPrototypeOf(CellProblem.prototype, Error.prototype);

/** Where a 0-based flat index sits in a range of `rows` × `columns` (1-based place). */
export function placeOf(index: number, rows: number, columns: number): CellPlace {
  const cols = Math.max(1, columns);
  return { item: index + 1, row: Math.floor(index / cols) + 1, column: (index % cols) + 1, rows, columns: cols };
}

/**
 * The place in words: a column of cells says its row, a row of cells its item number,
 * a block says row and column; a single cell needs no place. `argName` names which
 * argument when a function takes several ranges ("opened", "resolved").
 */
export function describePlace(place: CellPlace, lang: Lang = 'en', argName?: string): string {
  if (place.rows <= 1 && place.columns <= 1) return argName ? (lang === 'vi' ? `trong ${argName}` : `in ${argName}`) : '';
  const of = argName ? argName : lang === 'vi' ? 'vùng' : 'the range';
  if (lang === 'vi') {
    if (place.columns === 1) return `hàng ${place.row} của ${of}`;
    if (place.rows === 1) return `mục ${place.item} của ${of}`;
    return `hàng ${place.row}, cột ${place.column} của ${of}`;
  }
  if (place.columns === 1) return `row ${place.row} of ${of}`;
  if (place.rows === 1) return `item ${place.item} of ${of}`;
  return `row ${place.row}, column ${place.column} of ${of}`;
}

/** The CxError for a bad cell: `FN: problem (place)`. */
export function cellError(fn: string, problem: CellProblem, place: CellPlace, lang: Lang = 'en', argName?: string): CxError {
  const where = describePlace(place, lang, argName);
  return new CxError(`${fn}: ${problem.text[lang]}${where ? ` (${where})` : ''}`);
}

/** A CxError about the whole call, not one cell: `FN: message`. */
export function callError(fn: string, text: Record<Lang, string>, lang: Lang = 'en'): CxError {
  return new CxError(`${fn}: ${text[lang]}`);
}
