/**
 * The standard normal distribution: cumulative probability and its inverse, used by the
 * z-tests and intervals in src/stats (metrics-spec.md section 3).
 */

const SQRT_2PI = 2.5066282746310002;

/** Standard normal density φ(z) = e^(−z²/2)/√(2π). */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

/**
 * Standard normal cumulative probability Φ(z) = P(Z ≤ z).
 *
 * Hart's double-precision rational approximation (algorithm 5666, as given by G. West,
 * "Better approximations to cumulative normal functions", 2005) for |z| < 4, and Laplace's
 * continued fraction beyond, where Hart's ratio drifts to 1e-9; relative error about 1e-14,
 * tails included, so p-values of extreme z stay meaningful. Cost O(1).
 *
 * @example normalCdf(1.96) // 0.9750021048517795
 * @param z any number; ±Infinity give 1 and 0; NaN gives NaN
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z);
  let tail: number; // P(Z > |z|); e underflows to 0 past |z| ≈ 38.6, which is the right answer there
  const e = Math.exp(-0.5 * x * x);
  if (x < 4) {
    let num = 3.52624965998911e-2 * x + 0.700383064443688;
    num = num * x + 6.37396220353165;
    num = num * x + 33.912866078383;
    num = num * x + 112.079291497871;
    num = num * x + 221.213596169931;
    num = num * x + 220.206867912376;
    let den = 8.83883476483184e-2 * x + 1.75566716318264;
    den = den * x + 16.064177579207;
    den = den * x + 86.7807322029461;
    den = den * x + 296.564248779674;
    den = den * x + 637.333633378831;
    den = den * x + 793.826512519948;
    den = den * x + 440.413735824752;
    tail = (e * num) / den;
  } else if (e === 0) {
    tail = 0;
  } else {
    // The Mills ratio as a continued fraction, evaluated bottom-up; 24 terms reach 1e-14 from z = 4.
    let cf = x;
    for (let k = 24; k >= 1; k--) cf = x + k / cf;
    tail = e / cf / SQRT_2PI;
  }
  if (Number.isNaN(z)) return NaN;
  return z > 0 ? 1 - tail : tail;
}

// Acklam's rational approximations for the inverse normal (relative error 1.15e-9),
// central region and tails.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * The z with Φ(z) = p (the normal quantile), e.g. 1.959964 for p = 0.975.
 *
 * Acklam's approximation refined by Halley steps on Φ, which bring it to about 1e-14
 * relative error, well inside the 1e-9 the intervals need. Cost O(1).
 *
 * @example normalQuantile(0.975) // 1.959963984540054
 * @param p a probability; 0 gives −Infinity and 1 gives +Infinity
 * @throws RangeError when p is not in [0, 1] (callers validate user input first)
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  // Halley step on e = Φ(x) − p. Above the median, Φ(x) − p = (1 − p) − Φ(−x), where 1 − p is
  // exact and Φ(−x) keeps its relative accuracy, so upper-tail quantiles refine as well as lower.
  // Acklam's start is poor below p ≈ 1e-200, so a second step costs little and guards it.
  for (let step = 0; step < 2; step++) {
    const e = x > 0 ? 1 - p - normalCdf(-x) : normalCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    x = x - u / (1 + 0.5 * x * u);
  }
  return x;
}
