import { normalCdf } from './normal';
import { degenerateTest, SIGNIFICANCE_LEVEL, type TestResult } from './types';

/** The counts of an NPS sample, as in NpsSummary (src/metrics/types.ts). */
export interface NpsCounts {
  n: number;
  promoters: number;
  detractors: number;
}

/**
 * Did NPS change between two periods? A z-test on the difference of two NPS values
 * (metrics-spec.md section 3).
 *
 * z = (NPS₁ − NPS₂)/√(V₁/n₁ + V₂/n₂), with NPS = 100(p − d) and V = 100²·(p + d − (p − d)²),
 * p and d the promoter and detractor shares; two-sided p = 2·Φ(−|z|). When neither
 * sample varies (all promoters, all passives or all detractors in both), equal NPS gives
 * p = 1 and different NPS p = 0 (z = ±Infinity). Cost O(1).
 *
 * @example npsDifferenceTest({ n: 100, promoters: 60, detractors: 15 }, { n: 100, promoters: 40, detractors: 20 })
 *   // { statistic: 2.3755…, pValue: 0.0175…, significant: true }  (NPS 45 vs 20)
 * @throws RangeError when n is not a whole number above 0 or the counts are negative,
 *   fractional, or add up to more than n
 */
export function npsDifferenceTest(first: NpsCounts, second: NpsCounts): TestResult {
  const [firstNps, firstVariance] = npsAndVariance(first);
  const [secondNps, secondVariance] = npsAndVariance(second);
  const squaredError = firstVariance / first.n + secondVariance / second.n;
  const difference = firstNps - secondNps;
  if (squaredError === 0) return degenerateTest(difference);
  const z = difference / Math.sqrt(squaredError);
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { statistic: z, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}

function npsAndVariance({ n, promoters, detractors }: NpsCounts): [number, number] {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`npsDifferenceTest: n must be a whole number above 0, got ${n}`);
  if (!(Number.isInteger(promoters) && Number.isInteger(detractors) && promoters >= 0 && detractors >= 0 && promoters + detractors <= n)) {
    throw new RangeError(`npsDifferenceTest: promoters and detractors must be whole numbers adding up to at most n = ${n}, got ${promoters} and ${detractors}`);
  }
  const promoterShare = promoters / n;
  const detractorShare = detractors / n;
  const net = promoterShare - detractorShare;
  // Clamp: p + d − (p − d)² is ≥ 0 in exact arithmetic; rounding may dip below 0 by 1e-17.
  return [100 * net, 100 * 100 * Math.max(0, promoterShare + detractorShare - net * net)];
}
