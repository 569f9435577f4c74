import { utcOffset, wallClockToInstant } from '../../cells/calendar';
import type { Lang } from '../../cells/types';
import { sourceMessages } from './messages';
import { SourceError } from './types';

/**
 * Wall-clock times → instants in an IANA time zone, without a date library.
 * Sheets stores dates as wall times of the spreadsheet's zone, so every source turns
 * "2026-03-01 10:00" into the instant that is 10:00 on that day in the chosen zone.
 */

/** Throws a SourceError for a zone name Intl does not know. */
export function checkTimeZone(timeZone: string, lang?: Lang): void {
  try {
    utcOffset(0, timeZone);
  } catch {
    throw new SourceError(sourceMessages(lang).unknownZone(timeZone), 2);
  }
}

/**
 * The instant of a wall time in `timeZone`, by the calendar's own rule (src/cells/calendar.ts):
 * in a DST gap the wall time moves forward (02:30 → 03:30); in an overlap the earlier instant wins.
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
  return new Date(timeZone === 'UTC' ? wall : wallClockToInstant(wall, timeZone));
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
