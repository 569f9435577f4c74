import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { twoProportionTest } from '../../src/stats/two-proportion-test';
import { welchTTest } from '../../src/stats/welch-t-test';
import { npsDifferenceTest } from '../../src/stats/nps-difference-test';
import { wilsonInterval } from '../../src/stats/wilson-interval';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: number[]) => xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
const moments = (xs: number[]) => ({ n: xs.length, value: mean(xs), variance: variance(xs) });

describe('twoProportionTest', () => {
  it('matches the spec example: 486/5000 vs 527/5000 → z ≈ −1.359, p ≈ 0.174', () => {
    const result = twoProportionTest({ successes: 486, n: 5000 }, { successes: 527, n: 5000 });
    expect(result.statistic).toBeCloseTo(-1.359, 3);
    expect(result.pValue).toBeCloseTo(0.174, 3);
    expect(result.significant).toBe(false);
  });

  it('is antisymmetric in its groups and significant for a large change', () => {
    const up = twoProportionTest({ successes: 70, n: 100 }, { successes: 50, n: 100 });
    const down = twoProportionTest({ successes: 50, n: 100 }, { successes: 70, n: 100 });
    expect(up.statistic).toBeCloseTo(-down.statistic, 14);
    expect(up.pValue).toBeCloseTo(down.pValue, 14);
    // pooled 0.6: se = √(0.24 · 0.02), z = 0.2/se
    expect(up.statistic).toBeCloseTo(0.2 / Math.sqrt(0.24 * 0.02), 12);
    expect(up.significant).toBe(true);
  });

  it('calls identical all-yes groups unchanged, and all-yes vs all-no certain', () => {
    expect(twoProportionTest({ successes: 10, n: 10 }, { successes: 5, n: 5 })).toEqual({ statistic: 0, pValue: 1, significant: false });
    expect(twoProportionTest({ successes: 0, n: 3 }, { successes: 0, n: 8 }).pValue).toBe(1);
  });

  it('rejects impossible counts', () => {
    expect(() => twoProportionTest({ successes: 6, n: 5 }, { successes: 1, n: 5 })).toThrow('twoProportionTest: successes must be a whole number from 0 to 5, got 6');
    expect(() => twoProportionTest({ successes: 0, n: 0 }, { successes: 1, n: 5 })).toThrow('twoProportionTest: n must be a whole number above 0, got 0');
  });
});

describe('welchTTest', () => {
  // R: t.test(extra ~ group, data = sleep) → t = -1.8608, df = 17.776, p-value = 0.07939
  const sleepDrug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const sleepDrug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  it("matches R's Welch test on the sleep data", () => {
    const result = welchTTest(moments(sleepDrug1), moments(sleepDrug2));
    expect(result.statistic).toBeCloseTo(-1.8608, 4);
    expect(result.df).toBeCloseTo(17.776, 3);
    expect(result.pValue).toBeCloseTo(0.07939, 5);
    expect(result.significant).toBe(false);
  });

  it('has df = 2(n − 1) for equal sizes and variances', () => {
    const result = welchTTest({ n: 8, value: 4, variance: 1 }, { n: 8, value: 3, variance: 1 });
    expect(result.df).toBeCloseTo(14, 12);
    // t = 1/√(1/8 + 1/8) = 2; p = 2·P(T₁₄ > 2) = 0.0653 (R: 2*pt(-2, 14) = 0.06528795)
    expect(result.statistic).toBeCloseTo(2, 12);
    expect(result.pValue).toBeCloseTo(0.06528795, 7);
  });

  it('treats samples without spread as unchanged or certainly changed', () => {
    expect(welchTTest({ n: 3, value: 5, variance: 0 }, { n: 4, value: 5, variance: 0 })).toEqual({ statistic: 0, pValue: 1, significant: false, df: 5 });
    const changed = welchTTest({ n: 3, value: 5, variance: 0 }, { n: 4, value: 4, variance: 0 });
    expect(changed.pValue).toBe(0);
    expect(changed.significant).toBe(true);
  });

  it('rejects samples too small to have a variance', () => {
    expect(() => welchTTest({ n: 1, value: 5, variance: 0 }, moments(sleepDrug1))).toThrow('welchTTest: each sample needs at least 2 values, got 1');
    expect(() => welchTTest({ n: 3, value: 5, variance: -1 }, moments(sleepDrug1))).toThrow('welchTTest: variance must be finite and not negative, got -1');
  });

  it('gives a p-value in [0, 1] for any valid samples', () => {
    const sample = fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const result = welchTTest(moments(a), moments(b));
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(result.significant).toBe(result.pValue < 0.05);
      }),
    );
  });
});

describe('npsDifferenceTest', () => {
  it('works the formula by hand: NPS 45 (60 P, 15 D of 100) vs 20 (40 P, 20 D of 100)', () => {
    // V₁ = 100²(0.60 + 0.15 − 0.45²) = 5475, V₂ = 100²(0.40 + 0.20 − 0.20²) = 5600
    // z = 25/√(54.75 + 56) = 2.3756, p = 2Φ(−2.3756) = 0.0175
    const result = npsDifferenceTest({ n: 100, promoters: 60, detractors: 15 }, { n: 100, promoters: 40, detractors: 20 });
    expect(result.statistic).toBeCloseTo(25 / Math.sqrt(110.75), 12);
    expect(result.pValue).toBeCloseTo(0.0175, 4);
    expect(result.significant).toBe(true);
  });

  it('does not call a small-sample change significant', () => {
    // NPS 40 (6 P, 2 D of 10) vs 20 (4 P, 2 D of 10): V = 6400 and 5600, z = 20/√1200 = 0.577
    const result = npsDifferenceTest({ n: 10, promoters: 6, detractors: 2 }, { n: 10, promoters: 4, detractors: 2 });
    expect(result.statistic).toBeCloseTo(20 / Math.sqrt(1200), 12);
    expect(result.significant).toBe(false);
  });

  it('handles groups that cannot vary', () => {
    expect(npsDifferenceTest({ n: 5, promoters: 5, detractors: 0 }, { n: 9, promoters: 9, detractors: 0 }).pValue).toBe(1);
    expect(npsDifferenceTest({ n: 5, promoters: 5, detractors: 0 }, { n: 9, promoters: 0, detractors: 9 }).statistic).toBe(Infinity);
  });

  it('rejects counts that do not add up', () => {
    expect(() => npsDifferenceTest({ n: 5, promoters: 4, detractors: 2 }, { n: 5, promoters: 1, detractors: 1 })).toThrow(
      'npsDifferenceTest: promoters and detractors must be whole numbers adding up to at most n = 5, got 4 and 2',
    );
  });
});

describe('wilsonInterval', () => {
  it('matches the published Wilson interval for 8 of 13 (FCR 61.54%)', () => {
    // Newcombe (1998) method 3; e.g. R: binom::binom.wilson(8, 13) → 0.3552, 0.8229
    const { low, high } = wilsonInterval(8, 13);
    expect(low).toBeCloseTo(35.52, 2);
    expect(high).toBeCloseTo(82.29, 2);
  });

  it('stays within 0–100 and is not empty at 0 or n successes', () => {
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    // upper bound for 0/n is z²/(n + z²)
    expect(none.high).toBeCloseTo((100 * 1.959963984540054 ** 2) / (10 + 1.959963984540054 ** 2), 10);
    expect(wilsonInterval(10, 10).high).toBe(100);
  });

  it('contains the point estimate and widens with confidence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), ([successes, n]) => {
        const narrow = wilsonInterval(successes, n, 0.8);
        const wide = wilsonInterval(successes, n, 0.99);
        const estimate = (100 * successes) / n;
        expect(narrow.low).toBeLessThanOrEqual(estimate + 1e-9);
        expect(narrow.high).toBeGreaterThanOrEqual(estimate - 1e-9);
        expect(wide.low).toBeLessThanOrEqual(narrow.low + 1e-9);
        expect(wide.high).toBeGreaterThanOrEqual(narrow.high - 1e-9);
      }),
    );
  });

  it('rejects a bad confidence', () => {
    expect(() => wilsonInterval(1, 2, 1)).toThrow('wilsonInterval: confidence must be between 0 and 1, got 1');
  });
});
