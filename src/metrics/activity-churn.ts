import { isoDate, periodIndex, periodStartDay, type Period } from '../cells/calendar';
import { failCall, recordTexts } from '../cells/messages';
import type { RangeArg } from '../cells/types';
import { asOfDay } from './active-users';
import type { Activity } from './activity';
import { readActivity } from './activity';
import { latestCompletePeriod } from './customer-churn';
import type { ProportionSummary } from './types';

/**
 * Churn from an activity or order log (ACTIVITY_CHURN): of the distinct users active in the
 * period before P, the % not active in P, both calendar periods (day, week, month, quarter,
 * year) in the spreadsheet's time zone:
 *   churn = 100 · |active(P − 1) \ active(P)| / |active(P − 1)|.
 * P is the latest complete period on or before `as_of` (default: the latest date in the log),
 * so a month still running never looks like a month everyone left. Users who are new in P do
 * not count. Cost O(n) over the two periods' events, one byte per user in them.
 *
 * @example
 * // September: ann, bob, cara; October: ann, dan → bob and cara left: 2 of 3
 * activityChurnIn(activity, periodIndex(dayOfDate(2026, 10, 1), 'month'), 'month') // { n: 3, successes: 2, value: 66.66… }
 * @throws what readActivity throws (`ACTIVITY_CHURN: users and dates must be the same size …`, a bad
 *   user id or date with its place, `no users with dates in the ranges`);
 *   `ACTIVITY_CHURN: no users were active in the period before the one beginning 2026-10-01`.
 */

/** Churn into period `index`: n = users active the period before, successes = those of them not active in it. */
export function activityChurnIn(activity: Activity, index: number, period: Period): ProportionSummary {
  const from = periodStartDay(index - 1, period);
  const start = periodStartDay(index, period);
  const to = periodStartDay(index + 1, period) - 1;
  const { users, days, userCount } = activity.between(from, to);
  const seen = new Uint8Array(userCount); // bit 1: active before, bit 2: active in the period
  for (let i = 0; i < users.length; i++) {
    const day = days[i];
    if (day < from || day > to) continue;
    seen[users[i]] |= day < start ? 1 : 2;
  }
  let before = 0;
  let gone = 0;
  for (let u = 0; u < seen.length; u++) {
    if (!(seen[u] & 1)) continue;
    before++;
    if (!(seen[u] & 2)) gone++;
  }
  return { kind: 'proportion', n: before, successes: gone, value: before === 0 ? NaN : (100 * gone) / before };
}

/** ACTIVITY_CHURN as the custom function computes it. */
export function activityChurnOf(fn: string, users: RangeArg, dates: RangeArg, period: Period, asOfArg: unknown, timeZone: string): ProportionSummary {
  const activity = readActivity(fn, users, dates, timeZone);
  const index = latestCompletePeriod(asOfDay(fn, asOfArg, activity, timeZone), period);
  const churn = activityChurnIn(activity, index, period);
  if (churn.n === 0) throw failCall(fn, recordTexts.noneActiveBefore(isoDate(periodStartDay(index, period))));
  return churn;
}

/** Days eventPeriods remembers the period of: any 1,024 days in a row, a log of nearly three years. */
const REMEMBERED_DAYS = 1024;

/**
 * The period index of every event of an activity log (for cohorts). A log in any order holds a few
 * hundred distinct days: each day's period is remembered in a slot of its own (the day modulo
 * 1,024), so the calendar arithmetic runs once per day instead of once per event.
 */
export function eventPeriods(days: Int32Array, period: Period): Int32Array {
  const out = new Int32Array(days.length);
  // No day number is 2^31 − 1 (that is far past year 9999): every slot starts empty.
  const slotDay = new Int32Array(REMEMBERED_DAYS).fill(2147483647);
  const slotPeriod = new Int32Array(REMEMBERED_DAYS);
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    const slot = day & (REMEMBERED_DAYS - 1);
    if (slotDay[slot] !== day) {
      slotDay[slot] = day;
      slotPeriod[slot] = periodIndex(day, period);
    }
    out[i] = slotPeriod[slot];
  }
  return out;
}
