import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dateOfDay,
  dayOfDate,
  isoDate,
  localDay,
  localMidnight,
  periodIndex,
  periodStart,
  periodStartDay,
  PERIODS,
  utcOffset,
  wallClockIn,
  wallClockToInstant,
} from '../../src/cells/calendar';

const HCM = 'Asia/Ho_Chi_Minh';
const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('day numbers and dates', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayOfDate(1970, 1, 1)).toBe(0);
    expect(dayOfDate(1969, 12, 31)).toBe(-1);
    expect(dayOfDate(2026, 4, 1)).toBe(Date.UTC(2026, 3, 1) / 86_400_000);
    expect(dayOfDate(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(dateOfDay(dayOfDate(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
    expect(isoDate(dayOfDate(2026, 12, 31))).toBe('2026-12-31');
  });

  it('agrees with Date.UTC for any day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(dateOfDay(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(dayOfDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(day);
      }),
    );
  });
});

describe('localDay', () => {
  it('counts the day in the spreadsheet zone, not UTC: 18:30Z on March 31 is April 1 in Ho Chi Minh City', () => {
    expect(isoDate(localDay(at('2026-03-31T18:30:00Z'), HCM))).toBe('2026-04-01');
    expect(isoDate(localDay(at('2026-03-31T18:30:00Z'), 'UTC'))).toBe('2026-03-31');
    expect(isoDate(localDay(at('2026-03-31T16:59:59.999Z'), HCM))).toBe('2026-03-31');
    expect(isoDate(localDay(at('2026-03-31T17:00:00Z'), HCM))).toBe('2026-04-01');
    expect(utcOffset(at('2026-03-31T18:30:00Z'), HCM)).toBe(7 * HOUR);
  });

  it('follows New York across both daylight-saving changes of 2026', () => {
    // Spring forward: 2026-03-08 02:00 EST → 03:00 EDT (07:00Z).
    expect(utcOffset(at('2026-03-08T06:59:59Z'), NY)).toBe(-5 * HOUR);
    expect(utcOffset(at('2026-03-08T07:00:00Z'), NY)).toBe(-4 * HOUR);
    expect(isoDate(localDay(at('2026-03-08T04:59:59Z'), NY))).toBe('2026-03-07');
    expect(isoDate(localDay(at('2026-03-08T05:00:00Z'), NY))).toBe('2026-03-08');
    expect(isoDate(localDay(at('2026-03-09T03:59:59Z'), NY))).toBe('2026-03-08');
    expect(isoDate(localDay(at('2026-03-09T04:00:00Z'), NY))).toBe('2026-03-09');
    // Fall back: 2026-11-01 02:00 EDT → 01:00 EST (06:00Z).
    expect(utcOffset(at('2026-11-01T05:59:59Z'), NY)).toBe(-4 * HOUR);
    expect(utcOffset(at('2026-11-01T06:00:00Z'), NY)).toBe(-5 * HOUR);
    expect(isoDate(localDay(at('2026-11-01T03:59:59Z'), NY))).toBe('2026-10-31');
    expect(isoDate(localDay(at('2026-11-01T04:00:00Z'), NY))).toBe('2026-11-01');
    expect(isoDate(localDay(at('2026-11-02T04:59:59Z'), NY))).toBe('2026-11-01');
    expect(isoDate(localDay(at('2026-11-02T05:00:00Z'), NY))).toBe('2026-11-02');
  });

  it('agrees with Intl at random instants in several zones', () => {
    const zones = [HCM, NY, 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Sao_Paulo'];
    const intlDate = new Map(zones.map((z) => [z, new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' })]));
    fc.assert(
      fc.property(fc.integer({ min: at('1990-01-01T00:00Z'), max: at('2040-01-01T00:00Z') }), fc.constantFrom(...zones), (ms, zone) => {
        expect(isoDate(localDay(ms, zone))).toBe(intlDate.get(zone)!.format(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('passes NaN through and rejects an unknown zone', () => {
    expect(localDay(NaN, HCM)).toBeNaN();
    expect(() => localDay(0, 'Mars/Olympus_Mons')).toThrow('calendar: unknown time zone "Mars/Olympus_Mons"');
  });
});

describe('localMidnight', () => {
  it('is the instant Sheets shows as 00:00 of that day', () => {
    expect(localMidnight(dayOfDate(2026, 4, 1), HCM).toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(localMidnight(dayOfDate(2026, 3, 8), NY).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(localMidnight(dayOfDate(2026, 3, 9), NY).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(localMidnight(dayOfDate(2026, 11, 2), NY).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('starts a day whose midnight is skipped at the clock change (Santiago, 2022-09-11 00:00 → 01:00)', () => {
    const day = dayOfDate(2022, 9, 11);
    const midnight = localMidnight(day, 'America/Santiago');
    expect(localDay(midnight.getTime(), 'America/Santiago')).toBe(day);
    expect(localDay(midnight.getTime() - 1, 'America/Santiago')).toBe(day - 1);
  });

  it('round-trips with localDay in any zone', () => {
    const zones = [HCM, NY, 'Europe/Berlin', 'Pacific/Apia', 'America/Santiago', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.integer({ min: dayOfDate(1995, 1, 1), max: dayOfDate(2035, 1, 1) }), fc.constantFrom(...zones), (day, zone) => {
        const midnight = localMidnight(day, zone).getTime();
        expect(localDay(midnight, zone)).toBe(day);
        expect(localDay(midnight - 1, zone)).toBeLessThan(day);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('wallClockToInstant', () => {
  it('places a wall-clock time in the zone', () => {
    expect(wallClockToInstant(Date.UTC(2026, 3, 1, 9), HCM)).toBe(at('2026-04-01T02:00:00Z'));
    expect(wallClockIn(NY)(Date.UTC(2026, 6, 4, 12))).toBe(at('2026-07-04T16:00:00Z'));
  });

  it('moves a skipped time forward and takes the first of a repeated time, like Sheets', () => {
    expect(wallClockToInstant(Date.UTC(2026, 2, 8, 2, 30), NY)).toBe(at('2026-03-08T07:30:00Z')); // shows 03:30 EDT
    expect(wallClockToInstant(Date.UTC(2026, 10, 1, 1, 30), NY)).toBe(at('2026-11-01T05:30:00Z')); // 01:30 EDT
  });
});

describe('periods', () => {
  const april1 = dayOfDate(2026, 4, 1); // a Wednesday

  it('starts weeks on Monday and months, quarters and years on their first day', () => {
    expect(isoDate(periodStart(april1, 'day'))).toBe('2026-04-01');
    expect(isoDate(periodStart(april1, 'week'))).toBe('2026-03-30');
    expect(isoDate(periodStart(dayOfDate(2026, 4, 5), 'week'))).toBe('2026-03-30'); // Sunday
    expect(isoDate(periodStart(dayOfDate(2026, 4, 6), 'week'))).toBe('2026-04-06'); // Monday
    expect(isoDate(periodStart(april1, 'month'))).toBe('2026-04-01');
    expect(isoDate(periodStart(dayOfDate(2026, 3, 31), 'quarter'))).toBe('2026-01-01');
    expect(isoDate(periodStart(april1, 'quarter'))).toBe('2026-04-01');
    expect(isoDate(periodStart(dayOfDate(2026, 12, 31), 'year'))).toBe('2026-01-01');
    expect(isoDate(periodStart(dayOfDate(1969, 12, 31), 'week'))).toBe('1969-12-29');
  });

  it('numbers consecutive periods with consecutive integers', () => {
    expect(periodIndex(dayOfDate(2027, 1, 1), 'month') - periodIndex(dayOfDate(2026, 12, 31), 'month')).toBe(1);
    expect(periodIndex(dayOfDate(2027, 1, 1), 'quarter') - periodIndex(dayOfDate(2026, 12, 31), 'quarter')).toBe(1);
    expect(periodIndex(dayOfDate(2027, 1, 1), 'year') - periodIndex(dayOfDate(2026, 12, 31), 'year')).toBe(1);
    expect(periodIndex(dayOfDate(2026, 4, 6), 'week') - periodIndex(dayOfDate(2026, 4, 5), 'week')).toBe(1);
  });

  it('puts every day inside its period, which starts where the index says', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 60_000 }), fc.constantFrom(...PERIODS), (day, period) => {
        const index = periodIndex(day, period);
        const start = periodStartDay(index, period);
        expect(start).toBeLessThanOrEqual(day);
        expect(periodStartDay(index + 1, period)).toBeGreaterThan(day);
        expect(periodIndex(start, period)).toBe(index);
        expect(periodIndex(start - 1, period)).toBe(index - 1);
        if (period === 'week') expect(new Date(start * 86_400_000).getUTCDay()).toBe(1);
        if (period !== 'day' && period !== 'week') expect(dateOfDay(start).day).toBe(1);
      }),
    );
  });
});

