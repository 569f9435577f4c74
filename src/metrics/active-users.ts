import { isoDate, localDay, periodIndex, periodStartDay, wallClockIn } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { cellTexts, failCall, showValue, type Text } from '../cells/messages';
import { isOmitted, singleValue } from '../cells/options';
import { isDateCell, readDate, SHEETS_ERRORS } from '../cells/read';
import { rangeOf, readAt, requireSameSize } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';

/**
 * Active users (PostHog-style): DAU, WAU and MAU are the distinct non-blank user ids active on
 * the day, the trailing 7 days and the trailing 30 days ending on `as_of` inclusive, counted in
 * calendar days of the spreadsheet's time zone; STICKINESS = 100 · (mean DAU over the 30 days
 * ending `as_of`) / MAU. User ids compare as trimmed text, case-sensitive; the number 42 and the
 * text "42" are the same user. Rows without a user or without a date are left out.
 *
 * Cost: O(n) to read the events (ids are interned to integers once), then O(n) per window with
 * one 30-bit mask per user; by month O(n + days) with a counting sort, no hashing per event.
 *
 * @example
 * const events = readActivity('MAU', [['ann'], ['bob'], ['ann']], [[d('2026-04-01')], [d('2026-04-01')], [d('2026-04-20')]], 'UTC');
 * activeUsersAsOf(events) // { asOf: 20563 (2026-04-20), dau: 1, wau: 1, mau: 2, stickiness: 100·(3/30)/2 = 5 }
 * @throws `MAU: users and dates must be the same size, not 3×1 and 2×1`; a bad user id or date with
 *   its place (`MAU: TRUE is not a user id (row 2 of users)`); `MAU: no users with dates in the ranges`.
 */

/** User-facing texts of the active-user metrics (the part after `FN: `). */
export const activeUserTexts = {
  booleanNotUser: (value: boolean): Text => ({
    en: `${showValue(value)} is not a user id`,
    vi: `${showValue(value)} không phải mã người dùng`,
  }),
  dateNotUser: (value: Date): Text => ({
    en: `the date ${showValue(value)} is not a user id`,
    vi: `ngày ${showValue(value)} không phải mã người dùng`,
  }),
  noActivity: (): Text => ({
    en: 'no users with dates in the ranges',
    vi: 'không có người dùng nào kèm ngày trong các vùng',
  }),
  asOfNotDate: (value: unknown): Text => ({
    en: `as_of must be a date such as 2026-03-31, not ${showValue(value)}`,
    vi: `as_of phải là một ngày, ví dụ 2026-03-31, không phải ${showValue(value)}`,
  }),
  noActiveUsers: (asOfDay: number): Text => ({
    en: `no active users in the 30 days ending ${isoDate(asOfDay)}`,
    vi: `không có người dùng hoạt động nào trong 30 ngày đến ${isoDate(asOfDay)}`,
  }),
};

/** Events as interned user numbers (0 … userCount − 1) and local day numbers, row order kept. */
export interface Activity {
  users: Int32Array;
  days: Int32Array;
  userCount: number;
  firstDay: number;
  lastDay: number;
}

/** Interns user ids: text and numbers share one key space through their text form. */
class UserIds {
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  count = 0;

  /** The number of an id already seen, as typed (untrimmed); undefined otherwise. */
  known(text: string): number | undefined {
    return this.byText.get(text);
  }

  /** The user's number, or −1 for a blank cell; throws CellProblem for a cell that is no id. */
  read = (cell: Cell): number => {
    if (typeof cell === 'string') {
      const text = cell.trim(); // V8 returns the same string when there is nothing to trim
      if (text === '') return -1;
      const known = this.byText.get(text);
      if (known !== undefined) return known;
      if (SHEETS_ERRORS.has(text.toUpperCase())) throw new CellProblem(cellTexts.sheetsError(text.toUpperCase()));
      return this.add(text);
    }
    if (typeof cell === 'number') {
      const known = this.byNumber.get(cell);
      if (known !== undefined) return known;
      if (!Number.isFinite(cell)) throw new CellProblem(cellTexts.notFinite(cell));
      const id = this.byText.get(String(cell)) ?? this.add(String(cell));
      this.byNumber.set(cell, id);
      return id;
    }
    if (cell === null || cell === undefined) return -1;
    if (typeof cell === 'boolean') throw new CellProblem(activeUserTexts.booleanNotUser(cell));
    if (isDateCell(cell)) throw new CellProblem(activeUserTexts.dateNotUser(cell));
    if (Array.isArray(cell)) throw new CellProblem(cellTexts.nestedList());
    throw new CellProblem(cellTexts.notAValue());
  };

  private add(text: string): number {
    this.byText.set(text, this.count);
    return this.count++;
  }
}

/**
 * Reads two same-sized ranges of user ids and dates into events, days counted in `timeZone`.
 * A row is kept when both cells are filled; the date is read only for rows with a user.
 */
export function readActivity(fn: string, users: RangeArg, dates: RangeArg, timeZone: string): Activity {
  const userRange = rangeOf(fn, users, 'users');
  const dateRange = rangeOf(fn, dates, 'dates');
  requireSameSize(fn, [{ name: 'users', range: userRange }, { name: 'dates', range: dateRange }]);
  const { rows, columns } = userRange;
  const ids = new UserIds();
  const toInstant = wallClockIn(timeZone);
  const readDateHere = (cell: Cell) => readDate(cell, toInstant);
  const userOf = new Int32Array(rows * columns);
  const dayOf = new Int32Array(rows * columns);
  let kept = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let r = 0; r < rows; r++) {
    const userRow = userRange.cells[r];
    const dateRow = dateRange.cells[r];
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      // Fast paths for the usual cells (a known id, a Date); everything else goes through the readers.
      const userCell = userRow[c];
      let user = typeof userCell === 'string' ? ids.known(userCell) : undefined;
      if (user === undefined) user = readAt(fn, ids.read, userCell, index, userRange, 'users');
      if (user < 0) continue;
      const dateCell = dateRow[c];
      const instant = dateCell instanceof Date ? dateCell.getTime() : readAt(fn, readDateHere, dateCell, index, dateRange, 'dates');
      if (instant !== instant) {
        if (dateCell instanceof Date) readAt(fn, readDateHere, dateCell, index, dateRange, 'dates'); // an invalid Date: say so
        continue;
      }
      const day = localDay(instant, timeZone);
      userOf[kept] = user;
      dayOf[kept] = day;
      kept++;
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
  }
  if (kept === 0) throw failCall(fn, activeUserTexts.noActivity());
  return { users: userOf.subarray(0, kept), days: dayOf.subarray(0, kept), userCount: ids.count, firstDay, lastDay };
}

/**
 * The `as_of` argument as a local day number, or the latest day of the events when omitted.
 * Takes a date cell or ISO date text, like the dates range.
 */
export function asOfDay(fn: string, arg: unknown, activity: Activity, timeZone: string): number {
  const value = singleValue(fn, arg, 'as_of');
  if (isOmitted(value)) return activity.lastDay;
  let instant = NaN;
  try {
    instant = readDate(value, wallClockIn(timeZone));
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
  }
  if (!Number.isFinite(instant)) throw failCall(fn, activeUserTexts.asOfNotDate(value));
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
  const { users, days } = activity;
  const windowStart = asOf - (WINDOW - 1);
  const activeDays = new Uint32Array(activity.userCount);
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
  const { users, days, firstDay, lastDay } = activity;
  const span = lastDay - firstDay + 1;
  const startOfDay = new Int32Array(span + 1);
  for (let i = 0; i < days.length; i++) startOfDay[days[i] - firstDay + 1]++;
  for (let d = 0; d < span; d++) startOfDay[d + 1] += startOfDay[d];
  const byDay = new Int32Array(users.length);
  const fill = startOfDay.slice(0, span);
  for (let i = 0; i < days.length; i++) byDay[fill[days[i] - firstDay]++] = users[i];

  const seenOnDay = new Int32Array(activity.userCount).fill(-1);
  const seenInMonth = new Int32Array(activity.userCount).fill(-1);
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
