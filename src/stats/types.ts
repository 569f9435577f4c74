/** Shapes shared by the intervals and significance tests (metrics-spec.md section 3). */

/** A change is called significant only when p is below this (metrics-spec.md section 3). */
export const SIGNIFICANCE_LEVEL = 0.05;

/** The outcome of a two-sided significance test. */
export interface TestResult {
  /** The test statistic (z or t); positive when the first group is higher. */
  statistic: number;
  /** Two-sided p-value in [0, 1]. */
  pValue: number;
  /** p < 0.05. */
  significant: boolean;
}

/** Welch's t-test also reports its Welch–Satterthwaite degrees of freedom. */
export interface WelchResult extends TestResult {
  df: number;
}

/** A confidence interval, in the same units as the estimate it brackets. */
export interface Interval {
  low: number;
  high: number;
}

/** The result for two groups that cannot differ by chance: identical (p = 1) or with no spread at all (p = 0). */
export function degenerateTest(difference: number): TestResult {
  if (difference === 0) return { statistic: 0, pValue: 1, significant: false };
  return { statistic: difference > 0 ? Infinity : -Infinity, pValue: 0, significant: true };
}

/** Checks a confidence level the way every interval needs it: strictly between 0 and 1. */
export function checkConfidence(fn: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`${fn}: confidence must be between 0 and 1, got ${confidence}`);
}

/** Checks a count of successes out of n: whole numbers with 0 ≤ successes ≤ n and n > 0. */
export function checkCounts(fn: string, successes: number, n: number): void {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`${fn}: n must be a whole number above 0, got ${n}`);
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= n)) {
    throw new RangeError(`${fn}: successes must be a whole number from 0 to ${n}, got ${successes}`);
  }
}
