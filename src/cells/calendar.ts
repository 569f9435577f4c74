/**
 * Calendar days in the spreadsheet's time zone (metrics-spec.md section 1: "Days, weeks and
 * months are calendar days in the spreadsheet's time zone, not the script's and not UTC").
 *
 * A day is an integer day number: days since 1970-01-01 in the zone, so 0 is 1970-01-01 and
 * 20544 is 2026-04-01 wherever it is that date. Weeks, months, quarters and years are numbered
 * by a `periodIndex` that steps by one from period to period, so gaps are easy to fill.
 *
 * Speed: DAU/MAU and trends call `localDay` once per event (10^6 calls). The zone's UTC offset
 * is learned once per UTC day through Intl and kept in a Map; a day with a daylight-saving
 * change also keeps the minute it changes. The hot path is one Map lookup, no allocation.
 */

export const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** How CX_TREND groups dates. Weeks start on Monday. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

// A day's stored offset carries this much extra when the offset changes during that UTC day;
// real offsets stay within ±1 day, so the two cases never collide.
const CHANGES_TODAY = 4 * MS_PER_DAY;

/** What the calendar has learned about one time zone. */
interface Zone {
  format: Intl.DateTimeFormat;
  /** UTC day number → offset in ms at its start (+ CHANGES_TODAY when it changes that day). */
  offsetOnDay: Map<number, number>;
  /** For days with a change: the instant of the change, and the offset from then on. */
  changeAt: Map<number, number>;
  offsetAfter: Map<number, number>;
}

const zones = new Map<string, Zone>();
let lastZoneName = '';
let lastZone: Zone | undefined;

function zoneNamed(timeZone: string): Zone {
  if (timeZone === lastZoneName && lastZone) return lastZone;
  let zone = zones.get(timeZone);
  if (!zone) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`calendar: unknown time zone "${timeZone}"`);
    }
    zone = { format, offsetOnDay: new Map(), changeAt: new Map(), offsetAfter: new Map() };
    zones.set(timeZone, zone);
  }
  lastZoneName = timeZone;
  lastZone = zone;
  return zone;
}

/** The zone's offset at one instant, asked of Intl (slow: only when learning a day). */
function askOffset(zone: Zone, epochMs: number): number {
  const seconds = Math.floor(epochMs / 1000) * 1000;
  let year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  for (const part of zone.format.formatToParts(seconds)) {
    const value = Number(part.value);
    if (part.type === 'year') year = value;
    else if (part.type === 'month') month = value;
    else if (part.type === 'day') day = value;
    else if (part.type === 'hour') hour = value % 24; // some engines say 24 for midnight
    else if (part.type === 'minute') minute = value;
    else if (part.type === 'second') second = value;
  }
  const wall = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  wall.setUTCFullYear(year); // Date.UTC would read years 0-99 as 1900-1999
  return wall.getTime() - seconds;
}

/** Learns UTC day `utcDay`: its offset, and if it changes that day, the minute it changes. */
function learnDay(zone: Zone, utcDay: number): number {
  const start = utcDay * MS_PER_DAY;
  const before = askOffset(zone, start);
  const after = askOffset(zone, start + MS_PER_DAY - 1);
  if (before === after) {
    zone.offsetOnDay.set(utcDay, before);
    return before;
  }
  // Binary search for the first minute on the new offset (11 questions for 1440 minutes).
  let low = start; // still on `before`
  let high = start + MS_PER_DAY - MS_PER_MINUTE; // on `after`
  while (high - low > MS_PER_MINUTE) {
    const middle = low + Math.floor((high - low) / MS_PER_MINUTE / 2) * MS_PER_MINUTE;
    if (askOffset(zone, middle) === before) low = middle;
    else high = middle;
  }
  zone.changeAt.set(utcDay, high);
  zone.offsetAfter.set(utcDay, after);
  zone.offsetOnDay.set(utcDay, before + CHANGES_TODAY);
  return before + CHANGES_TODAY;
}

/**
 * The zone's offset from UTC at an instant, in ms (local wall clock − UTC), e.g. 25 200 000
 * (+07:00) for Asia/Ho_Chi_Minh. Cost O(1) amortized, no allocation once the day is learned.
 * @throws RangeError for an unknown time zone
 */
export function utcOffset(epochMs: number, timeZone: string): number {
  const zone = zoneNamed(timeZone);
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  let stored = zone.offsetOnDay.get(utcDay);
  if (stored === undefined) stored = learnDay(zone, utcDay);
  if (stored < CHANGES_TODAY / 2) return stored;
  return epochMs < (zone.changeAt.get(utcDay) as number) ? stored - CHANGES_TODAY : (zone.offsetAfter.get(utcDay) as number);
}

/**
 * The zone's offset through all of UTC day `utcDay` (days since 1970-01-01 UTC), or NaN when it
 * changes that day; for LocalDays (./local-days.ts), which remembers offsets in a typed array.
 */
export function steadyOffsetOn(utcDay: number, timeZone: string): number {
  const zone = zoneNamed(timeZone);
  let stored = zone.offsetOnDay.get(utcDay);
  if (stored === undefined) stored = learnDay(zone, utcDay);
  return stored < CHANGES_TODAY / 2 ? stored : NaN;
}

/** Whether the zone's offset is one and the same through all of UTC days `firstDay` … `lastDay`. */
export function steadyOffsetOver(firstDay: number, lastDay: number, timeZone: string): boolean {
  const offset = steadyOffsetOn(firstDay, timeZone);
  if (offset !== offset) return false;
  for (let day = firstDay + 1; day <= lastDay; day++) if (steadyOffsetOn(day, timeZone) !== offset) return false;
  return true;
}

/**
 * The calendar day of an instant in a time zone, as days since 1970-01-01 there; NaN for NaN.
 * @example localDay(Date.parse('2026-03-31T18:30Z'), 'Asia/Ho_Chi_Minh') // 20544 (2026-04-01)
 * @throws RangeError for an unknown time zone
 */
export function localDay(epochMs: number, timeZone: string): number {
  if (!Number.isFinite(epochMs)) return NaN;
  return Math.floor((epochMs + utcOffset(epochMs, timeZone)) / MS_PER_DAY);
}

/**
 * The instant a wall-clock time names in a time zone. `wallClockAsUtcMs` holds the wall-clock
 * fields read as if UTC (Date.UTC(2026, 3, 1, 9) for 09:00 on April 1). Like Sheets and
 * Temporal's "compatible" rule: a time skipped by a clock change counts from the offset before
 * it (02:30 on a spring-forward night is 03:30), a time that happens twice is the first.
 * @example wallClockToInstant(Date.UTC(2026, 3, 1), 'Asia/Ho_Chi_Minh') // Date.parse('2026-03-31T17:00Z')
 */
export function wallClockToInstant(wallClockAsUtcMs: number, timeZone: string): number {
  if (!Number.isFinite(wallClockAsUtcMs)) return NaN;
  // The offsets a day either side cover both sides of any change near this wall time.
  const earlier = utcOffset(wallClockAsUtcMs - MS_PER_DAY, timeZone);
  const later = utcOffset(wallClockAsUtcMs + MS_PER_DAY, timeZone);
  const first = Math.max(earlier, later);
  const second = Math.min(earlier, later);
  if (utcOffset(wallClockAsUtcMs - first, timeZone) === first) return wallClockAsUtcMs - first;
  if (utcOffset(wallClockAsUtcMs - second, timeZone) === second) return wallClockAsUtcMs - second;
  return wallClockAsUtcMs - earlier; // skipped wall time
}

/** `wallClockToInstant` bound to one zone, in the shape readDate takes for ISO text without an offset. */
export function wallClockIn(timeZone: string): (wallClockAsUtcMs: number) => number {
  zoneNamed(timeZone); // fail early on an unknown zone
  return (wallClockAsUtcMs) => wallClockToInstant(wallClockAsUtcMs, timeZone);
}

/**
 * The instant that is 00:00 of a local day, which Sheets shows as that date in a spreadsheet
 * in this zone. On a day whose midnight is skipped by a clock change it is the first instant
 * of the day.
 * @example localMidnight(20544, 'Asia/Ho_Chi_Minh').toISOString() // '2026-03-31T17:00:00.000Z'
 */
export function localMidnight(dayNumber: number, timeZone: string): Date {
  return new Date(wallClockToInstant(dayNumber * MS_PER_DAY, timeZone));
}

/**
 * The day number of a calendar date (month 1-12), proleptic Gregorian (Hinnant's algorithm).
 * @example dayOfDate(2026, 4, 1) // 20544
 */
export function dayOfDate(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Year and month (1-12) of a day number, folded into one integer: year · 12 + month − 1. */
function monthNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/**
 * The calendar date of a day number.
 * @example dateOfDay(20544) // { year: 2026, month: 4, day: 1 }
 */
export function dateOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const months = monthNumber(dayNumber);
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return { year, month, day: dayNumber - dayOfDate(year, month, 1) + 1 };
}

/** A day number as ISO text, e.g. `2026-04-01` (for labels and tests). */
export function isoDate(dayNumber: number): string {
  const { year, month, day } = dateOfDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The period a day falls in, as an integer that steps by one from each period to the next:
 * the day itself, weeks (Monday to Sunday), year·12 + month − 1, year·4 + quarter − 1, or the year.
 * Cost O(1), no allocation.
 * @example periodIndex(20544, 'month') === 2026 * 12 + 3
 */
export function periodIndex(dayNumber: number, period: Period): number {
  switch (period) {
    case 'day':
      return dayNumber;
    case 'week':
      // 1970-01-01 was a Thursday, so Monday 1969-12-29 (day −3) starts week 0.
      return Math.floor((dayNumber + 3) / 7);
    case 'month':
      return monthNumber(dayNumber);
    case 'quarter':
      return Math.floor(monthNumber(dayNumber) / 3);
    case 'year':
      return Math.floor(monthNumber(dayNumber) / 12);
  }
}

/**
 * The first day (day number) of the period with this index.
 * @example isoDate(periodStartDay(periodIndex(20544, 'week'), 'week')) // '2026-03-30', a Monday
 */
export function periodStartDay(index: number, period: Period): number {
  switch (period) {
    case 'day':
      return index;
    case 'week':
      return index * 7 - 3;
    case 'month':
    case 'quarter': {
      const months = period === 'quarter' ? index * 3 : index;
      const year = Math.floor(months / 12);
      return dayOfDate(year, months - year * 12 + 1, 1);
    }
    case 'year':
      return dayOfDate(index, 1, 1);
  }
}

/** The first day of the period a day falls in, e.g. the Monday of its week. */
export function periodStart(dayNumber: number, period: Period): number {
  return periodStartDay(periodIndex(dayNumber, period), period);
}
