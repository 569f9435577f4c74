import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFlag, readScore } from '../../src/cells/read';
import { rangeForScan, rangeOf, requireSameSize, tallyWhole, valuesOf } from '../../src/cells/shape';
import { wholeScoreReader } from '../../src/metrics/scale';

describe('the shape of a range argument', () => {
  it('a single cell is 1×1, rows of cells keep their shape, a flat list is one row', () => {
    expect(rangeOf('NPS', 9)).toEqual({ rows: 1, columns: 1, cells: [[9]] });
    expect(rangeOf('NPS', [[9], [10]])).toMatchObject({ rows: 2, columns: 1 });
    expect(rangeOf('NPS', [[9, 10, 8]])).toMatchObject({ rows: 1, columns: 3 });
    expect(rangeOf('NPS', [9, 10])).toMatchObject({ rows: 1, columns: 2 });
    expect(rangeOf('NPS', [])).toMatchObject({ rows: 0, columns: 0 });
  });

  it('rows of different lengths, or rows that are not rows, are an error naming the function', () => {
    expect(() => rangeOf('NPS', [[1, 2], [3]])).toThrow('NPS: the range has rows of different lengths');
    expect(() => rangeOf('NPS', [[1], 2])).toThrow('NPS: the range has rows of different lengths');
    expect(() => rangeOf('ART', [[1], null], 'opened')).toThrow('ART: opened has rows of different lengths');
    // The scanning loop finds the same problem without a separate pass.
    expect(() => tallyWhole('NPS', rangeForScan([[1, 2], [3]]), 0, 10, readScore)).toThrow('NPS: the range has rows of different lengths');
    // The flat scan steps row by row: a bad row after good ones, a text row, and rows after an empty first row.
    expect(() => tallyWhole('NPS', rangeForScan([[1, 2], [3, 4], [5]]), 0, 10, readScore)).toThrow('NPS: the range has rows of different lengths');
    expect(() => tallyWhole('NPS', rangeForScan([[1], 'x']), 0, 10, readScore)).toThrow('NPS: the range has rows of different lengths');
    expect(() => tallyWhole('NPS', rangeForScan([[], [1]]), 0, 10, readScore)).toThrow('NPS: the range has rows of different lengths');
  });

  it('a bad cell is reported with its place: row in a column, item in a row, row and column in a block', () => {
    const nps = wholeScoreReader(0, 10);
    expect(() => valuesOf('NPS', rangeOf('NPS', [[1], [2], [11]]), nps)).toThrow('NPS: 11 is outside the 0–10 scale (row 3 of the range)');
    expect(() => valuesOf('NPS', rangeOf('NPS', [[1, 2, 11]]), nps)).toThrow('NPS: 11 is outside the 0–10 scale (item 3 of the range)');
    expect(() => valuesOf('NPS', rangeOf('NPS', [[1, 2], [11, 3]]), nps)).toThrow('NPS: 11 is outside the 0–10 scale (row 2, column 1 of the range)');
    expect(() => valuesOf('NPS', rangeOf('NPS', 11), nps)).toThrow(/^NPS: 11 is outside the 0–10 scale$/);
    expect(() => valuesOf('FCR', rangeOf('FCR', [['yes'], ['#N/A']]), readFlag)).toThrow('FCR: the cell holds the error #N/A (row 2 of the range)');
  });

  it('the fast path and the reader agree: counts per value, blanks and the first-row header skipped', () => {
    const counts = tallyWhole('NPS', rangeForScan([['Score'], [10], ['9'], [' 10 '], [''], ['N/A'], [null], [0]]), 0, 10, wholeScoreReader(0, 10));
    expect(Array.from(counts)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    // The header's text anywhere below the first row is an error naming the cell, not a quiet skip (also when remembered).
    expect(() => tallyWhole('NPS', rangeForScan([['Score'], [10], ['Score']]), 0, 10, wholeScoreReader(0, 10))).toThrow(
      'NPS: "Score" is not an answer on the 0–10 scale (row 3 of the range)',
    );
    expect(() => valuesOf('NPS', rangeOf('NPS', [[10], ['Total']]), wholeScoreReader(0, 10))).toThrow('NPS: "Total" is not an answer on the 0–10 scale (row 2 of the range)');
    // A Sheets error or a number off the scale in the first row is still an error.
    expect(() => valuesOf('NPS', rangeOf('NPS', [['#REF!'], [10]]), wholeScoreReader(0, 10))).toThrow('NPS: the cell holds the error #REF! (row 1 of the range)');
    expect(() => valuesOf('NPS', rangeOf('NPS', [[11], [10]]), wholeScoreReader(0, 10))).toThrow('NPS: 11 is outside the 0–10 scale (row 1 of the range)');
    // A block is read row by row, and a bad cell in it keeps its place.
    expect(Array.from(tallyWhole('NPS', rangeForScan([['Score', 'x'], [10, ''], ['', 9], [0, '9']]), 0, 10, wholeScoreReader(0, 10)))).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1]);
    expect(() => tallyWhole('NPS', rangeForScan([[10, 'x'], [11, 9]]), 0, 10, wholeScoreReader(0, 10))).toThrow('NPS: 11 is outside the 0–10 scale (row 2, column 1 of the range)');
  });

  it('ranges paired cell by cell must be the same size', () => {
    const a = rangeOf('ART', [[1], [2], [3]]);
    const b = rangeOf('ART', [[1], [2]]);
    expect(() => requireSameSize('ART', [{ name: 'opened', range: a }, { name: 'resolved', range: b }])).toThrow(
      'ART: opened and resolved must be the same size, not 3×1 and 2×1',
    );
    expect(() => requireSameSize('ART', [{ name: 'opened', range: a }, { name: 'resolved', range: a }])).not.toThrow();
  });
});

describe('tallyWhole counts as reading every cell would', () => {
  // The fast paths (whole numbers counted without a read, the two remembered texts, blanks) must
  // give the counts, and the first error, that reading each cell in turn gives.
  const cell = fc.oneof(
    fc.integer({ min: -1, max: 11 }),
    fc.constantFrom('', '  ', '9', ' 10 ', 'N/A', 'Không biết', '10 - Extremely likely', 'Score', 7.5, true, null),
  );
  const outcome = (run: () => ArrayLike<number>) => {
    try {
      return { counts: Array.from(run()) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  for (const columns of [1, 2]) {
    it(`on ranges ${columns} cell${columns > 1 ? 's' : ''} wide`, () => {
      fc.assert(
        fc.property(fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 40 }), (cells) => {
          const read = wholeScoreReader(0, 10);
          const expected = outcome(() => {
            const counts = new Array(11).fill(0);
            for (const value of valuesOf('NPS', rangeOf('NPS', cells), read)) counts[value]++;
            return counts;
          });
          expect(outcome(() => tallyWhole('NPS', rangeForScan(cells), 0, 10, read))).toEqual(expected);
        }),
      );
    });
  }
});
