import { normalCdf } from './normal';
import { checkCounts, degenerateTest, SIGNIFICANCE_LEVEL, type TestResult } from './types';

/** Successes out of n, as in ProportionSummary (src/metrics/types.ts). */
export interface ProportionCounts {
  successes: number;
  n: number;
}

/**
 * Two-proportion z-test with pooled standard error: did the rate (CSAT %, FCR, referral
 * rate, trial conversion, CES percent) change between two periods?
 *
 * z = (p₁ − p₂)/√(p̄(1 − p̄)(1/n₁ + 1/n₂)) with p̄ = (x₁ + x₂)/(n₁ + n₂); two-sided
 * p = 2·Φ(−|z|). When both groups are all successes or all failures the rates are equal
 * and p = 1. Cost O(1).
 *
 * @example twoProportionTest({ successes: 486, n: 5000 }, { successes: 527, n: 5000 })
 *   // { statistic: -1.3589…, pValue: 0.1742…, significant: false }
 * @throws RangeError when a count is not a whole number, n ≤ 0, or successes > n
 */
export function twoProportionTest(first: ProportionCounts, second: ProportionCounts): TestResult {
  checkCounts('twoProportionTest', first.successes, first.n);
  checkCounts('twoProportionTest', second.successes, second.n);
  const difference = first.successes / first.n - second.successes / second.n;
  const pooled = (first.successes + second.successes) / (first.n + second.n);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  if (standardError === 0) return degenerateTest(difference);
  const z = difference / standardError;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { statistic: z, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}
