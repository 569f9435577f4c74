import { CellProblem } from '../cells/errors';
import { callTexts, cellTexts, failCall } from '../cells/messages';
import { rangeMark } from '../cells/facts';
import type { DecimalMark } from '../cells/numbers';
import { readNumber, readScore } from '../cells/read';
import { problemIn, rangeOf, readAt, requireSameSize, type Range } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';

/**
 * Customer churn and retention over a period (ChartMogul-style customer churn), from three
 * counts: customers at the start, at the end, and new during the period.
 * lost = start + new − end;  churn = 100 · lost / start;  retention = 100 · (end − new) / start,
 * so churn + retention = 100. start > 0, counts whole and ≥ 0, end ≤ start + new.
 * Equal-sized ranges compute row by row (one rate per period) and return the same shape;
 * a row with all three blank (or a header row) gives a blank. Cost O(periods).
 *
 * @example churnRate(100, 90, 0) // 10
 * @example retentionRate(200, 220, 40) // 90
 * @example periodRates('CHURN', [[100], [200]], [[90], [220]], [[0], [40]], churnRate) // [[10], [10]]
 * @throws `CHURN: end (120) cannot be more than start + new (100 + 10 = 110) (in end)`;
 *   `CHURN: start must be more than 0, not 0`; `CHURN: -3 is not a whole count of 0 or more`;
 *   `CHURN: start, end and new must be the same size, not 2×1, 2×1 and 3×1`; `CHURN: no counts in the ranges`.
 */

/** Churn in percent of the customers at the start. */
export function churnRate(start: number, end: number, added: number): number {
  return (100 * (start + added - end)) / start;
}

/** Retention in percent: customers from the start still there at the end. */
export function retentionRate(start: number, end: number, added: number): number {
  return (100 * (end - added)) / start;
}

/**
 * A cell as a customer count: whole and ≥ 0, number text in the column's decimal `mark`
 * (`1.250` is 1250 with a decimal comma); NaN for blanks and non-answers.
 */
export function readCount(cell: Cell, mark?: DecimalMark): number {
  const count = typeof cell === 'boolean' ? readScore(cell) : readNumber(cell, mark);
  if (count === count && !(Number.isInteger(count) && count >= 0)) throw new CellProblem(cellTexts.notACount(count), 'outOfScale');
  if (count > Number.MAX_SAFE_INTEGER) throw new CellProblem(cellTexts.countTooLarge(count), 'outOfScale');
  return count;
}

/** readCount for the cells of one range, its decimal mark decided by the range's values, then the locale. */
function countReader(range: Range): (cell: Cell) => number {
  const { mark, guard } = rangeMark(range);
  return (cell) => {
    guard(cell);
    return readCount(cell, mark());
  };
}

const NAMES = ['start', 'end', 'new'] as const;

/**
 * One rate per row of three same-sized ranges (or three single values): a number for single
 * values, otherwise rows of rates with blanks for empty rows.
 */
export function periodRates(
  fn: string,
  startArg: RangeArg,
  endArg: RangeArg,
  newArg: RangeArg,
  rate: (start: number, end: number, added: number) => number,
): number | (number | string)[][] {
  const ranges = [startArg, endArg, newArg].map((arg, i) => rangeOf(fn, arg, NAMES[i]));
  requireSameSize(fn, ranges.map((range, i) => ({ name: NAMES[i], range })));
  const readers = ranges.map(countReader);
  const { rows, columns } = ranges[0];
  const out: (number | string)[][] = [];
  let computed = 0;
  for (let r = 0; r < rows; r++) {
    const outRow: (number | string)[] = [];
    for (let c = 0; c < columns; c++) {
      const counts = countsAt(fn, ranges, readers, r, c);
      if (counts) computed++;
      outRow.push(counts ? rate(counts[0], counts[1], counts[2]) : '');
    }
    out.push(outRow);
  }
  if (computed === 0) throw failCall(fn, callTexts.noCounts());
  return rows === 1 && columns === 1 ? (out[0][0] as number) : out;
}

/** The three counts at one place, checked; undefined when all three are blank. */
function countsAt(fn: string, ranges: Range[], readers: ((cell: Cell) => number)[], r: number, c: number): [number, number, number] | undefined {
  const index = r * ranges[0].columns + c;
  const values = ranges.map((range, i) => readAt(fn, readers[i], range.cells[r][c], index, range, NAMES[i]));
  const filled = values.filter((v) => v === v).length;
  if (filled === 0) return undefined;
  const fail = (i: number, problem: CellProblem) => problemIn(fn, problem, index, ranges[i], NAMES[i]);
  if (filled < 3) {
    const missing = values.findIndex((v) => v !== v);
    throw fail(missing, new CellProblem(cellTexts.missingCount(NAMES[missing])));
  }
  const [start, end, added] = values;
  if (start <= 0) throw fail(0, new CellProblem(cellTexts.startNotPositive(start)));
  if (end > start + added) throw fail(1, new CellProblem(cellTexts.endAboveStartPlusNew(end, start, added)));
  return [start, end, added];
}
