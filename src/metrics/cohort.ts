import { periodIndex, periodStartDay, type Period } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { failCall, recordTexts, TranslatedError } from '../cells/messages';
import { isBlank } from '../cells/read';
import { problemIn, rangeForScan } from '../cells/shape';
import type { RangeArg } from '../cells/types';
import { readActivity, type Activity } from './activity';
import { eventPeriods } from './activity-churn';
import { MAX_PERIODS, trendTexts } from './trend';

/**
 * Cohort retention (CX_COHORT) from an activity or order log: users are grouped by the period of
 * their first activity (their cohort); for each cohort and k = 0, 1, … the share of its users
 * active in the k-th period after it:
 *   retention(c, k) = 100 · |users of c active in period c + k| / |users of c|.
 * Period 0 is 100% by definition. A period after the log's last date is not reached yet and has
 * no value (null; a blank cell in the sheet). One row per period from the first cohort to the
 * last period of the log, empty cohorts included, so the rows keep a time axis.
 *
 * Cost: O(n + users × periods), one bit per user and period.
 *
 * @example
 * // ann: Jan, Feb; bob: Jan; cara: Feb
 * cohortsOf(activity, 'month', 3)
 * // [{ start: 2026-01-01, size: 2, retention: [100, 50, null] }, { start: 2026-02-01, size: 1, retention: [100, null, null] }]
 * @throws what readActivity throws; `CX_COHORT: this user has no date beside it, and no user in the
 *   range has one … (row 2 of dates)` when the dates are all blank; `periods must be a whole number from 1 to 120`.
 */

export interface CohortRow {
  /** Local day number of the cohort's first day. */
  start: number;
  size: number;
  /** % of the cohort active k periods later; null when not reached yet or the cohort is empty. */
  retention: (number | null)[];
}

/** Longest row a cohort table takes: ten years of months. */
export const MAX_COHORT_PERIODS = 120;
export const DEFAULT_COHORT_PERIODS = 12;

/** The cohort table of an activity log read by readActivity. */
export function cohortsOf(activity: Activity, period: Period, periods: number, fn = 'CX_COHORT'): CohortRow[] {
  const { users, days, userCount } = activity.events();
  const periodOf = eventPeriods(days, period);
  const first = new Int32Array(userCount).fill(2147483647);
  for (let i = 0; i < users.length; i++) if (periodOf[i] < first[users[i]]) first[users[i]] = periodOf[i];
  const firstCohort = periodIndex(activity.firstDay, period);
  const lastPeriod = periodIndex(activity.lastDay, period);
  const count = lastPeriod - firstCohort + 1;
  if (count > MAX_PERIODS) {
    throw failCall(fn, trendTexts.tooManyPeriods(count, period, activity.firstDay, activity.lastDay));
  }
  const words = Math.ceil(periods / 32);
  const masks = new Uint32Array(userCount * words);
  for (let i = 0; i < users.length; i++) {
    const u = users[i];
    const k = periodOf[i] - first[u];
    if (k < periods) masks[u * words + (k >>> 5)] |= 1 << (k & 31);
  }
  const sizes = new Float64Array(count);
  const active = new Float64Array(count * periods);
  for (let u = 0; u < userCount; u++) {
    const c = first[u] - firstCohort;
    sizes[c]++;
    for (let k = 0; k < periods; k++) if (masks[u * words + (k >>> 5)] & (1 << (k & 31))) active[c * periods + k]++;
  }
  const rows: CohortRow[] = [];
  for (let c = 0; c < count; c++) {
    const retention: (number | null)[] = [];
    for (let k = 0; k < periods; k++) {
      const reached = firstCohort + c + k <= lastPeriod;
      retention.push(reached && sizes[c] > 0 ? (100 * active[c * periods + k]) / sizes[c] : null);
    }
    rows.push({ start: periodStartDay(firstCohort + c, period), size: sizes[c], retention });
  }
  return rows;
}

/**
 * readActivity for a cohort: when no row has a date, the error names the first user without
 * one (the usual mistake: the dates range points at the wrong column), not just the ranges.
 */
export function readCohortActivity(fn: string, users: RangeArg, dates: RangeArg, timeZone: string): Activity {
  try {
    return readActivity(fn, users, dates, timeZone);
  } catch (error) {
    if (!(error instanceof TranslatedError) || error.where) throw error;
    const userRange = rangeForScan(users);
    const dateRange = rangeForScan(dates);
    if (userRange.rows !== dateRange.rows || userRange.columns !== dateRange.columns) throw error;
    for (let r = 0; r < userRange.rows; r++) {
      for (let c = 0; c < userRange.columns; c++) {
        if (isBlank(userRange.cells[r][c]) || !isBlank(dateRange.cells[r][c])) continue;
        throw problemIn(fn, new CellProblem(recordTexts.noCohortDates()), r * userRange.columns + c, dateRange, 'dates');
      }
    }
    throw error;
  }
}
