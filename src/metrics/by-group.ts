import { CellProblem } from '../cells/errors';
import { cellTexts, failCall, showValue } from '../cells/messages';
import { isDateCell, SHEETS_ERRORS } from '../cells/read';
import type { Cell, RangeArg } from '../cells/types';
import type { Coverage } from '../cells/coverage';
import type { LabelTable } from '../cells/labels';
import type { Summary } from './types';
import { bucketize, metricForValues, readPairs, trendTexts } from './trend';

/**
 * A metric per segment (CX_BY): one row per distinct group (branch, channel, product…) with
 * its n and value, the groups with most answers first, ties in name order. Groups are the
 * cells as typed: text compares trimmed and case-sensitive, numbers, TRUE/FALSE and dates as
 * themselves. Rows whose value is skipped (blank, a header) or whose group is blank are left out.
 *
 * Cost: O(n) to read and bucket, O(g log g) to sort the g groups.
 *
 * @example
 * byGroupOf('CX_BY', 'nps', [[10], [3], [9]], [['Hà Nội'], ['Đà Nẵng'], ['Hà Nội']])
 * // [{ group: 'Hà Nội', n: 2, summary: NPS 100 }, { group: 'Đà Nẵng', n: 1, summary: NPS −100 }]
 * @throws `CX_BY: metric must be …`; `CX_BY: values and groups must be the same size, not 3×1 and 2×1`;
 *   a bad value or group with its place (`CX_BY: the cell holds the error #N/A (row 4 of groups)`);
 *   `CX_BY: no values with groups in the ranges`.
 */

export type GroupValue = string | number | boolean | Date;

export interface GroupRow {
  group: GroupValue;
  n: number;
  summary: Summary;
}

/** Numbers each distinct group in order of first appearance. */
class Groups {
  readonly values: GroupValue[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  private readonly byTime = new Map<number, number>();
  private readonly byBoolean: number[] = [-1, -1];

  /** The group's number, NaN for a blank cell; throws CellProblem for a cell that is no group. */
  read = (cell: Cell): number => {
    if (typeof cell === 'string') {
      const text = cell.trim();
      if (text === '') return NaN;
      if (SHEETS_ERRORS.has(text.toUpperCase())) throw new CellProblem(cellTexts.sheetsError(text.toUpperCase()));
      return this.numberOf(this.byText, text, text);
    }
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell)) throw new CellProblem(cellTexts.notFinite(cell));
      return this.numberOf(this.byNumber, cell === 0 ? 0 : cell, cell === 0 ? 0 : cell); // −0 is 0
    }
    if (typeof cell === 'boolean') {
      const slot = cell ? 1 : 0;
      if (this.byBoolean[slot] < 0) this.byBoolean[slot] = this.values.push(cell) - 1;
      return this.byBoolean[slot];
    }
    if (cell === null || cell === undefined) return NaN;
    if (isDateCell(cell)) {
      const time = cell.getTime();
      if (Number.isNaN(time)) throw new CellProblem(cellTexts.invalidDate());
      return this.numberOf(this.byTime, time, new Date(time));
    }
    if (Array.isArray(cell)) throw new CellProblem(cellTexts.nestedList());
    throw new CellProblem(cellTexts.notAValue());
  };

  private numberOf<K>(map: Map<K, number>, key: K, value: GroupValue): number {
    let number = map.get(key);
    if (number === undefined) {
      number = this.values.push(value) - 1;
      map.set(key, number);
    }
    return number;
  }
}

// Names compare as people expect ("Branch 2" before "Branch 10", Đ next to D), whatever the
// sheet's language; the code-unit comparison after it makes the order total.
let collator: Intl.Collator | undefined;
function compareNames(a: GroupValue, b: GroupValue): number {
  if ((typeof a === 'number' && typeof b === 'number') || (isDateCell(a) && isDateCell(b))) return Number(a) - Number(b);
  const left = nameOf(a);
  const right = nameOf(b);
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator.compare(left, right) || (left < right ? -1 : left > right ? 1 : 0);
}

function nameOf(group: GroupValue): string {
  return typeof group === 'string' ? group : showValue(group);
}

/** The metric per group, sorted by n descending, ties by group name. */
export function byGroupOf(fn: string, metricArg: unknown, values: RangeArg, groups: RangeArg, labels?: LabelTable): GroupRow[] {
  return byGroupTable(fn, metricArg, values, groups, labels).rows;
}

/** byGroupOf's rows, and what the values range was made of (values without a group are counted as blank rows). */
export function byGroupTable(fn: string, metricArg: unknown, values: RangeArg, groups: RangeArg, labels?: LabelTable): { rows: GroupRow[]; coverage: Coverage } {
  // The scale from the answers, as =CSAT(…) and =CES(…) read it (`Neutral` fixes CES 1–5).
  const metric = metricForValues(fn, metricArg, values, labels);
  const known = new Groups();
  const pairs = readPairs(fn, metric, values, groups, 'groups', known.read, undefined, 'blank');
  if (pairs.values.length === 0) throw failCall(fn, trendTexts.noGroupedValues());
  // Every group has at least one observation: a group cell is read only for a kept value.
  const bucketOf = Int32Array.from(pairs.keys);
  const buckets = bucketize(pairs.values, bucketOf, known.values.length);
  const rows: GroupRow[] = [];
  for (let g = 0; g < known.values.length; g++) {
    const from = buckets.starts[g];
    const to = buckets.starts[g + 1];
    rows.push({ group: known.values[g], n: to - from, summary: metric.summarize(buckets.values.subarray(from, to)) });
  }
  return { rows: rows.sort((a, b) => b.n - a.n || compareNames(a.group, b.group)), coverage: pairs.coverage };
}
