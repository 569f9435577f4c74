import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/cells/calendar';
import { LocalDays } from '../../src/cells/local-days';

describe('LocalDays', () => {
  it('gives exactly localDay, also on clock-change days, far from the first instant, and for NaN', () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'UTC']) {
      const days = new LocalDays(zone);
      const differ: number[] = [];
      // Every 7 minutes through 2024 crosses each change of the year near its minute.
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 7 * 60_000) if (days.of(t) !== localDay(t, zone)) differ.push(t);
      for (const t of [Date.UTC(1900, 0, 1, 23, 59), Date.UTC(2200, 5, 1, 0, 1), Date.UTC(1969, 11, 31, 23, 30)]) if (days.of(t) !== localDay(t, zone)) differ.push(t);
      expect(differ).toEqual([]);
      expect(days.of(NaN)).toBeNaN();
    }
  });

  it('reads a Date cell as its instant: ofDate gives localDay too, clock-change days included', () => {
    for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Asia/Ho_Chi_Minh']) {
      const days = new LocalDays(zone);
      const differ: number[] = [];
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 11 * 60_000) if (days.ofDate(new Date(t)) !== localDay(t, zone)) differ.push(t);
      expect(differ).toEqual([]);
    }
  });

  it('is shared per zone across calls, and a table learned from 1950 still gives localDay in 2026', () => {
    expect(LocalDays.in('America/New_York')).toBe(LocalDays.in('America/New_York'));
    expect(LocalDays.in('America/New_York')).not.toBe(LocalDays.in('Europe/London'));
    const days = LocalDays.in('Australia/Lord_Howe');
    days.of(Date.UTC(1950, 0, 1));
    const differ: number[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 13 * 60_000) if (days.of(t) !== localDay(t, 'Australia/Lord_Howe')) differ.push(t);
    expect(differ).toEqual([]);
  });

  it('counts the 18:30Z instant on the next day in Asia/Ho_Chi_Minh', () => {
    expect(new LocalDays('Asia/Ho_Chi_Minh').of(Date.parse('2026-03-31T18:30Z'))).toBe(20544);
  });
});
