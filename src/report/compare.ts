import type { Summary } from '../metrics/types';
import { npsDifferenceTest, twoProportionTest, welchTTest } from '../stats';
import { METRIC_INFO } from './display';
import type { Comparison, Kpi, Reading, ReportMetricId, TrendPoint } from './types';

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

/** A KPI from readings per trend period (oldest first, the reported period last). */
export function kpiOf(id: ReportMetricId, trendStarts: string[], readings: (Reading | null)[], scale?: number): Kpi {
  const current = readings[readings.length - 1] ?? null;
  const previous = readings[readings.length - 2] ?? null;
  const { comparison, lowN } = compareReadings(current, previous);
  const trend: TrendPoint[] = readings.map((r, i) => ({ start: trendStarts[i], n: r?.n ?? 0, value: r ? r.value : null }));
  const info = METRIC_INFO[id];
  return { id, unit: info.unit, higherIsBetter: info.higherIsBetter, scale, current, previous, comparison, lowN, trend };
}

/** A reading from a registry summary. */
export function readingOf(summary: Summary): Reading {
  return { n: summary.n, value: summary.value, summary };
}
