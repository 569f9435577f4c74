import { foldCase } from './fold';
import { MONTHS_EN } from './vocab';

/**
 * Date text as exports write it (metrics-spec.md section 1.2): ISO (`2026-10-13`,
 * `2026-10-13 08:15[:00]`, with `T`, `Z` or an offset), numeric day/month forms with `/ - .`
 * (`13/10/2026 08:15:00`, `2/9/2026 8:27`, `13.10.2026`), month names in English and Vietnamese
 * (`31-Jul-18`, `Jul 31, 2018`, `31 tháng 7, 2018`, `31 thg 7, 2018`), 12- and 24-hour times,
 * two-digit years (00–69 → 20xx, 70–99 → 19xx). Whether `02/09` is 2 September or 9 February is
 * never decided per cell: the caller passes the column's order (see ./date-order.ts).
 * Cost O(length) per text.
 */

/** Day first (13/10/2026) or month first (10/13/2026). */
export type DateOrder = 'dmy' | 'mdy';

/** Date text taken apart. */
export type DateText =
  /** The date is fixed by the text (ISO, a month name): its wall clock as if UTC, and its offset when written. */
  | { kind: 'fixed'; wall: number; offsetMs?: number }
  /** A numeric day/month form: the first two parts in writing order, the year and the time of day. */
  | { kind: 'dayMonth'; first: number; second: number; year: number; timeMs: number };

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(am|pm|a\.m\.|p\.m\.|sa|ch)?`;
const AFTER = String.raw`(?:[\st,]+` + TIME + ')?';
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(z|[+-]\d{2}:?\d{2})?$`);
const YMD = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})` + AFTER + '$');
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})` + AFTER + '$');
const DAY_NAME = new RegExp(String.raw`^(\d{1,2})[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]+(\d{4}|\d{2})` + AFTER + '$');
const NAME_DAY = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})` + AFTER + '$');
const VI_DAY = new RegExp(String.raw`^(?:ngày\s+)?(\d{1,2})\s+(?:tháng|thg)\s*(\d{1,2}),?\s+(?:năm\s+)?(\d{4}|\d{2})` + AFTER + '$');
const FULL_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december'.split('|');

/** Year as written: two digits 00–69 are 20xx, 70–99 are 19xx. */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

/** A month name or abbreviation (`jul`, `July`, `sept`) as 1–12; 0 for other words. */
function monthOfName(name: string): number {
  const index = MONTHS_EN.indexOf(name.slice(0, 3));
  return index >= 0 && FULL_MONTHS[index].startsWith(name) ? index + 1 : 0;
}

/** Milliseconds into the day of a matched time (groups from `at`), NaN when it is no clock time. */
function timeOfDay(m: RegExpExecArray, at: number): number {
  if (m[at] === undefined) return 0;
  let hour = Number(m[at]);
  const minute = Number(m[at + 1]);
  const second = Number(m[at + 2] ?? 0);
  const meridiem = m[at + 4];
  if (meridiem) {
    if (hour < 1 || hour > 12) return NaN;
    const afternoon = meridiem[0] === 'p' || meridiem === 'ch';
    hour = (hour % 12) + (afternoon ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return ((hour * 60 + minute) * 60 + second) * 1000 + Number((m[at + 3] ?? '0').padEnd(3, '0'));
}

/** The wall clock (as if UTC) of a calendar date and time, or NaN when the day does not exist (30 February). */
export function wallOf(year: number, month: number, day: number, timeMs: number): number {
  if (!(month >= 1 && month <= 12 && day >= 1) || timeMs !== timeMs) return NaN;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCDate() !== day) return NaN;
  return date.getTime() + timeMs;
}

/**
 * Date text taken apart, or undefined when the text is no date form at all. A form with an
 * impossible day or time (`2026-02-30`, `25:00`) is undefined too.
 * @example dateText('31-Jul-18') // { kind: 'fixed', wall: Date.UTC(2018, 6, 31) }
 * @example dateText('02/09/2026 08:27') // { kind: 'dayMonth', first: 2, second: 9, year: 2026, timeMs: 30420000 }
 */
export function dateText(text: string): DateText | undefined {
  const t = foldCase(text);
  if (t.length < 6 || t.length > 40) return undefined;
  let m = ISO.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, offset] = m;
    const timeMs = h === undefined ? 0 : Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59 ? NaN : ((Number(h) * 60 + Number(mi)) * 60 + Number(s ?? 0)) * 1000 + Number((frac ?? '0').padEnd(3, '0'));
    const wall = wallOf(Number(y), Number(mo), Number(d), timeMs);
    if (wall !== wall) return undefined;
    if (!offset) return { kind: 'fixed', wall };
    if (offset === 'z') return { kind: 'fixed', wall, offsetMs: 0 };
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    return { kind: 'fixed', wall, offsetMs: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000 };
  }
  if ((m = DAY_MONTH.exec(t))) {
    const timeMs = timeOfDay(m, 5);
    return timeMs === timeMs ? { kind: 'dayMonth', first: Number(m[1]), second: Number(m[3]), year: fullYear(m[4]), timeMs } : undefined;
  }
  let year: string, month: number, day: string, at: number;
  if ((m = YMD.exec(t))) [year, month, day, at] = [m[1], Number(m[2]), m[3], 4];
  else if ((m = DAY_NAME.exec(t))) [year, month, day, at] = [m[3], monthOfName(m[2]), m[1], 4];
  else if ((m = NAME_DAY.exec(t))) [year, month, day, at] = [m[3], monthOfName(m[1]), m[2], 4];
  else if ((m = VI_DAY.exec(t))) [year, month, day, at] = [m[3], Number(m[2]), m[1], 4];
  else return undefined;
  const wall = wallOf(fullYear(year), month, Number(day), timeOfDay(m, at));
  return wall === wall ? { kind: 'fixed', wall } : undefined;
}

/** The order a day/month text proves by itself: a first part above 12 is a day, a second part above 12 too. */
export function orderProvedBy(parts: DateText): DateOrder | undefined {
  if (parts.kind !== 'dayMonth') return undefined;
  if (parts.first > 12 && parts.second <= 12) return 'dmy';
  if (parts.second > 12 && parts.first <= 12) return 'mdy';
  return undefined;
}

/** The wall clock (as if UTC) of date text under a column's order; NaN when that order makes no date (13/13). */
export function wallOfText(parts: DateText, order: DateOrder): number {
  if (parts.kind === 'fixed') return parts.wall;
  const [day, month] = order === 'dmy' ? [parts.first, parts.second] : [parts.second, parts.first];
  return wallOf(parts.year, month, day, parts.timeMs);
}

/**
 * The order a locale writes dates in: month first for `en_US` and the few like it, day first
 * for `vi_VN` and most others (asked of Intl; day first when Intl cannot say).
 */
export function dateOrderOfLocale(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale.replace('_', '-'), { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(Date.UTC(2026, 9, 13));
    const day = parts.findIndex((p) => p.type === 'day');
    const month = parts.findIndex((p) => p.type === 'month');
    const year = parts.findIndex((p) => p.type === 'year');
    // Year-first locales (ja, zh) write no day/month form with the year last; most such exports are day first.
    return month < day && year > month ? 'mdy' : 'dmy';
  } catch {
    return /^en[_-]us/i.test(locale) ? 'mdy' : 'dmy';
  }
}
