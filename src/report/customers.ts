import { isoDate, periodStartDay } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { recordTexts, type Text } from '../cells/messages';
import { placeText } from '../cells/column';
import { describeRef, newCoverage, noteLeftOut, noteUsed, type CellRef, type Coverage } from '../cells/coverage';
import type { Cell } from '../cells/types';
import { cohortsOf } from '../metrics/cohort';
import { customerChurnIn, retentionOf, type Customers } from '../metrics/customer-churn';
import { yesShareOf } from '../metrics/flags';
import { getMetric } from '../metrics/registry';
import type { ProportionSummary } from '../metrics/types';
import { kpiOf, readingOf } from './compare';
import { codeOf, periodCoverage, periodsOfDays, reasonOfCode, textOf, usableEvents, type ReportReader, type RowNumbers } from './columns';
import type { PeriodFrame } from './period';
import { columnKpi, trendStarts, worthShowing } from './series';
import type { ActivityColumns, CustomerColumns, Kpi, Reading, ReportInput } from './types';
import { mapCells, type Cells } from '../cells/packed';

/**
 * Churn and retention from a customer list, and cohort retention from an activity or order
 * log. From join and cancel dates: CUSTOMER_CHURN per period (metrics/customer-churn.ts), with
 * the two-proportion test (n = customers at the start). From churned flags alone: the share of
 * yes, by the row's date when the list has one, else one figure for the list as it is now.
 * A customer id on two rows that disagree is left out with both rows named; a cancel before a
 * join or without one is left out and named like any unreadable cell.
 */

export function customerKpis(customers: CustomerColumns<Cells>, _input: ReportInput<Cells>, frame: PeriodFrame, reader: ReportReader): Kpi[] {
  const ids = customers.ids && mapCells(customers.ids, textOf);
  const coverage = newCoverage();
  const idRef = (i: number) => (customers.ids ? reader.placeOf(customers.ids)?.refOf(i) : undefined);
  if (customers.joined && customers.left && frame.kind !== 'range' && frame.kind !== 'all') {
    const joined = reader.days(customers.joined, customers.dateOrder);
    const joinedDays = joined.days;
    const left = reader.days(customers.left, customers.dateOrder);
    // A customer may hold several subscriptions: only the same joined day with another left day disagrees.
    const skip = contradictoryRows(ids, (i) => String(joinedDays[i]), (i) => String(left.days[i]), coverage, idRef, reader);
    // A join or cancel date that cannot be read is left out by its reason: an unreadable cancel
    // date must not make a customer who left look like one still here.
    for (let i = 0; i < joinedDays.length; i++) {
      if (skip.has(i)) continue;
      const bad = [joined.column, left.column].find((column) => column.reasons[i] !== 0 && column.reasons[i] !== codeOf('blank'));
      if (!bad) {
        // A customer named on a row with neither date cannot be counted in any period.
        if (joinedDays[i] !== joinedDays[i] && left.days[i] !== left.days[i] && ids?.[i]) noteLeftOut(coverage, 'noDate', joined.column.refOf(i));
        continue;
      }
      noteLeftOut(coverage, reasonOfCode(bad.reasons[i]), bad.refOf(i));
      skip.add(i);
    }
    const dated = customerDates(joinedDays, left.days, skip, coverage, (i) => left.column.refOf(i), reader);
    if (dated.joined.length > 0) {
      noteUsed(coverage, dated.joined.length);
      const kind = frame.kind;
      const churn = frame.trend.map((index) => customerChurnIn(dated, index, kind));
      const reading = (summary: ProportionSummary): Reading | null => (summary.n > 0 ? readingOf(summary) : null);
      const starts = trendStarts(frame);
      return [kpiOf('CHURN', starts, churn.map(reading), undefined, kind, coverage), kpiOf('RETENTION', starts, churn.map((s) => reading(retentionOf(s))), undefined, kind, coverage)];
    }
  }
  if (!customers.churned) return [];
  const def = getMetric('CHURN');
  const flagColumn = reader.column(customers.churned, def.read);
  const flags = flagColumn.values;
  // Rows of a customer on two rows that disagree are left out as conflicts, in the flags' coverage.
  for (const row of contradictoryRows(ids, () => '', (i) => String(flags[i]), newCoverage(), idRef, reader)) {
    flags[row] = NaN;
    flagColumn.reasons[row] = codeOf('conflict');
  }
  if (customers.dates) {
    const dated = reader.days(customers.dates, customers.dateOrder);
    const periods = periodsOfDays(dated.days, frame);
    const { kpi } = columnKpi(def, flags, periods, frame, periodCoverage(flagColumn, periods, frame.index, dated.column));
    return worthShowing(kpi) ? [kpi] : [];
  }
  // Flags without dates describe the list as it is now: one figure, nothing to compare.
  const answers = [...flags].filter((flag) => flag === flag);
  if (answers.length === 0) return [];
  const listCoverage = periodCoverage(flagColumn, new Float64Array(flags.length), 0);
  const now = readingOf(yesShareOf(answers, 'CHURN'));
  return [kpiOf('CHURN', trendStarts(frame), frame.trend.map((_, i) => (i === frame.trend.length - 1 ? now : null)), undefined, frame.kind, listCoverage)];
}

/** A problem with the sheet cell or file line where it is, when known: `… (at 'Customers'!C114)`. */
function placed(text: Text, ref: CellRef | undefined): Text {
  return ref ? { en: `${text.en} (at ${describeRef(ref, 'en')})`, vi: `${text.vi} (tại ${describeRef(ref, 'vi')})` } : text;
}

/** The customers whose days can be used; a cancel without a join (no date) or before it (a conflict) is counted and left out. */
function customerDates(joinedDays: RowNumbers, leftDays: RowNumbers, skip: Set<number>, coverage: Coverage, leftRef: (i: number) => CellRef | undefined, reader: ReportReader): Customers {
  const joined: number[] = [];
  const left: number[] = [];
  const index: number[] = [];
  let lastDay = -Infinity;
  for (let i = 0; i < joinedDays.length; i++) {
    const j = joinedDays[i];
    const l = leftDays[i];
    if (skip.has(i)) continue;
    if (j !== j) {
      if (l === l) {
        noteLeftOut(coverage, 'noDate', leftRef(i));
        reader.note('customers', 'CHURN', new CellProblem(placed(recordTexts.leftWithoutJoined(), leftRef(i))));
      }
      continue;
    }
    if (l < j) {
      noteLeftOut(coverage, 'conflict', leftRef(i));
      reader.note('customers', 'CHURN', new CellProblem(placed(recordTexts.leftBeforeJoined(isoDate(l), isoDate(j)), leftRef(i))));
      continue;
    }
    joined.push(j);
    left.push(l);
    index.push(i);
    lastDay = Math.max(lastDay, j, l === l ? l : -Infinity);
  }
  return { joined: Float64Array.from(joined), left: Float64Array.from(left), index: Int32Array.from(index), lastDay };
}

/**
 * Rows whose customer id (with the same `identity`) is also on another row with another
 * `value`. Every row of such an id is left out, and each id is named once with its first two rows.
 */
function contradictoryRows(
  ids: string[] | undefined,
  identity: (row: number) => string,
  value: (row: number) => string,
  coverage: Coverage,
  idRef: (row: number) => CellRef | undefined,
  reader: ReportReader,
): Set<number> {
  const out = new Set<number>();
  if (!ids) return out;
  const rowsOf = new Map<string, number[]>();
  for (let i = 0; i < ids.length; i++) {
    if (!ids[i]) continue;
    const key = `${ids[i]}\u0000${identity(i)}`;
    const rows = rowsOf.get(key);
    if (rows) rows.push(i);
    else rowsOf.set(key, [i]);
  }
  for (const rows of rowsOf.values()) {
    const other = rows.find((row) => value(row) !== value(rows[0]));
    if (other === undefined) continue;
    // Named by sheet cell or file line, as people find them, never by the data row's index.
    const where = (row: number) => placeText(row, idRef(row) ? (i) => idRef(i)! : undefined);
    reader.note('customers', 'CHURN', new CellProblem(recordTexts.contradictoryCustomer(ids[rows[0]], where(rows[0]), where(other))));
    for (const row of rows) {
      out.add(row);
      noteLeftOut(coverage, 'conflict', idRef(row));
    }
  }
  return out;
}

/** Cohorts asked of the log: month 1 and month 3 after the first activity. */
const COHORT_PERIODS = 4;

/**
 * Month-1 and month-3 retention of the latest cohorts, by month: in the report for October, the
 * September cohort's share active in October (month 1) and the July cohort's (month 3), with
 * the two-proportion test against the month before. Month reports only.
 */
export function cohortKpis(activity: ActivityColumns<Cells>, input: ReportInput<Cells>, frame: PeriodFrame, log: ReportReader): Kpi[] {
  if (frame.kind !== 'month') return [];
  let rows;
  // Only the rows with a user and a readable date go in; the others are counted, not fatal.
  const usable = usableEvents(activity, log, periodStartDay(frame.index + 1, 'month') - 1);
  try {
    rows = cohortsOf(usable.activity('CX_COHORT', input.timeZone), 'month', COHORT_PERIODS);
  } catch (error) {
    log.failure('activity', 'COHORT_MONTH_1', undefined, error);
    return [];
  }
  const byStart = new Map(rows.map((row) => [row.start, row]));
  const starts = trendStarts(frame);
  const readingsAt = (k: number) =>
    frame.trend.map((index): Reading | null => {
      const cohort = byStart.get(periodStartDay(index - k, 'month'));
      const share = cohort?.retention[k];
      if (!cohort || share === null || share === undefined) return null;
      const active = Math.round((share * cohort.size) / 100);
      return readingOf({ kind: 'proportion', n: cohort.size, successes: active, value: share });
    });
  const kpis: Kpi[] = [];
  const month1 = readingsAt(1);
  if (month1.some(Boolean)) kpis.push(kpiOf('COHORT_MONTH_1', starts, month1, undefined, 'month', usable.coverage));
  const month3 = readingsAt(3);
  if (month3.some(Boolean)) kpis.push(kpiOf('COHORT_MONTH_3', starts, month3, undefined, 'month', usable.coverage));
  return kpis;
}

