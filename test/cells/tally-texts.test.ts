import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeForScan, readAt, tallyWhole } from '../../src/cells/shape';
import type { Cell } from '../../src/cells/types';
import { CSAT } from '../../src/functions/csat';
import { withSheetEnv } from '../../src/functions/env';
import { FCR } from '../../src/functions/flags';
import { wholeScoreReader } from '../../src/metrics/scale';

/**
 * tallyWhole (=NPS, =CSAT, =CES, =FCR …) reads each distinct text of a range once and remembers
 * its score. Given any mix of labels, numbers, blanks and junk, with a header row or without, the
 * counts are those of reading every cell on its own, and a bad cell is the same error naming the
 * same place.
 */
const read = wholeScoreReader(1, 5, 'csat');

/** Every cell read on its own, in row order, the header rule included: counts, or the first error. */
function oneByOne(cells: Cell[][]): unknown {
  const range = rangeForScan(cells);
  const counts = new Float64Array(5);
  try {
    cells.flat().forEach((cell, index) => {
      const value = readAt('CSAT', read, cell, index, range);
      if (value === value) counts[value - 1]++;
    });
    return { counts: Array.from(counts) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function tallied(cells: Cell[][]): unknown {
  try {
    return { counts: Array.from(tallyWhole('CSAT', rangeForScan(cells), 1, 5, read)) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const cell = fc.constantFrom<Cell>(
  'Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied', 'Rất hài lòng', 'Hài lòng', 'N/A', '', ' ', '4', 5, 3, 1, 'How satisfied are you?', 'Great!', 7, '#N/A', true,
);

describe('tallyWhole remembers the reading of each distinct text', () => {
  it('one column or two, with or without a header: the same counts, or the same error at the same place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }), fc.array(cell, { maxLength: 60 }), (width, flat) => {
        const cells: Cell[][] = [];
        for (let i = 0; i + width <= flat.length; i += width) cells.push(flat.slice(i, i + width));
        expect(tallied(cells)).toEqual(oneByOne(cells));
      }),
    );
  });

  it('given five labels repeated over a header and 10,000 rows and a typo far down, =CSAT names the typo’s row', () => {
    const labels = ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied', 'Very dissatisfied'];
    const cells: Cell[][] = [['How satisfied are you?'], ...Array.from({ length: 10_000 }, (_, i) => [labels[(i * 7) % 5]])];
    withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => {
      expect(CSAT(cells, 5)).toBe(40);
      cells[8_765] = ['Satisfied!!'];
      expect(() => CSAT(cells, 5)).toThrow(/"Satisfied!!".*row 8766 of the range/);
    });
  });

  it('a yes/no column of words in both languages counts each word by its meaning', () => {
    const words = ['Yes', 'No', 'Có', 'Không', 'yes', 'no'];
    const cells = Array.from({ length: 6_000 }, (_, i) => [words[i % 6]]);
    withSheetEnv({ timeZone: 'UTC', locale: 'vi_VN' }, () => expect(FCR(cells)).toBe(50));
  });
});
