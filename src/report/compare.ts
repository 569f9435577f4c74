import { newCoverage, type Coverage } from '../cells/coverage';
import type { Summary } from '../metrics/types';
import { normalQuantile, npsDifferenceTest, npsInterval, twoProportionTest, welchTTest, wilsonInterval } from '../stats';
import { METRIC_INFO } from './display';
import type { Comparison, Kpi, Period, Reading, ReportMetricId, TrendPoint, TypicalPeriod, Usualness } from './types';

/**
 * A period against the one before, by the tests of metrics-spec.md section 3: the NPS
 * difference test for NPS, the pooled two-proportion z-test for rates, Welch's t-test for
 * means; counts (churn from counts, active users) carry no test and show the change only.
 */

/** Observations each period needs before a change is shown (section 3's rule of thumb). */
export const MIN_N = 30;

/** The test for two summaries of the same kind. */
function testOf(current: Summary, previous: Summary): Omit<Comparison, 'change'> {
  if (current.kind === 'nps' && previous.kind === 'nps') {
    const result = npsDifferenceTest(current, previous);
    return { test: 'nps-difference', statistic: result.statistic, pValue: result.pValue, significant: result.significant };
  }
  if (current.kind === 'proportion' && previous.kind === 'proportion') {
    const result = twoProportionTest(current, previous);
    return { test: 'two-proportion', statistic: result.statistic, pValue: result.pValue, significant: result.significant };
  }
  if (current.kind === 'mean' && previous.kind === 'mean') {
    const result = welchTTest(current, previous);
    return { test: 'welch', statistic: result.statistic, pValue: result.pValue, significant: result.significant };
  }
  throw new Error(`compare: cannot test a ${current.kind} against a ${previous.kind}`);
}

/**
 * Whether the comparison can be shown, and what it is. Summaries with a test need n ≥ MIN_N in
 * both periods (fewer gives `lowN` and no comparison, so no misleading change); readings
 * without a summary are counts and compare without a test.
 */
export function compareReadings(current: Reading | null, previous: Reading | null): { comparison: Comparison | null; lowN: boolean } {
  if (!current || !previous) return { comparison: null, lowN: false };
  const change = current.value - previous.value;
  if (!current.summary || !previous.summary) return { comparison: { change, test: 'none', significant: false }, lowN: false };
  if (current.n < MIN_N || previous.n < MIN_N) return { comparison: null, lowN: true };
  return { comparison: { change, ...testOf(current.summary, previous.summary) }, lowN: false };
}

/** Periods before the reported one that a typical period needs: fewer, and it is just "the month before". */
export const MIN_TYPICAL_PERIODS = 3;

/** How many periods back the same period a year earlier is (months only). */
const YEAR_BACK = 12;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The typical period of the readings before the reported one (metrics-spec.md section 3): the
 * median value of up to 12 periods, using only periods with enough observations to mean
 * something (every period with data for counts). Its interval is the 95% interval that a period
 * of the median size would have at the median value: a reported value outside it is further
 * from the usual level than chance in a period of that size explains.
 */
export function typicalOf(before: (Reading | null)[]): TypicalPeriod | null {
  const used = before.filter((r): r is Reading => r !== null && (!r.summary || r.n >= MIN_N)).slice(-12);
  if (used.length < MIN_TYPICAL_PERIODS) return null;
  const value = median(used.map((r) => r.value));
  const n = Math.round(median(used.map((r) => r.n)));
  const typical: TypicalPeriod = { value, periods: used.length, n };
  const summaries = used.map((r) => r.summary).filter((s): s is Summary => s !== undefined);
  if (summaries.length !== used.length || n < 1) return typical;
  const z = normalQuantile(0.975);
  const kind = summaries[0].kind;
  if (kind === 'proportion') {
    const interval = wilsonInterval(Math.min(n, Math.max(0, Math.round((value / 100) * n))), n);
    return { ...typical, low: interval.low, high: interval.high };
  }
  if (kind === 'nps') {
    // The typical mix of promoters and detractors at the typical size, centred on the median NPS.
    const shares = summaries.map((s) => (s.kind === 'nps' ? [s.promoters / s.n, s.detractors / s.n] : [0, 0]));
    const promoters = Math.round(n * median(shares.map((s) => s[0])));
    const detractors = Math.min(n - promoters, Math.round(n * median(shares.map((s) => s[1]))));
    const interval = npsInterval(promoters, n - promoters - detractors, detractors);
    const shift = value - (100 * (promoters - detractors)) / n;
    return { ...typical, low: Math.max(-100, interval.low + shift), high: Math.min(100, interval.high + shift) };
  }
  const variance = median(summaries.map((s) => (s.kind === 'mean' ? s.variance : 0)));
  const half = z * Math.sqrt(variance / n);
  return { ...typical, low: value - half, high: value + half };
}

function outside(typical: TypicalPeriod, reading: Reading | null): boolean | null {
  if (!reading || typical.low === undefined || typical.high === undefined || reading.n < MIN_N) return null;
  return reading.value < typical.low || reading.value > typical.high;
}

/** Unusual now, back to usual after an unusual period, or usual; null when it cannot be judged. */
function usualnessOf(typical: TypicalPeriod | null, current: Reading | null, previous: Reading | null, higherIsBetter: boolean): Pick<Kpi, 'usualness' | 'unusualWas'> {
  if (!typical) return { usualness: null };
  const now = outside(typical, current);
  if (now === null) return { usualness: null };
  const was = (reading: Reading) => ((reading.value > typical.value) === higherIsBetter ? 'better' : 'worse');
  if (now) return { usualness: 'unusual', unusualWas: was(current!) };
  if (outside(typical, previous)) return { usualness: 'back-to-usual', unusualWas: was(previous!) };
  const usualness: Usualness = 'usual';
  return { usualness };
}

/**
 * A KPI from readings per trend period (oldest first, the reported period last): the change
 * from the period before with its test, the typical period and where this one sits against it,
 * and the same period a year earlier when the trend reaches back that far.
 */
export function kpiOf(id: ReportMetricId, trendStarts: string[], readings: (Reading | null)[], scale?: number, kind: Period['kind'] = 'month', coverage: Coverage = newCoverage()): Kpi {
  const current = readings[readings.length - 1] ?? null;
  const previous = readings[readings.length - 2] ?? null;
  const { comparison, lowN } = compareReadings(current, previous);
  const trend: TrendPoint[] = readings.map((r, i) => ({ start: trendStarts[i], n: r?.n ?? 0, value: r ? r.value : null }));
  const info = METRIC_INFO[id];
  const typical = typicalOf(readings.slice(0, -1));
  const lastYear = kind === 'month' ? readings[readings.length - 1 - YEAR_BACK] ?? null : null;
  return {
    id, unit: info.unit, higherIsBetter: info.higherIsBetter, scale, current, previous, comparison, lowN, trend,
    typical,
    vsTypical: typical && current ? current.value - typical.value : null,
    ...usualnessOf(typical, current, previous, info.higherIsBetter),
    lastYear,
    lastYearComparison: compareReadings(current, lastYear).comparison,
    coverage,
  };
}

/** A reading from a registry summary. */
export function readingOf(summary: Summary): Reading {
  return { n: summary.n, value: summary.value, summary };
}
