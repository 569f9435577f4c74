import { describe, expect, it } from 'vitest';
import { duePeriod, parseStoredSchedule, previousPeriod, ScheduleSchema, type LocalTime } from '../../src/addon/schedule';

const at = (year: number, month: number, day: number, hour: number, weekday: number): LocalTime => ({ year, month, day, hour, weekday });
const valid = { version: 1, enabled: true, recipients: ['boss@shop.vn'], frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'vi' };

describe('the report schedule', () => {
  it('a monthly report for October is due from 1 November at the chosen hour', () => {
    expect(duePeriod({ kind: 'monthly', day: 1 }, 8, at(2026, 11, 1, 8, 7))).toEqual({ kind: 'month', start: '2026-10-01' });
    expect(duePeriod({ kind: 'monthly', day: 1 }, 8, at(2026, 11, 1, 7, 7))).toEqual({ kind: 'month', start: '2026-09-01' });
    expect(duePeriod({ kind: 'monthly', day: 5 }, 0, at(2026, 1, 4, 23, 7))).toEqual({ kind: 'month', start: '2025-11-01' });
    expect(duePeriod({ kind: 'monthly', day: 5 }, 0, at(2026, 1, 5, 0, 1))).toEqual({ kind: 'month', start: '2025-12-01' });
  });

  it('a weekly report covers the previous Monday–Sunday week', () => {
    // Tuesday 24 Nov 2026, report on Mondays at 9: last week started Monday 16 Nov.
    expect(duePeriod({ kind: 'weekly', weekday: 1 }, 9, at(2026, 11, 24, 10, 2))).toEqual({ kind: 'week', start: '2026-11-16' });
    // Monday 23 Nov at 8, before 9: the week before that.
    expect(duePeriod({ kind: 'weekly', weekday: 1 }, 9, at(2026, 11, 23, 8, 1))).toEqual({ kind: 'week', start: '2026-11-09' });
    // Across a year boundary.
    expect(duePeriod({ kind: 'weekly', weekday: 3 }, 0, at(2027, 1, 6, 0, 3))).toEqual({ kind: 'week', start: '2026-12-28' });
  });

  it('a quarterly report for Q3 is due from the chosen day of October, and covers July–September', () => {
    expect(duePeriod({ kind: 'quarterly', day: 3 }, 8, at(2026, 10, 3, 8, 6))).toEqual({ kind: 'quarter', start: '2026-07-01' });
    // 2 October, before the chosen day: still Q2's report.
    expect(duePeriod({ kind: 'quarterly', day: 3 }, 8, at(2026, 10, 2, 23, 5))).toEqual({ kind: 'quarter', start: '2026-04-01' });
    // Any day in November or December: Q3.
    expect(duePeriod({ kind: 'quarterly', day: 28 }, 8, at(2026, 12, 1, 0, 2))).toEqual({ kind: 'quarter', start: '2026-07-01' });
    // Across a year: in January 2027 (after the day) the report covers Q4 2026.
    expect(duePeriod({ kind: 'quarterly', day: 1 }, 0, at(2027, 1, 1, 0, 5))).toEqual({ kind: 'quarter', start: '2026-10-01' });
    expect(previousPeriod({ kind: 'quarter', start: '2026-01-01' })).toEqual({ kind: 'quarter', start: '2025-10-01' });
    expect(ScheduleSchema.safeParse({ ...valid, frequency: { kind: 'quarterly', day: 1 } }).success).toBe(true);
    expect(ScheduleSchema.safeParse({ ...valid, frequency: { kind: 'quarterly', day: 29 } }).success).toBe(false);
  });

  it('knows the period before', () => {
    expect(previousPeriod({ kind: 'month', start: '2026-01-01' })).toEqual({ kind: 'month', start: '2025-12-01' });
    expect(previousPeriod({ kind: 'week', start: '2026-03-02' })).toEqual({ kind: 'week', start: '2026-02-23' });
  });

  it('accepts up to 50 plain recipients and rejects header injection', () => {
    expect(ScheduleSchema.safeParse(valid).success).toBe(true);
    for (const bad of ['a@b.com\nBcc: x@y.z', 'a@b.com\r\nBcc:x@y.z', 'Boss <a@b.com>', 'a@b.com, c@d.com', 'not-an-address', 'a@b']) {
      expect(ScheduleSchema.safeParse({ ...valid, recipients: [bad] }).success, bad).toBe(false);
    }
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@shop.vn`);
    expect(ScheduleSchema.safeParse({ ...valid, recipients: many }).success).toBe(false);
    expect(ScheduleSchema.safeParse({ ...valid, recipients: many.slice(0, 50) }).success).toBe(true);
  });

  it('rejects days past 28, hours past 23 and unknown languages', () => {
    expect(ScheduleSchema.safeParse({ ...valid, frequency: { kind: 'monthly', day: 29 } }).success).toBe(false);
    expect(ScheduleSchema.safeParse({ ...valid, hour: 24 }).success).toBe(false);
    expect(ScheduleSchema.safeParse({ ...valid, lang: 'fr' }).success).toBe(false);
  });

  it('explains a missing or damaged stored schedule instead of crashing', () => {
    expect(parseStoredSchedule(null)).toMatchObject({ ok: false, reason: 'missing' });
    expect(parseStoredSchedule('{oops')).toMatchObject({ ok: false, reason: 'corrupt' });
    const wrong = parseStoredSchedule(JSON.stringify({ ...valid, recipients: ['x'] }));
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toContain('schedule.recipients.0: is not a valid email address');
    expect(parseStoredSchedule(JSON.stringify(valid))).toMatchObject({ ok: true, schedule: valid });
  });
});

describe('local time in the spreadsheet zone', () => {
  it('is the calendar day and hour Sheets would show', async () => {
    const { localTimeIn } = await import('../../src/addon/schedule');
    // 2026-10-31 18:30 UTC is Sunday 1 November 01:30 in Ho Chi Minh City.
    expect(localTimeIn(new Date('2026-10-31T18:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({ year: 2026, month: 11, day: 1, weekday: 7, hour: 1 });
    // …and still Saturday 31 October 14:30 in New York.
    expect(localTimeIn(new Date('2026-10-31T18:30:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 10, day: 31, weekday: 6, hour: 14 });
  });
});
