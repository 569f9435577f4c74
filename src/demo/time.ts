/**
 * Wall-clock time in the demo spreadsheet's zone, Asia/Ho_Chi_Minh.
 *
 * Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact for
 * every date the demo uses; no time-zone database is needed (and none is available without
 * Intl in every runtime that embeds this code).
 */
export const DEMO_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DEMO_UTC_OFFSET_MINUTES = 7 * 60;

/**
 * "Today" in the demo's story: a few days after its data ends (October 2026), so the previous
 * calendar month is the demo's last full month whenever the demo is run.
 */
export const DEMO_TODAY = new Date('2026-11-05T03:00:00Z');

/** The instant that reads `year-month-day hour:minute:second` on a clock in Ho Chi Minh City. */
export function localTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - DEMO_UTC_OFFSET_MINUTES * 60_000);
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar month of the demo, e.g. { year: 2026, month: 10, index: 13 }. */
export interface DemoMonth {
  year: number;
  month: number;
  /** 0 for the first month of the demo. */
  index: number;
}

/**
 * The demo's months: September 2025 through October 2026 (14 months). With today's date of
 * 2026-11-24, October 2026 is "last month" for a monthly report and September the month before.
 */
export function demoMonths(): DemoMonth[] {
  const months: DemoMonth[] = [];
  for (let index = 0; index < 14; index++) {
    const zeroBased = 8 + index; // September 2025 is month 8 (0-based) of 2025
    months.push({ year: 2025 + Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1, index });
  }
  return months;
}

/** Label of a month for maps keyed by month, e.g. `2026-10`. */
export function monthKey(month: { year: number; month: number }): string {
  return `${month.year}-${String(month.month).padStart(2, '0')}`;
}
