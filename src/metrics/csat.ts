import { isOmitted, numberChoice, singleValue, wholeInRange } from '../cells/options';
import type { LabelTable } from '../cells/labels';
import type { RangeArg } from '../cells/types';
import { meanOfCounts, ratingCounts, shareAtLeast, wholeScoreReader } from './scale';
import type { MeanSummary, ProportionSummary } from './types';

/**
 * Customer satisfaction (Delighted, CustomerGauge): CSAT = 100 · (answers ≥ threshold) / n on
 * a 1…scale rating, scale 3, 5 (default), 7 or 10; the default threshold is the top two
 * boxes (4 of 5, 6 of 7, 9 of 10) and the top box on 3 points. CSAT_AVG is the mean answer
 * (the "sum divided by respondents" form). Cost O(n), one histogram of `scale` slots.
 *
 * @example csatOfRange([[5], [4], [3], [1]]).value // 50  (2 of 4 answers are 4 or 5)
 * @example csatAverageOfRange([[5], [4], [3], [1]]).value // 3.25
 * @throws `CSAT: no scores in the range`; `CSAT: 6 is outside the 1–5 scale (row 2 of the range)`;
 *   `CSAT: scale must be 3, 5, 7 or 10, not 4`; `CSAT: threshold must be a whole number from 1 to 5, not 6`.
 */

export const CSAT_SCALES = [3, 5, 7, 10] as const;
export type CsatScale = (typeof CSAT_SCALES)[number];

export interface CsatOptions {
  scale: CsatScale;
  threshold: number;
  /** False when the scale was left out: answers that prove a scale (`4/7`, ★★★★☆☆☆) then fix it. */
  scaleGiven?: boolean;
  thresholdGiven?: boolean;
  /** The column's own label → score table (labelTableOf), checked before the built-in labels. */
  labels?: LabelTable;
}

/** Top two boxes, or the top box on a 3-point scale. */
export function defaultCsatThreshold(scale: CsatScale): number {
  return scale === 3 ? 3 : scale - 1;
}

/** Validated CSAT options from raw arguments (omitted → defaults), errors naming the argument. */
export function csatOptions(fn: string, scale?: unknown, threshold?: unknown): CsatOptions {
  const checkedScale = numberChoice(fn, scale, 'scale', CSAT_SCALES, 5);
  const checkedThreshold = wholeInRange(fn, threshold, 'threshold', 1, checkedScale, defaultCsatThreshold(checkedScale));
  return {
    scale: checkedScale,
    threshold: checkedThreshold,
    scaleGiven: !isOmitted(singleValue(fn, scale, 'scale')),
    thresholdGiven: !isOmitted(singleValue(fn, threshold, 'threshold')),
    labels: undefined,
  };
}

/** A cell as a rating 1…scale. */
export function csatReader(scale: CsatScale) {
  return wholeScoreReader(1, scale, 'csat');
}

/** Counts per rating and the scale they are on (fixed by the answers when not given). */
function csatCounts(scores: RangeArg, options: CsatOptions, fn: string) {
  return ratingCounts(scores, options.scale, fn, 'csat', options.scaleGiven === false ? CSAT_SCALES : undefined, options.labels);
}

/** CSAT % of a range argument. */
export function csatOfRange(scores: RangeArg, options: CsatOptions = { scale: 5, threshold: 4 }, fn = 'CSAT'): ProportionSummary {
  const { counts, scale } = csatCounts(scores, options, fn);
  const threshold = scale === options.scale || options.thresholdGiven ? options.threshold : defaultCsatThreshold(scale as CsatScale);
  return shareAtLeast(counts, 1, threshold);
}

/** Mean rating of a range argument. */
export function csatAverageOfRange(scores: RangeArg, scale: CsatScale = 5, fn = 'CSAT_AVG', scaleGiven = true, labels?: LabelTable): MeanSummary {
  return meanOfCounts(csatCounts(scores, { scale, threshold: scale, scaleGiven, labels }, fn).counts, 1);
}
