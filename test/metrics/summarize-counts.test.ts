import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMetric, type MetricOptions } from '../../src/metrics/registry';
import { histogramOf } from '../../src/metrics/scale';
import type { MetricId } from '../../src/metrics/types';

/**
 * CX_TREND counts each period's whole scores or flags in one pass and summarizes the counts
 * (summarizeCounts) instead of sorting the values into periods. For every metric that offers it,
 * the counts of any answers give exactly the Summary of the answers themselves, and no answers
 * the same error.
 */
const METRICS: [MetricId, MetricOptions][] = [
  ['NPS', {}],
  ['CSAT', {}],
  ['CSAT', { scale: 7, threshold: 5 }],
  ['CSAT_AVG', { scale: 10 }],
  ['CES', {}],
  ['CES', { scale: 5, method: 'percent' }],
  ['FCR', {}],
  ['REFERRAL_RATE', {}],
  ['TRIAL_CONVERSION', {}],
  ['CHURN', {}],
];

const outcome = (call: () => unknown) => {
  try {
    return { value: call() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('summarizeCounts', () => {
  it.each(METRICS)('%s %j: the Summary of the answers, from their counts', (id, options) => {
    const metric = getMetric(id, options);
    const { low, high } = metric.whole!;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: low, max: high }), { maxLength: 60 }), (answers) => {
        expect(outcome(() => metric.summarizeCounts!(histogramOf(answers, low, high)))).toEqual(outcome(() => metric.summarize(answers)));
      }),
    );
  });

  it('is offered by every metric on whole values, so CX_TREND never sorts their answers', () => {
    expect(METRICS.every(([id, options]) => getMetric(id, options).summarizeCounts !== undefined)).toBe(true);
    expect(getMetric('ART').summarizeCounts).toBeUndefined();
  });
});
