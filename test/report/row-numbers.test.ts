import { describe, expect, it } from 'vitest';
import { localDay, periodIndex } from '../../src/cells/calendar';
import { periodsOfDays, ReportReader } from '../../src/report/columns';
import { framePeriod } from '../../src/report/period';

/**
 * The report holds each row's day number and period index in four bytes (a Float32Array, issue 18:
 * half the memory of a million-row column's days and periods). Every date a sheet holds, from
 * 1 January of year 1 to 31 December 9999, must still give its exact day and period: a day that
 * rounded to its neighbour would move an answer into another month without a word.
 */
describe('day numbers and periods of the report’s rows', () => {
  const timeZone = 'Asia/Ho_Chi_Minh';
  const dates = ['0001-01-01T00:30:00Z', '1899-12-30T00:00:00Z', '2026-10-13T16:59:59Z', '2026-10-13T17:00:00Z', '9999-12-31T10:00:00Z'].map((iso) => new Date(iso));

  it('given the first and last days a sheet holds, each row keeps its exact local day', () => {
    const { days } = new ReportReader({ timeZone }).days([...dates, '', 'not a date']);
    expect(Array.from(days)).toEqual([...dates.map((date) => localDay(date.getTime(), timeZone)), NaN, NaN]);
    // Oct 13 16:59:59 UTC is the 13th's last second in Ho Chi Minh City; a second later, the 14th.
    expect(days[3] - days[2]).toBe(1);
  });

  it('given those days, each row keeps its exact week, month, quarter and year (undated rows none)', () => {
    const { days } = new ReportReader({ timeZone }).days([...dates, '']);
    for (const kind of ['week', 'month', 'quarter', 'year'] as const) {
      const frame = framePeriod({ timeZone, now: Date.UTC(2026, 10, 1), period: { kind, start: '2026-10-12' } });
      const expected = [...dates.map((date) => periodIndex(localDay(date.getTime(), timeZone), kind)), NaN];
      expect(Array.from(periodsOfDays(days, frame))).toEqual(expected);
    }
  });
});
