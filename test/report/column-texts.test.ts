import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellProblem } from '../../src/cells/errors';
import { isBlank } from '../../src/cells/read';
import type { Cell } from '../../src/cells/types';
import { codeOf, ReportReader } from '../../src/report/columns';
import { readReferralFlag } from '../../src/metrics/referral';

/**
 * The report reads each distinct text of a flag or count column once (a referral column of
 * "Facebook", "Zalo", "Friend or colleague" repeated over a million rows). Given any mix of cells,
 * each row still gets the value and the left-out reason that reading it on its own gives.
 */
function oneByOne(cells: Cell[]): { values: number[]; reasons: number[] } {
  const values: number[] = [];
  const reasons: number[] = [];
  for (const cell of cells) {
    try {
      const value = readReferralFlag(cell);
      values.push(value);
      reasons.push(value === value ? 0 : isBlank(cell) ? codeOf('blank') : codeOf('noAnswer'));
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      values.push(NaN);
      reasons.push(codeOf(error.reason));
    }
  }
  return { values, reasons };
}

describe('ReportReader.column', () => {
  it('gives every row the value and reason of reading it alone, repeated texts included', () => {
    const cell = fc.constantFrom<Cell>('Yes', 'No', 'có', 'Facebook', 'Zalo', 'Friend or colleague', 'N/A', '', ' ', '#REF!', 1, 0, 2, true, null);
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (cells) => {
        const read = new ReportReader({ timeZone: 'UTC' }).column(cells, readReferralFlag);
        expect({ values: Array.from(read.values), reasons: Array.from(read.reasons) }).toEqual(oneByOne(cells));
      }),
    );
  });
});
