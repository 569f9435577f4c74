import { dayOfDate, isoDate, localDay, periodIndex, periodStartDay } from '../cells/calendar';
import type { CalendarKind, LocalDate, Period, PeriodChoice, ReportInput } from './types';

/**
 * Which period a report covers (metrics-spec.md section 6). Calendar periods are numbered as in
 * src/cells/calendar.ts (week, month, quarter or year index), so "the one before" is index − 1
 * and a 12-period trend is a run of indexes. A date range is numbered the same way in steps of
 * its own length (the range is 0, the equally long stretch before it −1); `all` is one period, 0,
 * that also holds rows without a date.
 */

/**
 * Periods in a trend, the reported one last: the reported period and the 12 before it, which
 * give the typical period (their median) and the same month a year earlier (metrics-spec.md
 * section 3).
 */
export const TREND_LENGTH = 13;

export interface PeriodFrame {
  kind: Period['kind'];
  /** Index of the reported period. */
  index: number;
  period: Period;
  /** The period before (null for `all`). */
  previous: Period | null;
  /** Indexes, oldest first, ending at `index` (TREND_LENGTH of them; one for `all`). */
  trend: number[];
  /** The period index of a local day number; NaN for NaN (every day is 0 for `all`). */
  indexOf(day: number): number;
  /** The index of a row without a readable date: 0 for `all` (it holds everything), else NaN. */
  undated: number;
  /** First day of the period with this index, `YYYY-MM-DD`. */
  startOf(index: number): LocalDate;
}

/** The Period (first and last local day) of a calendar index. */
export function periodOfIndex(index: number, kind: CalendarKind): Period {
  const first = periodStartDay(index, kind);
  const last = periodStartDay(index + 1, kind) - 1;
  return { kind, start: isoDate(first), end: isoDate(last) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of `YYYY-MM-DD`, or NaN when it is not a date that exists. */
function dayOrNaN(text: string): number {
  const match = DATE.exec(text);
  if (!match) return NaN;
  const day = dayOfDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return isoDate(day) === text ? day : NaN;
}

/** The day number of `YYYY-MM-DD`, checked. */
export function dayOfLocalDate(date: LocalDate): number {
  const day = dayOrNaN(date);
  if (day !== day) throw new RangeError(`report: period start must be a date like 2026-03-01, not ${JSON.stringify(date)}`);
  return day;
}

/** The Monday of ISO week `week` of ISO year `year`, or NaN when that year has no such week. */
function isoWeekMonday(year: number, week: number): number {
  const firstMonday = periodStartDay(periodIndex(dayOfDate(year, 1, 4), 'week'), 'week');
  const weeks = (periodStartDay(periodIndex(dayOfDate(year, 12, 28), 'week'), 'week') - firstMonday) / 7 + 1;
  return week >= 1 && week <= weeks ? firstMonday + 7 * (week - 1) : NaN;
}

/** The ISO week name of a day: `2026-W41` (the ISO year may differ from the date's year at a year end). */
export function isoWeekName(day: number): string {
  const monday = periodStart(day);
  const thursday = monday + 3; // the ISO year is the year of the week's Thursday
  const year = Number(isoDate(thursday).slice(0, 4));
  const week = (monday - isoWeekMonday(year, 1)) / 7 + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function periodStart(day: number): number {
  return periodStartDay(periodIndex(day, 'week'), 'week');
}

/**
 * A period as a person types it, or undefined when the text is none of the accepted forms
 * (PERIOD_FORMS): `all`, `2026`, `2026-Q3`, `2026-10`, `2026-W41`, a day `2026-10-05` (the
 * Monday-to-Sunday week holding it), or a range `2026-09-01..2026-10-31` (both ends included,
 * the end not before the start). Months, weeks and days are checked against the calendar:
 * `2026-13`, `2026-Q5`, `2026-W54`, `2026-02-30` are refused.
 * @example parsePeriodText('2026-W01') // { kind: 'week', start: '2025-12-29' }
 */
export function parsePeriodText(raw: string): PeriodChoice | undefined {
  const text = raw.trim();
  if (text.toLowerCase() === 'all') return { kind: 'all' };
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) return { kind: 'year', start: `${match[1]}-01-01` };
  if ((match = /^(\d{4})-q([1-4])$/i.exec(text))) {
    const month = 3 * (Number(match[2]) - 1) + 1;
    return { kind: 'quarter', start: `${match[1]}-${String(month).padStart(2, '0')}-01` };
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(text))) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', start: `${text}-01` } : undefined;
  }
  if ((match = /^(\d{4})-w(\d{2})$/i.exec(text))) {
    const monday = isoWeekMonday(Number(match[1]), Number(match[2]));
    return monday === monday ? { kind: 'week', start: isoDate(monday) } : undefined;
  }
  if ((match = /^(\S+)\s*\.\.\s*(\S+)$/.exec(text))) {
    const [start, end] = [dayOrNaN(match[1]), dayOrNaN(match[2])];
    if (start !== start || end !== end || end < start) return undefined;
    return { kind: 'range', start: match[1], end: match[2] };
  }
  const day = dayOrNaN(text);
  return day === day ? { kind: 'week', start: isoDate(periodStart(day)) } : undefined;
}

/** The accepted forms, as a usage message lists them. */
export const PERIOD_FORMS = ['all', '2026', '2026-Q3', '2026-10', '2026-W41', '2026-10-05', '2026-09-01..2026-10-31'] as const;

/** The period's name as it is typed back (`2026-10`, `2026-Q3`, `2026-W41`, `2026-09-01..2026-10-31`, `all`). */
/** The choice that frames `period` again (a `--by` group's report over the whole report's period). */
export function choiceOfPeriod(period: Period): PeriodChoice {
  if (period.kind === 'all') return { kind: 'all' };
  if (period.kind === 'range') return { kind: 'range', start: period.start, end: period.end };
  return { kind: period.kind, start: period.start };
}

export function periodKeyOf(period: Period): string {
  switch (period.kind) {
    case 'all':
      return 'all';
    case 'year':
      return period.start.slice(0, 4);
    case 'quarter':
      return `${period.start.slice(0, 4)}-Q${Math.floor((Number(period.start.slice(5, 7)) - 1) / 3) + 1}`;
    case 'month':
      return period.start.slice(0, 7);
    case 'week':
      return isoWeekName(dayOfLocalDate(period.start));
    case 'range':
      return `${period.start}..${period.end}`;
  }
}

/** The first and last local day with data, over every dated column the report read. */
export interface DataSpan {
  first: number;
  last: number;
}

/**
 * The period the input chose, or by default the latest complete calendar month **that has data**
 * (metrics-spec.md section 6): the month of the latest data day before the current month in the
 * spreadsheet's zone (with `defaultKind`, the latest complete week or quarter with data instead,
 * for "Send a test now" on a weekly or quarterly schedule). Data with no dates at all gives `all`.
 * With dates but none before the current period, the period before `now` (which has no data; the
 * report then says which does).
 */
export function framePeriod(input: Pick<ReportInput, 'period' | 'now' | 'timeZone' | 'defaultKind'>, data?: { span?: DataSpan; latestBefore(day: number): number }): PeriodFrame {
  const choice = input.period ?? defaultPeriod(input, data);
  if (choice.kind === 'all') return allFrame(data?.span);
  if (choice.kind === 'range') return rangeFrame(dayOfLocalDate(choice.start), dayOfLocalDate(choice.end));
  const kind = choice.kind;
  const index = periodIndex(dayOfLocalDate(choice.start), kind);
  return {
    kind,
    index,
    period: periodOfIndex(index, kind),
    previous: periodOfIndex(index - 1, kind),
    trend: Array.from({ length: TREND_LENGTH }, (_, i) => index - (TREND_LENGTH - 1) + i),
    indexOf: (day) => (day === day ? periodIndex(day, kind) : NaN),
    undated: NaN,
    startOf: (i) => isoDate(periodStartDay(i, kind)),
  };
}

function defaultPeriod(input: Pick<ReportInput, 'now' | 'timeZone' | 'defaultKind'>, data: { span?: DataSpan; latestBefore(day: number): number } | undefined): PeriodChoice {
  const now = input.now === undefined ? Date.now() : Number(input.now);
  const kind = input.defaultKind ?? 'month';
  const current = periodIndex(localDay(now, input.timeZone), kind);
  if (data && !data.span) return { kind: 'all' };
  const latest = data ? data.latestBefore(periodStartDay(current, kind)) : NaN;
  const index = latest === latest ? periodIndex(latest, kind) : current - 1;
  return { kind, start: isoDate(periodStartDay(index, kind)) };
}

function allFrame(span: DataSpan | undefined): PeriodFrame {
  const period: Period = { kind: 'all', start: span ? isoDate(span.first) : '', end: span ? isoDate(span.last) : '' };
  return { kind: 'all', index: 0, period, previous: null, trend: [0], indexOf: () => 0, undated: 0, startOf: () => period.start };
}

function rangeFrame(first: number, last: number): PeriodFrame {
  const length = last - first + 1;
  const rangeOf = (index: number): Period => ({ kind: 'range', start: isoDate(first + index * length), end: isoDate(first + (index + 1) * length - 1) });
  return {
    kind: 'range',
    index: 0,
    period: rangeOf(0),
    previous: rangeOf(-1),
    trend: Array.from({ length: TREND_LENGTH }, (_, i) => i - (TREND_LENGTH - 1)),
    indexOf: (day) => (day === day ? Math.floor((day - first) / length) : NaN),
    undated: NaN,
    startOf: (i) => isoDate(first + i * length),
  };
}
