import { normalQuantile } from './normal';
import { checkConfidence, type Interval } from './types';

/**
 * Adjusted-Wald confidence interval for NPS (MeasuringU; Rocks 2016), in NPS points.
 * n′ = n + 3, p′ = (promoters + ¾)/n′, d′ = (detractors + ¾)/n′, m = p′ − d′,
 * se = √((p′ + d′ − m²)/n′), bounds 100·(m ∓ z·se) clipped to ±100,
 * z = Φ⁻¹(1 − (1 − confidence)/2). Adding ¾ to each group keeps the interval sensible for
 * small samples and for all-promoter answers, where the plain Wald interval collapses. Cost O(1).
 *
 * @example npsInterval(60, 25, 15) // { low: 29.34…, high: 58.03… }  (NPS 45, n = 100)
 * @throws RangeError when confidence is not strictly between 0 and 1 (callers validate user input first)
 */
export function npsInterval(promoters: number, passives: number, detractors: number, confidence = 0.95): Interval {
  checkConfidence('npsInterval', confidence);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const adjustedN = promoters + passives + detractors + 3;
  const promoterShare = (promoters + 0.75) / adjustedN;
  const detractorShare = (detractors + 0.75) / adjustedN;
  const margin = promoterShare - detractorShare;
  const standardError = Math.sqrt((promoterShare + detractorShare - margin * margin) / adjustedN);
  return {
    low: Math.max(-100, 100 * (margin - z * standardError)),
    high: Math.min(100, 100 * (margin + z * standardError)),
  };
}
