import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/index';
import { parsePeriodText, periodKeyOf } from '../../src/report/period';
import type { Cell } from '../../src/cells/types';

/** Periods as metrics-spec.md section 6 defines them: every form, the default, `all`, ranges across a clock change. */

describe('a period as a person types it', () => {
  it.each([
    ['all', { kind: 'all' }],
    ['2026', { kind: 'year', start: '2026-01-01' }],
    ['2026-Q3', { kind: 'quarter', start: '2026-07-01' }],
    ['2026-q1', { kind: 'quarter', start: '2026-01-01' }],
    ['2026-10', { kind: 'month', start: '2026-10-01' }],
    ['2026-W41', { kind: 'week', start: '2026-10-05' }],
    ['2026-10-07', { kind: 'week', start: '2026-10-05' }],
    ['2026-09-01..2026-10-31', { kind: 'range', start: '2026-09-01', end: '2026-10-31' }],
    ['2026-10-05..2026-10-05', { kind: 'range', start: '2026-10-05', end: '2026-10-05' }],
  ])('%s', (text, expected) => {
    expect(parsePeriodText(text)).toEqual(expected);
  });

  it('an ISO week across a year end: 2026-W53 runs Monday 28 December 2026 to Sunday 3 January 2027', () => {
    expect(parsePeriodText('2026-W53')).toEqual({ kind: 'week', start: '2026-12-28' });
    // Any of its dates names it, in either year.
    expect(parsePeriodText('2027-01-03')).toEqual({ kind: 'week', start: '2026-12-28' });
    // 2025-W01 starts in 2024; 2027 has no week 53.
    expect(parsePeriodText('2025-W01')).toEqual({ kind: 'week', start: '2024-12-30' });
    expect(parsePeriodText('2027-W53')).toBeUndefined();
    const report = buildReport({ timeZone: 'UTC', lang: 'en', period: parsePeriodText('2027-01-02')! });
    expect(report.period).toEqual({ kind: 'week', start: '2026-12-28', end: '2027-01-03' });
    expect(periodKeyOf(report.period)).toBe('2026-W53');
    expect(report.previousPeriod).toEqual({ kind: 'week', start: '2026-12-21', end: '2026-12-27' });
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-Q0', '2026-W00', '2026-W54', '2026-02-30', '2026-10-31..2026-09-01', 'October', '13/2026', '', '2026-10..2026-11'])(
    'refuses %j',
    (text) => {
      expect(parsePeriodText(text)).toBeUndefined();
    },
  );

  it('names each period back the way it is typed', () => {
    for (const text of ['all', '2026', '2026-Q3', '2026-10', '2026-W41', '2026-09-01..2026-10-31']) {
      const report = buildReport({ timeZone: 'UTC', lang: 'en', period: parsePeriodText(text)! });
      expect(periodKeyOf(report.period)).toBe(text);
    }
  });
});

/** One NPS answer per date given, all promoters, so n counts the answers in the period. */
function survey(dates: Cell[]): { dates: Cell[]; nps: Cell[] } {
  return { dates, nps: dates.map(() => 10) };
}

describe('which rows a period holds', () => {
  it('a quarter and a year hold their months; the quarter compares with the quarter before', () => {
    const dates = ['2026-06-30', '2026-07-01', '2026-08-15', '2026-09-30', '2026-10-01', '2025-12-31'];
    const quarter = buildReport({ timeZone: 'UTC', lang: 'en', period: parsePeriodText('2026-Q3')!, survey: survey(dates) });
    expect(quarter.period).toEqual({ kind: 'quarter', start: '2026-07-01', end: '2026-09-30' });
    expect(quarter.previousPeriod).toEqual({ kind: 'quarter', start: '2026-04-01', end: '2026-06-30' });
    expect(quarter.kpis[0].current?.n).toBe(3);
    expect(quarter.kpis[0].previous?.n).toBe(1);
    const year = buildReport({ timeZone: 'UTC', lang: 'en', period: parsePeriodText('2026')!, survey: survey(dates) });
    expect(year.kpis[0].current?.n).toBe(5);
    expect(year.kpis[0].previous?.n).toBe(1);
  });

  it('a date range across the end of summer time in Europe/Berlin holds every local day, both ends included', () => {
    // Clocks go back at 03:00 CEST on Sunday 25 October 2026; the range is Saturday to Monday.
    const dates = [
      new Date('2026-10-23T21:30:00Z'), // 23:30 Friday CEST: the day before the range
      new Date('2026-10-23T22:10:00Z'), // 00:10 Saturday CEST: first day
      new Date('2026-10-25T00:30:00Z'), // 02:30 CEST, before the change
      new Date('2026-10-25T01:30:00Z'), // 02:30 CET, the same wall time again after it
      new Date('2026-10-26T22:59:00Z'), // 23:59 Monday CET: last day
      new Date('2026-10-26T23:00:00Z'), // 00:00 Tuesday CET: after the range
      '2026-10-24 00:00', // wall-clock text in the spreadsheet's zone
    ];
    const report = buildReport({ timeZone: 'Europe/Berlin', lang: 'en', period: parsePeriodText('2026-10-24..2026-10-26')!, survey: survey(dates) });
    expect(report.period).toEqual({ kind: 'range', start: '2026-10-24', end: '2026-10-26' });
    expect(report.previousPeriod).toEqual({ kind: 'range', start: '2026-10-21', end: '2026-10-23' });
    expect(report.kpis[0].current?.n).toBe(5);
    expect(report.kpis[0].previous?.n).toBe(1);
    // In UTC the same instants fall differently: 23:00Z on the 26th is still the 26th there.
    const utc = buildReport({ timeZone: 'UTC', lang: 'en', period: parsePeriodText('2026-10-24..2026-10-26')!, survey: survey(dates) });
    expect(utc.kpis[0].current?.n).toBe(5);
  });

  it('the default is the latest complete month with data, however long ago the data ended', () => {
    const dates = ['2026-08-20', '2026-09-02', '2026-10-28'];
    const now = Date.parse('2027-03-15T12:00:00Z');
    const report = buildReport({ timeZone: 'Asia/Ho_Chi_Minh', lang: 'en', now, survey: survey(dates) });
    expect(report.period).toEqual({ kind: 'month', start: '2026-10-01', end: '2026-10-31' });
    expect(report.kpis[0].current?.n).toBe(1);
    expect(report.dataRanges).toEqual([{ sheet: '', first: '2026-08-20', last: '2026-10-28' }]);
  });

  it('the default skips the month in progress: data up to today reports last month', () => {
    const dates = ['2026-09-02', '2026-10-28', '2026-11-03'];
    const report = buildReport({ timeZone: 'UTC', lang: 'en', now: Date.parse('2026-11-10T00:00:00Z'), survey: survey(dates) });
    expect(report.period.start).toBe('2026-10-01');
  });

  it('a file with no date column gives its overall figures, with no period to choose', () => {
    const report = buildReport({ timeZone: 'UTC', lang: 'vi', survey: { nps: [10, 9, 3, '', 'N/A'] } });
    expect(report.period).toEqual({ kind: 'all', start: '', end: '' });
    expect(report.previousPeriod).toBeNull();
    expect(report.kpis.map((k) => k.id)).toEqual(['NPS']);
    expect(report.kpis[0].current?.n).toBe(3);
    expect(report.kpis[0].current?.value).toBeCloseTo(100 / 3, 10);
    expect(report.dataRanges).toEqual([]);
  });

  it('`all` also counts rows whose date could not be read', () => {
    const report = buildReport({ timeZone: 'UTC', lang: 'en', period: { kind: 'all' }, survey: survey(['2026-10-01', 'soon', '']) });
    expect(report.kpis[0].current?.n).toBe(3);
    expect(report.kpis[0].coverage.leftOut.noDate).toBeUndefined();
    expect(report.period).toEqual({ kind: 'all', start: '2026-10-01', end: '2026-10-01' });
  });

  it('a period with no data leaves the report empty and says where the data is', () => {
    const report = buildReport({ timeZone: 'UTC', lang: 'en', period: parsePeriodText('2025-03')!, survey: survey(['2026-09-02', '2026-10-28']) });
    expect(report.kpis).toEqual([]);
    expect(report.dataRanges).toEqual([{ sheet: '', first: '2026-09-02', last: '2026-10-28' }]);
  });
});
