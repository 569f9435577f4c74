import { describe, expect, it } from 'vitest';
import type { CellRef } from '../../src/cells/coverage';
import type { Cell } from '../../src/cells/types';
import { coverageReasons, coverageSentence, missingDataBanner } from '../../src/report/coverage-text';
import { buildReport, renderHtml, renderText } from '../../src/report/index';
import type { ColumnPlace, Kpi, ReportInput } from '../../src/report/types';

/**
 * Every value carries what it was made of (metrics-spec.md section 7): given a sheet with some
 * bad cells, each KPI of the period says how many cells it used and which it left out, why, and
 * where, as sheet cells a person can click (`'Form Responses 1'!C5`), never an internal id.
 */

const SHEET = 'Form Responses 1';
/** Places of a sheet column whose header is row 1, so data row i is sheet row i + 2. */
const at = (sheet: string, column: string): ColumnPlace => ({ sheet, refOf: (i): CellRef => ({ sheet, column, row: i + 2 }) });

function withPlaces(input: ReportInput, places: [Cell[] | undefined, ColumnPlace][]): ReportInput {
  return { ...input, columns: new Map(places.filter(([cells]) => cells).map(([cells, place]) => [cells!, place])) };
}

const kpiOf = (kpis: Kpi[], id: string) => kpis.find((k) => k.id === id)!;

describe('coverage of survey metrics', () => {
  // October 2026: rows 2–9 of the sheet.
  const dates: Cell[] = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', 'sometime', '', '2026-09-30', '2026-10-06'];
  const nps: Cell[] = [10, 9, '', 'N/A', '#REF!', 8, 7, 3, 'Tốt lắm'];
  const input = withPlaces(
    { timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, survey: { dates, nps } },
    [[dates, at(SHEET, 'A')], [nps, at(SHEET, 'C')]],
  );
  const report = buildReport(input);
  const coverage = kpiOf(report.kpis, 'NPS').coverage;

  it('counts used cells and each reason, with the first places', () => {
    expect(kpiOf(report.kpis, 'NPS').current?.n).toBe(2);
    expect(coverage.used).toBe(2);
    expect(coverage.leftOut.blank).toEqual({ count: 1, places: [{ sheet: SHEET, column: 'C', row: 4 }] });
    expect(coverage.leftOut.noAnswer).toEqual({ count: 1, places: [{ sheet: SHEET, column: 'C', row: 5 }] });
    // "Tốt lắm" is no answer on the 0–10 scale and nobody gave it a score.
    expect(coverage.leftOut.unknownLabel).toEqual({ count: 1, places: [{ sheet: SHEET, column: 'C', row: 10 }] });
    expect(coverage.leftOut.unreadable).toEqual({ count: 1, places: [{ sheet: SHEET, column: 'C', row: 6 }] });
    // Two answers whose date is unreadable or missing: they cannot be placed in October, named at the date cell.
    expect(coverage.leftOut.noDate).toEqual({ count: 2, places: [{ sheet: SHEET, column: 'A', row: 7 }, { sheet: SHEET, column: 'A', row: 8 }] });
    // The September answer is simply not October's.
    expect(Object.values(coverage.leftOut).reduce((sum, e) => sum + e!.count, 0)).toBe(6);
  });

  it('says it in words, in English and Vietnamese, naming cells and never an internal id', () => {
    const en = coverageSentence(2, coverage, 'en');
    expect(en).toBe(
      "n = 2 · 5 left out: 2 no readable date (first: 'Form Responses 1'!A7, A8); 1 no answer (N/A) (first: 'Form Responses 1'!C5); " +
        "1 could not be read (first: 'Form Responses 1'!C6); 1 answer with no score (first: 'Form Responses 1'!C10)",
    );
    const vi = coverageSentence(2, coverage, 'vi');
    expect(vi).toContain('n = 2 · 5 bị bỏ qua: 2 không có ngày đọc được');
    expect(vi).toContain("1 câu trả lời chưa có điểm (đầu tiên: 'Form Responses 1'!C10)");
    expect(vi).toContain("(đầu tiên: 'Form Responses 1'!A7");
    expect(en + vi).not.toMatch(/survey\.|\bnps\b/);
  });

  it('a metric that lost more than 5% of its non-blank cells raises the banner', () => {
    // Lost: 1 unreadable + 1 unknown label + 2 undated, of 2 used + 4 lost + 1 no answer.
    expect(missingDataBanner(report)).toBe(
      "1 of 1 metrics are missing data: Net Promoter Score (NPS) left out 4 cells (57.1%): 2 no readable date (first: 'Form Responses 1'!A7, A8); " +
        "1 could not be read (first: 'Form Responses 1'!C6); 1 answer with no score (first: 'Form Responses 1'!C10)",
    );
    expect(missingDataBanner({ ...report, lang: 'vi' })).toMatch(/^1\/1 chỉ số thiếu dữ liệu: Chỉ số giới thiệu \(NPS\) bỏ qua 4 ô \(57,1%\)/);
  });

  it('says "1 cell", not "1 cells", when a single cell was lost', () => {
    const scores: Cell[] = [10, 9, 8, 7, 6, 10, 9, 'maybe', 10, 9];
    const when: Cell[] = scores.map(() => '2026-10-10');
    const one = buildReport(withPlaces({ timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, survey: { dates: when, nps: scores } }, [[scores, at(SHEET, 'C')]]));
    expect(missingDataBanner(one)).toContain('Net Promoter Score (NPS) left out 1 cell (10.0%)');
    expect(missingDataBanner({ ...one, lang: 'vi' })).toContain('bỏ qua 1 ô (10,0%)');
  });

  it('keeps the first three places and the exact count', () => {
    const many: Cell[] = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? '#N/A' : 9));
    const when: Cell[] = many.map(() => '2026-10-10');
    const big = buildReport(withPlaces({ timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, survey: { dates: when, nps: many } }, [[many, at(SHEET, 'C')]]));
    const unreadable = kpiOf(big.kpis, 'NPS').coverage.leftOut.unreadable!;
    expect(unreadable.count).toBe(10);
    expect(unreadable.places.map((p) => ('row' in p ? p.row : 0))).toEqual([2, 6, 10]);
    expect(coverageReasons(kpiOf(big.kpis, 'NPS').coverage, 'en')[0].text).toBe("10 could not be read (first: 'Form Responses 1'!C2, C6, C10, …)");
  });

  it('names a file or sheet once for several places in it, with the column once when they share it', () => {
    const file = (line: number, column?: string): CellRef => ({ file: 'both.csv', line, ...(column ? { column } : {}) });
    const cov = (places: CellRef[]) => ({ used: 0, leftOut: { unreadable: { count: places.length + 1, places } } });
    const text = (places: CellRef[], lang: 'en' | 'vi') => coverageReasons(cov(places), lang)[0].text;
    expect(text([file(2, 'A'), file(3, 'A'), file(5, 'A')], 'en')).toBe('4 could not be read (first: both.csv, column A, lines 2, 3, 5, …)');
    expect(text([file(2, 'A'), file(3, 'A'), file(5, 'A')], 'vi')).toContain('both.csv, cột A, dòng 2, 3, 5, …');
    expect(text([file(2, 'A'), file(9, 'C')], 'en')).toContain('both.csv, line 2 (column A), line 9 (column C), …');
    expect(text([file(2), file(4)], 'en')).toContain('both.csv, lines 2, 4, …');
    // One place keeps its whole form; places in two homes name each.
    expect(text([file(7, 'B')], 'en')).toContain('(first: both.csv, line 7, column B, …)');
    expect(text([file(2, 'A'), { sheet: SHEET, column: 'C', row: 4 }, { sheet: SHEET, column: 'C', row: 9 }], 'en')).toContain(
      "both.csv, line 2, column A, 'Form Responses 1'!C4, C9, …",
    );
  });
});

describe('a metric none of whose answers can be placed in a period', () => {
  // 13/10 proves day first, 10/14 month first: no day/month date of the column can be trusted.
  const dates: Cell[] = ['13/10/2026 08:00:00', '10/14/2026 09:00:00', '10/15/2026 09:00:00'];
  const nps: Cell[] = [9, 3, 10];
  const report = buildReport(withPlaces({ timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, survey: { dates, nps } }, [[dates, at(SHEET, 'A')], [nps, at(SHEET, 'C')]]));

  it('is shown with no value and every answer counted as left out at its date cell, not dropped from the report', () => {
    const kpi = kpiOf(report.kpis, 'NPS');
    expect(kpi.current?.n ?? 0).toBe(0);
    expect(kpi.coverage.used).toBe(0);
    expect(kpi.coverage.leftOut.noDate?.count).toBe(3);
    expect(kpi.coverage.leftOut.noDate?.places[0]).toEqual({ sheet: SHEET, column: 'A', row: 2 });
    expect(missingDataBanner(report)).toContain('Net Promoter Score (NPS)');
  });

  it('a metric with nothing in its column at all is still left out of the report', () => {
    const empty = buildReport({ timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, survey: { dates: ['', ''], nps: ['', ''] } });
    expect(empty.kpis.find((k) => k.id === 'NPS')).toBeUndefined();
  });
});

describe('coverage of tickets', () => {
  const opened: Cell[] = ['2026-10-01 09:00', '2026-10-02 09:00', '2026-10-03 09:00', '2026-10-04 09:00', 'yesterday'];
  const resolved: Cell[] = ['2026-10-01 12:00', '', '2026-10-02 09:00', 'later', '2026-10-05 10:00'];
  const firstContact: Cell[] = ['yes', 'no', 'maybe', '', 'yes'];
  const report = buildReport(
    withPlaces(
      { timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, tickets: { opened, resolved, firstContact } },
      [[opened, at('Tickets', 'B')], [resolved, at('Tickets', 'C')], [firstContact, at('Tickets', 'D')]],
    ),
  );

  it('ART leaves out open tickets, tickets resolved before they were opened and unreadable times, each named', () => {
    const art = kpiOf(report.kpis, 'ART').coverage;
    expect(art.used).toBe(1);
    expect(art.leftOut.open).toEqual({ count: 1, places: [{ sheet: 'Tickets', column: 'C', row: 3 }] });
    expect(art.leftOut.beforeOpened).toEqual({ count: 1, places: [{ sheet: 'Tickets', column: 'C', row: 4 }] });
    expect(art.leftOut.unreadable).toEqual({ count: 1, places: [{ sheet: 'Tickets', column: 'C', row: 5 }] });
    expect(art.leftOut.noDate).toEqual({ count: 1, places: [{ sheet: 'Tickets', column: 'B', row: 6 }] });
    expect(coverageSentence(1, art, 'vi')).toContain("1 xử lý xong trước khi mở (đầu tiên: 'Tickets'!C4)");
  });

  it('FCR counts flags in the month the ticket was opened', () => {
    const fcr = kpiOf(report.kpis, 'FCR').coverage;
    expect(fcr.used).toBe(2);
    expect(fcr.leftOut.unreadable).toEqual({ count: 1, places: [{ sheet: 'Tickets', column: 'D', row: 4 }] });
    expect(fcr.leftOut.blank?.count).toBe(1);
    expect(fcr.leftOut.noDate?.places).toEqual([{ sheet: 'Tickets', column: 'B', row: 6 }]);
  });

  it('a still-open ticket is not a loss: it never raises the banner on its own', () => {
    const onlyOpen = buildReport({ timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, tickets: { opened: ['2026-10-01', '2026-10-02'], resolved: ['2026-10-01 05:00', ''] } });
    expect(kpiOf(onlyOpen.kpis, 'ART').coverage.leftOut.open?.count).toBe(1);
    expect(missingDataBanner(onlyOpen)).toBeUndefined();
  });
});

describe('coverage of counts', () => {
  it('monthly subscription rows: a row is used when its counts read, else left out at the bad cell', () => {
    const month: Cell[] = ['2026-09-01', '2026-10-01', '2026-10-01', 'Oct'];
    const start: Cell[] = [100, 60, 40, 5];
    const end: Cell[] = [90, '#VALUE!', 38, 5];
    const added: Cell[] = [0, 5, 2, 0];
    const report = buildReport(
      withPlaces({ timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' }, subscriptions: { month, start, end, new: added } }, [
        [month, at('Subscriptions', 'A')], [start, at('Subscriptions', 'B')], [end, at('Subscriptions', 'C')], [added, at('Subscriptions', 'D')],
      ]),
    );
    const churn = kpiOf(report.kpis, 'CHURN').coverage;
    expect(churn.used).toBe(1);
    expect(churn.leftOut.unreadable).toEqual({ count: 1, places: [{ sheet: 'Subscriptions', column: 'C', row: 3 }] });
    expect(churn.leftOut.noDate).toEqual({ count: 1, places: [{ sheet: 'Subscriptions', column: 'A', row: 5 }] });
  });
});

describe('coverage in the email', () => {
  const dates: Cell[] = ['2026-10-01', '2026-10-02', '2026-10-03', 'soon'];
  const nps: Cell[] = [10, '#REF!', 9, 8];
  const input = (lang: 'en' | 'vi') =>
    withPlaces({ timeZone: 'UTC', lang, period: { kind: 'month', start: '2026-10-01' }, survey: { dates, nps } }, [[dates, at(SHEET, 'A')], [nps, at(SHEET, 'C')]]);

  it('each metric has its line, with the places, in the HTML and the text part, in both languages', () => {
    const en = buildReport(input('en'));
    const line = "n = 2 · 2 left out: 1 could not be read (first: 'Form Responses 1'!C3); 1 no readable date (first: 'Form Responses 1'!A5)";
    expect(renderText(en)).toContain(`  ${line}`);
    expect(renderHtml(en)).toContain(line.replace(/'/g, '&#39;').replace('n = ', 'n &#61; '));
    const vi = buildReport(input('vi'));
    expect(renderText(vi)).toContain("n = 2 · 2 bị bỏ qua: 1 không đọc được (đầu tiên: 'Form Responses 1'!C3); 1 không có ngày đọc được (đầu tiên: 'Form Responses 1'!A5)");
    // The banner opens the email: half the cells were lost.
    expect(renderText(en).indexOf('! 1 of 1 metrics are missing data')).toBeLessThan(renderText(en).indexOf(line));
    expect(renderText(en) + renderHtml(en)).not.toMatch(/survey\.(dates|nps)/);
    // The footer says what the data covers, per sheet.
    expect(renderText(en)).toContain('Form Responses 1: data runs 2026-10-01 → 2026-10-03');
    expect(renderHtml(vi)).toContain('Form Responses 1: dữ liệu từ 2026-10-01 → 2026-10-03');
  });
});
