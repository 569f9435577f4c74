import { CellProblem } from '../cells/errors';
import { cellTexts } from '../cells/messages';
import { readScore } from '../cells/read';
import { callTexts, failCall } from '../cells/messages';
import { rangeForScan, tallyWhole, type CellReader } from '../cells/shape';
import type { RangeArg } from '../cells/types';
import type { MeanSummary, ProportionSummary } from './types';

/**
 * What the score metrics share: reading answers on a whole-number scale, and turning
 * counts per scale point (a histogram, see tallyWhole in src/cells/shape.ts) into a share
 * or a mean. Working from counts keeps a million answers at one small array.
 */

/**
 * A reader for answers on a whole-number scale `low`…`high`: blanks and text are skipped
 * (readScore), anything else off the scale is a problem.
 * @example wholeScoreReader(0, 10)('9') // 9;  wholeScoreReader(0, 10)(11) // throws "11 is outside the 0–10 scale"
 */
export function wholeScoreReader(low: number, high: number): CellReader {
  return (cell) => {
    const score = readScore(cell);
    if (score !== score) return NaN;
    if (score < low || score > high) throw new CellProblem(cellTexts.outsideScale(score, low, high));
    if (!Number.isInteger(score)) throw new CellProblem(cellTexts.notWholeScore(score, low, high));
    return score;
  };
}

/**
 * Counts per rating 1…scale over a range argument (`counts[rating − 1]`), for CSAT and CES.
 * @throws `FN: no scores in the range` when every cell was blank or text.
 */
export function ratingCounts(scores: RangeArg, scale: number, fn: string): Float64Array {
  const counts = tallyWhole(fn, rangeForScan(scores), 1, scale, wholeScoreReader(1, scale));
  if (totalOf(counts) === 0) throw failCall(fn, callTexts.noScores());
  return counts;
}

/** Counts per scale point of observations already read (never NaN): `counts[v − low]`. */
export function histogramOf(observations: ArrayLike<number>, low: number, high: number): Float64Array {
  const counts = new Float64Array(high - low + 1);
  for (let i = 0; i < observations.length; i++) counts[observations[i] - low]++;
  return counts;
}

/** Number of answers in a histogram. */
export function totalOf(counts: Float64Array): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  return total;
}

/**
 * Share of answers at or above `threshold`, in percent: 100 · (answers ≥ threshold) / n. O(scale).
 * @example shareAtLeast(Float64Array.of(14, 9, 10, 32, 42), 1, 4) // { n: 107, successes: 74, value: 69.158… }
 */
export function shareAtLeast(counts: Float64Array, low: number, threshold: number): ProportionSummary {
  let successes = 0;
  for (let point = Math.max(threshold, low); point - low < counts.length; point++) successes += counts[point - low];
  const n = totalOf(counts);
  return { kind: 'proportion', n, successes, value: (100 * successes) / n };
}

/**
 * Mean answer and its sample variance (n − 1 denominator, 0 for one answer) from counts. O(scale).
 * @example meanOfCounts(Float64Array.of(0, 1, 0, 1), 1) // { n: 2, value: 3, variance: 2 }
 */
export function meanOfCounts(counts: Float64Array, low: number): MeanSummary {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    n += counts[i];
    sum += counts[i] * (low + i);
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < counts.length; i++) squares += counts[i] * (low + i - mean) ** 2;
  return { kind: 'mean', n, value: mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

/**
 * Mean and sample variance of plain numbers (durations), in two passes: the sum for the mean
 * (so 15 × 2 h and 15 × 6 h give exactly 4), then squares of deviations from it, which stays
 * accurate for large values where a sum of squares would cancel. O(n).
 * @example meanOf([2, 4]) // { n: 2, value: 3, variance: 2 }
 */
export function meanOf(values: ArrayLike<number>): MeanSummary {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { kind: 'mean', n, value: mean, variance: n > 1 ? squares / (n - 1) : 0 };
}
