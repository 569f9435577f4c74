import { describe, expect, it } from 'vitest';
import { byGroupOf } from '../../src/metrics/by-group';

const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const rowsOf = (rows: ReturnType<typeof byGroupOf>) => rows.map((row) => [row.group, row.n, row.summary.value]);

describe('byGroupOf', () => {
  it('gives NPS per branch, most answers first', () => {
    // Hà Nội: 10, 9, 6 → (2 − 1)/3; Đà Nẵng: 3 → −100; Huế: 8, 7, 9, 10 → 2 promoters of 4 → 50
    const scores = column([10, 3, 9, 8, 7, 9, 10, 6]);
    const branches = column(['Hà Nội', 'Đà Nẵng', 'Hà Nội ', 'Huế', 'Huế', 'Huế', 'Huế', 'Hà Nội']);
    expect(rowsOf(byGroupOf('CX_BY', 'nps', scores, branches))).toEqual([
      ['Huế', 4, 50],
      ['Hà Nội', 3, 100 / 3],
      ['Đà Nẵng', 1, -100],
    ]);
  });

  it('breaks ties by group name as people read it', () => {
    const flags = column(['yes', 'no', 'yes', 'yes']);
    const groups = column(['Branch 10', 'Branch 2', 'branch 2', 'Đông']);
    expect(rowsOf(byGroupOf('CX_BY', 'REFERRAL_RATE', flags, groups)).map((row) => row[0])).toEqual(['branch 2', 'Branch 2', 'Branch 10', 'Đông']);
  });

  it('keeps numbers, TRUE/FALSE and dates as groups, and text case-sensitive', () => {
    const scores = column([5, 4, 1, 5, 3, 5]);
    const groups = column([2026, 2026, true, false, new Date('2026-01-01T00:00:00Z'), 'VIP']);
    const rows = rowsOf(byGroupOf('CX_BY', 'CSAT_AVG', scores, groups));
    expect(rows[0]).toEqual([2026, 2, 4.5]);
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => row[1])).toEqual([2, 1, 1, 1, 1]);
  });

  it('skips a header row and rows without a value or group', () => {
    const scores = column(['Score', 9, '', 10, 7]);
    const groups = column(['Branch', 'A', 'never read', '', 'A']);
    expect(rowsOf(byGroupOf('CX_BY', 'NPS', scores, groups))).toEqual([['A', 2, 50]]);
  });
});

describe('problems', () => {
  it('names a bad group with its place, and mismatched sizes', () => {
    expect(() => byGroupOf('CX_BY', 'NPS', column([9, 10]), column(['A', '#N/A']))).toThrow('CX_BY: the cell holds the error #N/A (row 2 of groups)');
    expect(() => byGroupOf('CX_BY', 'NPS', column([9, 10]), column(['A']))).toThrow('CX_BY: values and groups must be the same size, not 2×1 and 1×1');
    expect(() => byGroupOf('CX_BY', 'NPS', column([9, 10]), column(['A', [['x']]]))).toThrow('CX_BY: a cell holds a list of values instead of one value (row 2 of groups)');
  });

  it('refuses ranges with nothing to group', () => {
    expect(() => byGroupOf('CX_BY', 'NPS', column([9, '']), column(['', 'A']))).toThrow('CX_BY: no values with groups in the ranges');
  });

  it('names an unknown metric', () => {
    expect(() => byGroupOf('CX_BY', '', column([9]), column(['A']))).toThrow(/^CX_BY: metric must be "NPS", .* not ""$/);
  });
});
