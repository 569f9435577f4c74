import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/cells/calendar';
import { byGroupTable } from '../../src/metrics/by-group';
import { cesOfRange } from '../../src/metrics/ces';
import { csatAverageOfRange, csatOfRange } from '../../src/metrics/csat';
import { trendTable } from '../../src/metrics/trend';

/**
 * CX_TREND and CX_BY read the answers as =CSAT(…) and =CES(…) do (metrics-spec.md 1.1): labels
 * give their scores, and a label set fixes the scale (`Neutral` on CES → 1–5, `6/7` → 1–7), so
 * `=CX_TREND("CSAT", D2:D, A2:A)` over a Forms multiple-choice column works as it is; each table
 * also says what the values range was made of (header, no answers, values without a date).
 */
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const column = (cells: unknown[]) => cells.map((cell) => [cell]);

// A Forms export: the header, then September and October answers, one N/A, one answer with no date.
const DATES = column(['Timestamp', at('2026-09-02'), at('2026-09-20'), at('2026-10-03'), at('2026-10-04'), at('2026-10-05'), at('2026-10-06'), '']);

const rowsOf = (table: { rows: { periodStart: number; n: number; summary?: { value: number } }[] }) =>
  table.rows.map((row) => [isoDate(row.periodStart), row.n, row.summary?.value]);

describe('CX_TREND over answer labels', () => {
  it('CSAT over "Very satisfied … Very dissatisfied" gives each month what =CSAT gives its answers', () => {
    const answers = ['How satisfied are you?', 'Very satisfied', 'Dissatisfied', 'N/A', 'Satisfied', 'Very dissatisfied', 'Neutral', 'Very satisfied'];
    const table = trendTable('CX_TREND', 'CSAT', column(answers), DATES, 'month', 'UTC');
    expect(rowsOf(table)).toEqual([
      ['2026-09-01', 2, csatOfRange(column(['Very satisfied', 'Dissatisfied'])).value],
      ['2026-10-01', 3, csatOfRange(column(['Satisfied', 'Very dissatisfied', 'Neutral'])).value],
    ]);
    expect(rowsOf(table)[1][2]).toBeCloseTo(100 / 3, 10);
    // The header, the N/A and the answer with no date are counted, not silently gone.
    expect(table.coverage).toEqual({ used: 5, leftOut: { header: { count: 1, places: [] }, noAnswer: { count: 1, places: [] }, noDate: { count: 1, places: [] } } });
  });

  it('CSAT_AVG over Vietnamese labels (any Unicode form) is the mean score per month', () => {
    const answers = ['Mức độ hài lòng', 'Rất hài lòng', 'Không hài lòng'.normalize('NFD'), 'Không biết', 'Hài lòng', 'Rất không hài lòng', 'Bình thường', ''];
    const table = trendTable('CX_TREND', 'CSAT_AVG', column(answers), DATES, 'month', 'UTC');
    expect(rowsOf(table)).toEqual([
      ['2026-09-01', 2, 3.5],
      ['2026-10-01', 3, csatAverageOfRange(column(['Hài lòng', 'Rất không hài lòng', 'Bình thường'])).value],
    ]);
    expect(table.coverage.leftOut.noAnswer?.count).toBe(1);
    expect(table.coverage.leftOut.blank?.count).toBe(1);
  });

  it('CES over 5-point agreement labels is on 1–5 because "Neutral" proves it, as =CES reads it', () => {
    const answers = ['It was easy to get help', 'Strongly agree', 'Neutral', 'Agree', 'Disagree', 'Strongly disagree', 'Agree', ''];
    const table = trendTable('CX_TREND', 'CES', column(answers), DATES, 'month', 'UTC');
    expect(rowsOf(table)).toEqual([
      ['2026-09-01', 2, 4],
      ['2026-10-01', 4, cesOfRange(column(['Agree', 'Disagree', 'Strongly disagree', 'Agree']), { scale: 5, method: 'mean' }).value],
    ]);
    expect(rowsOf(table)[1][2]).toBe(2.75);
  });

  it('CSAT over "6/7" answers is on 1–7, the top two boxes being 6 and 7', () => {
    const answers = ['Rating', '6/7', '7/7', '2/7', '5/7', '1/7', '6/7', ''];
    expect(rowsOf(trendTable('CX_TREND', 'CSAT', column(answers), DATES, 'month', 'UTC'))).toEqual([
      ['2026-09-01', 2, 100],
      ['2026-10-01', 4, 25],
    ]);
  });

  it('a label no list scores is still an error naming the cell', () => {
    const answers = ['Rating', 'Very satisfied', 'Tốt', '', '', '', '', ''];
    expect(() => trendTable('CX_TREND', 'CSAT', column(answers), DATES, 'month', 'UTC')).toThrow(/^CX_TREND: "Tốt" .*\(row 3 of values\)$/);
  });
});

describe('CX_BY over answer labels', () => {
  const GROUPS = column(['Branch', 'Hà Nội', 'Hà Nội', 'Đà Nẵng', 'Đà Nẵng', 'Đà Nẵng', '', 'Hà Nội']);

  it('CES by branch over 5-point labels, values without a branch counted as blank rows', () => {
    const answers = ['It was easy', 'Strongly agree', 'Neutral', 'Agree', 'Disagree', 'N/A', 'Agree', 'Strongly disagree'];
    const table = byGroupTable('CX_BY', 'CES', column(answers), GROUPS);
    expect(table.rows.map((row) => [row.group, row.n, row.summary.value])).toEqual([
      ['Hà Nội', 3, 3],
      ['Đà Nẵng', 2, 3],
    ]);
    expect(table.coverage).toEqual({ used: 5, leftOut: { header: { count: 1, places: [] }, noAnswer: { count: 1, places: [] }, blank: { count: 1, places: [] } } });
  });

  it('CSAT by branch over "4/10" answers is on 1–10 (top two boxes 9 and 10)', () => {
    const answers = ['Score', '9/10', '10/10', '4/10', '8/10', '9/10', '', ''];
    expect(byGroupTable('CX_BY', 'CSAT', column(answers), GROUPS).rows.map((row) => [row.group, row.n, row.summary.value])).toEqual([
      ['Đà Nẵng', 3, 100 / 3],
      ['Hà Nội', 2, 100],
    ]);
  });
});
