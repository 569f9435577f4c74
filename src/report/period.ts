import { dayOfDate, isoDate, localDay, periodIndex, periodStartDay } from '../cells/calendar';
import type { LocalDate, Period, ReportInput } from './types';

/**
 * Which period a report covers. Periods are numbered as in src/cells/calendar.ts (month or
 * Monday-to-Sunday week index), so "the one before" is index − 1 and a 12-period trend is a
 * run of indexes, with no date arithmetic in the report itself.
 */

/**
 * Periods in a trend, the reported one last: the reported period and the 12 before it, which
 * give the typical period (their median) and the same month a year earlier (metrics-spec.md
 * section 3).
 */
export const TREND_LENGTH = 13;

export interface PeriodFrame {
  kind: 'month' | 'week';
  /** Index of the reported period. */
  index: number;
  period: Period;
  previous: Period;
  /** TREND_LENGTH indexes, oldest first, ending at `index`. */
  trend: number[];
}

/** The Period (first and last local day) with this index. */
export function periodOfIndex(index: number, kind: 'month' | 'week'): Period {
  const first = periodStartDay(index, kind);
  const last = periodStartDay(index + 1, kind) - 1;
  return { kind, start: isoDate(first), end: isoDate(last) };
}

/** The day number of `YYYY-MM-DD`, checked. */
export function dayOfLocalDate(date: LocalDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? dayOfDate(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
  if (!match || isoDate(day) !== date) throw new RangeError(`report: period start must be a date like 2026-03-01, not ${JSON.stringify(date)}`);
  return day;
}

/**
 * The period chosen in the input, or by default the calendar month before `now` in the
 * spreadsheet's time zone (a report sent on 1 April covers March).
 */
export function framePeriod(input: Pick<ReportInput, 'period' | 'now' | 'timeZone'>): PeriodFrame {
  let kind: 'month' | 'week';
  let index: number;
  if (input.period) {
    kind = input.period.kind;
    index = periodIndex(dayOfLocalDate(input.period.start), kind);
  } else {
    kind = 'month';
    const now = input.now === undefined ? Date.now() : Number(input.now);
    index = periodIndex(localDay(now, input.timeZone), 'month') - 1;
  }
  const trend = Array.from({ length: TREND_LENGTH }, (_, i) => index - (TREND_LENGTH - 1) + i);
  return { kind, index, period: periodOfIndex(index, kind), previous: periodOfIndex(index - 1, kind), trend };
}
