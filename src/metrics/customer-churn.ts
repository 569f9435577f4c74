import { isoDate, periodIndex, periodStartDay, wallClockIn, type Period } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { LocalDays } from '../cells/local-days';
import { failCall, recordTexts } from '../cells/messages';
import { dateText } from '../cells/dates';
import { rangeDateReader } from '../cells/facts';
import { isNonAnswer } from '../cells/labels';
import { problemIn, rangeOf, readAt, requireSameSize } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';
import { asOfDay } from './active-users';
import type { ProportionSummary } from './types';

/**
 * Customer churn and retention from per-customer dates (ChartMogul-style customer churn): one
 * row per customer or subscription with the day it joined and the day it left (blank while it
 * is still a customer). For a period P (a calendar day, week, month, quarter or year in the
 * spreadsheet's time zone):
 *   at start = customers with joined < first day of P and (left blank or left ≥ first day of P)
 *   churned  = those of them whose left day falls inside P
 *   CUSTOMER_CHURN = 100 · churned / at start;  CUSTOMER_RETENTION = 100 − CUSTOMER_CHURN.
 * Customers who join during P are not in its start cohort, so they change neither figure.
 * The default P is the latest complete period on or before `as_of` (default: the latest date
 * in either range). Cost O(n) to read, O(n) per period asked.
 *
 * @example
 * // 100 customers active on 1 October, 7 of them left in October, 12 joined in October:
 * customerChurnIn(customers, periodIndex(dayOfDate(2026, 10, 1), 'month'), 'month') // { n: 100, successes: 7, value: 7 }
 * @throws `CUSTOMER_CHURN: left 2026-01-03 is before joined 2026-02-01: … (row 4 of left)`;
 *   `CUSTOMER_CHURN: a left date has no joined date beside it (row 6 of left)`;
 *   `CUSTOMER_CHURN: joined and left must be the same size, not 3×1 and 2×1`;
 *   `CUSTOMER_CHURN: no customers with a joined date in the ranges`;
 *   `CUSTOMER_CHURN: no customers were active at the start of the period beginning 2026-10-01 …`.
 */

/** Customers as local day numbers; `left` is NaN while a customer is still one. */
export interface Customers {
  joined: Float64Array;
  left: Float64Array;
  /** Flat index in the ranges of each customer, for messages. */
  index: Int32Array;
  /** Latest joined or left day. */
  lastDay: number;
}

/**
 * Reads two same-sized ranges of joined and left dates. A row with both blank is skipped, and so
 * is a first row whose joined cell is text that is no date (a header such as "Joined").
 */
export function readCustomers(fn: string, joinedArg: RangeArg, leftArg: RangeArg, timeZone: string): Customers {
  const joinedRange = rangeOf(fn, joinedArg, 'joined');
  const leftRange = rangeOf(fn, leftArg, 'left');
  requireSameSize(fn, [{ name: 'joined', range: joinedRange }, { name: 'left', range: leftRange }]);
  const toInstant = wallClockIn(timeZone);
  const localDays = LocalDays.in(timeZone);
  const readJoined = rangeDateReader(joinedRange, toInstant, 'joined');
  const readLeft = rangeDateReader(leftRange, toInstant, 'left');
  const dayOf = (instant: number) => (instant === instant ? localDays.of(instant) : NaN);
  const joinedDayOf = (cell: Cell) => dayOf(readJoined(cell));
  const leftDayOf = (cell: Cell) => dayOf(readLeft(cell));
  const { rows, columns } = joinedRange;
  const joined: number[] = [];
  const left: number[] = [];
  const index: number[] = [];
  let lastDay = -Infinity;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c;
      const joinedCell = joinedRange.cells[r][c];
      if (r === 0 && isHeaderText(joinedCell)) continue;
      const joinedDay = readAt(fn, joinedDayOf, joinedCell, i, joinedRange, 'joined');
      const leftDay = readAt(fn, leftDayOf, leftRange.cells[r][c], i, leftRange, 'left');
      if (joinedDay !== joinedDay) {
        if (leftDay !== leftDay) continue;
        throw problemIn(fn, new CellProblem(recordTexts.leftWithoutJoined()), i, leftRange, 'left');
      }
      if (leftDay < joinedDay) {
        throw problemIn(fn, new CellProblem(recordTexts.leftBeforeJoined(isoDate(leftDay), isoDate(joinedDay))), i, leftRange, 'left');
      }
      joined.push(joinedDay);
      left.push(leftDay);
      index.push(i);
      lastDay = Math.max(lastDay, joinedDay, leftDay === leftDay ? leftDay : -Infinity);
    }
  }
  if (joined.length === 0) throw failCall(fn, recordTexts.noCustomers());
  return { joined: Float64Array.from(joined), left: Float64Array.from(left), index: Int32Array.from(index), lastDay };
}

/** Text in a first row that is not a date: a header. */
function isHeaderText(cell: Cell): boolean {
  return typeof cell === 'string' && cell.trim() !== '' && dateText(cell) === undefined && !isNonAnswer(cell);
}

/** The index of the latest period that has ended on or before `day` (the period itself when `day` is its last day). */
export function latestCompletePeriod(day: number, period: Period): number {
  const index = periodIndex(day, period);
  return periodStartDay(index + 1, period) - 1 <= day ? index : index - 1;
}

/** Churn among the customers active at the start of period `index`: n = at start, successes = churned. */
export function customerChurnIn(customers: Customers, index: number, period: Period): ProportionSummary {
  const first = periodStartDay(index, period);
  const next = periodStartDay(index + 1, period);
  const { joined, left } = customers;
  let atStart = 0;
  let churned = 0;
  for (let i = 0; i < joined.length; i++) {
    if (!(joined[i] < first)) continue;
    const leftDay = left[i];
    if (leftDay === leftDay && leftDay < first) continue;
    atStart++;
    if (leftDay === leftDay && leftDay < next) churned++;
  }
  return { kind: 'proportion', n: atStart, successes: churned, value: atStart === 0 ? NaN : (100 * churned) / atStart };
}

/** Retention from the same counts: the start cohort still there at the end. */
export function retentionOf(churn: ProportionSummary): ProportionSummary {
  return { kind: 'proportion', n: churn.n, successes: churn.n - churn.successes, value: 100 - churn.value };
}

/** CUSTOMER_CHURN as the custom function computes it: the default or chosen period, checked to have customers at its start. */
export function customerChurnOf(fn: string, joinedArg: RangeArg, leftArg: RangeArg, period: Period, asOfArg: unknown, timeZone: string): ProportionSummary {
  const customers = readCustomers(fn, joinedArg, leftArg, timeZone);
  const index = latestCompletePeriod(asOfDay(fn, asOfArg, customers, timeZone), period);
  const churn = customerChurnIn(customers, index, period);
  if (churn.n === 0) throw failCall(fn, recordTexts.noneActiveAtStart(isoDate(periodStartDay(index, period))));
  return churn;
}
