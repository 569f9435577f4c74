import type { MetricDef, Summary } from '../metrics/types';
import { normalQuantile, npsInterval, wilsonInterval } from '../stats';
import { kpiOf, readingOf } from './compare';
import { METRIC_INFO } from './display';
import { leftOutCount, type Coverage } from '../cells/coverage';
import type { RowNumbers } from './columns';
import type { PeriodFrame } from './period';
import type { Kpi, ReportMetricId, SegmentRanking, SegmentValue } from './types';

/**
 * A column metric over the report's periods and segments. Observations come already read by
 * the metric's own `read` (NaN = skipped); only the registry's `summarize` turns them into a
 * value, so a trend point here and `=NPS(...)` over the same cells agree.
 */

/** Segments with fewer observations than this are not ranked (metrics-spec.md section 3): an NPS on 15 answers is ±45 points. */
export const MIN_SEGMENT_N = 30;

/** The 95% interval of a summary: Wilson for proportions, adjusted-Wald for NPS, mean ± z·s/√n for means. */
export function intervalOf(summary: Summary): { low: number; high: number } {
  if (summary.kind === 'proportion') return wilsonInterval(summary.successes, summary.n);
  if (summary.kind === 'nps') return npsInterval(summary.promoters, summary.passives, summary.detractors);
  // n ≥ MIN_SEGMENT_N here, where the t and normal quantiles differ by under 5%.
  const half = normalQuantile(0.975) * Math.sqrt(summary.variance / summary.n);
  return { low: summary.value - half, high: summary.value + half };
}

/** The registry's summary per trend period (null where the period has no observations). */
export function summariesByPeriod(def: MetricDef, values: Float64Array, periods: RowNumbers, frame: PeriodFrame): (Summary | null)[] {
  const first = frame.trend[0];
  const buckets: number[][] = frame.trend.map(() => []);
  for (let i = 0; i < values.length; i++) {
    const slot = periods[i] - first;
    if (values[i] === values[i] && slot >= 0 && slot < buckets.length) buckets[slot].push(values[i]);
  }
  return buckets.map((bucket) => (bucket.length > 0 ? def.summarize(bucket) : null));
}

/** Period start dates of the trend, for TrendPoint.start. */
export function trendStarts(frame: PeriodFrame): string[] {
  return frame.trend.map((index) => frame.startOf(index));
}

/** The KPI of a column metric: trend, current, previous and their comparison. */
export function columnKpi(def: MetricDef, values: Float64Array, periods: RowNumbers, frame: PeriodFrame, coverage: Coverage, id: ReportMetricId = def.id, scale?: number): { kpi: Kpi; summaries: (Summary | null)[] } {
  const summaries = summariesByPeriod(def, values, periods, frame);
  const kpi = kpiOf(id, trendStarts(frame), summaries.map((s) => (s ? readingOf(s) : null)), scale, frame.kind, coverage);
  return { kpi, summaries };
}

/**
 * Whether a KPI goes into the report: it has data in one of its periods, or cells of the reported
 * period were left out. A metric whose every answer was left out (say, a date column no date of
 * which can be read) is shown as "no data" with its coverage, which says why and where — never
 * dropped without a word (metrics-spec.md sections 1 and 7).
 */
export function worthShowing(kpi: Kpi): boolean {
  return kpi.trend.some((point) => point.n > 0) || leftOutCount(kpi.coverage) > 0;
}

/**
 * Best and worst segment in the reported period, among segments with at least MIN_SEGMENT_N
 * observations, each with its interval; thinner segments are listed apart as too few to rank.
 * No best or worst when fewer than two segments qualify or all score the same; undefined when
 * the period has no segmented observations. "Best" follows the metric's direction (a short
 * ART is best). Ties keep the larger segment first.
 */
export function rankSegments(def: MetricDef, values: Float64Array, periods: RowNumbers, segmentOf: (row: number) => string, frame: PeriodFrame, id: ReportMetricId = def.id): SegmentRanking | undefined {
  const bySegment = new Map<string, number[]>();
  for (let i = 0; i < values.length; i++) {
    if (periods[i] !== frame.index || values[i] !== values[i]) continue;
    const name = segmentOf(i);
    if (!name) continue;
    const list = bySegment.get(name);
    if (list) list.push(values[i]);
    else bySegment.set(name, [values[i]]);
  }
  if (bySegment.size === 0) return undefined;
  return rankObservations(def, bySegment, id);
}

/**
 * The ranking of each segment's observations in the reported period (rankSegments' second half),
 * for callers that counted them elsewhere (the command line's SQL path). Segments in the order
 * they first appear.
 */
export function rankObservations(def: MetricDef, bySegment: ReadonlyMap<string, ArrayLike<number>>, id: ReportMetricId = def.id): SegmentRanking {
  return rankSummaries(id, [...bySegment].map(([name, observations]) => ({ name, n: observations.length, summarize: () => def.summarize(observations) })));
}

/**
 * The same ranking from each segment's observation count and summary (made only for a segment
 * with enough observations), for a caller that holds counts rather than observations.
 */
export function rankSummaries(id: ReportMetricId, segments: readonly { name: string; n: number; summarize(): Summary }[]): SegmentRanking {
  const ranked: SegmentValue[] = [];
  const tooFew: { name: string; n: number }[] = [];
  for (const { name, n, summarize } of segments) {
    if (n < MIN_SEGMENT_N) {
      tooFew.push({ name, n });
      continue;
    }
    const summary = summarize();
    ranked.push({ name, n: summary.n, value: summary.value, ...intervalOf(summary) });
  }
  tooFew.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const info = METRIC_INFO[id];
  const sign = info.higherIsBetter ? -1 : 1;
  ranked.sort((a, b) => sign * (a.value - b.value) || b.n - a.n || a.name.localeCompare(b.name));
  const ranking: SegmentRanking = { metric: id, unit: info.unit, minN: MIN_SEGMENT_N, ranked: ranked.length, tooFew };
  // One segment, or every segment scoring the same, has no best or worst to name.
  if (ranked.length >= 2 && ranked[0].value !== ranked[ranked.length - 1].value) {
    ranking.best = ranked[0];
    ranking.worst = ranked[ranked.length - 1];
  } else if (ranked.length === 1) ranking.only = ranked[0];
  return ranking;
}
