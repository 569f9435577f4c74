import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodIndex, type Period } from '../../src/cells/calendar';
import { eventPeriods } from '../../src/metrics/activity-churn';

/**
 * eventPeriods (CX_COHORT) remembers each day's period in a slot of its own instead of working it
 * out per event. Given events on any days, in any order, near together or 1,024 days apart (the
 * same slot), before 1970 or after, every event's period is the one periodIndex gives it.
 */
describe('the period of every event of a log', () => {
  it('is periodIndex of its day, for every period', () => {
    const day = fc.oneof(fc.integer({ min: 20_000, max: 20_400 }), fc.integer({ min: -719_162, max: 2_932_896 }), fc.constantFrom(20_100, 20_100 + 1024, 20_100 - 2048, -1, 0, 1023, 1024));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 60 }), fc.constantFrom<Period>('day', 'week', 'month', 'quarter', 'year'), (days, period) => {
        expect(Array.from(eventPeriods(Int32Array.from(days), period))).toEqual(days.map((d) => periodIndex(d, period)));
      }),
    );
  });
});
