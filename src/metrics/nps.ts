import { callTexts, failCall } from '../cells/messages';
import { rangeForScan, tallyWhole } from '../cells/shape';
import type { LabelTable } from '../cells/labels';
import type { RangeArg } from '../cells/types';
import { histogramOf, wholeScoreReader } from './scale';
import type { NpsSummary } from './types';

/**
 * Net Promoter Score (Bain): NPS = 100 · (promoters − detractors) / n on whole scores 0–10,
 * promoters 9–10, passives 7–8, detractors 0–6, n = all three. Points from −100 to 100.
 * Cost O(n) over the cells, one 11-slot histogram.
 *
 * Some source documents write NPS as "promoters minus detractors" in counts; the standard
 * (shares, in points) wins.
 *
 * @example npsOfRange([[10], [9], [8], [3]]).value // 25  (2 promoters, 1 detractor, n = 4)
 * @throws `NPS: no scores in the range` when nothing is left after skipping blanks and text;
 *   `NPS: 11 is outside the 0–10 scale (row 3 of the range)`; `NPS: 7.5 is not a whole score …`;
 *   TRUE/FALSE, dates and Sheets errors in the range.
 */

export const NPS_LOW = 0;
export const NPS_HIGH = 10;
/** Detractors answer 0 to this; promoters this or more; passives the points between. */
export const NPS_DETRACTOR_MAX = 6;
export const NPS_PROMOTER_MIN = 9;

/** A cell as an NPS answer: a whole number 0–10, NaN for blanks and text. */
export const readNpsScore = wholeScoreReader(NPS_LOW, NPS_HIGH);

/** NPS from the three group counts; n = 0 is the caller's to refuse. */
export function npsFromGroups(promoters: number, passives: number, detractors: number): NpsSummary {
  const n = promoters + passives + detractors;
  return { kind: 'nps', n, value: (100 * (promoters - detractors)) / n, promoters, passives, detractors };
}

/** NPS from counts per score 0–10 (`counts[score]`). */
export function npsOfCounts(counts: Float64Array): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let score = NPS_LOW; score <= NPS_HIGH; score++) {
    if (score >= NPS_PROMOTER_MIN) promoters += counts[score];
    else if (score > NPS_DETRACTOR_MAX) passives += counts[score];
    else detractors += counts[score];
  }
  return npsFromGroups(promoters, passives, detractors);
}

/** NPS of scores already read by readNpsScore. Throws `FN: no scores in the range` when empty. */
export function npsOfScores(scores: ArrayLike<number>, fn = 'NPS'): NpsSummary {
  if (scores.length === 0) throw failCall(fn, callTexts.noScores());
  return npsOfCounts(histogramOf(scores, NPS_LOW, NPS_HIGH));
}

/** NPS of a range argument as Sheets passes it (scalar or rows of cells). */
export function npsOfRange(scores: RangeArg, fn = 'NPS', labels?: LabelTable): NpsSummary {
  const read = labels ? wholeScoreReader(NPS_LOW, NPS_HIGH, undefined, labels) : readNpsScore;
  const counts = tallyWhole(fn, rangeForScan(scores), NPS_LOW, NPS_HIGH, read);
  const summary = npsOfCounts(counts);
  if (summary.n === 0) throw failCall(fn, callTexts.noScores());
  return summary;
}

/** Shares of each group in percent, for NPS_BREAKDOWN: promoterShare − detractorShare = NPS. */
export function npsShares(summary: NpsSummary): { promoterShare: number; passiveShare: number; detractorShare: number } {
  return {
    promoterShare: (100 * summary.promoters) / summary.n,
    passiveShare: (100 * summary.passives) / summary.n,
    detractorShare: (100 * summary.detractors) / summary.n,
  };
}
