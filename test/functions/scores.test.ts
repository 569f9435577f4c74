import { describe, expect, it } from 'vitest';
import { ART } from '../../src/functions/art';
import { CATALOG } from '../../src/functions/catalog';
import { CES } from '../../src/functions/ces';
import { CHURN, RETENTION } from '../../src/functions/churn';
import { CSAT, CSAT_AVG } from '../../src/functions/csat';
import { withSheetEnv } from '../../src/functions/env';
import { FCR, REFERRAL_RATE, TRIAL_CONVERSION } from '../../src/functions/flags';
import { NPS, NPS_BREAKDOWN, NPS_CI } from '../../src/functions/nps';

const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const english = { timeZone: 'Europe/London', locale: 'en_GB' };
const vietnamese = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };
const survey = col('How likely?', 10, 9, 3, 8, '');

describe('custom functions, as a shop owner types them', () => {
  it('=NPS(C:C) on a column with a header and trailing blanks', () => {
    expect(NPS(survey)).toBe(25);
  });

  it('=NPS_BREAKDOWN(C:C) gives a labelled table, in English by default', () => {
    expect(withSheetEnv(english, () => NPS_BREAKDOWN(survey))).toEqual([
      ['Group', 'Count', 'Share %'],
      ['Promoters', 2, 50],
      ['Passives', 1, 25],
      ['Detractors', 1, 25],
      ['Responses', 4, 100],
      ['NPS', '', 25],
    ]);
  });

  it('in a Vietnamese spreadsheet the labels are Vietnamese', () => {
    expect(withSheetEnv(vietnamese, () => NPS_BREAKDOWN(survey))).toEqual([
      ['Nhóm', 'Số lượng', 'Tỷ lệ %'],
      ['Người ủng hộ', 2, 50],
      ['Trung lập', 1, 25],
      ['Người phản đối', 1, 25],
      ['Số phản hồi', 4, 100],
      ['NPS', '', 25],
    ]);
  });

  it('in a Vietnamese spreadsheet the errors are Vietnamese, still starting with the function name', () => {
    expect(() => withSheetEnv(vietnamese, () => NPS(col(9, 11)))).toThrow('NPS: 11 nằm ngoài thang 0–10 (hàng 2 của vùng)');
    expect(() => withSheetEnv(vietnamese, () => NPS(col('Điểm')))).toThrow(/^NPS: không có điểm nào trong vùng$/);
    expect(() => withSheetEnv(vietnamese, () => CSAT(col(5), 4))).toThrow('CSAT: scale phải là 3, 5, 7 hoặc 10, không phải 4');
    expect(() => withSheetEnv(english, () => NPS(col(9, 11)))).toThrow('NPS: 11 is outside the 0–10 scale (row 2 of the range)');
  });

  it('=NPS_CI(C:C) is a row of low and high; confidence is validated', () => {
    const scores = col(...Array(60).fill(9), ...Array(25).fill(8), ...Array(15).fill(6));
    const [[low, high]] = NPS_CI(scores);
    expect(low).toBeCloseTo(29.34, 2);
    expect(high).toBeCloseTo(58.04, 2);
    const [[low90, high90]] = NPS_CI(scores, 0.9);
    expect(low90).toBeGreaterThan(low);
    expect(high90).toBeLessThan(high);
    expect(() => NPS_CI(scores, 95)).toThrow('NPS_CI: confidence must be a number between 0 and 1 such as 0.95, not 95');
    expect(() => NPS_CI(scores, 'high')).toThrow('NPS_CI: confidence must be a number between 0 and 1 such as 0.95, not "high"');
  });

  it('CSAT, CSAT_AVG and CES take a scale, threshold and method, and name a bad one', () => {
    expect(CSAT(col('CSAT', 5, 4, 3, 2, 1, 5))).toBe(50);
    expect(CSAT(col(7, 6, 5, 1), 7)).toBe(50);
    expect(CSAT(col(5, 4, 3), 5, 3)).toBe(100);
    expect(CSAT(col(5, 4, 3), '', '')).toBeCloseTo(200 / 3, 12); // empty optional cells mean the default
    expect(CSAT_AVG(col(10, 9, 2), 10)).toBe(7);
    expect(CES(col(5, 4, 1), 5, 'Percent')).toBeCloseTo(200 / 3, 12);
    expect(() => CSAT(col(5), 4)).toThrow(/^CSAT: scale must be 3, 5, 7 or 10, not 4$/);
    expect(() => CSAT(col(5), 5, 6)).toThrow(/^CSAT: threshold must be a whole number from 1 to 5, not 6$/);
    expect(() => CSAT(col(5), [[5, 7]])).toThrow(/^CSAT: scale must be a single value, not a range$/);
    expect(() => CSAT_AVG(col(5), 'five')).toThrow(/^CSAT_AVG: scale must be 3, 5, 7 or 10, not "five"$/);
    expect(() => CES(col(5), 10)).toThrow(/^CES: scale must be 7 or 5, not 10$/);
    expect(() => CES(col(5), 7, 'median')).toThrow(/^CES: method must be "mean" or "percent", not "median"$/);
  });

  it('CHURN and RETENTION on single cells and on monthly ranges', () => {
    expect(CHURN(100, 90, 0)).toBe(10);
    expect(RETENTION(200, 220, 40)).toBe(90);
    expect(CHURN(col(100, 200), col(90, 220), col(0, 40))).toEqual([[10], [10]]);
    expect(() => CHURN(100, 120, 10)).toThrow(/^CHURN: end \(120\) cannot be more than start \+ new/);
    expect(() => RETENTION(col(1, 2), col(1, 2), col(1))).toThrow(/^RETENTION: start, end and new must be the same size/);
  });

  it('FCR, REFERRAL_RATE and TRIAL_CONVERSION: a range of answers, or two counts', () => {
    expect(FCR(8, 13)).toBeCloseTo(61.54, 2);
    expect(FCR(col('Yes', 'no', 'có', 'không', 'x', ''))).toBe(60);
    expect(REFERRAL_RATE(3, 12)).toBe(25);
    expect(TRIAL_CONVERSION(col(true, false, true, false))).toBe(50);
    expect(() => FCR(14, 13)).toThrow(/^FCR: first_count \(14\) cannot be more than total \(13\)$/);
    expect(() => TRIAL_CONVERSION(col(1, 2), 4)).toThrow(/^TRIAL_CONVERSION: paid_count must be a single value, not a range$/);
  });

  it('ART: durations, or opened and resolved dates in a unit', () => {
    expect(ART(col(1, 2, 3.5, ''))).toBeCloseTo(6.5 / 3, 12);
    const opened = col(new Date('2026-03-01T08:00:00Z'), new Date('2026-03-02T08:00:00Z'));
    const resolved = col(new Date('2026-03-01T10:00:00Z'), '');
    expect(ART(opened, resolved, 'minutes')).toBe(120);
    // One range with a unit (metrics-spec.md 1.2): the numbers and the mean are in that unit.
    expect(ART(col(1), undefined, 'days')).toBe(1);
    expect(() => ART(col(1), undefined, 'weeks')).toThrow('ART: unit must be "hours", "minutes" or "days", not "weeks"');
  });

  it('ISO text without an offset is read in the spreadsheet time zone', () => {
    // 2026-03-08 02:30 does not exist in New York (clocks spring forward): opened 01:00, resolved 04:00 is 2 hours.
    const hours = withSheetEnv({ timeZone: 'America/New_York', locale: 'en_US' }, () => ART(col('2026-03-08T01:00'), col('2026-03-08T04:00')));
    expect(hours).toBe(2);
    expect(withSheetEnv(vietnamese, () => ART(col('2026-03-08T01:00'), col('2026-03-08T04:00')))).toBe(3);
  });
});

describe('the catalog that becomes the JSDoc Sheets shows', () => {
  const mine = ['NPS', 'NPS_BREAKDOWN', 'NPS_CI', 'CSAT', 'CSAT_AVG', 'CES', 'CHURN', 'RETENTION', 'FCR', 'ART', 'REFERRAL_RATE', 'TRIAL_CONVERSION'];

  it('documents each function once, with an example formula and an example in every parameter', () => {
    for (const name of mine) {
      const docs = CATALOG.filter((doc) => doc.name === name);
      expect(docs, name).toHaveLength(1);
      const [doc] = docs;
      expect(doc.summary.length).toBeGreaterThan(20);
      expect(doc.example.startsWith(`=${name}(`)).toBe(true);
      expect(doc.returns).toMatch(/^\{[^}]+\} /);
      for (const param of doc.params) expect(param.description, `${name} ${param.name}`).toMatch(/e\.g\.|default/);
    }
  });

  it('names parameters so the generated `function NAME(params)` is valid JavaScript (CHURN\'s "new" is not)', () => {
    for (const name of mine) {
      const doc = CATALOG.find((d) => d.name === name)!;
      expect(() => new Function(...doc.params.map((p) => p.name), ''), name).not.toThrow();
    }
    expect(CATALOG.find((d) => d.name === 'CHURN')!.params.map((p) => p.name)).toEqual(['churned_or_start', 'end', 'new_customers']);
  });

  it('says in one line that the standard formula wins where guides garble it', () => {
    expect(CATALOG.find((doc) => doc.name === 'NPS')?.summary).toMatch(/not "promoters minus detractors" in counts/);
    expect(CATALOG.find((doc) => doc.name === 'FCR')?.summary).toMatch(/never the other way round/);
  });
});
