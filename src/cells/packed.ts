import type { ColumnOptions, ColumnRead, FastCells } from './column';
import type { EachText } from './decide';
import type { Cell } from './types';

/**
 * A column held compactly, for the command line's large files (issue 18): each row is a small
 * code, the index of its cell among the column's distinct cells, except a Date cell (its instant,
 * epoch ms, is in `values`) and a number not worth sharing (its value is in `values`). A million
 * scores cost 1 MB instead of 8 (a pointer a row), a million timestamps 9 MB instead of about 100
 * (a Date object a row), a channel or user id column one code a row plus its distinct texts.
 *
 * It holds exactly the cells it was given: `at(i)` gives the cell of row `i` back (a Date at the
 * same instant, the same number, the same text), and the column readers (column.ts, decide.ts)
 * and the report's reader read it row by row in order as they read those cells, so every
 * whole-column decision, count and first place of a left-out cell is the same.
 */
export interface PackedCells {
  readonly length: number;
  /** Per row: DATE_CODE, NUMBER_CODE, or the index of its cell in `distinct`. */
  readonly codes: Uint8Array | Uint16Array | Uint32Array;
  /** The distinct cells (texts, small whole numbers, booleans, blanks…); entries 0 and 1 unused. */
  readonly distinct: readonly Cell[];
  /** Per row: a Date's instant or a number's value where the code says so (absent when none). */
  readonly values: Float64Array | undefined;
  /** The cell of row `i`, as it was given. */
  at(i: number): Cell;
  /** The rows for which `keep(i)` holds, in order (one group's rows), packed alike. */
  filter(keep: (i: number) => boolean): PackedCells;
  /**
   * Its cells through `f`, packed alike, for an `f` that gives numbers and Dates back as they are
   * (a referral column's texts read as flags): only the distinct cells go through it.
   */
  mapTexts(f: (cell: Cell) => Cell): PackedCells;
  /** Several columns one after another (this one among them), packed: a stack of sheets' columns. */
  stack(parts: readonly Cells[]): PackedCells;
  /** `of(cell)` of each row, worked out once per distinct cell (a Date or a number kept by value at each call). */
  perRow<T>(of: (cell: Cell) => T): (row: number) => T;
  /** textsOf (decide.ts) over it: the same texts at the same indexes. */
  texts(): EachText;
  /** The column readers' loop (column.ts readEach) over it: the same reading, row by row in order. */
  readEach<D>(read: (cell: Cell, index: number) => number, options: ColumnOptions, decision: D, fast?: FastCells): ColumnRead<D>;
}

/**
 * Whether the cells are packed. Sheets' cells always come as an array; the packed form's code
 * (packed-column.ts) is loaded only by the command line, so the add-on's bundles stay without it.
 */
export function isPacked(cells: ArrayLike<unknown> | PackedCells): cells is PackedCells {
  return !Array.isArray(cells) && typeof (cells as Partial<PackedCells>).readEach === 'function';
}


/** Row code of a Date cell (its instant in `values`). */
export const DATE_CODE = 0;
/** Row code of a number kept in `values` (not a small whole number, or −0). */
export const NUMBER_CODE = 1;

/** A column's cells: as Sheets hands them, or packed (the command line's large files). */
export type Cells = readonly Cell[] | PackedCells;

/** The cell of row `i` of either form. */
export function cellAt(cells: Cells, i: number): Cell {
  return isPacked(cells) ? cells.at(i) : cells[i];
}

/** The cells as a plain array (the array itself when it is one): for code that reads cells one by one. */
export function cellsOf(cells: Cells): readonly Cell[] {
  if (!isPacked(cells)) return cells;
  const out: Cell[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = cells.at(i);
  return out;
}

/** Each cell through `f`, as an array (Array.prototype.map for either form). */
export function mapCells<T>(cells: Cells, f: (cell: Cell, index: number) => T): T[] {
  if (!isPacked(cells)) return cells.map((cell, i) => f(cell, i));
  const out: T[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = f(cells.at(i), i);
  return out;
}
