import { isoDate } from '../cells/calendar';
import { MAX_PLACES, newCoverage, noteLeftOut, noteUsed, type CellRef, type Coverage, type LeftOutReason } from '../cells/coverage';
import { NPS_DETRACTOR_MAX } from '../metrics/nps';
import { getMetric } from '../metrics/registry';
import type { MetricDef, Summary } from '../metrics/types';
import { kpiOf, readingOf } from './compare';
import { headlineKpis } from './display';
import { safeHttpUrl } from './format';
import { funnelOfCounts } from './journey';
import { assessMaturity } from './maturity';
import { emptyReport, evidenceOf, KPI_ORDER } from './model';
import type { PeriodFrame } from './period';
import { rankSummaries, trendStarts, worthShowing } from './series';
import { CommentTally } from './comments';
import { breakdownOf } from './survey';
import type { Kpi, Report, ReportInput, ReportMetricId } from './types';

/**
 * The report of one survey sheet from counts instead of cells: what the command line's SQL path
 * (src/cli/sql/) hands over after DuckDB has grouped a large export by period and reading, so
 * Node never holds its rows. Every figure is made by the same code as buildReport's (the
 * registry's summaries over the same observations, kpiOf, the segment ranking, the funnel, the
 * detractors and themes sections, the maturity rubric); only the counting happened elsewhere.
 * A differential test (test/cli/sql-differential.test.ts) holds the two to identical reports.
 */

/** Rows of one column that read alike in one period: a value used, or left out for a reason. */
export interface CountGroup {
  /** Period index (frame numbering); NaN when the row has no readable date. */
  period: number;
  /** The reading (a score, 1/0 for a flag); NaN when left out. */
  value: number;
  /** Why the cells were left out; undefined when used. */
  reason?: LeftOutReason;
  count: number;
  /** The first data rows (0-based, ascending, at most MAX_PLACES). */
  rows: number[];
}

/** One read column as counts, with the place of each data row. */
export interface ColumnCounts {
  groups: CountGroup[];
  refOf(row: number): CellRef;
}

export interface SurveyCounts {
  frame: PeriodFrame;
  /** The sheet or file the rows come from, and its readable days' first and last. */
  sheet: string;
  span?: { first: number; last: number };
  /** Where data row `row` of the date column is (for rows left out for no readable date). */
  dateRefOf(row: number): CellRef;
  nps?: ColumnCounts;
  csat?: ColumnCounts;
  ces?: ColumnCounts;
  referral?: ColumnCounts;
  /** Per score column, the reported period's used readings per segment (in order of first appearance): value → count. */
  segments?: Partial<Record<'nps' | 'csat' | 'ces', Map<string, Map<number, number>>>>;
  /** The journey column: customers per furthest stage and rows naming none, in the reported period. */
  stages?: { atStage: number[]; unmatched: number };
  /** Rows in the reported period, and of them those with at least one readable score. */
  rowsInPeriod: number;
  responses: number;
  /**
   * With a comment column: its non-blank rows of the reported period and the one before, added
   * one by one as they stream (in any order; each with its row as `order`), never held.
   */
  comments?: CommentTally;
}

export type CountsContext = Pick<ReportInput, 'lang' | 'timeZone' | 'targets' | 'csatScale' | 'cesScale' | 'spreadsheetUrl' | 'spreadsheetName'>;

export function reportFromCounts(counts: SurveyCounts, context: CountsContext): Report {
  const { frame } = counts;
  const report = emptyReport(context, frame, counts.span ? [{ sheet: counts.sheet, first: isoDate(counts.span.first), last: isoDate(counts.span.last) }] : []);
  const { kpis, segments } = report;
  const scored = (column: ColumnCounts, id: 'NPS' | 'CSAT' | 'CES', scale?: number) => {
    const def = getMetric(id, scale === undefined ? {} : { scale });
    const coverage = coverageOf(column, counts);
    const { kpi, summaries } = kpiOfCounts(def, column, frame, coverage, id, scale);
    if (worthShowing(kpi)) kpis.push(kpi);
    const field = id === 'NPS' ? 'nps' : id === 'CES' ? 'ces' : 'csat';
    const bySegment = counts.segments?.[field];
    if (bySegment && bySegment.size > 0) segments.push(rankSummaries(id, [...bySegment].map(([name, values]) => ({ name, n: sizeOf(values), summarize: () => summaryOf(def, values) }))));
    return { coverage, current: summaries[summaries.length - 1] };
  };
  if (counts.nps) {
    const { current } = scored(counts.nps, 'NPS');
    if (current && current.kind === 'nps') report.npsBreakdown = breakdownOf(current);
    report.detractors = detractorsOf(counts);
    const themes = counts.comments?.themesSection();
    if (themes) report.themes = themes;
  }
  if (counts.csat) {
    const scale = context.csatScale ?? 5;
    const { coverage } = scored(counts.csat, 'CSAT', scale);
    const { kpi } = kpiOfCounts(getMetric('CSAT_AVG', { scale }), counts.csat, frame, coverage, 'CSAT_AVG', scale);
    if (worthShowing(kpi)) kpis.push(kpi);
  }
  if (counts.ces) scored(counts.ces, 'CES', context.cesScale ?? 7);
  if (counts.referral) {
    const { kpi } = kpiOfCounts(getMetric('REFERRAL_RATE'), counts.referral, frame, coverageOf(counts.referral, counts), 'REFERRAL_RATE');
    if (worthShowing(kpi)) kpis.push(kpi);
  }
  if (counts.stages) {
    const funnel = funnelOfCounts(counts.stages.atStage, counts.stages.unmatched);
    if (funnel) report.funnel = funnel;
  }
  kpis.sort((a, b) => KPI_ORDER.indexOf(a.id) - KPI_ORDER.indexOf(b.id));
  const scoredAny = counts.nps || counts.csat || counts.ces;
  report.maturity = assessMaturity(evidenceOf(headlineKpis(kpis), scoredAny ? counts.responses : undefined), context.targets);
  const url = safeHttpUrl(context.spreadsheetUrl);
  if (url) report.spreadsheetUrl = url;
  if (context.spreadsheetName) report.spreadsheetName = String(context.spreadsheetName);
  return report;
}

function sizeOf(values: ReadonlyMap<number, number>): number {
  let n = 0;
  for (const count of values.values()) n += count;
  return n;
}

/**
 * The registry's summary of observations given as value → count: from the counts themselves when
 * the metric takes whole values (summarizeCounts gives summarize's Summary), so memory does not
 * grow with the rows; otherwise from the observations laid out (their order does not matter).
 */
function summaryOf(def: MetricDef, values: ReadonlyMap<number, number>): Summary {
  const whole = def.whole;
  if (whole && def.summarizeCounts && [...values.keys()].every((v) => Number.isInteger(v) && v >= whole.low && v <= whole.high)) {
    const counts = new Float64Array(whole.high - whole.low + 1);
    for (const [value, count] of values) counts[value - whole.low] += count;
    return def.summarizeCounts(counts);
  }
  const out = new Float64Array(sizeOf(values));
  let at = 0;
  for (const [value, count] of values) {
    out.fill(value, at, at + count);
    at += count;
  }
  return def.summarize(out);
}

/** columnKpi over counts: each trend period's used readings through the registry's summary. */
function kpiOfCounts(def: MetricDef, column: ColumnCounts, frame: PeriodFrame, coverage: Coverage, id: ReportMetricId, scale?: number): { kpi: Kpi; summaries: (Summary | null)[] } {
  const first = frame.trend[0];
  const buckets = frame.trend.map(() => new Map<number, number>());
  for (const group of column.groups) {
    const slot = group.period - first;
    if (group.reason === undefined && slot >= 0 && slot < buckets.length) buckets[slot].set(group.value, (buckets[slot].get(group.value) ?? 0) + group.count);
  }
  const summaries = buckets.map((bucket) => (bucket.size > 0 ? summaryOf(def, bucket) : null));
  const kpi = kpiOf(id, trendStarts(frame), summaries.map((s) => (s ? readingOf(s) : null)), scale, frame.kind, coverage);
  return { kpi, summaries };
}

/**
 * periodCoverage over counts: the reported period's used and left-out cells, and every non-blank
 * cell of a row without a readable date as `noDate` at the date cell; places in reading order.
 */
function coverageOf(column: ColumnCounts, counts: SurveyCounts): Coverage {
  const index = counts.frame.index;
  const byReason = new Map<LeftOutReason, { count: number; rows: number[]; refOf: (row: number) => CellRef }>();
  const coverage = newCoverage();
  const add = (reason: LeftOutReason, group: CountGroup, refOf: (row: number) => CellRef) => {
    const entry = byReason.get(reason) ?? { count: 0, rows: [], refOf };
    entry.count += group.count;
    entry.rows.push(...group.rows);
    byReason.set(reason, entry);
  };
  for (const group of column.groups) {
    if (group.period === index) {
      if (group.reason === undefined) noteUsed(coverage, group.count);
      else add(group.reason, group, column.refOf);
    } else if (group.period !== group.period && group.reason !== 'blank') add('noDate', group, counts.dateRefOf);
  }
  // Reasons in the order their first cell comes, as a row-by-row pass would meet them.
  const entries = [...byReason].map(([reason, entry]) => ({ reason, ...entry, rows: entry.rows.sort((a, b) => a - b).slice(0, MAX_PLACES) }));
  entries.sort((a, b) => a.rows[0] - b.rows[0]);
  for (const { reason, count, rows, refOf } of entries) {
    for (const row of rows) noteLeftOut(coverage, reason, refOf(row));
    if (count > rows.length) noteLeftOut(coverage, reason, undefined, count - rows.length);
  }
  return coverage;
}

/** The period's detractors (NPS 0–6), from the counts and the comment rows. */
function detractorsOf(counts: SurveyCounts) {
  const { frame } = counts;
  let count = 0;
  for (const group of counts.nps!.groups) if (group.period === frame.index && group.reason === undefined && group.value <= NPS_DETRACTOR_MAX) count += group.count;
  return (counts.comments ?? new CommentTally(frame.index)).detractorsSection(count, counts.rowsInPeriod > 0);
}
