import { CellProblem, placeOf } from './errors';
import { callTexts, failCall, problemAt } from './messages';
import { numberReadings } from './numbers';
import { isSheetsError } from './read';
import type { Cell, RangeArg } from './types';

/**
 * A range argument as rows × columns, and the drivers that read it cell by cell, row by row,
 * turning a reader's CellProblem into `FN: problem (place)`. Every function that takes a range
 * goes through here, so places and messages are the same everywhere.
 *
 * The header rule (metrics-spec.md section 1): text in the range's **first row** that the reader
 * cannot read (a header such as "Score") is skipped; the same text anywhere else is an error
 * naming the cell. So `=NPS(C:C)` works on a column with its header, and "Total" further down
 * never quietly changes the number.
 */
export interface Range {
  rows: number;
  columns: number;
  /** `rows` arrays of `columns` cells each. */
  cells: readonly (readonly Cell[])[];
}

/** Reads one cell: a number, NaN to skip it, or a thrown CellProblem. */
export interface CellReader {
  (cell: Cell): number;
  /**
   * The same reading with the problem returned instead of thrown, where a reader has it. The
   * drivers use it for text in a range's first row, usually a header the reader refuses: a
   * throw walks the stack, and cost more than the rest of reading the header.
   */
  orProblem?: (cell: Cell) => number | CellProblem;
}

/**
 * The shape of a range argument. Sheets passes a single cell as a scalar (1×1) and a range as
 * rows of cells; a flat list (from Node callers) is one row. Rows of different lengths (or
 * rows that are not lists) are an error; a list inside a cell is left for the reader to
 * report with its place.
 * @example rangeOf('NPS', [[9], [10]]) // { rows: 2, columns: 1, cells: [[9], [10]] }
 */
export function rangeOf(fn: string, arg: RangeArg, argName?: string): Range {
  const range = rangeForScan(arg);
  const { cells, rows, columns } = range;
  for (let r = 1; r < rows; r++) {
    const row = cells[r];
    // The check inline, rowOf only to report: a call per row was a fifth of CX_TREND's time.
    if (!Array.isArray(row) || row.length !== columns) rowOf(fn, range, r, argName);
  }
  return range;
}

/**
 * rangeOf without the walk over every row, for loops that check each row themselves
 * (tallyWhole): a million-row range is then walked once, not twice.
 */
export function rangeForScan(arg: RangeArg): Range {
  if (!Array.isArray(arg)) return { rows: 1, columns: 1, cells: [[arg]] };
  if (arg.length === 0) return { rows: 0, columns: 0, cells: [] };
  if (!Array.isArray(arg[0])) return { rows: 1, columns: arg.length, cells: [arg] };
  return { rows: arg.length, columns: (arg[0] as Cell[]).length, cells: arg as readonly (readonly Cell[])[] };
}

/** Row `r` of a range, checked to be a row of the range's width. */
export function rowOf(fn: string, range: Range, r: number, argName?: string): readonly Cell[] {
  const row: unknown = range.cells[r];
  if (!Array.isArray(row) || row.length !== range.columns) throw failCall(fn, callTexts.raggedRange(argName));
  return row;
}

/** Size as people say it: `12×1`. */
export function sizeOf(range: Range): string {
  return `${range.rows}×${range.columns}`;
}

/**
 * Ranges a function pairs cell by cell must be the same size.
 * @throws `ART: opened and resolved must be the same size, not 3×1 and 2×1`
 */
export function requireSameSize(fn: string, named: readonly { name: string; range: Range }[]): void {
  const first = named[0].range;
  if (named.every(({ range }) => range.rows === first.rows && range.columns === first.columns)) return;
  throw failCall(fn, callTexts.sizesDiffer(named.map((n) => n.name), named.map((n) => sizeOf(n.range))));
}

/**
 * Reads the cell at 0-based flat `index` of `range`; a CellProblem becomes the function's error
 * with the cell's place. Building the place only here keeps the hot loops allocation-free.
 */
export function readAt(fn: string, read: CellReader, cell: Cell, index: number, range: Range, argName?: string): number {
  if (index < range.columns && read.orProblem !== undefined && typeof cell === 'string') {
    const value = read.orProblem(cell);
    if (typeof value === 'number') return value;
    if (isHeaderText(cell, value)) return NaN;
    throw problemIn(fn, value, index, range, argName);
  }
  try {
    return read(cell);
  } catch (error) {
    if (error instanceof CellProblem) {
      if (index < range.columns && isHeaderText(cell, error)) return NaN;
      throw problemIn(fn, error, index, range, argName);
    }
    throw error;
  }
}

/**
 * Whether a cell the reader refused is header text: text (not a Sheets error) that is no value
 * at all to the reader. Only the range's first row may hold it (see the header rule above);
 * a number off the scale there is still an error.
 */
export function isHeaderText(cell: Cell, problem: CellProblem): boolean {
  return (
    typeof cell === 'string' &&
    (problem.reason === 'unknownLabel' || problem.reason === 'unreadable') &&
    !isSheetsError(cell) &&
    // Number text the column cannot place ("1.250" with no decimal mark decided) is data, not a header.
    numberReadings(cell) === undefined
  );
}

/** The function's error for a problem found at 0-based flat `index` of `range` (rules across cells). */
export function problemIn(fn: string, problem: CellProblem, index: number, range: Range, argName?: string): Error {
  return problemAt(fn, problem, placeOf(index, range.rows, range.columns), argName);
}

/**
 * Calls `visit(value, index)` for every cell `read` does not skip, row by row; `index` is the
 * 0-based flat position, to pair cells of same-sized ranges.
 */
export function eachValue(
  fn: string,
  range: Range,
  read: CellReader,
  visit: (value: number, index: number) => void,
  argName?: string,
): void {
  const { rows, columns } = range;
  for (let r = 0; r < rows; r++) {
    const row = rowOf(fn, range, r, argName);
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      const value = readAt(fn, read, row[c], index, range, argName);
      if (value === value) visit(value, index);
    }
  }
}

/** The values `read` does not skip, in row order. */
export function valuesOf(fn: string, range: Range, read: CellReader, argName?: string): number[] {
  const values: number[] = [];
  eachValue(fn, range, read, (value) => values.push(value), argName);
  return values;
}

/**
 * How many cells hold each whole value from `low` to `high` (scores on a scale, 0/1 flags):
 * `counts[v − low]`. Whole numbers in range are counted directly, the fast path that keeps
 * one million cells near the cost of a bare loop; every other cell goes to `read`, which must
 * return NaN (skip) or a whole value in range, or throw a CellProblem. Takes a range from
 * rangeForScan (or rangeOf) and checks each row's width itself.
 * Cost O(cells), no allocation per cell.
 */
export function tallyWhole(fn: string, range: Range, low: number, high: number, read: CellReader, argName?: string): Float64Array {
  const counts = new Float64Array(high - low + 1);
  const span = high - low;
  const { cells, rows, columns } = range;
  // Reading a text cell depends on its text alone, and a column of text answers repeats a few
  // texts ("Yes"/"No"): the last two texts read and their slots are remembered, so the common
  // case is a string comparison instead of a full read; blanks ('') are skipped before the
  // cache, which they would otherwise push out. Problems are never cached, nor first-row text
  // (a header is skipped only there). The cache starts with '' so both entries always hold
  // text: V8 then compares them as strings, not as string-or-undefined.
  let lastText = '';
  let lastSlot = -1;
  let otherText = '';
  let otherSlot = -1;
  // Every other text read is remembered too (five satisfaction labels, a few channels), up to
  // MAX_TEXTS distinct texts: each is read once per range, not once per cell.
  let texts: Map<string, number> | undefined;
  if (columns === 1) {
    // A range is usually one column (=NPS(A:A)). Its cells are counted in runs by two small
    // loops that hold no call and see one kind of cell each, so V8 compiles each tight and
    // checks the arrays once per run instead of once per cell: countNumbers over whole numbers
    // on the scale (and blanks), countTexts over the two remembered texts (and blanks). Where
    // neither runs, one cell is read in full before they run on.
    let r = 0;
    const hits = textHits;
    while (r < rows) {
      const row = cells[r];
      if (!Array.isArray(row) || row.length !== 1) rowOf(fn, range, r, argName);
      const cell = row[0];
      if (typeof cell === 'number') {
        const slot = cell - low;
        if (slot >>> 0 === slot && slot <= span) {
          r = countNumbers(cells, r, rows, counts, low, span);
          continue;
        }
      } else if (cell === '' || cell === lastText || cell === otherText || cell === null || cell === undefined) {
        r = countTexts(cells, r, rows, lastText, otherText, hits);
        if (lastSlot >= 0) counts[lastSlot] += hits[0];
        if (otherSlot >= 0) counts[otherSlot] += hits[1];
        continue;
      }
      let slot: number;
      if (typeof cell === 'string' && r > 0) {
        texts ??= new Map();
        slot = texts.get(cell) ?? rememberedSlot(texts, cell, slotOf(fn, read, cell, r, range, low, argName));
      } else slot = slotOf(fn, read, cell, r, range, low, argName);
      if (slot >= 0) counts[slot]++;
      if (typeof cell === 'string' && r > 0) {
        otherText = lastText;
        otherSlot = lastSlot;
        lastText = cell;
        lastSlot = slot;
      }
      r++;
    }
    return counts;
  }
  // Any other width: one flat loop over the cells, stepping to the next row when a row is done
  // (a loop over columns inside the loop over rows costs about a tenth more, bench "scores").
  // A range of rows with no cells has nothing to count, but its rows must still be checked.
  if (columns === 0) for (let r = 0; r < rows; r++) rowOf(fn, range, r, argName);
  const total = rows * columns;
  let row: readonly Cell[] = [];
  let r = -1;
  let c = columns;
  for (let index = 0; index < total; index++) {
    if (c === columns) {
      row = cells[++r];
      if (!Array.isArray(row) || row.length !== columns) rowOf(fn, range, r, argName);
      c = 0;
    }
    const cell = row[c++];
    let slot: number;
    if (typeof cell === 'number') {
      slot = cell - low;
      if (slot >>> 0 === slot && slot <= span) {
        counts[slot]++;
        continue;
      }
      slot = slotOf(fn, read, cell, index, range, low, argName);
    } else if (typeof cell === 'string') {
      if (cell === lastText) slot = lastSlot;
      else if (cell === otherText) slot = otherSlot;
      else if (cell === '') continue;
      else if (index >= columns) {
        texts ??= new Map();
        slot = texts.get(cell) ?? rememberedSlot(texts, cell, slotOf(fn, read, cell, index, range, low, argName));
        otherText = lastText;
        otherSlot = lastSlot;
        lastText = cell;
        lastSlot = slot;
      } else slot = slotOf(fn, read, cell, index, range, low, argName);
    } else if (cell === null || cell === undefined) continue;
    else slot = slotOf(fn, read, cell, index, range, low, argName);
    if (slot >= 0) counts[slot]++;
  }
  return counts;
}

/**
 * tallyWhole's run over one column from row `r` of whole numbers on the scale (`counts[v − low]`)
 * and blanks; returns the first row that is neither (or is no row of one cell), or `rows`.
 */
function countNumbers(cells: readonly (readonly Cell[])[], r: number, rows: number, counts: Float64Array, low: number, span: number): number {
  // Counted in a plain array of doubles, added to `counts` at the end: an increment of the typed
  // array passed in re-checked its map and its buffer on every row, and one of small integers its
  // overflow and copy-on-write (3.5, 3.2 and 2.9 ns a cell at 10^4, bench "scores"). A 0.5 pushed
  // first makes it an array of doubles for good; the zeros then go in.
  const local: number[] = [];
  for (let i = 0; i <= span; i++) local.push(0.5);
  for (let i = 0; i <= span; i++) local[i] = 0;
  for (; r < rows; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== 1) break;
    const cell = row[0];
    if (typeof cell === 'number') {
      const slot = cell - low;
      // A whole number on the scale: `>>> 0` keeps it only if it is a whole number ≥ 0.
      if (slot >>> 0 !== slot || slot > span) break;
      local[slot]++;
    } else if (cell !== '' && cell !== null && cell !== undefined) break;
  }
  for (let i = 0; i <= span; i++) counts[i] += local[i];
  return r;
}

/** countTexts' answer, read at once by its caller: one array for every call, not one per call. */
const textHits = new Float64Array(2);

/**
 * tallyWhole's run over one column from row `r` of the texts `last` and `other` and blanks, their
 * hits put in `hits[0]` and `hits[1]`; returns the first row that is none of them, or `rows`.
 * Hits are counted in locals: a "Yes"/"No" column incremented the same slot row after row, each
 * increment waiting on the one before through memory.
 */
function countTexts(cells: readonly (readonly Cell[])[], r: number, rows: number, last: string, other: string, hits: Float64Array): number {
  let lastHits = 0;
  let otherHits = 0;
  for (; r < rows; r++) {
    const row = cells[r];
    if (!Array.isArray(row) || row.length !== 1) break;
    const cell = row[0];
    if (cell === last) lastHits++;
    else if (cell === other) otherHits++;
    else if (cell !== '' && cell !== null && cell !== undefined) break;
  }
  hits[0] = lastHits;
  hits[1] = otherHits;
  return r;
}

/** Distinct texts tallyWhole remembers the slot of. */
const MAX_TEXTS = 4096;

/** Remembers a text's slot while fewer than MAX_TEXTS are, and gives it back. */
function rememberedSlot(texts: Map<string, number>, text: string, slot: number): number {
  if (texts.size < MAX_TEXTS) texts.set(text, slot);
  return slot;
}

/** tallyWhole's slow path: the counts slot of a cell `read` reads, −1 for a cell it skips. */
function slotOf(fn: string, read: CellReader, cell: Cell, index: number, range: Range, low: number, argName: string | undefined): number {
  const value = readAt(fn, read, cell, index, range, argName);
  return value === value ? value - low : -1;
}
