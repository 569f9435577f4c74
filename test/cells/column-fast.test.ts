import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateColumn, readFlagColumn, readNumberColumn, readScoreColumn } from '../../src/cells/column';
import type { Coverage } from '../../src/cells/coverage';
import { CellProblem } from '../../src/cells/errors';
import { isBlank, readDate, readFlag, readNumber } from '../../src/cells/read';
import type { Cell } from '../../src/cells/types';
import { scoreReader } from '../../src/metrics/scale';

/**
 * The column readers take numbers and Date cells without calling the cell reader (the report's
 * and the preview's million-row columns). Given any mix of cells, each cell still reads as the
 * cell reader alone reads it, and the coverage counts the same cells for the same reasons.
 */

/** What the cell reader alone makes of each cell: the values, and the coverage a column reader must give. */
function expected(cells: readonly Cell[], read: (cell: Cell) => number): { values: number[]; coverage: Coverage } {
  const coverage: Coverage = { used: 0, leftOut: {} };
  const values = cells.map((cell) => {
    let reason: keyof Coverage['leftOut'];
    try {
      const value = read(cell);
      if (value === value) {
        coverage.used++;
        return value;
      }
      reason = isBlank(cell) ? 'blank' : 'noAnswer';
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      reason = error.reason;
    }
    const entry = (coverage.leftOut[reason] ??= { count: 0, places: [] });
    entry.count++;
    return NaN;
  });
  return { values, coverage };
}

const DAY = 86_400_000;
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.integer({ min: -3, max: 13 }),
  fc.constantFrom(0.5, 7.5, -0, NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_VALUE),
  fc.constantFrom('', '  ', 'N/A', '9', ' 10 ', '4/5', 'Very satisfied', 'Tốt', 'yes', 'Không', 'TRUE', '#N/A', '2026-03-01', '2,5', 'Score'),
  fc.constantFrom(true, false, null, undefined),
  fc.integer({ min: -800_000, max: 3_000_000 }).map((days) => new Date(days * DAY + 3_600_000) as Cell),
  fc.constant(new Date(NaN) as Cell),
);
const column = fc.array(cell, { maxLength: 40 });

function same(actual: { values: Float64Array; coverage: Coverage }, wanted: { values: number[]; coverage: Coverage }): void {
  expect(Array.from(actual.values)).toEqual(wanted.values);
  const counts = (coverage: Coverage) => ({ used: coverage.used, leftOut: Object.fromEntries(Object.entries(coverage.leftOut).map(([reason, entry]) => [reason, entry!.count])) });
  expect(counts(actual.coverage)).toEqual(counts(wanted.coverage));
}

describe('column readers: numbers and dates read without a call give what the cell reader gives', () => {
  it('scores on 0–10 and 1–5: whole answers used, off-scale and fractional ones left out as outOfScale', () => {
    fc.assert(
      fc.property(column, fc.constantFrom([0, 10], [1, 5]), (cells, [low, high]) => {
        // A column proving no decimal mark reads "2,5" with the default point, as the cell reader does without one.
        const read = readScoreColumn(cells, { low, high, locale: 'en_US' });
        same(read, expected(cells, scoreReader({ low, high, mark: read.decision.mark.mark })));
      }),
    );
  });

  it('flags: 1 and 0 used, any other number left out', () => {
    fc.assert(fc.property(column, (cells) => same(readFlagColumn(cells), expected(cells, readFlag))));
  });

  it('numbers: every finite number used as it is, NaN and ±Infinity left out', () => {
    fc.assert(
      fc.property(column, (cells) => {
        const read = readNumberColumn(cells, { locale: 'en_US' });
        same(read, expected(cells, (c) => readNumber(c, read.decision.mark)));
      }),
    );
  });

  it('dates: Date cells in the years 1–9999 used as their instant, invalid and out-of-range ones left out', () => {
    fc.assert(fc.property(column, (cells) => same(readDateColumn(cells, { locale: 'en_US' }), expected(cells, (c) => readDate(c, undefined, 'mdy')))));
  });

  it('a score column of a million cells: the header text, blanks and a bad cell far down counted, each at its place', () => {
    const cells: Cell[] = ['How likely are you to recommend us?'];
    for (let i = 1; i < 1_000_000; i++) cells.push(i % 20 === 0 ? '' : i % 11);
    cells[765_432] = 11;
    const read = readScoreColumn(cells, { low: 0, high: 10, refOf: (i) => ({ sheet: 'Form Responses 1', column: 'C', row: i + 2 }) });
    expect(read.values[765_432]).toBeNaN();
    expect(read.coverage.leftOut.outOfScale).toEqual({ count: 1, places: [{ sheet: 'Form Responses 1', column: 'C', row: 765_434 }] });
    expect(read.coverage.leftOut.unknownLabel?.count).toBe(1);
    expect(read.coverage.leftOut.blank?.count).toBe(49_999);
    expect(read.coverage.used).toBe(1_000_000 - 1 - 1 - 49_999);
  });
});
