import { isoDate, periodIndex, periodStartDay, PERIODS, wallClockIn, type Period } from '../cells/calendar';
import { LocalDays } from '../cells/local-days';
import { callTexts, failCall, type Text } from '../cells/messages';
import { singleValue, wordChoice } from '../cells/options';
import { newCoverage, noteLeftOut, noteUsed, type Coverage, type LeftOutReason } from '../cells/coverage';
import { rangeDateReader } from '../cells/facts';
import { isNonAnswer, scaleProvedBy, type LabelTable } from '../cells/labels';
import { inDateRange, isBlank, isDateCell, MAX_DATE_MS, MIN_DATE_MS } from '../cells/read';
import { rangeForScan, rangeOf, readAt, requireSameSize, type Range } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';
import { CES_SCALES } from './ces';
import { CSAT_SCALES } from './csat';
import { getMetric, parseMetricId } from './registry';
import { METRIC_IDS, type MetricDef, type MetricId, type Summary } from './types';

/**
 * A metric per calendar period (CX_TREND): one row per day, week (Monday to Sunday), month,
 * quarter or year in the spreadsheet's time zone, from the first period with data to the last.
 * Periods without data are listed with n = 0 and no summary, so a chart keeps its time axis.
 * Each value is read by the metric's own reader (`getMetric(id).read`, the same rules as
 * `=NPS(...)`), rows whose value is skipped (blank, a header) or whose date is blank are left
 * out, and each period is summarized by the metric's `summarize`.
 *
 * Cost: O(n + periods), a counting sort by period; no allocation per cell.
 *
 * @example
 * trendOf('CX_TREND', 'nps', [[10], [3], [9]], [['2026-01-05'], ['2026-01-20'], ['2026-03-02']], 'month', 'UTC')
 * // [{ periodStart: 2026-01-01, n: 2, summary: NPS 0 }, { periodStart: 2026-02-01, n: 0 }, { periodStart: 2026-03-01, n: 1, summary: NPS 100 }]
 * @throws `CX_TREND: metric must be "NPS", "CSAT", … or "TRIAL_CONVERSION", not "AOV"`; `period must be …`;
 *   `values and dates must be the same size, not 3×1 and 2×1`; a bad value or date with its place
 *   (`CX_TREND: 11 is outside the 0–10 scale (row 3 of values)`); `no values with dates in the ranges`.
 */

/** User-facing texts of CX_TREND and CX_BY (the part after `FN: `). */
export const trendTexts = {
  noDatedValues: (): Text => ({
    en: 'no values with dates in the ranges',
    vi: 'không có giá trị nào kèm ngày trong các vùng',
  }),
  noGroupedValues: (): Text => ({
    en: 'no values with groups in the ranges',
    vi: 'không có giá trị nào kèm nhóm trong các vùng',
  }),
  tooManyPeriods: (count: number, period: Period, first: number, last: number): Text => ({
    en: `the dates run from ${isoDate(first)} to ${isoDate(last)}, ${count} periods of one ${period}, more than ${MAX_PERIODS} rows; check for a mistyped date or use a longer period`,
    vi: `các ngày kéo dài từ ${isoDate(first)} đến ${isoDate(last)}, ${count} kỳ, quá ${MAX_PERIODS} hàng; hãy kiểm tra ngày gõ nhầm hoặc dùng kỳ dài hơn`,
  }),
};

/** More rows than this is a mistyped year (0206 for 2026), not a trend anyone charts. */
export const MAX_PERIODS = 10_000;

/** The metric argument: one of METRIC_IDS in any case, as the metric with default options. */
export function metricOf(fn: string, arg: unknown): MetricDef {
  const value = singleValue(fn, arg, 'metric');
  const id: MetricId | undefined = parseMetricId(value);
  if (id === undefined) {
    const names = METRIC_IDS.map((name) => `"${name}"`);
    throw failCall(fn, callTexts.optionChoice('metric', `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`, value));
  }
  return getMetric(id);
}

/** The metrics on an answer scale, the label family they read and the scales an answer may fix. */
const SCALED: Partial<Record<MetricId, { family: 'csat' | 'ces'; allowed: readonly number[] }>> = {
  CSAT: { family: 'csat', allowed: CSAT_SCALES },
  CSAT_AVG: { family: 'csat', allowed: CSAT_SCALES },
  CES: { family: 'ces', allowed: CES_SCALES },
};

/**
 * The metric argument for a range of values, its scale inferred from the answers the way
 * =CSAT(…) and =CES(…) infer it when not given (metrics-spec.md 1.1): the first answer that proves
 * a scale (`Neutral` on CES → 1–5, `6/7` or ★★★★★☆☆ → 1–7) fixes it for the range; otherwise the
 * metric's default (CSAT 5, CES 7). Stops at the first proof; numbers cost one type test.
 */
export function metricForValues(fn: string, metricArg: unknown, values: RangeArg, labels?: LabelTable): MetricDef {
  const metric = metricOf(fn, metricArg);
  const scaled = SCALED[metric.id];
  // The column's own label table (a labels argument) is read before the built-in labels.
  const own = (scale?: number) => (labels ? getMetric(metric.id, { scale, labels }) : scale === undefined ? metric : getMetric(metric.id, { scale }));
  if (!scaled) return own();
  const { cells, rows, columns } = rangeForScan(values);
  for (let r = 0; r < rows; r++) {
    const row = cells[r];
    if (!Array.isArray(row)) continue; // the driver names a ragged range
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell !== 'string' || cell === '') continue;
      const proved = scaleProvedBy(cell, scaled.family);
      if (proved !== undefined && scaled.allowed.includes(proved)) return own(proved === defaultHigh(metric) ? undefined : proved);
    }
  }
  return own();
}

function defaultHigh(metric: MetricDef): number | undefined {
  return metric.whole?.high;
}

/** The period argument, month when omitted. */
export function periodOf(fn: string, arg: unknown): Period {
  return wordChoice(fn, arg, 'period', PERIODS, 'month');
}

/** Observations grouped into buckets 0 … buckets − 1, as offsets into one array (a counting sort). */
export interface Buckets {
  /** Observations of bucket b are values[starts[b]] … values[starts[b + 1] − 1]. */
  values: Float64Array;
  starts: Int32Array;
}

/** Sorts `values` into buckets by `bucketOf` (0 … buckets − 1), keeping row order inside each. */
export function bucketize(values: Float64Array, bucketOf: Int32Array, buckets: number): Buckets {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < bucketOf.length; i++) starts[bucketOf[i] + 1]++;
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  const fill = starts.slice(0, buckets);
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) sorted[fill[bucketOf[i]]++] = values[i];
  return { values: sorted, starts };
}

/**
 * Reads a values range with the metric's reader, pairing each kept value with a key from a
 * second same-sized range (`keyOf` returns NaN to leave the row out). The key cell is read only
 * for rows whose value is kept, so a header row (text in both columns) is skipped whole.
 * `keyOfDate`, when given, is the key of a Date cell holding a time in the years a sheet holds:
 * such cells (all of a dates column, as Sheets passes it) skip `keyOf` and its error handling, a
 * fifth of CX_TREND's time at 10^6 rows; `keyOf` must give the same key for them. It takes the
 * Date, not its instant, so a call V8 does not inline boxes no number per row.
 */
export function readPairs(
  fn: string,
  metric: MetricDef,
  values: RangeArg,
  keys: RangeArg,
  keyName: string,
  keyOf: (cell: Cell) => number,
  keyOfDate?: (date: Date) => number,
  /** Why a value whose key is blank or left out is not used: `noDate` for a trend, `blank` for a group. */
  noKey: LeftOutReason = 'noDate',
): Pairs {
  // Each row's width is checked as it is read, one walk over the rows instead of three (a
  // fifth of CX_TREND's time at 10^6 rows). Before any problem is reported, checkShapes throws
  // what checking every row first would have (rangeOf on each range, then requireSameSize), so
  // the error is the same as if it had run first.
  const checkShapes = () =>
    requireSameSize(fn, [{ name: 'values', range: rangeOf(fn, values, 'values') }, { name: keyName, range: rangeOf(fn, keys, keyName) }]);
  const valueRange = rangeForScan(values);
  const keyRange = rangeForScan(keys);
  const { rows, columns } = valueRange;
  if (keyRange.rows !== rows || keyRange.columns !== columns) checkShapes();
  try {
    return readPairsOf(fn, metric, valueRange, keyRange, keyName, keyOf, keyOfDate, checkShapes, noKey);
  } catch (error) {
    checkShapes();
    throw error;
  }
}

/** Values paired with their keys, and what the values range was made of (metrics-spec.md section 7). */
export interface Pairs {
  values: Float64Array;
  keys: Float64Array;
  range: Range;
  /**
   * Cells of the values range used, and left out by reason: the header, blanks, non-answers
   * (`N/A`, `Không biết`), and values without a date (or group), so nothing is dropped uncounted.
   */
  coverage: Coverage;
}

/** Why a skipped value cell was skipped: blank, the range's header, or a non-answer. */
function skipReason(cell: Cell, index: number, columns: number): LeftOutReason {
  if (isBlank(cell)) return 'blank';
  if (index < columns && typeof cell === 'string' && !isNonAnswer(cell)) return 'header';
  return 'noAnswer';
}

/** readPairs' loop over two ranges of the same size whose rows are not checked yet. */
function readPairsOf(
  fn: string,
  metric: MetricDef,
  valueRange: Range,
  keyRange: Range,
  keyName: string,
  keyOf: (cell: Cell) => number,
  keyOfDate: ((date: Date) => number) | undefined,
  checkShapes: () => void,
  noKey: LeftOutReason,
): Pairs {
  const { rows, columns } = valueRange;
  const coverage = newCoverage();
  // Whole numbers the reader would keep as they are skip the call (see MetricDef.whole);
  // an empty range (low > high) sends every cell to the reader.
  const { low, high } = metric.whole ?? { low: 1, high: 0 };
  const keptValues = new Float64Array(rows * columns);
  const keptKeys = new Float64Array(rows * columns);
  let kept = 0;
  for (let r = 0; r < rows; r++) {
    const valueRow = valueRange.cells[r];
    const keyRow = keyRange.cells[r];
    if (!Array.isArray(valueRow) || valueRow.length !== columns || !Array.isArray(keyRow) || keyRow.length !== columns) checkShapes();
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      const cell = valueRow[c];
      let value: number;
      if (typeof cell === 'number' && cell >= low && cell <= high && (cell | 0) === cell) value = cell;
      else {
        value = readAt(fn, metric.read, cell, index, valueRange, 'values');
        if (value !== value) {
          noteLeftOut(coverage, skipReason(cell, index, columns));
          continue;
        }
      }
      const keyCell = keyRow[c];
      const time = keyOfDate !== undefined && keyCell instanceof Date ? keyCell.getTime() : NaN;
      // Out of the years a sheet holds, the cell goes through its reader, which names the problem.
      const key = time >= MIN_MS && time <= MAX_MS ? (keyOfDate as (date: Date) => number)(keyCell as Date) : readAt(fn, keyOf, keyCell, index, keyRange, keyName);
      if (key !== key) {
        noteLeftOut(coverage, noKey);
        continue;
      }
      keptValues[kept] = value;
      keptKeys[kept] = key;
      kept++;
    }
  }
  noteUsed(coverage, kept);
  return { values: keptValues.subarray(0, kept), keys: keptKeys.subarray(0, kept), range: valueRange, coverage };
}

// Module constants, not the imports: tsx and Node's CommonJS interop read an imported binding through a getter, once per row.
const MIN_MS = MIN_DATE_MS;
const MAX_MS = MAX_DATE_MS;

const sharedPeriods = new Map<string, PeriodsByDay>();

/** Days remembered by PeriodsByDay: about 22 years either side of the first date read. */
const REMEMBERED_DAYS = 1 << 14;

/**
 * The period of an instant, with the calendar arithmetic done once per local day: periodIndex
 * costs about three times the local day itself (10^6 dates: ~75 vs ~22 ms), and a trend's
 * dates fall on a few hundred days. Days far from the first date read are computed each time.
 */
class PeriodsByDay {
  /** One per zone and period, shared by every call (a day's period never changes), as LocalDays.in. */
  static in(timeZone: string, period: Period): PeriodsByDay {
    const key = `${timeZone} ${period}`;
    let periods = sharedPeriods.get(key);
    if (!periods) {
      if (sharedPeriods.size >= 16) sharedPeriods.clear();
      periods = new PeriodsByDay(timeZone, period);
      sharedPeriods.set(key, periods);
    }
    return periods;
  }

  private readonly periodOfDay = new Float64Array(REMEMBERED_DAYS).fill(NaN);
  private firstDay = NaN;
  private readonly localDays: LocalDays;

  constructor(
    timeZone: string,
    private readonly period: Period,
  ) {
    this.localDays = LocalDays.in(timeZone);
  }

  ofInstant(instant: number): number {
    return this.ofDay(this.localDays.of(instant));
  }

  /** ofInstant(date.getTime()) for a Date cell, boxing no number (LocalDays.ofDate). */
  ofDate(date: Date): number {
    return this.ofDay(this.localDays.ofDate(date));
  }

  private ofDay(day: number): number {
    if (this.firstDay !== this.firstDay) this.firstDay = day - REMEMBERED_DAYS / 2;
    const slot = day - this.firstDay;
    if (!(slot >= 0 && slot < REMEMBERED_DAYS)) return periodIndex(day, this.period);
    const known = this.periodOfDay[slot];
    if (known === known) return known;
    return (this.periodOfDay[slot] = periodIndex(day, this.period));
  }
}

/**
 * How many values of each period hold each whole value: `counts[(key − first) · width + v − low]`,
 * or undefined when a value is not a whole number from `low` to `high` (the caller then sorts).
 */
function countsByPeriod(pairs: Pairs, first: number, periods: number, whole: { low: number; high: number }): Float64Array | undefined {
  const { low, high } = whole;
  const width = high - low + 1;
  const counts = new Float64Array(periods * width);
  const { values, keys } = pairs;
  for (let i = 0; i < values.length; i++) {
    const slot = values[i] - low;
    if (!(slot >= 0 && slot <= high - low && slot === Math.floor(slot))) return undefined;
    counts[(keys[i] - first) * width + slot]++;
  }
  return counts;
}

export interface TrendRow {
  /** Local day number of the period's first day. */
  periodStart: number;
  n: number;
  /** Undefined for a period without data. */
  summary?: Summary;
}

/** The metric per period, from the first period with data to the last, in time order. */
export function trendOf(fn: string, metricArg: unknown, values: RangeArg, dates: RangeArg, periodArg: unknown, timeZone: string, labels?: LabelTable): TrendRow[] {
  return trendTable(fn, metricArg, values, dates, periodArg, timeZone, labels).rows;
}

/** trendOf's rows, and what the values range was made of: used, and left out by reason (header, blank, no answer, no date). */
export function trendTable(fn: string, metricArg: unknown, values: RangeArg, dates: RangeArg, periodArg: unknown, timeZone: string, labels?: LabelTable): { rows: TrendRow[]; coverage: Coverage } {
  const metric = metricForValues(fn, metricArg, values, labels);
  const period = periodOf(fn, periodArg);
  const toInstant = wallClockIn(timeZone);
  const periods = PeriodsByDay.in(timeZone, period);
  const periodOfDate = (date: Date) => periods.ofDate(date);
  // A Date's instant is read directly; everything else (ISO text, problems) through readDate.
  const readDateCell = rangeDateReader(rangeForScan(dates), toInstant, 'dates');
  const periodOfCell = (cell: Cell) => {
    const instant = isDateCell(cell) ? cell.getTime() : readDateCell(cell);
    if (instant !== instant || !inDateRange(instant)) return isDateCell(cell) ? readDateCell(cell) : NaN; // an invalid or out-of-range Date: say so
    return periods.ofInstant(instant);
  };
  const pairs = readPairs(fn, metric, values, dates, 'dates', periodOfCell, periodOfDate);
  if (pairs.values.length === 0) throw failCall(fn, trendTexts.noDatedValues());
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < pairs.keys.length; i++) {
    if (pairs.keys[i] < first) first = pairs.keys[i];
    if (pairs.keys[i] > last) last = pairs.keys[i];
  }
  const count = last - first + 1;
  if (count > MAX_PERIODS) {
    throw failCall(fn, trendTexts.tooManyPeriods(count, period, periodStartDay(first, period), periodStartDay(last + 1, period) - 1));
  }
  const counted = metric.whole && metric.summarizeCounts ? countsByPeriod(pairs, first, count, metric.whole) : undefined;
  if (counted) {
    // Whole scores or flags: one pass counting each period's values, no sort (summarizeCounts gives summarize's Summary).
    const width = metric.whole!.high - metric.whole!.low + 1;
    const rows: TrendRow[] = [];
    for (let b = 0; b < count; b++) {
      const counts = counted.subarray(b * width, (b + 1) * width);
      let n = 0;
      for (let v = 0; v < width; v++) n += counts[v];
      const periodStart = periodStartDay(first + b, period);
      rows.push(n === 0 ? { periodStart, n } : { periodStart, n, summary: metric.summarizeCounts!(counts) });
    }
    return { rows, coverage: pairs.coverage };
  }
  const bucketOf = new Int32Array(pairs.keys.length);
  for (let i = 0; i < bucketOf.length; i++) bucketOf[i] = pairs.keys[i] - first;
  const buckets = bucketize(pairs.values, bucketOf, count);
  const rows: TrendRow[] = [];
  for (let b = 0; b < count; b++) {
    const n = buckets.starts[b + 1] - buckets.starts[b];
    const periodStart = periodStartDay(first + b, period);
    rows.push(n === 0 ? { periodStart, n } : { periodStart, n, summary: metric.summarize(buckets.values.subarray(buckets.starts[b], buckets.starts[b + 1])) });
  }
  return { rows, coverage: pairs.coverage };
}
