import { CellProblem } from '../cells/errors';
import { cellTexts } from '../cells/messages';
import { scaleProvedBy, type LabelTable } from '../cells/labels';
import { scoreOrProblem, type ScoreScale } from '../cells/read';
import { callTexts, failCall } from '../cells/messages';
import { rangeForScan, tallyWhole, type CellReader } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';
import type { MeanSummary, ProportionSummary } from './types';

/**
 * What the score metrics share: reading answers on a whole-number scale, and turning
 * counts per scale point (a histogram, see tallyWhole in src/cells/shape.ts) into a share
 * or a mean. Working from counts keeps a million answers at one small array.
 */

/**
 * A reader for answers on a whole-number scale `low`…`high`: numbers, number text and answer
 * labels (readScore) on the scale; blanks and non-answers are NaN; anything off the scale is a
 * problem (`outOfScale`), other text too (`unknownLabel`).
 * @example scoreReader({ low: 0, high: 10 })('9') // 9;  scoreReader({ low: 0, high: 10 })(11) // throws "11 is outside the 0–10 scale"
 */
export function scoreReader(scale: ScoreScale): CellReader {
  const { low, high } = scale;
  const orProblem = (cell: Cell): number | CellProblem => {
    const score = scoreOrProblem(cell, scale);
    if (typeof score !== 'number' || score !== score) return score;
    if (score < low || score > high) return new CellProblem(cellTexts.outsideScale(score, low, high), 'outOfScale');
    if (!Number.isInteger(score)) return new CellProblem(cellTexts.notWholeScore(score, low, high), 'outOfScale');
    return score;
  };
  const read: CellReader = (cell) => {
    const score = orProblem(cell);
    if (typeof score === 'number') return score;
    throw score;
  };
  read.orProblem = orProblem;
  return read;
}

/** Readers of the scales without a label table, made once: a reader is a pure function of its scale. */
const sharedReaders = new Map<string, CellReader>();

/** scoreReader for a scale and, optionally, the family whose verbal labels it takes. */
export function wholeScoreReader(low: number, high: number, family?: ScoreScale['family'], labels?: LabelTable): CellReader {
  if (labels) return scoreReader({ low, high, family, labels });
  const key = `${low} ${high} ${family}`;
  let read = sharedReaders.get(key);
  if (!read) sharedReaders.set(key, (read = scoreReader({ low, high, family })));
  return read;
}

/** Thrown inside a tally when an answer proves another scale than the one assumed. */
class Rescale {
  constructor(readonly high: number) {}
}

/**
 * Counts per rating 1…scale over a range argument (`counts[rating − 1]`), for CSAT and CES,
 * and the scale they are on. When the scale was not given (`allowed` lists the scales the
 * function takes), an answer that proves one (`Neutral` on CES, `4/5`) fixes it for the range.
 * @throws `FN: no scores in the range` when every cell was blank or a non-answer.
 */
export function ratingCounts(
  scores: RangeArg,
  scale: number,
  fn: string,
  family?: ScoreScale['family'],
  allowed?: readonly number[],
  /** The column's own label → score table (the mapping's, or the function's labels argument), checked first. */
  labels?: LabelTable,
): { counts: Float64Array; scale: number } {
  const range = rangeForScan(scores);
  let high = scale;
  for (let attempt = 0; ; attempt++) {
    const read = wholeScoreReader(1, high, family, labels);
    const guess = allowed && attempt === 0 ? high : undefined;
    const reader: CellReader =
      guess === undefined
        ? read
        : (cell) => {
            if (typeof cell === 'string') {
              const proved = scaleProvedBy(cell, family);
              if (proved !== undefined && proved !== guess && allowed!.includes(proved)) throw new Rescale(proved);
            }
            return read(cell);
          };
    try {
      const counts = tallyWhole(fn, range, 1, high, reader);
      if (totalOf(counts) === 0) throw failCall(fn, callTexts.noScores());
      return { counts, scale: high };
    } catch (error) {
      if (!(error instanceof Rescale)) throw error;
      high = error.high;
    }
  }
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
  let mean = sum / n;
  if (!Number.isFinite(mean)) {
    // The sum overflowed though each value is finite (10^6 × 1e308): sum in units of the largest.
    let largest = 0;
    for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(values[i]));
    let units = 0;
    for (let i = 0; i < n; i++) units += values[i] / largest;
    mean = largest * (units / n);
  }
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return { kind: 'mean', n, value: mean, variance: n > 1 ? squares / (n - 1) : 0 };
}
