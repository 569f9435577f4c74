import { describe, expect, it } from 'vitest';
import { withSheetEnv } from '../../src/functions/env';
import { CX_BY, CX_TREND, NPS_BREAKDOWN, NPS_CI } from '../../src/functions/index';

/**
 * A shop's own answer words ("Rất tốt", "Tốt", "Tệ"), scored in the sidebar's label table, read the
 * same by every function that takes scores: the table is the last `labels` argument of
 * NPS_BREAKDOWN, NPS_CI, CX_TREND and CX_BY too, as of NPS, CSAT, CSAT_AVG and CES.
 */
const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const VI = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };
const EN = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' };
const NPS_TABLE = [['Rất tốt', 10], ['Tốt', 8], ['Tệ', 3]];
// 3 promoters (Rất tốt ×2, 9), 2 passives (Tốt, 7), 1 detractor (Tệ): NPS = 100 × (3 − 1) / 6.
const ANSWERS = column(['Rất tốt', 'Tốt', 'Tệ', 9, 'Rất tốt', 7]);
const DATES = column([0, 1, 2, 3, 4, 5].map((i) => new Date(Date.UTC(2026, i < 3 ? 8 : 9, 10 + i, 3))));
const BRANCHES = column(['Quận 1', 'Quận 1', 'Quận 3', 'Quận 3', 'Quận 1', 'Quận 3']);

describe('the label table on the table functions', () => {
  it('NPS_BREAKDOWN counts the words by it', () => {
    withSheetEnv(VI, () => {
      const table = NPS_BREAKDOWN(ANSWERS, NPS_TABLE);
      expect(table.slice(1, 4).map((row) => row[1])).toEqual([3, 2, 1]);
      expect(table[5][2]).toBeCloseTo(100 / 3, 12);
    });
  });

  it('NPS_CI gives the interval of the same counts as numbers would', () => {
    withSheetEnv(EN, () => expect(NPS_CI(ANSWERS, 0.9, NPS_TABLE)).toEqual(NPS_CI(column([10, 8, 3, 9, 10, 7]), 0.9)));
  });

  it('CX_TREND and CX_BY read each word by it', () => {
    withSheetEnv(EN, () => {
      // September: Rất tốt, Tốt, Tệ → 0; October: 9, Rất tốt, 7 → 66.7.
      const trend = CX_TREND('NPS', ANSWERS, DATES, 'month', NPS_TABLE);
      expect(trend.map((row) => row[1])).toEqual([3, 3]);
      expect(trend.map((row) => row[2] as number)).toEqual([0, expect.closeTo(200 / 3, 9)]);
      const csat = CX_BY('CSAT', column(['Tốt', 'Tệ', 'Tốt', 5, 'Rất tốt', 2]), BRANCHES, [['Rất tốt', 5], ['Tốt', 4], ['Tệ', 1]]);
      // Quận 1: Tốt 4, Tệ 1, Rất tốt 5 → 2 of 3 satisfied; Quận 3: Tốt 4, 5, 2 → 2 of 3.
      expect(csat).toEqual([['Quận 1', 3, expect.closeTo(200 / 3, 9)], ['Quận 3', 3, expect.closeTo(200 / 3, 9)]]);
    });
  });

  it('without the table the words are an error naming the cell, as before', () => {
    withSheetEnv(EN, () => expect(() => CX_BY('NPS', ANSWERS, BRANCHES)).toThrow(/^CX_BY: "Tốt" /));
  });

  it('refuses a table for a metric that reads no scale, in the sheet’s language', () => {
    withSheetEnv(EN, () => expect(() => CX_BY('FCR', column(['yes', 'no']), column(['A', 'B']), NPS_TABLE)).toThrow('CX_BY: labels are for answers on a scale (NPS, CSAT, CSAT_AVG, CES), not FCR; leave it out'));
    withSheetEnv(VI, () => expect(() => CX_TREND('FCR', column(['có']), column([new Date()]), 'month', NPS_TABLE)).toThrow('CX_TREND: labels chỉ dùng cho câu trả lời theo thang điểm (NPS, CSAT, CSAT_AVG, CES), không dùng cho FCR; hãy bỏ trống'));
  });
});
