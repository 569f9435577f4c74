import { callTexts, failCall } from '../cells/messages';
import { readFlag } from '../cells/read';
import { meanDurationOf, readDuration } from './art';
import { cesOfCounts, cesOptions, cesReader } from './ces';
import { csatOptions, csatReader } from './csat';
import { yesShareOf } from './flags';
import { NPS_HIGH, NPS_LOW, npsOfCounts, npsOfScores, readNpsScore } from './nps';
import { readReferralFlag } from './referral';
import { histogramOf, meanOfCounts, shareAtLeast, wholeScoreReader } from './scale';
import type { LabelTable } from '../cells/labels';
import { METRIC_IDS, type MetricDef, type MetricId, type Summary } from './types';

/**
 * Every metric that CX_TREND, CX_BY and the reports compute over one column of values, as a
 * cell reader plus a summarizer (see MetricDef). Defined here once from the same readers and
 * formulas the custom functions use, so a trend row and `=NPS(...)` over the same cells agree.
 *
 * @example
 * const nps = getMetric('NPS');
 * nps.summarize([10, 9, 8, 3].map(nps.read)) // { kind: 'nps', n: 4, value: 25, promoters: 2, passives: 1, detractors: 1 }
 * @throws CxError naming the metric for bad options (`CSAT: scale must be 3, 5, 7 or 10, not 4`),
 *   and from summarize when there is nothing to summarize (`NPS: no scores in the range`).
 */

/** Options some metrics take, as raw function arguments (validated here). */
export interface MetricOptions {
  /** CSAT, CSAT_AVG: 3, 5, 7 or 10; CES: 7 or 5. */
  scale?: unknown;
  /** CSAT: the lowest satisfied answer. */
  threshold?: unknown;
  /** CES: "mean" or "percent". */
  method?: unknown;
  /** NPS, CSAT, CSAT_AVG, CES: the column's own answer → score table (a labels argument), read before the built-in labels. */
  labels?: LabelTable;
}

/** The label families of the metrics on an answer scale (NPS takes numbered answers only). */
const LABEL_FAMILY: Partial<Record<MetricId, 'csat' | 'ces' | undefined>> = { NPS: undefined, CSAT: 'csat', CSAT_AVG: 'csat', CES: 'ces' };

/** Whether a metric reads answers on a scale, so a label table applies to it. */
export function takesLabels(id: MetricId): boolean {
  return id in LABEL_FAMILY;
}

/** A metric name as a user types it (`"nps"`, `" Csat "`), or undefined when it is none of METRIC_IDS. */
export function parseMetricId(text: unknown): MetricId | undefined {
  if (typeof text !== 'string') return undefined;
  const name = text.trim().toUpperCase();
  return (METRIC_IDS as readonly string[]).includes(name) ? (name as MetricId) : undefined;
}

/** Refuses to summarize nothing, then summarizes. */
function nonEmpty(id: MetricId, emptyText: typeof callTexts.noScores, summarize: (observations: ArrayLike<number>) => Summary) {
  return (observations: ArrayLike<number>): Summary => {
    if (observations.length === 0) throw failCall(id, emptyText());
    return summarize(observations);
  };
}

/** nonEmpty for a summary from counts: refuses counts of nothing. */
function nonEmptyCounts(id: MetricId, emptyText: typeof callTexts.noScores, summarize: (counts: Float64Array) => Summary) {
  return (counts: Float64Array): Summary => {
    let n = 0;
    for (let i = 0; i < counts.length; i++) n += counts[i];
    if (n === 0) throw failCall(id, emptyText());
    return summarize(counts);
  };
}

/** yesShareOf of the answers counted as `counts[0]` noes and `counts[1]` yeses. */
function yesShareOfCounts(counts: Float64Array, id: MetricId): Summary {
  if (counts[0] + counts[1] === 0) return yesShareOf([], id);
  return { kind: 'proportion', n: counts[0] + counts[1], successes: counts[1], value: (100 * counts[1]) / (counts[0] + counts[1]) };
}

/** The metric `id`, with its options validated. */
export function getMetric(id: MetricId, options: MetricOptions = {}): MetricDef {
  if (options.labels && takesLabels(id)) {
    const def = getMetric(id, { ...options, labels: undefined });
    return { ...def, read: wholeScoreReader(def.whole!.low, def.whole!.high, LABEL_FAMILY[id], options.labels) };
  }
  switch (id) {
    case 'NPS':
      return {
        id,
        read: readNpsScore,
        whole: { low: NPS_LOW, high: NPS_HIGH },
        summarize: (observations) => npsOfScores(observations, id),
        summarizeCounts: nonEmptyCounts(id, callTexts.noScores, npsOfCounts),
      };
    case 'CSAT': {
      const { scale, threshold } = csatOptions(id, options.scale, options.threshold);
      const ofCounts = (counts: Float64Array) => shareAtLeast(counts, 1, threshold);
      const summarize = (observations: ArrayLike<number>) => ofCounts(histogramOf(observations, 1, scale));
      return { id, read: csatReader(scale), whole: { low: 1, high: scale }, summarize: nonEmpty(id, callTexts.noScores, summarize), summarizeCounts: nonEmptyCounts(id, callTexts.noScores, ofCounts) };
    }
    case 'CSAT_AVG': {
      const { scale } = csatOptions(id, options.scale);
      const ofCounts = (counts: Float64Array) => meanOfCounts(counts, 1);
      const summarize = (observations: ArrayLike<number>) => ofCounts(histogramOf(observations, 1, scale));
      return { id, read: csatReader(scale), whole: { low: 1, high: scale }, summarize: nonEmpty(id, callTexts.noScores, summarize), summarizeCounts: nonEmptyCounts(id, callTexts.noScores, ofCounts) };
    }
    case 'CES': {
      const cesChoice = cesOptions(id, options.scale, options.method);
      const ofCounts = (counts: Float64Array) => cesOfCounts(counts, cesChoice);
      const summarize = (observations: ArrayLike<number>) => ofCounts(histogramOf(observations, 1, cesChoice.scale));
      return { id, read: cesReader(cesChoice.scale), whole: { low: 1, high: cesChoice.scale }, summarize: nonEmpty(id, callTexts.noScores, summarize), summarizeCounts: nonEmptyCounts(id, callTexts.noScores, ofCounts) };
    }
    case 'FCR':
    case 'TRIAL_CONVERSION':
    // CHURN over per-customer churned flags (CHURN(churned), CX_TREND("CHURN", …), CX_BY("CHURN", …)).
    case 'CHURN':
      return { id, read: readFlag, whole: { low: 0, high: 1 }, summarize: (observations) => yesShareOf(observations, id), summarizeCounts: (counts) => yesShareOfCounts(counts, id) };
    case 'REFERRAL_RATE':
      return { id, read: readReferralFlag, whole: { low: 0, high: 1 }, summarize: (observations) => yesShareOf(observations, id), summarizeCounts: (counts) => yesShareOfCounts(counts, id) };
    case 'ART':
      return { id, read: readDuration, summarize: (observations) => meanDurationOf(observations, id) };
    default:
      throw new Error(`getMetric: unknown metric ${String(id)}`);
  }
}
