import type { Lang } from '../cells/types';
import type { DataSource, Mapping } from '../mapping/schema';
import { columnRange, datesRange, labelsArg, type PlannedMetric } from './dashboard-plan';
import { answersLiteral } from './dashboard-records';
import { dashboardTexts as T } from './messages';
import { COVERAGE_METRICS } from '../report/kpi-coverage';

/**
 * The dashboard's live formulas, as text, without touching a sheet (so they are unit-testable
 * and the builder only writes them). Every formula reads the two selector cells:
 *
 * - the period (`$B$4`): a label from the list the add-on writes (`2026-10`, `2026-Q3`, `2026`,
 *   All), looked up with VLOOKUP into its length in months and its first day; the helper cells
 *   `$X$2:$Z$3` hold the selection's months, start, end, and the step and anchor of the trend;
 * - the segment (`$B$5`): All, or a value of the first segment column;
 *
 * and filters the mapped ranges with FILTER(range, dates >= start, dates < end, segment match)
 * before the metric's own function reads them, so changing a dropdown recomputes in place.
 * Only composed text and quoted references go into formulas; a period label never does.
 */

/** 1-based column number → letters (1 → A, 27 → AA). */
export function letters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export const cell = (row: number, column: number, absolute = false) => (absolute ? `$${letters(column)}$${row}` : `${letters(column)}${row}`);

/** Where things are (1-based rows and columns). */
export const LAYOUT = {
  title: { row: 1 },
  subtitle: { row: 2 },
  period: { row: 4, column: 2 },
  segment: { row: 5, column: 2 },
  /** The selection's months (0 for All), first day and end (exclusive): X2, Y2, Z2. */
  selected: { row: 2, months: 24, start: 25, end: 26 },
  /** The trend's step in months, its last period's first day, and the selection's last day: X3, Y3, Z3. */
  anchor: { row: 3, months: 24, start: 25, last: 26 },
  /** Lists behind the dropdowns: segments in V, periods in W:Z (label, months, first day, last day). */
  lists: { row: 6, segment: 22, label: 23, months: 24, start: 25, last: 26, rows: 200 },
  kpi: { row: 7 },
  /** Width of the visible tables (A:I). */
  width: 9,
  trendLength: 13,
} as const;

/** The KPI table's columns. */
export const KPI_COLUMNS = ['metric', 'period', 'segment', 'value', 'n', 'leftOut', 'change', 'typical', 'source', 'why'] as const;
/** Where each KPI row's CX_COVERAGE spills its n, left out and reasons (S:U, left of the lists in V:Z), which E, F and J show. */
export const COVERAGE_COLUMN = 19;
export const KPI_COL = Object.fromEntries(KPI_COLUMNS.map((name, i) => [name, i + 1])) as Record<(typeof KPI_COLUMNS)[number], number>;

const PERIOD = cell(LAYOUT.period.row, LAYOUT.period.column, true);
const SEGMENT = cell(LAYOUT.segment.row, LAYOUT.segment.column, true);
const SEL_MONTHS = cell(LAYOUT.selected.row, LAYOUT.selected.months, true);
const SEL_START = cell(LAYOUT.selected.row, LAYOUT.selected.start, true);
const SEL_END = cell(LAYOUT.selected.row, LAYOUT.selected.end, true);
const STEP = cell(LAYOUT.anchor.row, LAYOUT.anchor.months, true);
const ANCHOR = cell(LAYOUT.anchor.row, LAYOUT.anchor.start, true);
const LAST_DAY = cell(LAYOUT.anchor.row, LAYOUT.anchor.last, true);

export const SELECTOR_CELLS = { period: PERIOD.replace(/\$/g, ''), segment: SEGMENT.replace(/\$/g, '') };

/** A quoted string literal for a formula ("All" → `"All"`). */
export const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The helper formulas: what the period label means. */
export function selectionFormulas(latestMonthStart: string): { months: string; start: string; end: string; step: string; anchor: string; last: string } {
  const { lists } = LAYOUT;
  const table = `${cell(lists.row, lists.label, true)}:${cell(lists.row + lists.rows, lists.last, true)}`;
  return {
    months: `=VLOOKUP(${PERIOD}, ${table}, 2, FALSE)`,
    start: `=VLOOKUP(${PERIOD}, ${table}, 3, FALSE)`,
    last: `=VLOOKUP(${PERIOD}, ${table}, 4, FALSE)`,
    end: `=IF(${SEL_MONTHS}=0, DATE(9999, 12, 31), EDATE(${SEL_START}, ${SEL_MONTHS}))`,
    // For All the trend shows the last 13 months of data.
    step: `=IF(${SEL_MONTHS}=0, 1, ${SEL_MONTHS})`,
    anchor: `=IF(${SEL_MONTHS}=0, ${latestMonthStart}, ${SEL_START})`,
  };
}

export interface Filters {
  /** The source's date range, when it has one, read through CX_DATES (datesRange). */
  dates?: string;
  /** The FILTER condition of its rows from `start` to before `end`: CX_IN_PERIOD over the date range, in the mapping's date order. */
  inPeriod?: (start: string, end: string) => string;
  /** The source's segment range, when the segment selector applies to it. */
  segments?: string;
}

/** The column that places a row in a period: the timestamp, or for tickets the day opened. */
export function dateColumn(source: DataSource): string | undefined {
  return source.columns.timestamp ?? source.columns.ticketOpened;
}

/** The period filter of a source by one of its date columns: the dates through CX_DATES, and CX_IN_PERIOD over them. */
export function periodFilter(source: DataSource, letter: string): Pick<Filters, 'dates' | 'inPeriod'> {
  const order = source.dateOrder ? `, "${source.dateOrder}"` : '';
  return { dates: datesRange(source, letter), inPeriod: (start, end) => `CX_IN_PERIOD(${columnRange(source, letter)}, ${start}, ${end}${order})` };
}

export function filtersOf(source: DataSource, segmentField: boolean): Filters {
  const letter = dateColumn(source);
  return {
    ...(letter ? periodFilter(source, letter) : {}),
    segments: segmentField && source.columns.segment ? columnRange(source, source.columns.segment) : undefined,
  };
}

function conditionsOf(filters: Filters, start: string, end: string, allText: string): string[] {
  const conditions: string[] = [];
  // The selection's All is every row, undated ones too, as the engine counts All (metrics-spec §6).
  // One CX_IN_PERIOD per FILTER: the dates read as the engine reads them, one custom-function call.
  const inPeriod = filters.inPeriod ?? (filters.dates ? (from: string, to: string) => `(${filters.dates}>=${from})*(${filters.dates}<${to})` : undefined);
  if (inPeriod && start === SEL_START) conditions.push(`(${SEL_MONTHS}=0)+${inPeriod(start, end)}`);
  else if (inPeriod) conditions.push(inPeriod(start, end));
  if (filters.segments) conditions.push(`(${filters.segments}=${SEGMENT})+(${SEGMENT}=${literal(allText)})`);
  return conditions;
}

/** `wrap` for one period (start and end as formula text): FILTER by dates and segment. */
export function wrapper(filters: Filters, start: string, end: string, allText: string): (range: string) => string {
  const conditions = conditionsOf(filters, start, end, allText);
  if (conditions.length === 0) return (range) => range;
  return (range) => `FILTER(${range}, ${conditions.join(', ')})`;
}

/**
 * The non-blank cells of a range under the same filter. Not COUNTA(FILTER(…)): with no match
 * FILTER is #N/A, which COUNTA counts as one value; ROWS of it is an error (0 under IFERROR).
 */
export function nonBlankCounter(filters: Filters, start: string, end: string, allText: string): (range: string) => string {
  const conditions = conditionsOf(filters, start, end, allText);
  if (conditions.length === 0) return (range) => `COUNTA(${range})`;
  return (range) => `ROWS(FILTER(${range}, ${conditions.join(', ')}, ${range}<>""))`;
}

/** The n, value and left-out formulas of one metric in one period. */
export function metricFormulas(metric: PlannedMetric, filters: Filters, start: string, end: string, allText: string, nCell: string, asOfAll?: boolean): { n: string; value: string; nonBlank: string } {
  const wrap = wrapper(filters, start, end, allText);
  const nonBlankOf = nonBlankCounter(filters, start, end, allText);
  // FILTER with no match is #N/A: that is n = 0, said as a blank value, not an error.
  const n = `=IFERROR(${metric.countWith(wrap, nonBlankOf)}, 0)`;
  // Active users are counted as of the period's last day (for All: the last day with data).
  const lastDay = asOfAll && filters.dates ? `IF(${SEL_MONTHS}=0, MAX(${filters.dates}), ${end}-1)` : `${end}-1`;
  const asOf = filters.dates && (metric.unit === 'count' || metric.metric === 'STICKINESS') ? lastDay : undefined;
  const value = `=IF(${nCell}=0, "", ${metric.formulaWith(wrap, asOf).slice(1)})`;
  const nonBlank = `IFERROR(${metric.nonBlankWith(wrap, nonBlankOf)}, 0)`;
  return { n, value, nonBlank };
}

export const SELECTED = { last: LAST_DAY, start: SEL_START, end: SEL_END, months: SEL_MONTHS, step: STEP, anchor: ANCHOR, period: PERIOD, segment: SEGMENT };

/** The first source with a segment column: the segment selector offers its values. */
export function segmentSource(mapping: Mapping, plan: PlannedMetric[]): DataSource | undefined {
  return mapping.sources.find((s) => s.columns.segment && plan.some((m) => m.sheet === s.sheetName));
}

export function allText(lang: Lang): string {
  return T.all[lang];
}

/**
 * Active users as of the selected period's last day (the last day with data for All), over the
 * whole log, or its rows of the selected segment when `wrap` filters by one.
 */
export function activityFormulas(metric: PlannedMetric, wrap: (range: string) => string, nCell: string): { n: string; value: string; nonBlank: string } {
  const counta = (range: string) => `COUNTA(${range})`;
  return {
    n: `=IFERROR(${metric.countWith(wrap, counta)}, 0)`,
    value: `=IF(${nCell}=0, "", ${metric.formulaWith(wrap, LAST_DAY).slice(1)})`,
    // Every user id is read (an unreadable one is an error, not a skip): nothing is left out.
    nonBlank: `IFERROR(${metric.countWith(wrap, counta)}, 0)`,
  };
}

/**
 * The KPI's coverage as the email counts it (=CX_COVERAGE over the whole columns, so its places
 * are sheet cells), for the selected period and segment; undefined for metrics it does not cover.
 * The columns each metric's coverage reads: ART its resolved dates (a ticket counts when resolved)
 * and opened dates, monthly counts their totals, active users the log's ids and dates, a
 * "How did you hear about us?" column the saved referral answers.
 */
export function coverageFormula(metric: PlannedMetric, source: DataSource, filters: Filters, scale: number | undefined, allText: string, referralAnswers?: readonly string[]): string | undefined {
  if (!(COVERAGE_METRICS as readonly string[]).includes(metric.metric) || metric.parts) return undefined;
  const range = (k: number) => columnRange(source, metric.letters[k]);
  const activity = ['MAU', 'DAU', 'STICKINESS'].includes(metric.metric);
  const art = metric.metric === 'ART';
  // Date columns through CX_DATES, so the coverage reads text dates in the mapping's order too.
  const dates = art ? datesRange(source, metric.letters[0]) : activity ? datesRange(source, metric.letters[1]) : filters.dates;
  const values = art ? datesRange(source, metric.letters[1]) : metric.source;
  // The label itself (2026-10, 2026-Q3, 2026), the spec's period forms; the selector's All is "all".
  const period = dates ? `IF(${PERIOD}=${literal(allText)}, "all", ${PERIOD})` : '"all"';
  const groups = filters.segments ? `${filters.segments}, IF(${SEGMENT}=${literal(allText)}, "", ${SEGMENT})` : '"", ""';
  // The mapping's label table, as the metric's own formula passes it (`, {"Tốt",4;…}` or '').
  const field = metric.metric === 'NPS' ? 'nps' : metric.metric === 'CES' ? 'ces' : metric.metric === 'CSAT' || metric.metric === 'CSAT_AVG' ? 'csat' : undefined;
  const counts = (metric.metric === 'REFERRAL_RATE' || metric.metric === 'TRIAL_CONVERSION') && metric.letters.length === 2;
  const answers = metric.metric === 'REFERRAL_RATE' && !counts && referralAnswers?.length ? `, ${answersLiteral(referralAnswers)}` : '';
  const labels = field ? labelsArg(source, field) : answers;
  const totals = counts ? `, ${range(1)}` : '';
  const scaleArg = scale === undefined ? (labels || totals ? ', ""' : '') : `, ${scale}`;
  const labelsOrBlank = labels || (totals ? ', ""' : '');
  return `=CX_COVERAGE(${literal(metric.metric)}, ${values}, ${dates ?? '""'}, ${period}, ${groups}${scaleArg}${labelsOrBlank}${totals})`;
}

/**
 * A figure from customer records' coverage over its own period, as its function measures it
 * (=CX_COVERAGE with no period): churn flags the whole list, customer churn and retention their
 * join and cancel dates' latest complete month, activity churn the log's two months it compares.
 */
export function recordCoverageFormula(metric: PlannedMetric, source: DataSource): string | undefined {
  if (!(COVERAGE_METRICS as readonly string[]).includes(metric.metric)) return undefined;
  // Date columns through CX_DATES, as the figure's own formula reads them (text dates in the mapping's order).
  const dated = RECORD_DATE_COLUMNS[metric.metric] ?? [];
  const ranges = metric.letters.map((letter, k) => (dated.includes(k) ? datesRange(source, letter) : columnRange(source, letter)));
  return `=CX_COVERAGE(${literal(metric.metric)}, ${ranges.join(', ')})`;
}

/** Which of a records figure's columns are dates: join and cancel dates; an activity log's dates after its user ids. */
const RECORD_DATE_COLUMNS: Record<string, readonly number[]> = { CUSTOMER_CHURN: [0, 1], CUSTOMER_RETENTION: [0, 1], ACTIVITY_CHURN: [1] };

/** An "All surveys" figure for one period: each sheet's column under its own filters (`wrap`, `nonBlank` know the range). */
export function combinedFormulas(metric: PlannedMetric, wrap: (range: string) => string, nonBlank: (range: string) => string, nCell: string): { n: string; value: string; nonBlank: string } {
  return {
    n: `=IFERROR(${metric.countWith(wrap, nonBlank)}, 0)`,
    value: `=IF(${nCell}=0, "", ${metric.formulaWith(wrap).slice(1)})`,
    nonBlank: `IFERROR(${metric.nonBlankWith(wrap, nonBlank)}, 0)`,
  };
}
