import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationInText } from '../../src/cells/durations';
import { numberReadings } from '../../src/cells/numbers';

/**
 * Reading runs on whatever people paste into a cell (up to 50,000 characters), inside Apps
 * Script's time limits: no pattern may be worse than linear (issue 15). The bound is the timeout:
 * the backtracking patterns these replace took seconds per cell on such text.
 */
const CELL_MAX = 50_000;
const TIMEOUT_MS = 30_000;
const hostile = [
  '1'.repeat(CELL_MAX),
  `${'1'.repeat(CELL_MAX - 1)}x`,
  `a${' '.repeat(CELL_MAX - 2)}b`,
  `1${' '.repeat(CELL_MAX - 5)}2 usd`,
  `${'1,'.repeat(CELL_MAX / 2)}`,
  `${'2 giờ '.repeat(CELL_MAX / 6)}x`,
];

describe('reading hostile cell text finishes in linear time', () => {
  it(
    'numbers and durations: 200 cells of each hostile text read at once, as no number',
    () => {
      for (const text of hostile) {
        for (let i = 0; i < 200; i++) {
          expect(Number.isNaN(durationInText(text))).toBe(true);
          const readings = numberReadings(text);
          expect(readings === undefined || (Number.isNaN(readings.point) && Number.isNaN(readings.comma)) || text === '1'.repeat(CELL_MAX)).toBe(true);
        }
      }
    },
    TIMEOUT_MS,
  );

  it('the linear patterns read what they read before: currency marks, durations with units', () => {
    expect(numberReadings('250.000 ₫')).toEqual({ point: 250, comma: 250000 });
    expect(numberReadings('$ 12.50')).toEqual({ point: 12.5, comma: NaN });
    expect(numberReadings('1 250 000 vnđ')).toEqual({ point: 1250000, comma: 1250000 });
    expect(numberReadings('12 USD')).toEqual({ point: 12, comma: 12 });
    expect(durationInText('2 giờ 30 phút')).toBe(2.5 * 3_600_000);
    expect(durationInText('90 phút')).toBe(90 * 60_000);
    expect(durationInText('1,5 giờ')).toBe(1.5 * 3_600_000);
    expect(durationInText('2 h x 30 min')).toBeNaN();
  });

  it('the sticky duration pattern agrees with the unanchored one on short texts', () => {
    const oldPiece = /(\d+(?:[.,]\d+)?)\s*([a-zà-ỹđ]+)/gu;
    const units = new Set(['h', 'giờ', 'min', 'phút', 'm', 's']);
    const oldShape = (t: string) => {
      // The old loop's acceptance: pieces cover the text with only spaces between them.
      let consumed = 0;
      oldPiece.lastIndex = 0;
      for (let m = oldPiece.exec(t); m; m = oldPiece.exec(t)) {
        if (t.slice(consumed, m.index).trim() !== '') return false;
        consumed = m.index + m[0].length;
      }
      return consumed > 0 && consumed === t.length;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '2', '5', ',', ' ', 'h', 'giờ', 'phút', 'x'), { maxLength: 8 }), (parts) => {
        const t = parts.join('').trim();
        const tokensAreUnits = (t.match(/[a-zà-ỹđ]+/gu) ?? []).every((w) => units.has(w));
        if (!tokensAreUnits || /^\d+:\d|^(\d+)\s*(?:h|giờ|g)\s*(\d{1,2})$/u.test(t)) return true;
        return Number.isNaN(durationInText(t)) === !oldShape(t);
      }),
    );
  });
});
