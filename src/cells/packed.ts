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
export class PackedCells {
  constructor(
    readonly length: number,
    /** Per row: DATE_CODE, NUMBER_CODE, or the index of its cell in `distinct`. */
    readonly codes: Uint8Array | Uint16Array | Uint32Array,
    /** The distinct cells (texts, small whole numbers, booleans, blanks…); entries 0 and 1 unused. */
    readonly distinct: readonly Cell[],
    /** Per row: a Date's instant or a number's value where the code says so (absent when none). */
    readonly values: Float64Array | undefined,
  ) {}

  /** The cell of row `i`, as it was given. */
  at(i: number): Cell {
    const code = this.codes[i];
    if (code === DATE_CODE) return new Date(this.values![i]);
    if (code === NUMBER_CODE) return this.values![i];
    return this.distinct[code];
  }

  /** Its rows from `start` on (below a sheet's header rows), sharing its memory. */
  from(start: number): PackedCells {
    const begin = Math.min(start, this.length);
    return new PackedCells(this.length - begin, this.codes.subarray(begin), this.distinct, this.values?.subarray(begin));
  }

  /**
   * Its cells through `f`, packed alike, for an `f` that gives numbers and Dates back as they are
   * (a referral column's texts read as flags): only the distinct cells go through it.
   */
  mapTexts(f: (cell: Cell) => Cell): PackedCells {
    return new PackedCells(this.length, this.codes, this.distinct.map((cell, i) => (i < 2 ? cell : f(cell))), this.values);
  }

  /** The rows for which `keep(i)` holds, in order (one group's rows), packed alike. */
  filter(keep: (i: number) => boolean): PackedCells {
    let rows = 0;
    for (let i = 0; i < this.length; i++) if (keep(i)) rows++;
    const codes = new (this.codes.constructor as Uint32ArrayConstructor)(rows);
    const values = this.values ? new Float64Array(rows) : undefined;
    for (let i = 0, k = 0; k < rows; i++) {
      if (!keep(i)) continue;
      codes[k] = this.codes[i];
      if (values) values[k] = this.values![i];
      k++;
    }
    return new PackedCells(rows, codes, this.distinct, values);
  }
}

/** Row code of a Date cell (its instant in `values`). */
export const DATE_CODE = 0;
/** Row code of a number kept in `values` (not a small whole number, or −0). */
export const NUMBER_CODE = 1;

/** A column's cells: as Sheets hands them, or packed (the command line's large files). */
export type Cells = readonly Cell[] | PackedCells;

/** The cell of row `i` of either form. */
export function cellAt(cells: Cells, i: number): Cell {
  return cells instanceof PackedCells ? cells.at(i) : cells[i];
}

/** The cells as a plain array (the array itself when it is one): for code that reads cells one by one. */
export function cellsOf(cells: Cells): readonly Cell[] {
  if (!(cells instanceof PackedCells)) return cells;
  const out: Cell[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = cells.at(i);
  return out;
}

/**
 * Several columns one after another, packed (a stack of sheets' columns, some of them packed):
 * each part's distinct cells in turn (a cell may be in the table twice), a plain part's cells as
 * distinct cells of their own.
 */
export function stackPacked(parts: readonly Cells[]): PackedCells {
  let rows = 0;
  for (const part of parts) rows += part.length;
  const codes = new Uint32Array(rows);
  const values = new Float64Array(rows);
  const distinct: Cell[] = [undefined, undefined];
  let at = 0;
  for (const part of parts) {
    const offset = distinct.length;
    if (part instanceof PackedCells) {
      for (let i = 2; i < part.distinct.length; i++) distinct.push(part.distinct[i]);
      for (let i = 0; i < part.length; i++, at++) {
        const code = part.codes[i];
        if (code === DATE_CODE || code === NUMBER_CODE) (codes[at] = code), (values[at] = part.values![i]);
        else codes[at] = code - 2 + offset;
      }
    } else for (let i = 0; i < part.length; i++, at++) (codes[at] = distinct.length), distinct.push(part[i]);
  }
  return new PackedCells(rows, codes, distinct, values);
}

/** Each cell through `f`, as an array (Array.prototype.map for either form). */
export function mapCells<T>(cells: Cells, f: (cell: Cell, index: number) => T): T[] {
  if (!(cells instanceof PackedCells)) return cells.map((cell, i) => f(cell, i));
  const out: T[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = f(cells.at(i), i);
  return out;
}
