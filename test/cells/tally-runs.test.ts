import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFlag } from '../../src/cells/read';
import { rangeForScan, rangeOf, readAt, tallyWhole, valuesOf, type CellReader } from '../../src/cells/shape';
import type { Cell } from '../../src/cells/types';
import { wholeScoreReader } from '../../src/metrics/scale';

/**
 * tallyWhole (=NPS, =CSAT, =CES, =FCR …) counts a column in runs (whole numbers on the scale, the
 * two texts it remembers, blanks) without reading those cells, and reads a range's first-row text
 * without throwing its problem (CellReader.orProblem). Given any mix of cells a sheet holds, in
 * runs long and short, with a header or without, the counts are those of reading every cell on its
 * own through the plain throwing reader, and a bad cell is the same error naming the same place.
 */
const SCALES: { name: string; low: number; high: number; read: CellReader }[] = [
  { name: 'NPS', low: 0, high: 10, read: wholeScoreReader(0, 10) },
  { name: 'CSAT', low: 1, high: 5, read: wholeScoreReader(1, 5, 'csat') },
  { name: 'CES', low: 1, high: 7, read: wholeScoreReader(1, 7, 'ces') },
  { name: 'FCR', low: 0, high: 1, read: readFlag },
];

/** The same reading with no shortcut: every problem thrown. */
const throwingOnly = (read: CellReader): CellReader => (cell) => read(cell);

const cell = fc.oneof(
  fc.integer({ min: -1, max: 11 }),
  fc.constantFrom<Cell>(
    '', '', null, '  ', '9', ' 4 ', '4,5', '7.5', 7.5, 1e308, -0, 'N/A', 'Không biết', "Don't know", '10 - Extremely likely', '4/5', '★★★★☆',
    'Very satisfied', 'Rất hài lòng', 'Strongly agree', 'Hoàn toàn đồng ý', 'Neutral', 'Agree', 'Yes', 'No', 'có', 'không', 'TRUE', true, false,
    'How satisfied are you?', 'Total', '#N/A', '#REF!', new Date(Date.UTC(2026, 2, 1)), '2026-03-01', '13/10/2026 08:15', 'Score',
  ),
);
/** Cells in runs: the same cell repeated, as a column of answers repeats a few values. */
const column = fc.array(fc.tuple(cell, fc.integer({ min: 1, max: 12 })), { maxLength: 25 }).map((runs) => runs.flatMap(([c, n]) => Array.from({ length: n }, () => c)));

const outcome = (run: () => ArrayLike<number>) => {
  try {
    return { counts: Array.from(run()) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

function oneByOne(fn: string, cells: Cell[][], low: number, high: number, read: CellReader) {
  return outcome(() => {
    const counts = new Array(high - low + 1).fill(0);
    for (const value of valuesOf(fn, rangeOf(fn, cells), throwingOnly(read))) counts[value - low]++;
    return counts;
  });
}

describe('tallyWhole counts runs of a column as reading every cell would', () => {
  for (const { name, low, high, read } of SCALES) {
    for (const width of [1, 2]) {
      it(`${name}, ${width} column${width > 1 ? 's' : ''}: the same counts, or the same error at the same place`, () => {
        fc.assert(
          fc.property(column, (flat) => {
            const cells: Cell[][] = [];
            for (let i = 0; i + width <= flat.length; i += width) cells.push(flat.slice(i, i + width));
            expect(outcome(() => tallyWhole(name, rangeForScan(cells), low, high, read))).toEqual(oneByOne(name, cells, low, high, read));
          }),
        );
      });
    }
  }

  it('a header over 2,000 answers in long runs of numbers, blanks and labels: the counts of every cell read alone', () => {
    const read = wholeScoreReader(1, 5, 'csat');
    const cells: Cell[][] = [['How satisfied are you?']];
    for (let i = 0; i < 2_000; i++) cells.push([i % 300 < 200 ? (i % 5) + 1 : i % 300 < 250 ? '' : ['Satisfied', 'N/A', 'Very satisfied'][i % 3]]);
    expect(Array.from(tallyWhole('CSAT', rangeForScan(cells), 1, 5, read))).toEqual(oneByOne('CSAT', cells, 1, 5, read).counts);
  });
});

describe("a range's first-row text read without a throw", () => {
  it('gives the value, the header skip or the error that the throwing read gives', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(...SCALES), fc.integer({ min: 1, max: 3 }), fc.nat({ max: 5 }), (c, { name, read }, columns, index) => {
        const range = rangeForScan([Array.from({ length: columns }, () => c), Array.from({ length: columns }, () => c)]);
        const at = (reader: CellReader) => outcome(() => [readAt(name, reader, c, index, range)]);
        expect(at(read)).toEqual(at(throwingOnly(read)));
      }),
    );
  });
});
