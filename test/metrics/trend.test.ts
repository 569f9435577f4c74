import { describe, expect, it } from 'vitest';
import { trendOf, MAX_PERIODS } from '../../src/metrics/trend';
import { isoDate } from '../../src/cells/calendar';

const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const rowsOf = (rows: ReturnType<typeof trendOf>) => rows.map((row) => [isoDate(row.periodStart), row.n, row.summary?.value]);

describe('trendOf', () => {
  it('gives NPS per month, listing a month without answers with n = 0', () => {
    // January: 10, 9, 3 → 2 promoters, 1 detractor of 3 → 33.3…; February: none; March: 6 → −100
    const scores = column([10, 9, 3, 6]);
    const dates = column(['2026-01-05', '2026-01-31', '2026-01-20', '2026-03-02']);
    expect(rowsOf(trendOf('CX_TREND', 'NPS', scores, dates, undefined, 'UTC'))).toEqual([
      ['2026-01-01', 3, (100 * (2 - 1)) / 3],
      ['2026-02-01', 0, undefined],
      ['2026-03-01', 1, -100],
    ]);
  });

  it('takes the metric name in any case and every period', () => {
    const flags = column(['yes', 'no', 'yes', 'yes']);
    const dates = column(['2026-03-29', '2026-03-30', '2026-04-05', '2026-04-06']); // Sun, Mon, Sun, Mon
    expect(rowsOf(trendOf('CX_TREND', ' fcr ', flags, dates, 'week', 'UTC'))).toEqual([
      ['2026-03-23', 1, 100],
      ['2026-03-30', 2, 50],
      ['2026-04-06', 1, 100],
    ]);
    expect(rowsOf(trendOf('CX_TREND', 'FCR', flags, dates, 'DAY', 'UTC')).length).toBe(9);
    expect(rowsOf(trendOf('CX_TREND', 'FCR', flags, dates, 'quarter', 'UTC'))).toEqual([
      ['2026-01-01', 2, 50],
      ['2026-04-01', 2, 100],
    ]);
    expect(rowsOf(trendOf('CX_TREND', 'FCR', flags, dates, 'year', 'UTC'))).toEqual([['2026-01-01', 4, 75]]);
  });

  it('skips a header row and rows without a value or date, and reads values with the metric rules', () => {
    const scores = column(['Score', 5, '', 4, 2, ' 5 ']);
    const dates = column(['Date', '2026-01-05', 'not read', '', '2026-01-06', '2026-02-01']);
    // CSAT on 5 points, satisfied = 4 or 5: January 5 and 2 → 50%; February " 5 " → 100%
    expect(rowsOf(trendOf('CX_TREND', 'csat', scores, dates, 'month', 'UTC'))).toEqual([
      ['2026-01-01', 2, 50],
      ['2026-02-01', 1, 100],
    ]);
  });

  it('counts months in the spreadsheet time zone', () => {
    // 18:30Z on March 31 is April 1, 01:30 in Ho Chi Minh City.
    const scores = column([10, 0]);
    const dates = column([new Date('2026-03-31T18:30:00Z'), new Date('2026-03-31T10:00:00Z')]);
    expect(rowsOf(trendOf('CX_TREND', 'NPS', scores, dates, 'month', 'Asia/Ho_Chi_Minh'))).toEqual([
      ['2026-03-01', 1, -100],
      ['2026-04-01', 1, 100],
    ]);
    expect(rowsOf(trendOf('CX_TREND', 'NPS', scores, dates, 'month', 'UTC'))).toEqual([['2026-03-01', 2, 0]]);
  });

  it('averages durations for ART', () => {
    expect(rowsOf(trendOf('CX_TREND', 'art', column([2, 4, 9]), column(['2026-05-01', '2026-05-31', '2026-06-01']), 'month', 'UTC'))).toEqual([
      ['2026-05-01', 2, 3],
      ['2026-06-01', 1, 9],
    ]);
  });
});

describe('problems', () => {
  const scores = column([9, 10]);
  const dates = column(['2026-01-05', '2026-01-06']);

  it('names the metric and period arguments', () => {
    expect(() => trendOf('CX_TREND', 'AOV', scores, dates, 'month', 'UTC')).toThrow(
      'CX_TREND: metric must be "NPS", "CSAT", "CSAT_AVG", "CES", "FCR", "ART", "REFERRAL_RATE", "TRIAL_CONVERSION" or "CHURN", not "AOV"',
    );
    expect(() => trendOf('CX_TREND', 42, scores, dates, 'month', 'UTC')).toThrow(/^CX_TREND: metric must be .* not 42$/);
    expect(() => trendOf('CX_TREND', 'NPS', scores, dates, 'fortnight', 'UTC')).toThrow(
      'CX_TREND: period must be "day", "week", "month", "quarter" or "year", not "fortnight"',
    );
  });

  it('needs ranges of the same size', () => {
    expect(() => trendOf('CX_TREND', 'NPS', column([9, 10, 8]), dates, 'month', 'UTC')).toThrow('CX_TREND: values and dates must be the same size, not 3×1 and 2×1');
  });

  it('names a bad value or date with its place', () => {
    expect(() => trendOf('CX_TREND', 'NPS', column([9, 11]), dates, 'month', 'UTC')).toThrow('CX_TREND: 11 is outside the 0–10 scale (row 2 of values)');
    expect(() => trendOf('CX_TREND', 'NPS', scores, column(['2026-01-05', 45000]), 'month', 'UTC')).toThrow(
      'CX_TREND: 45000 is not a date (use a date cell or text like 2026-03-01) (row 2 of dates)',
    );
  });

  it('reads Date cells and whole numbers on the fast path exactly as through the readers', () => {
    const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
    // Whole numbers in range, numeric text, a non-whole and an off-scale number, on Date cells.
    expect(rowsOf(trendOf('CX_TREND', 'NPS', column([10, '9', 0]), column([at('2026-01-05'), at('2026-01-06'), '2026-02-01']), 'month', 'UTC'))).toEqual([
      ['2026-01-01', 2, 100],
      ['2026-02-01', 1, -100],
    ]);
    expect(() => trendOf('CX_TREND', 'NPS', column([9, 7.5]), column([at('2026-01-05'), at('2026-01-06')]), 'month', 'UTC')).toThrow(
      'CX_TREND: 7.5 is not a whole score on the 0–10 scale (row 2 of values)',
    );
    expect(() => trendOf('CX_TREND', 'CES', column([7, 8]), column([at('2026-01-05'), at('2026-01-06')]), 'month', 'UTC')).toThrow('CX_TREND: 8 is outside the 1–7 scale (row 2 of values)');
    expect(() => trendOf('CX_TREND', 'FCR', column([1, 2]), column([at('2026-01-05'), at('2026-01-06')]), 'month', 'UTC')).toThrow(/^CX_TREND: 2 .*\(row 2 of values\)$/);
    expect(() => trendOf('CX_TREND', 'NPS', column([9, 9]), column([at('2026-01-05'), new Date(NaN)]), 'month', 'UTC')).toThrow(/^CX_TREND: .*\(row 2 of dates\)$/);
    // Dates decades apart: periods far from the first date are computed without the per-day memo.
    expect(rowsOf(trendOf('CX_TREND', 'NPS', column([10, 0, 9]), column([at('2026-06-01'), at('1950-03-01'), at('2090-12-31')]), 'year', 'UTC')).filter((row) => row[1] !== 0)).toEqual([
      ['1950-01-01', 1, -100],
      ['2026-01-01', 1, 100],
      ['2090-01-01', 1, 100],
    ]);
  });

  it('reports a range of uneven rows or of another size before any bad cell, whatever row it is in', () => {
    const d = '2026-01-05';
    // A bad value in row 1, an uneven row further down: the shape is the error, as if every row was checked first.
    expect(() => trendOf('CX_TREND', 'NPS', [[11], [9], [9, 9]], [[d], [d], [d]], 'month', 'UTC')).toThrow('CX_TREND: values has rows of different lengths');
    expect(() => trendOf('CX_TREND', 'NPS', [[11], [9], [9]], [[d], [d], 'x'], 'month', 'UTC')).toThrow('CX_TREND: dates has rows of different lengths');
    // Values are checked before dates, and both before their sizes.
    expect(() => trendOf('CX_TREND', 'NPS', [[9], [9], [9, 9]], [[d], null, [d]], 'month', 'UTC')).toThrow('CX_TREND: values has rows of different lengths');
    expect(() => trendOf('CX_TREND', 'NPS', [[11], [9]], [[d], [d], [d, d]], 'month', 'UTC')).toThrow('CX_TREND: dates has rows of different lengths');
    expect(() => trendOf('CX_TREND', 'NPS', [[11], [9]], [[d], [d], [d]], 'month', 'UTC')).toThrow('CX_TREND: values and dates must be the same size, not 2×1 and 3×1');
    // With good shapes the first bad cell is the error.
    expect(() => trendOf('CX_TREND', 'NPS', [[9], [11], [12]], [[d], [d], [d]], 'month', 'UTC')).toThrow('CX_TREND: 11 is outside the 0–10 scale (row 2 of values)');
  });

  it('refuses ranges with nothing to trend', () => {
    expect(() => trendOf('CX_TREND', 'NPS', column(['Score', '']), column(['Date', '']), 'month', 'UTC')).toThrow('CX_TREND: no values with dates in the ranges');
  });

  it('refuses a span no chart could show, naming the dates', () => {
    const days = (Date.UTC(2206, 0, 5) - Date.UTC(2026, 0, 5)) / 86_400_000 + 1;
    expect(() => trendOf('CX_TREND', 'NPS', scores, column(['2026-01-05', '2206-01-05']), 'day', 'UTC')).toThrow(
      `CX_TREND: the dates run from 2026-01-05 to 2206-01-05, ${days} periods of one day, more than ${MAX_PERIODS} rows; check for a mistyped date or use a longer period`,
    );
  });
});
