import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/model';
import { reportInputFromMapping } from '../../src/report/from-mapping';
import { MAPPING_VERSION, type Mapping } from '../../src/mapping/index';
import type { Cell } from '../../src/cells/types';
import type { Kpi, Report } from '../../src/report/types';

const ZONE = 'Asia/Ho_Chi_Minh';
const OCTOBER = { kind: 'month' as const, start: '2026-10-01' };
const kpi = (report: Report, id: Kpi['id']) => report.kpis.find((k) => k.id === id);
const messages = (report: Report) => report.problems.map((p) => p.message.en);

/** The spec's example: 100 customers active on 1 October, 7 of them left in October, 12 joined in October. */
function customerList(): { ids: Cell[]; joined: Cell[]; left: Cell[] } {
  const ids: Cell[] = [];
  const joined: Cell[] = [];
  const left: Cell[] = [];
  for (let i = 0; i < 100; i++) {
    ids.push(`C${i}`);
    joined.push(`2025-${String(1 + (i % 12)).padStart(2, '0')}-10`);
    left.push(i < 7 ? `2026-10-${String(2 + i * 3).padStart(2, '0')}` : '');
  }
  for (let i = 0; i < 12; i++) {
    ids.push(`N${i}`);
    joined.push(`2026-10-${String(1 + i * 2).padStart(2, '0')}`);
    left.push('');
  }
  return { ids, joined, left };
}

describe('the report from a customer list with join and cancel dates', () => {
  it('gives October churn 7% and retention 93% over the 100 customers at the start, replacing monthly counts', () => {
    const report = buildReport({
      timeZone: ZONE,
      lang: 'en',
      period: OCTOBER,
      customers: customerList(),
      subscriptions: { month: ['2026-10-01'], start: [500], end: [480], new: [0] },
    });
    expect(kpi(report, 'CHURN')!.current).toMatchObject({ n: 100, value: 7 });
    expect(kpi(report, 'RETENTION')!.current).toMatchObject({ n: 100, value: 93 });
    expect(report.kpis.filter((k) => k.id === 'CHURN')).toHaveLength(1);
    // September: nobody left; the 100 were all there (the last joined in December 2025).
    expect(kpi(report, 'CHURN')!.previous).toMatchObject({ n: 100, value: 0 });
    expect(kpi(report, 'CHURN')!.comparison?.test).toBe('two-proportion');
  });

  it('leaves out and names a cancel before the join, and a customer id on two rows that disagree', () => {
    const { ids, joined, left } = customerList();
    ids.push('C3'); // C3 again: joined the same day, but with no cancel
    joined.push(joined[3]);
    left.push('');
    ids.push('X1');
    joined.push('2026-05-01');
    left.push('2026-04-01');
    const report = buildReport({ timeZone: ZONE, lang: 'en', period: OCTOBER, customers: { ids, joined, left } });
    // C3 (one of the 7 who left) is left out whole: 99 at the start, 6 left.
    expect(kpi(report, 'CHURN')!.current).toMatchObject({ n: 99 });
    expect(kpi(report, 'CHURN')!.current!.value).toBeCloseTo((100 * 6) / 99, 12);
    const said = messages(report).join('\n');
    expect(said).toContain('customer C3 is at row 4 and row 113 with different values; keep one row per customer');
    expect(said).toContain('left 2026-04-01 is before joined 2026-05-01: a customer cannot cancel before joining');
    const vi = report.problems.map((p) => p.message.vi).join('\n');
    expect(vi).toContain('khách hàng C3 có ở hàng 4 và hàng 113 với giá trị khác nhau');
  });
});

describe('the report from per-customer churn flags', () => {
  it('shows the list\'s churn now (Telco-style: 1,869 of 7,043 → 26.54%), with nothing to compare', () => {
    const churned = Array.from({ length: 7043 }, (_, i) => (i < 1869 ? 'Yes' : 'No'));
    const report = buildReport({ timeZone: ZONE, lang: 'en', period: OCTOBER, customers: { churned } });
    const churn = kpi(report, 'CHURN')!;
    expect(churn.current!.value).toBeCloseTo(26.54, 2);
    expect(churn.current!.n).toBe(7043);
    expect(churn.previous).toBeNull();
    expect(churn.comparison).toBeNull();
  });

  it('by month when the list has a date per row, leaving out an id flagged both ways', () => {
    const churned = ['Yes', 'No', 'No', 'Yes', 'no'];
    const dates = ['2026-09-05', '2026-09-20', '2026-10-02', '2026-10-09', '2026-10-30'];
    const ids = ['a', 'b', 'c', 'd', 'a'];
    const report = buildReport({ timeZone: ZONE, lang: 'en', period: OCTOBER, customers: { churned, dates, ids } });
    expect(kpi(report, 'CHURN')!.current).toMatchObject({ n: 2, value: 50 }); // c, d (a is left out)
    expect(kpi(report, 'CHURN')!.previous).toMatchObject({ n: 1, value: 0 }); // b
    expect(messages(report).join('\n')).toContain('customer a is at row 1 and row 5 with different values');
  });
});

describe('cohort retention in the report', () => {
  it('gives the September cohort\'s month-1 and the July cohort\'s month-3 retention for October', () => {
    const users: Cell[] = [];
    const dates: Cell[] = [];
    const order = (user: string, date: string) => (users.push(user), dates.push(date));
    // July cohort: j1…j10; j1…j4 order again in October (month 3).
    for (let i = 1; i <= 10; i++) order(`j${i}`, '2026-07-05');
    for (let i = 1; i <= 4; i++) order(`j${i}`, '2026-10-05');
    // August cohort: a1…a5, a1 and a2 come back in September (the month before's month 1).
    for (let i = 1; i <= 5; i++) order(`a${i}`, '2026-08-10');
    order('a1', '2026-09-03');
    order('a2', '2026-09-04');
    // September cohort: s1…s8; s1…s6 order in October.
    for (let i = 1; i <= 8; i++) order(`s${i}`, '2026-09-15');
    for (let i = 1; i <= 6; i++) order(`s${i}`, '2026-10-20');
    const report = buildReport({ timeZone: ZONE, lang: 'en', period: OCTOBER, activity: { users, dates } });
    expect(kpi(report, 'COHORT_MONTH_1')!.current).toMatchObject({ n: 8, value: 75 });
    expect(kpi(report, 'COHORT_MONTH_1')!.previous).toMatchObject({ n: 5, value: 40 });
    expect(kpi(report, 'COHORT_MONTH_3')!.current).toMatchObject({ n: 10, value: 40 });
    expect(kpi(report, 'COHORT_MONTH_3')!.previous).toBeNull(); // the June cohort does not exist
  });
});

describe('from a saved mapping', () => {
  const mappingOf = (columns: Mapping['sources'][number]['columns'], extra: Partial<Mapping> = {}): Mapping => ({
    version: MAPPING_VERSION,
    sources: [{ sheetName: 'S', sheetId: null, headerRow: 1, columns }],
    scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
    ...extra,
  });
  const context = { timeZone: ZONE, lang: 'en' as const, period: OCTOBER };

  it('gives FCR from a resolved-on-first-contact flag alone, the date column giving the month', () => {
    const rows = [['Date', 'Resolved on first contact'], ['2026-10-02', 'Y'], ['2026-10-03', 'N'], ['2026-10-09', 'Y'], ['2026-09-30', 'N']];
    const input = reportInputFromMapping(mappingOf({ timestamp: 'A', firstContact: 'B' }), () => rows, context);
    const report = buildReport(input);
    expect(kpi(report, 'FCR')!.current).toMatchObject({ n: 3 });
    expect(kpi(report, 'FCR')!.current!.value).toBeCloseTo(200 / 3, 12);
    expect(kpi(report, 'FCR')!.previous).toMatchObject({ n: 1, value: 0 });
    expect(kpi(report, 'ART')).toBeUndefined();
  });

  it('counts the referral answers saved in the mapping, and proposes them when none are saved', () => {
    const rows = [['Date', 'How did you hear about us?'], ['2026-10-02', 'Friend or colleague'], ['2026-10-03', 'Zalo group'], ['2026-10-04', 'Facebook'], ['2026-10-05', 'zalo GROUP']];
    const proposed = buildReport(reportInputFromMapping(mappingOf({ timestamp: 'A', referral: 'B' }), () => rows, context));
    expect(kpi(proposed, 'REFERRAL_RATE')!.current).toMatchObject({ n: 4, value: 25 });
    const saved = buildReport(reportInputFromMapping(mappingOf({ timestamp: 'A', referral: 'B' }, { referralAnswers: ['Zalo group'] }), () => rows, context));
    expect(kpi(saved, 'REFERRAL_RATE')!.current).toMatchObject({ n: 4, value: 50 });
  });

  it('takes a customer list by its joined and cancelled columns', () => {
    const { ids, joined, left } = customerList();
    const rows = [['Customer ID', 'Joined', 'Cancelled'], ...ids.map((id, i) => [id, joined[i], left[i]])];
    const report = buildReport(reportInputFromMapping(mappingOf({ customerId: 'A', customerJoined: 'B', customerLeft: 'C' }), () => rows, context));
    expect(kpi(report, 'CHURN')!.current).toMatchObject({ n: 100, value: 7 });
    expect(kpi(report, 'RETENTION')!.current).toMatchObject({ n: 100, value: 93 });
    expect(kpi(report, 'ACTIVE_USERS')).toBeUndefined(); // a customer list is not an activity log
  });
});
