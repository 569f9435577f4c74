import { describe, expect, it } from 'vitest';
import { artOf, meanDurationOfRange, meanResolutionOfRanges } from '../../src/metrics/art';
import { cesOfRange } from '../../src/metrics/ces';
import { churnRate, periodRates, retentionRate } from '../../src/metrics/churn';
import { csatAverageOfRange, csatOfRange, defaultCsatThreshold } from '../../src/metrics/csat';
import { shareOfCounts, yesRate, yesShareOfRange } from '../../src/metrics/flags';
import { npsOfRange, npsShares } from '../../src/metrics/nps';
import { getMetric, parseMetricId } from '../../src/metrics/registry';
import { meanOf, meanOfCounts } from '../../src/metrics/scale';
import { METRIC_IDS } from '../../src/metrics/types';
import { npsInterval } from '../../src/stats/nps-interval';

const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const repeat = (value: unknown, times: number) => Array<unknown>(times).fill(value);

describe('NPS', () => {
  it('60 promoters, 25 passives, 15 detractors → 45, interval ≈ [29.3, 58.0] (published example)', () => {
    const scores = col(...repeat(10, 60), ...repeat(7, 25), ...repeat(0, 15));
    const summary = npsOfRange(scores);
    expect(summary).toEqual({ kind: 'nps', n: 100, value: 45, promoters: 60, passives: 25, detractors: 15 });
    const { low, high } = npsInterval(60, 25, 15);
    expect(low).toBeCloseTo(29.3, 1);
    expect(high).toBeCloseTo(58.0, 1);
  });

  it('scores 0 to 10 once each → −45.45… (published example)', () => {
    expect(npsOfRange(col(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).value).toBeCloseTo(-45.4545454545, 9);
  });

  it('a survey column with a header, blanks and numeric text: 10, 9, 8, 3 → 25', () => {
    const summary = npsOfRange(col('How likely?', 10, '9', '', 8, ' 3 ', ''));
    expect(summary.value).toBe(25);
    expect(npsShares(summary)).toEqual({ promoterShare: 50, passiveShare: 25, detractorShare: 25 });
  });

  it('all promoters → 100, all detractors → −100, one passive → 0', () => {
    expect(npsOfRange(col(9, 10)).value).toBe(100);
    expect(npsOfRange(col(0, 6)).value).toBe(-100);
    expect(npsOfRange(7).value).toBe(0);
  });

  it('refuses nothing to compute on, out-of-scale and non-integer scores, TRUE and dates', () => {
    expect(() => npsOfRange([])).toThrow(/^NPS: no scores in the range$/);
    expect(() => npsOfRange(col('', ''))).toThrow(/^NPS: no scores in the range$/);
    expect(() => npsOfRange(col('Score', 'n/a'))).toThrow(/^NPS: no scores in the range$/);
    expect(() => npsOfRange(col(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 11))).toThrow(/^NPS: 11 is outside the 0–10 scale \(row 12 of the range\)$/);
    expect(() => npsOfRange(col(9, -1))).toThrow('NPS: -1 is outside the 0–10 scale (row 2 of the range)');
    expect(() => npsOfRange(col(9, 7.5))).toThrow('NPS: 7.5 is not a whole score on the 0–10 scale (row 2 of the range)');
    expect(() => npsOfRange(col(9, true))).toThrow('NPS: TRUE is not a score (row 2 of the range)');
    expect(() => npsOfRange(col(9, '#DIV/0!'))).toThrow('NPS: the cell holds the error #DIV/0! (row 2 of the range)');
  });

  it('the interval is clipped to ±100 and narrows with more answers', () => {
    const small = npsInterval(5, 0, 0);
    const large = npsInterval(500, 0, 0);
    expect(large.high).toBe(100);
    expect(small.low).toBeLessThan(large.low);
    expect(npsInterval(0, 0, 500).low).toBe(-100);
  });
});

describe('CSAT, CSAT_AVG and CES', () => {
  const published = col(...repeat(5, 42), ...repeat(4, 32), ...repeat(3, 10), ...repeat(2, 9), ...repeat(1, 14));

  it('counts 42, 32, 10, 9, 14 of 5…1 → 69.16% satisfied (published example)', () => {
    const summary = csatOfRange(published);
    expect(summary.value).toBeCloseTo(69.1588785, 6);
    expect(summary).toMatchObject({ kind: 'proportion', n: 107, successes: 74 });
  });

  it('default thresholds are the top two boxes, and the top box on 3 points', () => {
    expect([3, 5, 7, 10].map((scale) => defaultCsatThreshold(scale as 3 | 5 | 7 | 10))).toEqual([3, 4, 6, 9]);
    expect(csatOfRange(col(3, 2, 1, 3), { scale: 3, threshold: 3 }).value).toBe(50);
    expect(csatOfRange(col(10, 9, 8, 1), { scale: 10, threshold: 9 }).value).toBe(50);
    expect(csatOfRange(col(5, 4, 3, 1), { scale: 5, threshold: 5 }).value).toBe(25);
  });

  it('CSAT_AVG is the mean answer: (5 + 4 + 3 + 1) / 4 = 3.25, with its sample variance', () => {
    const summary = csatAverageOfRange(col(5, 4, 3, 1));
    expect(summary.value).toBe(3.25);
    expect(summary.variance).toBeCloseTo(2.9166666667, 9);
  });

  it('an answer outside 1…scale is an error on that scale', () => {
    expect(() => csatOfRange(col(5, 6))).toThrow('CSAT: 6 is outside the 1–5 scale (row 2 of the range)');
    expect(() => csatOfRange(col(5, 0))).toThrow('CSAT: 0 is outside the 1–5 scale (row 2 of the range)');
    expect(() => csatAverageOfRange(col('Rating'))).toThrow(/^CSAT_AVG: no scores in the range$/);
  });

  it('CES 2.0: mean agreement, or % agreeing (≥ 5 on 7, ≥ 4 on 5)', () => {
    expect(cesOfRange(col(7, 5, 2)).value).toBeCloseTo(14 / 3, 12);
    expect(cesOfRange(col(7, 5, 4), { scale: 7, method: 'percent' }).value).toBeCloseTo(200 / 3, 12);
    expect(cesOfRange(col(5, 4, 3, 1), { scale: 5, method: 'percent' }).value).toBe(50);
    expect(() => cesOfRange(col(8))).toThrow('CES: 8 is outside the 1–7 scale');
  });
});

describe('CHURN and RETENTION', () => {
  it('start 100, new 0, end 90 → churn 10%; start 200, end 220, new 40 → retention 90%, churn 10% (published)', () => {
    expect(churnRate(100, 90, 0)).toBe(10);
    expect(retentionRate(200, 220, 40)).toBe(90);
    expect(churnRate(200, 220, 40)).toBe(10);
    expect(periodRates('CHURN', 100, 90, 0, churnRate)).toBe(10);
  });

  it('equal-sized ranges give one rate per row, same shape; header and empty rows stay blank', () => {
    const rates = periodRates('CHURN', col('Start', 100, 200, ''), col('End', 90, 220, ''), col('New', 0, 40, ''), churnRate);
    expect(rates).toEqual([[''], [10], [10], ['']]);
  });

  it('refuses end above start + new, start of 0, fractional or negative counts, half-filled rows, mismatched sizes', () => {
    expect(() => periodRates('CHURN', 100, 120, 10, churnRate)).toThrow('CHURN: end (120) cannot be more than start + new (100 + 10 = 110) (in end)');
    expect(() => periodRates('CHURN', col(100, 100), col(90, 120), col(0, 10), churnRate)).toThrow(
      'CHURN: end (120) cannot be more than start + new (100 + 10 = 110) (row 2 of end)',
    );
    expect(() => periodRates('RETENTION', 0, 0, 0, retentionRate)).toThrow('RETENTION: start must be more than 0, not 0 (in start)');
    expect(() => periodRates('CHURN', 100, 90.5, 0, churnRate)).toThrow('CHURN: 90.5 is not a whole count of 0 or more (in end)');
    expect(() => periodRates('CHURN', 100, 90, -3, churnRate)).toThrow('CHURN: -3 is not a whole count of 0 or more (in new)');
    expect(() => periodRates('CHURN', col(100, 100), col(90, 90), col(0, ''), churnRate)).toThrow(
      'CHURN: new is blank while the other counts of the row are filled (row 2 of new)',
    );
    expect(() => periodRates('CHURN', col(1, 2), col(1, 2), col(1, 2, 3), churnRate)).toThrow(
      'CHURN: start, end and new must be the same size, not 2×1, 2×1 and 3×1',
    );
    expect(() => periodRates('CHURN', col('', ''), col('', ''), col('', ''), churnRate)).toThrow(/^CHURN: no counts in the ranges$/);
  });
});

describe('FCR, REFERRAL_RATE, TRIAL_CONVERSION', () => {
  it('8 of 13 → 61.54% (published example)', () => {
    expect(shareOfCounts('FCR', 8, 13).value).toBeCloseTo(61.5384615, 6);
    expect(yesRate('FCR', 8, 13)).toEqual({ kind: 'proportion', n: 13, successes: 8, value: (100 * 8) / 13 });
  });

  it('one range of yes/no answers: % yes among non-blank', () => {
    // yes: Yes, có, x, TRUE; no: no, không, 0; the blank is skipped → 4 of 7
    expect(yesShareOfRange(col('Yes', 'no', 'có', 'không', 'x', '', true, 0)).value).toBe(400 / 7);
  });

  it('refuses part above total, a zero total, fractions, unknown answers and an empty range', () => {
    expect(() => shareOfCounts('FCR', 14, 13)).toThrow(/^FCR: first_count \(14\) cannot be more than total \(13\)$/);
    expect(() => shareOfCounts('TRIAL_CONVERSION', 0, 0)).toThrow(/^TRIAL_CONVERSION: trial_count must be more than 0$/);
    expect(() => shareOfCounts('REFERRAL_RATE', 2.5, 10)).toThrow(/^REFERRAL_RATE: referred_count must be a whole number of 0 or more, not 2.5$/);
    expect(() => yesShareOfRange(col('yes', 'maybe'), 'REFERRAL_RATE')).toThrow(
      'REFERRAL_RATE: "maybe" is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE) (row 2 of the range)',
    );
    expect(() => yesShareOfRange(col('', ''))).toThrow(/^FCR: no yes\/no answers in the range$/);
  });
});

describe('ART', () => {
  it('120 hours over 30 tickets → 4 hours (published example)', () => {
    expect(meanDurationOfRange(col(...repeat(4, 30))).value).toBe(4);
    expect(meanDurationOfRange(col('Hours', ...repeat(2, 15), ...repeat(6, 15))).value).toBe(4);
  });

  it('opened and resolved dates: mean of resolved − opened in the unit; open tickets skipped', () => {
    const opened = col(new Date('2026-03-01T08:00:00Z'), '2026-03-01T09:00', new Date('2026-03-02T00:00:00Z'));
    const resolved = col(new Date('2026-03-01T10:00:00Z'), '2026-03-01T10:00', '');
    expect(meanResolutionOfRanges('ART', opened, resolved).value).toBe(1.5);
    expect(meanResolutionOfRanges('ART', opened, resolved, 'minutes').value).toBe(90);
    expect(meanResolutionOfRanges('ART', opened, resolved, 'days').value).toBe(1.5 / 24);
  });

  it('refuses resolved before opened, negative durations, mismatched sizes, a bad unit, no data', () => {
    expect(() => artOf('ART', col('2026-03-02', '2026-03-02'), col('2026-03-03', '2026-03-01'))).toThrow(
      'ART: resolved 2026-03-01 is before opened 2026-03-02 (row 2 of resolved)',
    );
    expect(() => artOf('ART', col(2, 4, -2))).toThrow('ART: -2 is not a duration (durations cannot be negative) (row 3 of the range)');
    expect(() => artOf('ART', col('2026-03-01', '2026-03-01', '2026-03-01'), col('2026-03-02', ''))).toThrow(
      'ART: opened and resolved must be the same size, not 3×1 and 2×1',
    );
    expect(() => artOf('ART', col('2026-03-01'), col('2026-03-02'), 'weeks')).toThrow(
      'ART: unit must be "hours", "minutes" or "days", not "weeks"',
    );
    expect(() => artOf('ART', col('2026-03-01'), col(''))).toThrow(/^ART: no resolved tickets in the ranges$/);
    expect(() => artOf('ART', col('', '2026-03-01'), col('', '2026-03-02').reverse())).toThrow(
      'ART: a resolved date has no opened date (row 1 of resolved)',
    );
    expect(() => artOf('ART', col('Hours'))).toThrow(/^ART: no durations in the range$/);
  });
});

describe('the metric registry (CX_TREND, CX_BY, reports)', () => {
  it('knows every metric id, case-insensitively', () => {
    for (const id of METRIC_IDS) expect(getMetric(id).id).toBe(id);
    expect(parseMetricId(' csat_avg ')).toBe('CSAT_AVG');
    expect(parseMetricId('ARPU')).toBeUndefined();
    expect(parseMetricId(42)).toBeUndefined();
  });

  it('read + summarize agrees with the range functions', () => {
    // Per-cell reads have no first row: the range function skips its header, the registry's reader is given data cells.
    const cells = [10, 9, 8, 3, '', 'N/A'];
    const summarize = (id: (typeof METRIC_IDS)[number], values: unknown[], options = {}) => {
      const metric = getMetric(id, options);
      return metric.summarize(values.map(metric.read).filter((v) => !Number.isNaN(v)));
    };
    expect(summarize('NPS', cells)).toEqual(npsOfRange(col('Score', ...cells)));
    expect(summarize('CSAT', [5, 4, 3, 1])).toEqual(csatOfRange(col(5, 4, 3, 1)));
    expect(summarize('CSAT', [7, 6, 5, 1], { scale: 7 }).value).toBe(50);
    expect(summarize('CSAT_AVG', [5, 4, 3, 1])).toEqual(csatAverageOfRange(col(5, 4, 3, 1)));
    expect(summarize('CES', [7, 5, 4], { method: 'percent' }).value).toBeCloseTo(200 / 3, 12);
    expect(summarize('FCR', ['yes', 'no', 'có', 'x'])).toEqual({ kind: 'proportion', n: 4, successes: 3, value: 75 });
    expect(summarize('ART', [2, 4, ''])).toEqual({ kind: 'mean', n: 2, value: 3, variance: 2 });
  });

  it('refuses bad options and empty summaries with messages naming the metric', () => {
    expect(() => getMetric('CSAT', { scale: 4 })).toThrow('CSAT: scale must be 3, 5, 7 or 10, not 4');
    expect(() => getMetric('CES', { method: 'median' })).toThrow('CES: method must be "mean" or "percent", not "median"');
    expect(() => getMetric('NPS').summarize([])).toThrow(/^NPS: no scores in the range$/);
    expect(() => getMetric('CSAT').summarize([])).toThrow(/^CSAT: no scores in the range$/);
    expect(() => getMetric('TRIAL_CONVERSION').summarize([])).toThrow(/^TRIAL_CONVERSION: no yes\/no answers in the range$/);
    expect(() => getMetric('ART').summarize([])).toThrow(/^ART: no durations in the range$/);
  });

  it('means from counts and from values agree, variance with n − 1', () => {
    expect(meanOf([1, 2, 3, 4])).toEqual(meanOfCounts(Float64Array.of(1, 1, 1, 1), 1));
    expect(meanOf([5])).toEqual({ kind: 'mean', n: 1, value: 5, variance: 0 });
  });
});
