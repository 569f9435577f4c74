import { regularizedBeta } from './regularized-beta';

/**
 * Cumulative probability of Student's t distribution with `df` degrees of freedom,
 * P(T ≤ t) = 1 − ½·I_{df/(df+t²)}(df/2, ½) for t ≥ 0 (and symmetric for t < 0).
 *
 * Non-integer df are allowed (Welch's test produces them). The smaller tail is computed
 * directly, so `2 * studentTCdf(-Math.abs(t), df)` is an accurate two-sided p-value even
 * when it is tiny. Cost O(1) up to the continued fraction of regularizedBeta.
 *
 * @example studentTCdf(2.228138851986274, 10) // 0.975
 * @throws RangeError when df is not above 0
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTCdf: df must be above 0, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const t2 = t * t;
  // x and 1 − x computed separately: for small t, 1 − x = t²/(df + t²) would vanish in 1 − x.
  const x = df / (df + t2);
  const oneMinusX = t2 / (df + t2);
  const lowerTail = 0.5 * regularizedBeta(x, df / 2, 0.5, oneMinusX);
  return t > 0 ? 1 - lowerTail : lowerTail;
}
