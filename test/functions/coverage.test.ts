import { describe, expect, it } from 'vitest';
import { withSheetEnv } from '../../src/functions/env';
import { CX_COVERAGE } from '../../src/functions/coverage';
import { buildReport } from '../../src/report/model';
import { coverageSentence } from '../../src/report/coverage-text';

const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const at = (iso: string) => new Date(`${iso}T10:00:00+07:00`);

// A shop's survey sheet: NPS in C, dates in A, branch in F; October has a typo, an 11 and an N/A.
const dates = [at('2026-09-20'), at('2026-10-02'), at('2026-10-03'), at('2026-10-04'), at('2026-10-05'), at('2026-10-06'), 'sometime', at('2026-10-08')];
const nps = [9, 10, 'chín', 11, 'N/A', 6, 8, ''];
const branch = ['Store', 'Store', 'Phone', 'Store', 'Store', 'Phone', 'Store', 'Store'];
const FORMULA = { formula: `=CX_COVERAGE("NPS", 'Form Responses 1'!C2:C9, 'Form Responses 1'!A2:A9, "2026-10")`, sheetName: 'CX Dashboard' };
const EN = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US', formulaCell: FORMULA };

describe('CX_COVERAGE', () => {
  it('gives n used, left out and why with the sheet cells, as the email report counts them', () => {
    const [[n, leftOut, why]] = withSheetEnv(EN, () => CX_COVERAGE('NPS', column(nps), column(dates), '2026-10'));
    expect(n).toBe(2);
    expect(leftOut).toBe(4);
    expect(why).toBe(
      "n = 2 · 4 left out: 1 no answer (N/A) (first: 'Form Responses 1'!C6); 1 outside the scale (first: 'Form Responses 1'!C5); 1 answer with no score (first: 'Form Responses 1'!C4); 1 no readable date (first: 'Form Responses 1'!A8)",
    );
    // The report's own KPI on the same cells, with the same places.
    const cellsOf = (_cells: unknown[], letter: string) => ({ sheet: 'Form Responses 1', refOf: (i: number) => ({ sheet: 'Form Responses 1', column: letter, row: 2 + i }) });
    const surveyDates: unknown[] = [...dates];
    const surveyNps: unknown[] = [...nps];
    const report = buildReport({
      timeZone: 'Asia/Ho_Chi_Minh', lang: 'en', period: { kind: 'month', start: '2026-10-01' },
      survey: { dates: surveyDates, nps: surveyNps },
      columns: new Map<readonly unknown[], ReturnType<typeof cellsOf>>([[surveyDates, cellsOf(surveyDates, 'A')], [surveyNps, cellsOf(surveyNps, 'C')]]),
    });
    const kpi = report.kpis.find((k) => k.id === 'NPS')!;
    expect(why).toBe(coverageSentence(kpi.current!.n, kpi.coverage, 'en'));
  });

  it('keeps only the rows of a segment, and reads every period form', () => {
    const store = withSheetEnv(EN, () => CX_COVERAGE('NPS', column(nps), column(dates), '2026-10', column(branch), 'Store'));
    expect(store[0].slice(0, 2)).toEqual([1, 3]);
    const phone = withSheetEnv(EN, () => CX_COVERAGE('NPS', column(nps), column(dates), '2026-Q4', column(branch), 'Phone'));
    expect(phone[0].slice(0, 2)).toEqual([1, 1]);
    const all = withSheetEnv(EN, () => CX_COVERAGE('nps', column(nps), column(dates), 'all'));
    expect(all[0].slice(0, 2)).toEqual([4, 3]);
    // No dates: everything is one period.
    expect(withSheetEnv(EN, () => CX_COVERAGE('NPS', column(nps)))[0].slice(0, 2)).toEqual([4, 3]);
  });

  it('covers CSAT on its scale and first-contact flags', () => {
    const csat = withSheetEnv(EN, () => CX_COVERAGE('CSAT', column([5, 7, 4, '']), '', 'all', '', '', 5));
    expect(csat[0].slice(0, 2)).toEqual([2, 1]);
    expect(csat[0][2]).toContain('1 outside the scale');
    const fcr = withSheetEnv(EN, () => CX_COVERAGE('FCR', column(['yes', 'no', 'maybe', ''])));
    expect(fcr[0].slice(0, 2)).toEqual([2, 1]);
  });

  it('reads answers written as words by the label table, as the email does with the mapping’s', () => {
    const [[n, leftOut, why]] = withSheetEnv(EN, () => CX_COVERAGE('CSAT', column(['Tốt', 'Rất tốt', 'Tệ', '']), '', 'all', '', '', 5, [['Tốt', 4], ['Rất tốt', 5]]));
    expect([n, leftOut]).toEqual([2, 1]);
    expect(why).toContain('1 answer with no score');
    expect(() => withSheetEnv(EN, () => CX_COVERAGE('CSAT', column(['Tốt']), '', 'all', '', '', 5, [['Tốt', 9]]))).toThrow('CX_COVERAGE: the score of "Tốt" in labels must be a whole number from 1 to 5');
  });

  it('speaks the spreadsheet’s language', () => {
    const [[, , why]] = withSheetEnv({ ...EN, locale: 'vi_VN' }, () => CX_COVERAGE('NPS', column(nps), column(dates), '2026-10'));
    expect(why).toContain("ngoài thang điểm (đầu tiên: 'Form Responses 1'!C5)");
  });

  it('says what it needs for a period it cannot read or ranges of different sizes', () => {
    expect(() => withSheetEnv(EN, () => CX_COVERAGE('NPS', column(nps), column(dates), 'October'))).toThrow('CX_COVERAGE: period must be all, a year (2026)');
    expect(() => withSheetEnv(EN, () => CX_COVERAGE('NPS', column(nps), column(dates.slice(1))))).toThrow('must be the same size');
    expect(() => withSheetEnv(EN, () => CX_COVERAGE('ART', column(nps)))).toThrow('CX_COVERAGE: metric must be');
  });
});
