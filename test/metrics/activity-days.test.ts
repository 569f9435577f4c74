import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/cells/calendar';
import { activeInWindow, readActivity } from '../../src/metrics/active-users';

/**
 * An activity log keeps each event's instant and takes its local day only when it is counted
 * (=MAU over a year of events takes the days of its 30 days). Given any log, in zones whose
 * clocks change (New York's DST, São Paulo's DST that ended at midnight in 2018, and Sitka in 1867
 * and Guam in 1969, whose clocks went back across midnight, so an earlier instant has a later day), the first and last day, every event's day and user, and
 * DAU/WAU/MAU for any as_of are those of taking every event's day on its own with localDay.
 */
const ZONES = [
  { zone: 'America/New_York', around: Date.parse('2026-03-08T12:00:00Z') },
  { zone: 'America/Sao_Paulo', around: Date.parse('2018-02-18T02:00:00Z') },
  { zone: 'America/Sitka', around: Date.parse('1867-10-19T01:00:00Z') },
  { zone: 'Pacific/Guam', around: Date.parse('1969-01-25T13:30:00Z') },
  { zone: 'Asia/Ho_Chi_Minh', around: Date.parse('2026-03-01T00:00:00Z') },
];

const row = (around: number) =>
  fc.tuple(
    fc.constantFrom<unknown>('ann', 'bob', ' bob', 'bob ', 'cara', 42, '42', 'đạt', '', null),
    fc.oneof(
      fc.integer({ min: -72, max: 72 }).map((hours) => new Date(around + hours * 1_800_000)),
      fc.integer({ min: -72, max: 72 }).map((hours) => new Date(around + hours * 1_800_000).toISOString()),
      fc.constantFrom<unknown>('', null),
    ),
  );

/** The log read the plain way: every kept row's day by localDay, its user by its trimmed text. */
function reference(rows: [unknown, unknown][], zone: string) {
  const events = rows.flatMap(([user, date]) => {
    if (user === '' || user === null || user === undefined || typeof user === 'string' && user.trim() === '') return [];
    if (date === '' || date === null) return [];
    const ms = date instanceof Date ? date.getTime() : Date.parse(date as string);
    return [{ user: String(user).trim(), day: localDay(ms, zone) }];
  });
  return events;
}

describe('an activity log read as instants', () => {
  for (const { zone, around } of ZONES) {
    it(`${zone}: the days, users and active counts of reading every event's day on its own`, () => {
      fc.assert(
        fc.property(fc.array(row(around), { minLength: 1, maxLength: 40 }), fc.integer({ min: -3, max: 3 }), (rows, shift) => {
          const expected = reference(rows, zone);
          if (expected.length === 0) return;
          const read = () => readActivity('MAU', rows.map(([u]) => [u]), rows.map(([, d]) => [d]), zone);
          const activity = read();
          const days = expected.map((e) => e.day);
          expect([activity.firstDay, activity.lastDay]).toEqual([Math.min(...days), Math.max(...days)]);
          const asOf = activity.lastDay + shift;
          const active = (n: number) => new Set(expected.filter((e) => e.day > asOf - n && e.day <= asOf).map((e) => e.user)).size;
          expect([1, 7, 30].map((n) => activeInWindow(read(), asOf, n))).toEqual([active(1), active(7), active(30)]);
          const all = activity.events();
          expect(Array.from(all.days)).toEqual(days);
          const names = new Map<number, string>();
          expected.forEach((e, i) => names.set(all.users[i], e.user));
          expect(expected.map((_, i) => names.get(all.users[i]))).toEqual(expected.map((e) => e.user));
          expect(all.userCount).toBe(new Set(expected.map((e) => e.user)).size);
        }),
      );
    });
  }
});
