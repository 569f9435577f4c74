import { describe, expect, it } from 'vitest';
import { withSheetEnv } from '../../src/functions/env';
import { CX_COVERAGE } from '../../src/functions/coverage';
import { buildReport } from '../../src/report/model';
import { coverageSentence } from '../../src/report/coverage-text';
import { parsePeriodText } from '../../src/report/period';
import type { ColumnPlace, ReportInput } from '../../src/report/types';

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
    expect(() => withSheetEnv(EN, () => CX_COVERAGE('COHORT', column(nps)))).toThrow('CX_COVERAGE: metric must be');
  });
});

/** The report's own KPI on columns placed at their sheet letters (row 2 down), for the expected coverage. */
function reportKpi(id: string, sheet: string, period: string, fill: (place: (cells: unknown[], letter: string) => unknown[]) => Partial<ReportInput>) {
  const columns = new Map<readonly unknown[], ColumnPlace>();
  const place = (cells: unknown[], letter: string) => {
    const copy = [...cells];
    columns.set(copy, { sheet, refOf: (i) => ({ sheet, column: letter, row: 2 + i }) });
    return copy;
  };
  const report = buildReport({ timeZone: 'Asia/Ho_Chi_Minh', lang: 'en', period: parsePeriodText(period)!, columns, ...fill(place) });
  const kpi = report.kpis.find((k) => k.id === id)!;
  return coverageSentence(kpi.current!.n, kpi.coverage, 'en');
}

const formula = (text: string) => ({ ...EN, formulaCell: { formula: text, sheetName: 'CX Dashboard' } });

describe('CX_COVERAGE beyond survey answers', () => {
  // Support tickets: opened in B, resolved in C; one still open, one resolved before it opened, one unreadable.
  const opened = [at('2026-09-30'), at('2026-10-02'), at('2026-10-03'), at('2026-10-05'), at('2026-10-06'), at('2026-10-07'), ''];
  const resolved = [at('2026-10-01'), at('2026-10-03'), '', at('2026-10-01'), 'soon', at('2026-10-08'), ''];

  it('ART from opened and resolved dates: a ticket counts in the month it was resolved in, open and impossible ones left out at their cells', () => {
    const env = formula(`=CX_COVERAGE("ART", Tickets!C2:C8, Tickets!B2:B8, "2026-10")`);
    const [[n, leftOut, why]] = withSheetEnv(env, () => CX_COVERAGE('ART', column(resolved), column(opened), '2026-10'));
    expect([n, leftOut]).toEqual([3, 3]);
    expect(why).toBe(reportKpi('ART', 'Tickets', '2026-10', (place) => ({ tickets: { opened: place(opened, 'B'), resolved: place(resolved, 'C') } })));
    expect(why).toContain("still open (first: 'Tickets'!C4)");
    expect(why).toContain("could not be read (first: 'Tickets'!C6)");
  });

  it('ART from durations, dated by the row', () => {
    const durations = ['2 hours', '1:30', 'quick', '', 3];
    const when = [at('2026-10-01'), at('2026-10-02'), at('2026-10-03'), at('2026-10-04'), at('2026-11-01')];
    const env = formula(`=CX_COVERAGE("ART_DURATION", Tickets!D2:D6, Tickets!A2:A6, "2026-10")`);
    const [[n, leftOut, why]] = withSheetEnv(env, () => CX_COVERAGE('ART_DURATION', column(durations), column(when), '2026-10'));
    expect([n, leftOut]).toEqual([2, 1]);
    expect(why).toBe(reportKpi('ART', 'Tickets', '2026-10', (place) => ({ tickets: { opened: [], duration: place(durations, 'D'), dates: place(when, 'A') } })));
    expect(why).toContain("'Tickets'!D4");
  });

  it('referral rate from yes/no flags and from "How did you hear about us?" answers', () => {
    const when = [at('2026-10-01'), at('2026-10-02'), at('2026-10-03'), at('2026-10-04'), 'last week'];
    const flags = ['yes', 'no', 'perhaps', '', 'yes'];
    const env = formula(`=CX_COVERAGE("REFERRAL_RATE", Sales!G2:G6, Sales!A2:A6, "2026-10")`);
    const [[n, leftOut, why]] = withSheetEnv(env, () => CX_COVERAGE('REFERRAL_RATE', column(flags), column(when), '2026-10'));
    expect([n, leftOut]).toEqual([2, 2]);
    expect(why).toBe(reportKpi('REFERRAL_RATE', 'Sales', '2026-10', (place) => ({ referrals: { dates: place(when, 'A'), referred: place(flags, 'G') } })));
    expect(why).toContain("no readable date (first: 'Sales'!A6)");
    const answers = ['Friend or colleague', 'Facebook', 'Bạn bè giới thiệu', '', 'Friend or colleague'];
    const heard = withSheetEnv(env, () => CX_COVERAGE('REFERRAL_RATE', column(answers), column(when), '2026-10', '', '', '', [['Friend or colleague'], ['Bạn bè giới thiệu']]));
    expect(heard[0].slice(0, 2)).toEqual([3, 1]);
  });

  it('referral rate and trial conversion from monthly counts: a month as the report sums it, a quarter by the same rules', () => {
    const months = [at('2026-08-01'), at('2026-09-01'), at('2026-10-01'), at('2026-10-15'), 'Tháng 13'];
    const trials = [40, 50, 60, 'sixty', 10];
    const converted = [10, 20, 30, 5, 2];
    const env = formula(`=CX_COVERAGE("TRIAL_CONVERSION", Subs!F2:F6, Subs!A2:A6, "2026-10", "", "", "", "", Subs!E2:E6)`);
    const [[n, leftOut, why]] = withSheetEnv(env, () => CX_COVERAGE('TRIAL_CONVERSION', column(converted), column(months), '2026-10', '', '', '', '', column(trials)));
    expect([n, leftOut]).toEqual([60, 2]);
    const blanks = months.map(() => '');
    expect(why).toBe(
      reportKpi('TRIAL_CONVERSION', 'Subs', '2026-10', (place) => ({
        subscriptions: { month: place(months, 'A'), start: blanks, end: blanks, new: blanks, trials: place(trials, 'E'), converted: place(converted, 'F') },
      })),
    );
    expect(why).toContain("could not be read (first: 'Subs'!E5)");
    const quarter = withSheetEnv(env, () => CX_COVERAGE('TRIAL_CONVERSION', column(converted), column(months), '2026-Q3', '', '', '', '', column(trials)));
    expect(quarter[0].slice(0, 2)).toEqual([90, 1]);
    const referral = withSheetEnv(env, () => CX_COVERAGE('REFERRAL_RATE', column(converted), column(months), 'all', '', '', '', '', column(trials)));
    expect(referral[0].slice(0, 2)).toEqual([160, 1]);
  });

  it('trial conversion from yes/no flags, and active users from an activity log', () => {
    const when = [at('2026-10-01'), at('2026-10-02'), at('2026-10-03'), 'hôm qua'];
    const trial = withSheetEnv(EN, () => CX_COVERAGE('TRIAL_CONVERSION', column(['yes', 'no', 'maybe', 'yes']), column(when), '2026-10'));
    expect(trial[0].slice(0, 2)).toEqual([2, 2]);
    const users = ['ann', 'bob', '', 'cara'];
    const env = formula(`=CX_COVERAGE("MAU", Activity!A2:A5, Activity!B2:B5, "2026-10")`);
    const [[n, leftOut, why]] = withSheetEnv(env, () => CX_COVERAGE('MAU', column(users), column(when), '2026-10'));
    expect(why).toBe(reportKpi('ACTIVE_USERS', 'Activity', '2026-10', (place) => ({ activity: { users: place(users, 'A'), dates: place(when, 'B') } })));
    // The row without a user is blank, not left out; the one with an unreadable date is.
    expect([n, leftOut]).toEqual([2, 1]);
    const quarter = withSheetEnv(env, () => CX_COVERAGE('STICKINESS', column(users), column(when), '2026-Q4'));
    expect(quarter[0].slice(0, 2)).toEqual([2, 1]);
  });
});
