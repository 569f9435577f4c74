import { isoDate, localDay, periodIndex, periodStartDay, wallClockIn } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { failCall, showValue, type Text } from '../cells/messages';
import { isOmitted, singleValue } from '../cells/options';
import { dateArgumentOrder, readDateArgument } from '../cells/facts';
import { Activity, activityTexts } from './activity';

export { Activity, readActivity, type Events } from './activity';

/**
 * Active users (PostHog-style): DAU, WAU and MAU are the distinct non-blank user ids active on
 * the day, the trailing 7 days and the trailing 30 days ending on `as_of` inclusive, counted in
 * calendar days of the spreadsheet's time zone; STICKINESS = 100 · (mean DAU over the 30 days
 * ending `as_of`) / MAU. User ids compare as trimmed text, case-sensitive; the number 42 and the
 * text "42" are the same user. Rows without a user or without a date are left out.
 *
 * Cost: O(n) to read and check the events (./activity.ts), interning the user ids of the events
 * counted (only the window's for DAU/WAU/MAU), then O(n) per window with one 30-bit mask per
 * user; by month O(n + days) with a counting sort, no hashing per event.
 *
 * @example
 * const events = readActivity('MAU', [['ann'], ['bob'], ['ann']], [[d('2026-04-01')], [d('2026-04-01')], [d('2026-04-20')]], 'UTC');
 * activeUsersAsOf(events) // { asOf: 20563 (2026-04-20), dau: 1, wau: 1, mau: 2, stickiness: 100·(3/30)/2 = 5 }
 * @throws `MAU: users and dates must be the same size, not 3×1 and 2×1`; a bad user id or date with
 *   its place (`MAU: TRUE is not a user id (row 2 of users)`); `MAU: no users with dates in the ranges`.
 */

/** User-facing texts of the active-user metrics (the part after `FN: `). */
export const activeUserTexts = {
  ...activityTexts,
  asOfNotDate: (value: unknown): Text => ({
    en: `as_of must be a date such as 2026-03-31, not ${showValue(value)}`,
    vi: `as_of phải là một ngày, ví dụ 2026-03-31, không phải ${showValue(value)}`,
  }),
  asOfNotDateInOrder: (value: string, order: 'dmy' | 'mdy'): Text => ({
    en: `as_of ${showValue(value)} is not a date when read ${order === 'dmy' ? 'day first' : 'month first'}, as this spreadsheet writes dates; write it as 2026-03-31 or DATE(2026, 3, 31)`,
    vi: `as_of ${showValue(value)} không phải là ngày khi đọc ${order === 'dmy' ? 'ngày trước tháng' : 'tháng trước ngày'} như bảng tính này ghi ngày; hãy ghi 2026-03-31 hoặc DATE(2026; 3; 31)`,
  }),
  noActiveUsers: (asOfDay: number): Text => ({
    en: `no active users in the 30 days ending ${isoDate(asOfDay)}`,
    vi: `không có người dùng hoạt động nào trong 30 ngày đến ${isoDate(asOfDay)}`,
  }),
};

/**
 * The `as_of` argument as a local day number, or the latest day of the events when omitted.
 * Takes a date cell or date text read by the dates' rules (metrics-spec.md 1.2): ISO, month names
 * (`31-Jul-18`), or day/month text (`02/09/2026`) in the order its own value proves, else the
 * spreadsheet's locale (day first in a vi_VN sheet).
 * @throws `MAU: as_of must be a date such as 2026-03-31, not "soon"`; for day/month text that is
 *   no date in the order read: `MAU: as_of "31/02/2026" is not a date when read day first, …`.
 */
export function asOfDay(fn: string, arg: unknown, activity: Pick<Activity, 'lastDay'>, timeZone: string): number {
  const value = singleValue(fn, arg, 'as_of');
  if (isOmitted(value)) return activity.lastDay;
  let instant = NaN;
  try {
    instant = readDateArgument(value, wallClockIn(timeZone));
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
  }
  if (!Number.isFinite(instant)) {
    const order = dateArgumentOrder(value);
    throw failCall(fn, order ? activeUserTexts.asOfNotDateInOrder(value as string, order) : activeUserTexts.asOfNotDate(value));
  }
  return localDay(instant, timeZone);
}

export interface ActiveUsers {
  /** The local day the windows end on. */
  asOf: number;
  dau: number;
  wau: number;
  mau: number;
  /** 100 · (mean DAU over the 30 days ending asOf) / MAU; NaN when MAU is 0. */
  stickiness: number;
}

const WINDOW = 30;

/** Counts set bits of a 30-bit day mask. */
function bitCount(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * DAU, WAU, MAU and stickiness for the windows ending on `asOf` (default: the latest day).
 * Each user gets one 30-bit mask of the days they were active in the window, which makes the
 * counts independent of row order without sorting.
 */
export function activeUsersAsOf(activity: Activity, asOf = activity.lastDay): ActiveUsers {
  const windowStart = asOf - (WINDOW - 1);
  // Only the window's users are interned, unless every event already is (see Activity).
  const { users, days, userCount } = activity.between(windowStart, asOf);
  const activeDays = new Uint32Array(userCount);
  for (let i = 0; i < users.length; i++) {
    const offset = days[i] - windowStart;
    if (offset >= 0 && offset < WINDOW) activeDays[users[i]] |= 1 << offset;
  }
  const lastDayBit = 1 << (WINDOW - 1);
  const lastWeekBits = 0b1111111 << (WINDOW - 7);
  let dau = 0, wau = 0, mau = 0, userDays = 0;
  for (let u = 0; u < activeDays.length; u++) {
    const mask = activeDays[u];
    if (mask === 0) continue;
    mau++;
    if (mask & lastWeekBits) wau++;
    if (mask & lastDayBit) dau++;
    userDays += bitCount(mask);
  }
  return { asOf, dau, wau, mau, stickiness: mau === 0 ? NaN : (100 * (userDays / WINDOW)) / mau };
}

/**
 * Distinct users active on the `days` days ending on `asOf` (DAU: 1, WAU: 7, MAU: 30), the same
 * count activeUsersAsOf gives, looking only at those days' users: =DAU(…) on a year of events
 * takes one day's ids, not a month's, and collects them by their key without interning them.
 */
export function activeInWindow(activity: Activity, asOf: number, days: number): number {
  return activity.usersBetween(asOf - days + 1, asOf);
}

export interface MonthOfActivity {
  /** Local day number of the month's first day. */
  monthStart: number;
  /** Distinct users active in the calendar month. */
  mau: number;
  /** Mean over all the month's days (also before the first event) of the distinct users active that day. */
  dauAverage: number;
}

/**
 * One row per calendar month from the first event to the last (months without events have
 * 0 and 0), for reports. Events are bucketed by day with a counting sort, then each user is
 * counted once per day and once per month by stamping their last-seen day and month.
 */
export function activeUsersByMonth(activity: Activity): MonthOfActivity[] {
  const { firstDay, lastDay } = activity;
  const { users, days, userCount } = activity.events();
  const span = lastDay - firstDay + 1;
  const startOfDay = new Int32Array(span + 1);
  for (let i = 0; i < days.length; i++) startOfDay[days[i] - firstDay + 1]++;
  for (let d = 0; d < span; d++) startOfDay[d + 1] += startOfDay[d];
  const byDay = new Int32Array(users.length);
  const fill = startOfDay.slice(0, span);
  for (let i = 0; i < days.length; i++) byDay[fill[days[i] - firstDay]++] = users[i];

  const seenOnDay = new Int32Array(userCount).fill(-1);
  const seenInMonth = new Int32Array(userCount).fill(-1);
  const firstMonth = periodIndex(firstDay, 'month');
  const months: MonthOfActivity[] = [];
  for (let month = firstMonth; month <= periodIndex(lastDay, 'month'); month++) {
    const monthStart = periodStartDay(month, 'month');
    const nextStart = periodStartDay(month + 1, 'month');
    let mau = 0;
    let userDays = 0;
    for (let day = Math.max(monthStart, firstDay); day < Math.min(nextStart, lastDay + 1); day++) {
      const slot = day - firstDay;
      for (let k = startOfDay[slot]; k < startOfDay[slot + 1]; k++) {
        const user = byDay[k];
        if (seenOnDay[user] !== slot) {
          seenOnDay[user] = slot;
          userDays++;
        }
        if (seenInMonth[user] !== month - firstMonth) {
          seenInMonth[user] = month - firstMonth;
          mau++;
        }
      }
    }
    months.push({ monthStart, mau, dauAverage: userDays / (nextStart - monthStart) });
  }
  return months;
}
