import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalCdf, normalPdf, normalQuantile } from '../../src/stats/normal';

// Reference values: Abramowitz & Stegun table 26.1 and the usual critical values
// (R: pnorm / qnorm), quoted to the digits those sources give.
describe('normalCdf', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-2)).toBeCloseTo(0.022750131948179207, 14);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 14);
  });

  it('keeps relative accuracy deep in the tail', () => {
    // pnorm(-5) = 2.866515718791939e-07, pnorm(-10) = 7.619853024160527e-24, pnorm(-20) = 2.753624118606e-89
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 12);
    expect(normalCdf(-10) / 7.619853024160527e-24).toBeCloseTo(1, 12);
    expect(normalCdf(-20) / 2.753624118606e-89).toBeCloseTo(1, 10);
  });

  it('handles the extremes', () => {
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('is symmetric: Φ(z) + Φ(−z) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 14);
      }),
    );
  });

  it('has the density as its derivative', () => {
    for (const z of [-3, -1, 0, 0.5, 2]) {
      const h = 1e-5;
      expect((normalCdf(z + h) - normalCdf(z - h)) / (2 * h)).toBeCloseTo(normalPdf(z), 9);
    }
  });
});

describe('normalQuantile', () => {
  it('gives the usual critical values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 9);
  });

  it('inverts normalCdf to 1e-9', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        const back = p < 0.5 ? normalCdf(z) : 1 - normalCdf(-z);
        expect(Math.abs(back - p) / Math.min(p, 1 - p)).toBeLessThan(1e-9);
      }),
    );
  });

  it('maps 0 and 1 to the infinities and rejects other inputs', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(NaN)).toThrow('normalQuantile: p must be in [0, 1], got NaN');
  });
});
