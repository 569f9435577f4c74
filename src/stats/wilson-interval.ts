import { normalQuantile } from './normal';
import { checkConfidence, checkCounts, type Interval } from './types';

/**
 * Wilson score interval for a proportion, in percent points (0–100) like the rates the
 * user sees (metrics-spec.md section 3: "Proportion intervals, where shown, are Wilson").
 *
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), with p̂ = successes/n and
 * z = Φ⁻¹(1 − (1 − confidence)/2). Unlike the plain Wald interval it stays inside 0–100 and
 * is not empty at 0 or n successes. Cost O(1).
 *
 * @example wilsonInterval(8, 13) // { low: 35.52…, high: 82.29… }  (FCR 8 of 13 = 61.54%)
 * @throws RangeError when n is not a whole number above 0, successes is not a whole number
 *   from 0 to n, or confidence is not strictly between 0 and 1
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  checkCounts('wilsonInterval', successes, n);
  checkConfidence('wilsonInterval', confidence);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const share = successes / n;
  const z2n = (z * z) / n;
  const centre = (share + z2n / 2) / (1 + z2n);
  const halfWidth = (z * Math.sqrt((share * (1 - share)) / n + z2n / (4 * n))) / (1 + z2n);
  // Clamp the rounding dust at the ends (0 or n successes give exactly 0 or 100 there).
  return { low: 100 * Math.max(0, centre - halfWidth), high: 100 * Math.min(1, centre + halfWidth) };
}
