import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { studentTCdf } from '../../src/stats/student-t';
import { regularizedBeta } from '../../src/stats/regularized-beta';
import { logGamma } from '../../src/stats/log-gamma';
import { normalCdf } from '../../src/stats/normal';

describe('logGamma', () => {
  it('matches ln((x − 1)!) and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    // Γ(0.1) = 9.513507698668732 (A&S table 6.1 via Γ(1.1)/0.1)
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 13);
  });

  it('rejects x ≤ 0', () => {
    expect(() => logGamma(0)).toThrow('logGamma: x must be above 0, got 0');
  });
});

describe('regularizedBeta', () => {
  it('matches closed forms', () => {
    // I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b
    expect(regularizedBeta(0.3, 4, 1)).toBeCloseTo(0.3 ** 4, 14);
    expect(regularizedBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 14);
    // I_½(2, 3) = Σ_{j=2..4} C(4, j)/2⁴ = (6 + 4 + 1)/16
    expect(regularizedBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 14);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });

  it('obeys I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (x, a, b) => {
        expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 11);
      }),
    );
  });

  it('rejects arguments outside its domain', () => {
    expect(() => regularizedBeta(1.2, 1, 1)).toThrow('regularizedBeta: x must be in [0, 1], got 1.2');
    expect(() => regularizedBeta(0.5, 0, 1)).toThrow('regularizedBeta: a and b must be above 0, got 0 and 1');
  });
});

describe('studentTCdf', () => {
  it('reaches the tabulated two-sided 5% critical values (R: qt(0.975, df))', () => {
    expect(studentTCdf(12.706204736174705, 1)).toBeCloseTo(0.975, 12);
    expect(studentTCdf(4.302652729749464, 2)).toBeCloseTo(0.975, 12);
    expect(studentTCdf(2.228138851986274, 10)).toBeCloseTo(0.975, 12);
    expect(studentTCdf(2.042272456301238, 30)).toBeCloseTo(0.975, 12);
    expect(studentTCdf(-2.015048373333024, 5)).toBeCloseTo(0.05, 12);
  });

  it('is the Cauchy distribution at df = 1 and has a closed form at df = 2', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (t) => {
        expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
        expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
      }),
    );
  });

  it('keeps tiny tails and tends to the normal for large df', () => {
    // pt(-40, 3) = 1.719034039457925e-05
    expect(studentTCdf(-40, 3) / 1.719034039457925e-5).toBeCloseTo(1, 10);
    expect(studentTCdf(1.5, 1e6)).toBeCloseTo(normalCdf(1.5), 6);
    expect(studentTCdf(0, 7.3)).toBe(0.5);
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
  });

  it('rejects df ≤ 0', () => {
    expect(() => studentTCdf(1, 0)).toThrow('studentTCdf: df must be above 0, got 0');
  });
});
