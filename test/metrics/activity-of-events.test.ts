import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cell } from '../../src/cells/types';
import { activityOfEvents, readActivity, type Activity } from '../../src/metrics/activity';
import { activeUsersAsOf, activeUsersByMonth } from '../../src/metrics/active-users';
import { cohortsOf } from '../../src/metrics/cohort';

/**
 * The report reads an activity log's date column once and builds its Activity from those instants
 * (activityOfEvents), instead of a Date object and a one-cell row per event for readActivity. The
 * figures must be the ones readActivity gives over the same rows: the same users in the same
 * order, the same days, so MAU, stickiness and cohorts cannot differ; and where readActivity
 * refuses a cell, activityOfEvents gives nothing, so the caller lets readActivity say it.
 */

const ZONES = ['Asia/Ho_Chi_Minh', 'America/New_York', 'UTC'];
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

/** readActivity over the used rows only (a NaN instant: the row is not used), as the report called it. */
function byRows(users: readonly Cell[], instants: Float64Array, zone: string): Activity {
  const rows: Cell[][] = [];
  const dates: Cell[][] = [];
  instants.forEach((instant, i) => instant === instant && (rows.push([users[i]]), dates.push([new Date(instant)])));
  return readActivity('MAU', rows, dates, zone);
}

function same(a: Activity, b: Activity): void {
  expect({ size: a.size, firstDay: a.firstDay, lastDay: a.lastDay }).toEqual({ size: b.size, firstDay: b.firstDay, lastDay: b.lastDay });
  expect(a.events()).toEqual(b.events());
  expect(activeUsersByMonth(a)).toEqual(activeUsersByMonth(b));
  expect(activeUsersAsOf(a)).toEqual(activeUsersAsOf(b));
  expect(cohortsOf(a, 'month', 4)).toEqual(cohortsOf(b, 'month', 4));
}

describe('an activity log from instants read once', () => {
  it('gives the figures readActivity gives over the same rows, ids of every kind, rows unused between', () => {
    const user = fc.constantFrom<Cell>('U001', 'U002', 'ann', ' bob ', 'Đức', 'Ánh', 42, 42.5, 7, 'u001', '  ', '');
    fc.assert(
      fc.property(
        fc.array(fc.record({ user, day: fc.integer({ min: 0, max: 200 }), ms: fc.integer({ min: 0, max: DAY - 1 }), used: fc.boolean() }), { minLength: 1, maxLength: 120 }),
        fc.constantFrom(...ZONES),
        (rows, zone) => {
          const users = rows.map((r) => r.user);
          const instants = new Float64Array(rows.map((r) => (r.used ? START + r.day * DAY + r.ms : NaN)));
          const fast = activityOfEvents(users, instants, zone);
          let slow: Activity | undefined;
          try {
            slow = byRows(users, instants, zone);
          } catch {
            slow = undefined;
          }
          if (slow === undefined) expect(fast).toBeUndefined();
          else same(fast!, slow);
        },
      ),
    );
  });

  it('gives nothing where readActivity refuses a user, so readActivity can name the cell', () => {
    const users: Cell[] = ['U1', '#REF!', 'U2'];
    const instants = new Float64Array([START, START + DAY, START + 2 * DAY]);
    expect(activityOfEvents(users, instants, 'UTC')).toBeUndefined();
    expect(() => byRows(users, instants, 'UTC')).toThrow(/#REF!/);
    expect(activityOfEvents(['U1', true], new Float64Array([START, START]), 'UTC')).toBeUndefined();
  });

  it('gives nothing for a log without one used row, as readActivity has no activity to read', () => {
    expect(activityOfEvents(['U1', ''], new Float64Array([NaN, START]), 'UTC')).toBeUndefined();
  });
});
