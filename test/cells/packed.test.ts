import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDateColumn, readDurationColumn, readFlagColumn, readNumberColumn, readScoreColumn, type ColumnRead } from '../../src/cells/column';
import { textsOf } from '../../src/cells/decide';
import { cellsOf, type PackedCells } from '../../src/cells/packed';
import { PackedColumnBuilder } from '../../src/cells/packed-builder';
import type { PackedColumn } from '../../src/cells/packed-column';
import type { Cell } from '../../src/cells/types';

/**
 * The command line holds a large file's columns packed (a code a row into the column's distinct
 * cells, Dates and odd numbers by value). Packing must change nothing a person reads: the same
 * cells come back, and every column reader gives the same values, coverage (with the first places
 * of left-out cells), decisions and problems as over the cells themselves.
 */

const pack = (cells: readonly Cell[]): PackedColumn => {
  const builder = new PackedColumnBuilder();
  for (const cell of cells) builder.push(cell);
  return builder.finish();
};

const refOf = (index: number) => ({ file: 'export.csv', line: index + 2, column: 'C' });

/** A reading with its problems as texts (the problem objects themselves may be shared per distinct cell). */
const plain = <D>(read: ColumnRead<D>) => ({ ...read, problems: read.problems.map((p) => ({ index: p.index, reason: p.reason, text: p.problem.text })) });

/** Every column reader over the cells and over them packed, with the places each left-out cell is told at. */
function bothWays(cells: readonly Cell[], read: (cells: Cell[] | PackedCells, onProblem: (index: number) => void) => ColumnRead<unknown>) {
  const told: number[][] = [[], []];
  const direct = read([...cells], (i) => told[0].push(i));
  const packed = read(pack(cells), (i) => told[1].push(i));
  return { direct: plain(direct), packed: plain(packed), told };
}

const READERS: Record<string, (cells: Cell[] | PackedCells, onProblem: (index: number) => void) => ColumnRead<unknown>> = {
  dates: (cells, onProblem) => readDateColumn(cells, { refOf, timeZone: 'Asia/Ho_Chi_Minh', onProblem }),
  'NPS scores': (cells, onProblem) => readScoreColumn(cells, { low: 0, high: 10, refOf, onProblem }),
  'CES scores (scale fixed by a label)': (cells, onProblem) => readScoreColumn(cells, { low: 1, high: 7, family: 'ces', allowed: [7, 5], refOf, onProblem }),
  flags: (cells, onProblem) => readFlagColumn(cells, { refOf, onProblem }),
  numbers: (cells, onProblem) => readNumberColumn(cells, { refOf, locale: 'vi_VN', onProblem }),
  durations: (cells, onProblem) => readDurationColumn(cells, { refOf, timeZone: 'Asia/Ho_Chi_Minh', onProblem }),
};

/** Cells a real export mixes in one column: dates, day/month text of both orders, words, blanks, non-answers, errors, local numbers. */
const POOL: Cell[] = [
  new Date(Date.UTC(2026, 9, 3, 1, 2, 3)),
  new Date(Date.UTC(2026, 8, 13)),
  new Date(NaN),
  new Date(Date.UTC(1899, 11, 30, 2, 30)),
  '13/09/2026 08:15',
  '09/13/2026',
  '02/09/2026',
  '2026-10-01',
  '31 Jul 2018',
  '',
  '   ',
  'N/A',
  'Không biết',
  '#REF!',
  'Very satisfied',
  'Neutral',
  '10 - Extremely likely',
  '4/5',
  '★★★★☆',
  'banana',
  '2,5',
  '1.250',
  '1,234.5',
  '2 h 30 min',
  'yes',
  'Không',
  true,
  false,
  null,
  undefined,
  0,
  -0,
  1,
  7,
  9,
  10,
  11,
  -3,
  4.5,
  1e20,
  70000,
  NaN,
  Infinity,
  [1, 2],
];

describe('a packed column', () => {
  it('gives back exactly the cells it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { maxLength: 300 }), (cells) => {
        const packed = pack(cells);
        expect(packed.length).toBe(cells.length);
        cells.forEach((cell, i) => {
          const back = packed.at(i);
          if (cell instanceof Date) expect(back instanceof Date && Object.is(back.getTime(), cell.getTime())).toBe(true);
          else expect(Object.is(back, cell)).toBe(true);
        });
      }),
    );
  });

  it('widens its codes past 255 and 65,535 distinct cells and keeps every one', () => {
    const cells: Cell[] = Array.from({ length: 70_000 }, (_, i) => `customer${i}@example.com`);
    cells.push('customer3@example.com', '', 12);
    const packed = pack(cells);
    expect(packed.codes).toBeInstanceOf(Uint32Array);
    expect(cellsOf(packed)).toEqual(cells);
  });

  it('keeps every cell of a column longer than its chunks: Dates and odd numbers in some chunks only, codes widened midway', () => {
    // 200,000 rows: chunks of 65,536; Dates only in the second chunk, numbers kept by value in the
    // third, and the 256th distinct text (codes two bytes wide from then on) past the middle.
    const cells: Cell[] = Array.from({ length: 200_000 }, (_, i) => {
      if (i >= 70_000 && i < 80_000) return new Date(Date.UTC(2026, 9, 1) + i * 1000);
      if (i >= 140_000 && i < 140_100) return i + 0.5;
      if (i >= 150_000 && i < 150_300) return `answer ${i}`;
      return ['Website', 'Store', 3, '', true][i % 5];
    });
    const packed = pack(cells);
    expect(packed.codes).toBeInstanceOf(Uint16Array);
    expect(packed.codes.length).toBe(cells.length);
    expect(packed.values?.length).toBe(cells.length);
    expect(cellsOf(packed)).toEqual(cells);
  });

  for (const [name, read] of Object.entries(READERS)) {
    it(`is read as its cells are: ${name} (values, coverage and its places, decisions, problems, in order)`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...POOL), { maxLength: 200 }), (cells) => {
          const { direct, packed, told } = bothWays(cells, read);
          expect(packed).toEqual(direct);
          expect(told[1]).toEqual(told[0]);
        }),
      );
    });
  }

  it('tells a column proving both date orders the same way, with the same first places', () => {
    const cells: Cell[] = ['', '02/09/2026', 'N/A', new Date(Date.UTC(2026, 9, 1)), '13/09/2026', '09/13/2026', '#N/A', '02/09/2026'];
    const { direct, packed } = bothWays(cells, READERS.dates);
    expect(direct.decision).toMatchObject({ conflict: { dayFirst: { index: 4 }, monthFirst: { index: 5 } } });
    expect(packed).toEqual(direct);
    // Every day/month cell is a conflict, named at its first three lines; N/A a non-answer; #N/A an error.
    const line = (n: number) => ({ file: 'export.csv', line: n, column: 'C' });
    expect(packed.coverage).toEqual({
      used: 1,
      leftOut: {
        blank: { count: 1, places: [] },
        conflict: { count: 4, places: [line(3), line(6), line(7)] },
        noAnswer: { count: 1, places: [line(4)] },
        unreadable: { count: 1, places: [line(8)] },
      },
    });
  });

  it('gives the decisions its texts at the same indexes', () => {
    const cells: Cell[] = [7, '', 'Đồng ý', new Date(0), 'N/A', 'Đồng ý', 3.5, '1,5'];
    const seen: [string, number][][] = [[], []];
    textsOf(cells)((text, i) => seen[0].push([text, i]));
    textsOf(pack(cells))((text, i) => seen[1].push([text, i]));
    expect(seen[1]).toEqual(seen[0]);
  });

  it('keeps the rows of one group, and stacks columns of several sheets, as the cells would be', () => {
    const cells: Cell[] = [new Date(Date.UTC(2026, 0, 2)), 'Zalo', 9, '', 1e20, 'Zalo', -0];
    const packed = pack(cells);
    expect(cellsOf(packed.filter((i) => i % 2 === 0))).toEqual(cells.filter((_, i) => i % 2 === 0));
    expect(cellsOf(packed.from(2))).toEqual(cells.slice(2));
    expect(cellsOf(packed.stack([packed, ['Phone', 3], packed.from(5)]))).toEqual([...cells, 'Phone', 3, ...cells.slice(5)]);
  });
});
