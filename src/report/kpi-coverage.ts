import { decideDecimalMark, textsOf } from '../cells/decide';
import type { CellRef, Coverage } from '../cells/coverage';
import { readCount } from '../metrics/churn';
import { getMetric } from '../metrics/registry';
import { periodCoverage, periodsOfDays, ReportReader, textOf, undatedPeriods, usableEvents, type RowNumbers } from './columns';
import { eventCoverage, monthRowsCoverage } from './counts';
import { referralFlagsFor } from './referral-flags';
import { buildReport } from './model';
import { dayOfLocalDate, framePeriod } from './period';
import { isoDate, periodIndex, periodStartDay } from '../cells/calendar';
import type { Cell, Lang } from '../cells/types';
import type { ColumnPlace, PeriodChoice, ReportInput, ReportMetricId } from './types';
import { cellAt, type Cells } from '../cells/packed';

/**
 * The coverage the monthly report gives one metric of one column for a period (metrics-spec.md
 * section 7): n used, and the cells left out by reason with their places. It runs the report
 * itself on that column (buildReport), so a live view of it (the dashboard's coverage column,
 * through =CX_COVERAGE) cannot count differently from the email. A segment keeps only the rows
 * whose group cell is that segment, as the dashboard's segment dropdown does; places stay the
 * rows' own sheet cells.
 *
 * The columns by metric: scores and yes/no flags in `values`, dated by `dates`; ART from
 * resolved dates in `values` and opened dates in `dates` (a ticket counts when resolved),
 * ART_DURATION from durations dated by `dates`; counts per month (referral rate, trial
 * conversion) with their totals (new customers, trials) in `totals`; active users from user ids
 * in `values` and activity dates. Where the report has no figure for the period (counts outside
 * a month, trial flags, active users over a quarter), the same rules count the period's rows.
 * Figures from customer records measure their own period (`'own'`, as their functions do): churn
 * flags (`values`, dated by `dates` when the list has them) the whole list; CUSTOMER_CHURN and
 * CUSTOMER_RETENTION from join dates (`values`) and cancel dates (`dates`) the latest complete
 * month on or before the list's last date; ACTIVITY_CHURN from user ids and dates that month of
 * the log and the one before, which it compares.
 */

export const COVERAGE_METRICS = [
  'NPS', 'CSAT', 'CSAT_AVG', 'CES', 'FCR', 'ART', 'ART_DURATION', 'REFERRAL_RATE', 'TRIAL_CONVERSION', 'MAU', 'DAU', 'STICKINESS',
  'CHURN', 'CUSTOMER_CHURN', 'CUSTOMER_RETENTION', 'ACTIVITY_CHURN',
] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

/** Where a column starts: its sheet, letter and first data row (1-based). */
export interface ColumnStart {
  sheet: string;
  column: string;
  row: number;
}

export interface KpiCoverageInput {
  metric: CoverageMetric;
  values: readonly Cell[];
  dates?: readonly Cell[];
  /** Counts forms: the totals each count is a share of (new customers for referrals, trials for conversions). */
  totals?: readonly Cell[];
  /** REFERRAL_RATE over "How did you hear about us?" answers: the answers that mean a referral. */
  answers?: readonly string[];
  period: PeriodChoice | 'own';
  /** With `group`: only rows whose group cell (trimmed) is `group`. */
  groups?: readonly Cell[];
  group?: string;
  scale?: number;
  /** The mapping's label table of the column (answer → score), as the report reads it. */
  labels?: Record<string, number>;
  timeZone: string;
  lang: Lang;
  locale?: string;
  /** Where `values`, `dates` and `totals` start, so left-out cells are named by their sheet cell. */
  valuesAt?: ColumnStart;
  datesAt?: ColumnStart;
  totalsAt?: ColumnStart;
}

/** The report KPI each metric's coverage is. */
const KPI_OF: Partial<Record<CoverageMetric, ReportMetricId>> = {
  ART_DURATION: 'ART', MAU: 'ACTIVE_USERS', DAU: 'ACTIVE_USERS', CUSTOMER_CHURN: 'CHURN', CUSTOMER_RETENTION: 'RETENTION', ACTIVITY_CHURN: 'ACTIVE_USERS',
};

/**
 * The period a figure from customer records measures (its function's default): the whole list
 * for churn flags; the latest complete month on or before the last of `days` for customer churn
 * and retention; for activity churn that month and the one before, which it compares.
 */
export function ownPeriod(metric: 'CHURN' | 'CUSTOMER_CHURN' | 'CUSTOMER_RETENTION' | 'ACTIVITY_CHURN', days: readonly RowNumbers[]): PeriodChoice | undefined {
  if (metric === 'CHURN') return { kind: 'all' };
  let last = -Infinity;
  for (const column of days) for (const day of column) if (day > last) last = day;
  if (last === -Infinity) return undefined;
  // A month is complete on or before its last day: the month holding the day after, less one.
  const month = periodIndex(last + 1, 'month') - 1;
  const start = (index: number) => isoDate(periodStartDay(index, 'month'));
  if (metric === 'ACTIVITY_CHURN') return { kind: 'range', start: start(month - 1), end: isoDate(periodStartDay(month + 1, 'month') - 1) };
  return { kind: 'month', start: start(month) };
}

/** The report's n and coverage of the metric in the period; n 0 with nothing used when the period has no row. */
export function kpiCoverage(input: KpiCoverageInput): { n: number; coverage: Coverage } {
  const rows: number[] = [];
  for (let i = 0; i < input.values.length; i++) {
    if (input.group !== undefined && input.group !== '' && textOf(input.groups?.[i] ?? '') !== input.group) continue;
    rows.push(i);
  }
  const pick = (cells: readonly Cell[]) => rows.map((i) => cells[i] ?? '');
  const values = pick(input.values);
  const dates = input.dates ? pick(input.dates) : undefined;
  const totals = input.totals ? pick(input.totals) : undefined;
  const columns = new Map<readonly Cell[], ColumnPlace>();
  const place = (cells: readonly Cell[], at?: ColumnStart) => {
    if (at) columns.set(cells, { sheet: at.sheet, refOf: (index): CellRef => ({ sheet: at.sheet, column: at.column, row: at.row + rows[index] }) });
  };
  place(values, input.valuesAt);
  if (dates) place(dates, input.datesAt);
  if (totals) place(totals, input.totalsAt);
  const m = input.metric;
  let period = input.period;
  if (period === 'own') {
    const own = m === 'CHURN' || m === 'CUSTOMER_CHURN' || m === 'CUSTOMER_RETENTION' || m === 'ACTIVITY_CHURN' ? m : undefined;
    const reader = new ReportReader(input);
    // Join and cancel dates, or the log's dates (its users hold none).
    const dated = m === 'ACTIVITY_CHURN' ? [dates] : [values, dates];
    period = (own && ownPeriod(own, dated.flatMap((cells) => (cells ? [reader.days(cells).days] : [])))) ?? { kind: 'all' };
  }
  const report: ReportInput<Cells> = { timeZone: input.timeZone, lang: input.lang, locale: input.locale, period, columns };
  const blanks = () => values.map((): Cell => '');
  const counts = totals && (m === 'REFERRAL_RATE' || m === 'TRIAL_CONVERSION');
  if (counts && period.kind !== 'month') return countRows(report, values, totals, dates);
  if (m === 'TRIAL_CONVERSION' && !counts) return flagRows(report, values, dates);
  if (counts) {
    // The report's monthly counts: its own sums and coverage for the month.
    const [part, total] = m === 'REFERRAL_RATE' ? ['referred', 'new'] : ['converted', 'trials'];
    report.subscriptions = { month: dates ?? blanks(), start: blanks(), end: blanks(), new: blanks(), [part]: values, [total]: totals };
  } else if (m === 'FCR') report.tickets = { opened: dates ?? blanks(), firstContact: values };
  else if (m === 'ART') report.tickets = { opened: dates ?? blanks(), resolved: values };
  else if (m === 'ART_DURATION') report.tickets = { opened: [], duration: values, dates };
  else if (m === 'REFERRAL_RATE') {
    // Answers to "How did you hear about us?" as the report reads them: a referral answer is yes.
    const referred = input.answers?.length ? values.map(referralFlagsFor(input.answers)) : values;
    if (input.valuesAt) place(referred, input.valuesAt);
    report.referrals = { dates, referred };
  } else if (m === 'MAU' || m === 'DAU' || m === 'STICKINESS' || m === 'ACTIVITY_CHURN') report.activity = { users: values, dates: dates ?? blanks() };
  else if (m === 'CHURN') report.customers = { churned: values, dates };
  else if (m === 'CUSTOMER_CHURN' || m === 'CUSTOMER_RETENTION') report.customers = { joined: values, left: dates ?? blanks() };
  else {
    const field = m === 'NPS' ? 'nps' : m === 'CES' ? 'ces' : 'csat';
    report.survey = { dates, [field]: values, ...(input.labels ? { labels: { [field]: input.labels } } : {}) };
  }
  if ((m === 'CSAT' || m === 'CSAT_AVG') && input.scale !== undefined) report.csatScale = input.scale as ReportInput<Cells>['csatScale'];
  if (m === 'CES' && input.scale !== undefined) report.cesScale = input.scale as ReportInput<Cells>['cesScale'];
  const kpi = buildReport(report).kpis.find((k) => k.id === (KPI_OF[m] ?? m));
  // Active users have report figures for months and weeks: over another period, its rows of the log
  // (over all, every usable row, as the sidebar's preview counts them).
  if (!kpi && report.activity) {
    const rows = activityCoverage(report, report.activity);
    // Activity churn is a share of the customers active in the first of its two months.
    return m === 'ACTIVITY_CHURN' && period.kind === 'range' ? { n: activeBefore(report, report.activity, period.start), coverage: rows.coverage } : rows;
  }
  if (!kpi) return { n: 0, coverage: { used: 0, leftOut: {} } };
  // n as the email says it beside the number (view.ts: the current reading's n).
  return { n: kpi.current?.n ?? 0, coverage: kpi.coverage };
}

/** The period's frame and each row's period index, as the report places rows. */
function framed(report: ReportInput<Cells>, reader: ReportReader, dates: Cells | undefined, rows: number, order?: 'dmy' | 'mdy') {
  const days = dates ? reader.days(dates, order).days : undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const day of days ?? []) if (day === day) (first = Math.min(first, day)), (last = Math.max(last, day));
  const frame = framePeriod(report, { span: first <= last ? { first, last } : undefined, latestBefore: () => NaN });
  return { frame, periods: days ? periodsOfDays(days, frame) : undatedPeriods(rows, frame), dated: dates ? reader.days(dates, order).column : undefined };
}

/** Monthly counts over a period that is not one month: the rows in it, as the report counts a month's rows; n = the totals summed. */
function countRows(report: ReportInput<Cells>, part: Cells, totals: Cells, dates: Cells | undefined): { n: number; coverage: Coverage } {
  const reader = new ReportReader(report);
  const { frame, periods, dated } = framed(report, reader, dates, part.length);
  const read = (cells: Cells) => {
    const mark = decideDecimalMark(textsOf(cells), report.locale).mark;
    return reader.column(cells, (cell) => readCount(cell, mark));
  };
  const [partColumn, totalColumn] = [read(part), read(totals)];
  const coverage = monthRowsCoverage([partColumn, totalColumn], periods, frame.index, dated ?? totalColumn);
  let n = 0;
  for (let i = 0; i < periods.length; i++) if (periods[i] === frame.index && totalColumn.values[i] === totalColumn.values[i]) n += totalColumn.values[i];
  return { n, coverage };
}

/** Yes/no flags of trial conversions, as the report counts referral flags: the period's answers used, the rest by reason. */
function flagRows(report: ReportInput<Cells>, flags: Cells, dates: Cells | undefined): { n: number; coverage: Coverage } {
  const reader = new ReportReader(report);
  const { frame, periods, dated } = framed(report, reader, dates, flags.length);
  const coverage = periodCoverage(reader.column(flags, getMetric('TRIAL_CONVERSION').read), periods, frame.index, dated);
  return { n: coverage.used, coverage };
}

/**
 * An activity log over a period the report gives no active-user figure for (a quarter, a year, a
 * range such as the two months activity churn compares): the log's rows in it; over all, every
 * usable row, as the sidebar's preview counts them. n is the rows used.
 */
export function activityCoverage(report: ReportInput<Cells>, activity: NonNullable<ReportInput<Cells>['activity']>): { n: number; coverage: Coverage } {
  const reader = new ReportReader(report);
  if (report.period?.kind === 'all') {
    const { coverage } = usableEvents(activity, reader, Infinity);
    return { n: coverage.used, coverage };
  }
  const { frame } = framed(report, reader, activity.dates, activity.users.length, activity.dateOrder);
  const { column, days } = reader.days(activity.dates, activity.dateOrder);
  const coverage = eventCoverage(activity.users, days, column, frame, reader);
  return { n: coverage.used, coverage };
}

/** The different users of a log active in the month starting `start` (ACTIVITY_CHURN's n: the customers it could lose). */
function activeBefore(report: ReportInput<Cells>, activity: NonNullable<ReportInput<Cells>['activity']>, start: string): number {
  const { days } = new ReportReader(report).days(activity.dates, activity.dateOrder);
  const first = dayOfLocalDate(start);
  const next = periodStartDay(periodIndex(first, 'month') + 1, 'month');
  const users = new Set<string>();
  for (let i = 0; i < days.length; i++) if (days[i] >= first && days[i] < next && textOf(cellAt(activity.users, i)) !== '') users.add(textOf(cellAt(activity.users, i)));
  return users.size;
}
