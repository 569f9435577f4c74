import { studentTCdf } from './student-t';
import { degenerateTest, SIGNIFICANCE_LEVEL, type WelchResult } from './types';

/** A sample's size, mean and variance (n − 1 denominator), as in MeanSummary (src/metrics/types.ts). */
export interface SampleMoments {
  n: number;
  /** The sample mean. */
  value: number;
  variance: number;
}

/**
 * Welch's unequal-variances t-test: did the mean (CSAT_AVG, CES mean, ART) change between
 * two periods?
 *
 * t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂), df = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))
 * (Welch–Satterthwaite), two-sided p from Student's t with that df. When neither sample
 * varies, equal means give p = 1 and different means p = 0 (t = ±Infinity, df = n₁ + n₂ − 2).
 * Cost O(1).
 *
 * @example welchTTest({ n: 10, value: 0.75, variance: 3.2005556 }, { n: 10, value: 2.33, variance: 4.0090000 })
 *   // { statistic: -1.8608…, df: 17.776…, pValue: 0.0794…, significant: false }  (R's sleep data)
 * @throws RangeError when a sample has fewer than 2 values or a negative or non-finite variance
 */
export function welchTTest(first: SampleMoments, second: SampleMoments): WelchResult {
  for (const sample of [first, second]) {
    if (!(Number.isInteger(sample.n) && sample.n >= 2)) throw new RangeError(`welchTTest: each sample needs at least 2 values, got ${sample.n}`);
    if (!(sample.variance >= 0 && Number.isFinite(sample.variance))) throw new RangeError(`welchTTest: variance must be finite and not negative, got ${sample.variance}`);
    if (!Number.isFinite(sample.value)) throw new RangeError(`welchTTest: mean must be finite, got ${sample.value}`);
  }
  const firstShare = first.variance / first.n;
  const secondShare = second.variance / second.n;
  const squaredError = firstShare + secondShare;
  const difference = first.value - second.value;
  if (squaredError === 0) return { ...degenerateTest(difference), df: first.n + second.n - 2 };
  const t = difference / Math.sqrt(squaredError);
  const df = (squaredError * squaredError) / ((firstShare * firstShare) / (first.n - 1) + (secondShare * secondShare) / (second.n - 1));
  const pValue = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  return { statistic: t, df, pValue, significant: pValue < SIGNIFICANCE_LEVEL };
}
