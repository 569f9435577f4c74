import type { ColumnOptions, ColumnRead, FastCells } from './column';
import { newCoverage, noteLeftOut, noteUsed } from './coverage';
import type { EachText } from './decide';
import { CellProblem } from './errors';
import { DATE_CODE, isPacked, NUMBER_CODE, type Cells, type PackedCells } from './packed';
import { inDateRange, isBlank } from './read';
import type { Cell } from './types';

/**
 * The packed column (packed.ts says what it holds) and its reading, loaded only by the command line
 * (load.ts builds it with PackedColumnBuilder), so the add-on's bundles carry none of it.
 */
export class PackedColumn implements PackedCells {
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
  from(start: number): PackedColumn {
    const begin = Math.min(start, this.length);
    return new PackedColumn(this.length - begin, this.codes.subarray(begin), this.distinct, this.values?.subarray(begin));
  }

  /**
   * Its cells through `f`, packed alike, for an `f` that gives numbers and Dates back as they are
   * (a referral column's texts read as flags): only the distinct cells go through it.
   */
  mapTexts(f: (cell: Cell) => Cell): PackedCells {
    return new PackedColumn(this.length, this.codes, this.distinct.map((cell, i) => (i < 2 ? cell : f(cell))), this.values);
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
    return new PackedColumn(rows, codes, this.distinct, values);
  }

  stack(parts: readonly Cells[]): PackedColumn {
    let rows = 0;
    for (const part of parts) rows += part.length;
    const codes = new Uint32Array(rows);
    const values = new Float64Array(rows);
    const distinct: Cell[] = [undefined, undefined];
    let at = 0;
    for (const part of parts) {
      const offset = distinct.length;
      if (isPacked(part)) {
        for (let i = 2; i < part.distinct.length; i++) distinct.push(part.distinct[i]);
        for (let i = 0; i < part.length; i++, at++) {
          const code = part.codes[i];
          if (code === DATE_CODE || code === NUMBER_CODE) (codes[at] = code), (values[at] = part.values![i]);
          else codes[at] = code - 2 + offset;
        }
      } else for (let i = 0; i < part.length; i++, at++) (codes[at] = distinct.length), distinct.push(part[i]);
    }
    return new PackedColumn(rows, codes, distinct, values);
}

  perRow<T>(of: (cell: Cell) => T): (row: number) => T {
    const known: (T | undefined)[] = new Array(this.distinct.length);
    const { codes, distinct } = this;
    return (row) => {
      const code = codes[row];
      if (code === DATE_CODE || code === NUMBER_CODE) return of(this.at(row));
      return (known[code] ??= of(distinct[code]));
    };
  }

  texts(): EachText {
    const { codes, distinct } = this;
    const isText = distinct.map((cell) => typeof cell === 'string' && cell !== '');
    return (visit) => {
      for (let i = 0; i < this.length; i++) if (isText[codes[i]]) visit(distinct[codes[i]] as string, i);
    };
  }

  readEach<D>(read: (cell: Cell, index: number) => number, options: ColumnOptions, decision: D, fast?: FastCells): ColumnRead<D> {
    return readEachPacked(this, read, options, decision, fast);
  }
}

/** What the loop of readEach gives a cell it does not call `read` for, else undefined. */
export function fastValue(cell: Cell, fast: FastCells | undefined): number | undefined {
  if (typeof cell === 'number') {
    if (typeof fast === 'object' && cell >= fast.low && cell <= fast.high && (!fast.whole || Number.isInteger(cell))) return cell;
    if (fast === 'flags' && (cell === 1 || cell === 0)) return cell === 1 ? 1 : 0;
  } else if (fast === 'dates' && cell instanceof Date) {
    const ms = cell.getTime();
    if (inDateRange(ms)) return ms;
  }
  return undefined;
}

/**
 * readEach over a packed column: the same reading, row by row in order (values, coverage, its
 * first places, problems and onProblem calls alike), each distinct cell read once (a reading
 * depends on the cell alone: the column's decisions are made before), a Date by its instant.
 */
function readEachPacked<D>(cells: PackedColumn, read: (cell: Cell, index: number) => number, options: ColumnOptions, decision: D, fast?: FastCells): ColumnRead<D> {
  const values = new Float64Array(cells.length);
  const coverage = newCoverage();
  const problems: ColumnRead<D>['problems'] = [];
  const { refOf, onProblem } = options;
  const { codes, distinct } = cells;
  const known: (number | CellProblem | undefined)[] = new Array(distinct.length);
  const readOne = (cell: Cell, i: number): number | CellProblem => {
    const quick = fastValue(cell, fast);
    if (quick !== undefined) return quick;
    try {
      return read(cell, i);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      return error;
    }
  };
  const dates = fast === 'dates';
  let used = 0;
  for (let i = 0; i < cells.length; i++) {
    const code = codes[i];
    let cell: Cell;
    let result: number | CellProblem;
    if (code === DATE_CODE) {
      const ms = cells.values![i];
      if (dates && inDateRange(ms)) {
        values[i] = ms;
        used++;
        continue;
      }
      cell = new Date(ms);
      result = readOne(cell, i);
    } else if (code === NUMBER_CODE) {
      cell = cells.values![i];
      result = readOne(cell, i);
    } else {
      cell = distinct[code];
      result = known[code] ??= readOne(cell, i);
    }
    if (typeof result !== 'number') {
      values[i] = NaN;
      noteLeftOut(coverage, result.reason, refOf?.(i));
      if (!problems.some((p) => p.reason === result.reason)) problems.push({ index: i, reason: result.reason, problem: result });
      onProblem?.(i, result);
      continue;
    }
    values[i] = result;
    if (result === result) used++;
    else noteLeftOut(coverage, isBlank(cell) ? 'blank' : 'noAnswer', isBlank(cell) ? undefined : refOf?.(i));
  }
  noteUsed(coverage, used);
  return { values, coverage, decision, problems };
}
