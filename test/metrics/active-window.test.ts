import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeInWindow, activeUsersAsOf, readActivity } from '../../src/metrics/active-users';

/**
 * =DAU, =WAU and =MAU count only their own window (activeInWindow interns one day's users for
 * DAU, not thirty days'). Given any log and any as_of, the counts are the ones activeUsersAsOf
 * gives for the same windows, whether or not the whole log was interned before.
 */
const START = Date.parse('2026-03-01T00:00:00Z');
const cell = fc.tuple(
  fc.constantFrom('ann', 'bob', ' bob', 'cara', 42, '42', 'đạt', ''),
  fc.oneof(fc.integer({ min: 0, max: 80 * 24 }).map((hours) => new Date(START + hours * 3_600_000)), fc.constant('')),
);

describe('activeInWindow', () => {
  it('gives activeUsersAsOf’s DAU, WAU and MAU for every as_of around the log', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 50 }), fc.integer({ min: -5, max: 40 }), fc.boolean(), fc.constantFrom('UTC', 'America/New_York', 'Asia/Ho_Chi_Minh'), (rows, shift, internAll, zone) => {
        if (!rows.some(([user, date]) => user !== '' && date !== '')) return;
        const read = () => readActivity('MAU', rows.map(([u]) => [u]), rows.map(([, d]) => [d]), zone);
        const activity = read();
        if (internAll) activity.events();
        const asOf = activity.lastDay - shift;
        const counts = activeUsersAsOf(read(), asOf);
        expect([1, 7, 30].map((days) => activeInWindow(activity, asOf, days))).toEqual([counts.dau, counts.wau, counts.mau]);
      }),
    );
  });
});
