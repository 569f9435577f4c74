import { SourceError } from './types';

/**
 * Wall-clock times → instants in an IANA time zone, without a date library.
 * Sheets stores dates as wall times of the spreadsheet's zone, so every source turns
 * "2026-03-01 10:00" into the instant that is 10:00 on that day in the chosen zone.
 */

const MS_PER_HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets per zone and UTC hour: a 1-million-row file asks for the same few hours again and again. */
const offsetCache = new Map<string, number>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
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
      throw new SourceError(`Unknown time zone: ${timeZone} (use an IANA name such as Asia/Ho_Chi_Minh)`, 2);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a SourceError for a zone name Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** Milliseconds to add to UTC to get the zone's wall time at `instant` (whole seconds). */
function offsetAt(instant: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const hour = Math.floor(instant / MS_PER_HOUR);
  const key = `${timeZone}|${hour}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(hour * MS_PER_HOUR))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = wall - hour * MS_PER_HOUR;
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/**
 * The instant of a wall time in `timeZone`. In a DST gap the wall time does not exist and
 * it moves forward (02:30 → 03:30, as JavaScript does); in an overlap the earlier instant wins.
 * `month` is 1-based.
 */
export function wallTimeToDate(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
  timeZone = 'UTC',
): Date {
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC maps years 0–99 to 1900–1999; Sheets data never has them, but keep it exact.
  const wall = year >= 0 && year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  // Zone offsets lie within ±14 h, so the offsets 14 h either side cover any transition.
  const before = wall - offsetAt(wall - 14 * MS_PER_HOUR, timeZone);
  const after = wall - offsetAt(wall + 14 * MS_PER_HOUR, timeZone);
  const exact = [before, after].filter((t) => t + offsetAt(t, timeZone) === wall);
  return new Date(exact.length ? Math.min(...exact) : before);
}

/** Reads a Date whose UTC fields hold a wall time (exceljs' convention) as that wall time in `timeZone`. */
export function utcWallToZone(date: Date, timeZone: string): Date {
  if (timeZone === 'UTC') return date;
  return wallTimeToDate(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
    timeZone,
  );
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A Sheets serial number (days since 1899-12-30, fraction = time of day) as the instant of
 * that wall time in the spreadsheet's zone. Definition of the serial:
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption
 * Rounded to the millisecond, because serials carry floating-point noise (0.1 ms and less).
 */
export function serialToDate(serial: number, timeZone: string): Date {
  return utcWallToZone(new Date(SERIAL_EPOCH + Math.round(serial * 86_400_000)), timeZone);
}
