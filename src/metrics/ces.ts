import { isOmitted, numberChoice, singleValue, wordChoice } from '../cells/options';
import type { LabelTable } from '../cells/labels';
import type { RangeArg } from '../cells/types';
import { meanOfCounts, ratingCounts, shareAtLeast, wholeScoreReader } from './scale';
import type { MeanSummary, ProportionSummary } from './types';

/**
 * Customer Effort Score, Gartner CES 2.0: agreement with "the company made it easy", 1…7
 * (default) or 1…5, higher = easier. Method "mean" (default) is the mean answer; "percent"
 * is 100 · (answers ≥ 5 on 7, ≥ 4 on 5) / n. Cost O(n), one histogram.
 *
 * @example cesOfRange([[7], [5], [2]]).value // 4.666…
 * @example cesOfRange([[7], [5], [2]], { scale: 7, method: 'percent' }).value // 66.666…
 * @throws `CES: no scores in the range`; `CES: 8 is outside the 1–7 scale (row 1 of the range)`;
 *   `CES: scale must be 7 or 5, not 10`; `CES: method must be "mean" or "percent", not "median"`.
 */

export const CES_SCALES = [7, 5] as const;
export type CesScale = (typeof CES_SCALES)[number];
export const CES_METHODS = ['mean', 'percent'] as const;
export type CesMethod = (typeof CES_METHODS)[number];

export interface CesOptions {
  scale: CesScale;
  method: CesMethod;
  /** False when the scale was left out: labels that prove one (`Neutral` → 5) then fix it. */
  scaleGiven?: boolean;
  /** The column's own label → score table (labelTableOf), checked before the built-in labels. */
  labels?: LabelTable;
}

/** Validated CES options from raw arguments (omitted → scale 7, mean). */
export function cesOptions(fn: string, scale?: unknown, method?: unknown): CesOptions {
  return {
    scale: numberChoice(fn, scale, 'scale', CES_SCALES, 7),
    method: wordChoice(fn, method, 'method', CES_METHODS, 'mean'),
    scaleGiven: !isOmitted(singleValue(fn, scale, 'scale')),
    labels: undefined,
  };
}

/** The answer from which a respondent agrees it was easy: 5 on 7 points, 4 on 5. */
export function cesAgreeFrom(scale: CesScale): number {
  return scale === 7 ? 5 : 4;
}

/** A cell as a CES answer 1…scale. */
export function cesReader(scale: CesScale) {
  return wholeScoreReader(1, scale, 'ces');
}

/** CES of counts per answer 1…scale, as a mean or a share. */
export function cesOfCounts(counts: Float64Array, options: CesOptions): MeanSummary | ProportionSummary {
  return options.method === 'mean' ? meanOfCounts(counts, 1) : shareAtLeast(counts, 1, cesAgreeFrom(options.scale));
}

/** CES of a range argument. */
export function cesOfRange(scores: RangeArg, options: CesOptions = { scale: 7, method: 'mean' }, fn = 'CES'): MeanSummary | ProportionSummary {
  const { counts, scale } = ratingCounts(scores, options.scale, fn, 'ces', options.scaleGiven === false ? CES_SCALES : undefined, options.labels);
  return cesOfCounts(counts, { scale: scale as CesScale, method: options.method });
}
