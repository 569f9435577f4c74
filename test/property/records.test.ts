import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHURN, CUSTOMER_CHURN, CUSTOMER_RETENTION } from '../../src/functions/churn';
import { ACTIVITY_CHURN, CX_COHORT } from '../../src/functions/cohort';
import { REFERRAL_RATE } from '../../src/functions/flags';
import { withSheetEnv } from '../../src/functions/env';

const ZONES = ['Asia/Ho_Chi_Minh', 'America/New_York', 'UTC'];
const PERIODS = ['week', 'month', 'quarter'];
const START = Date.parse('2025-06-01T00:00:00Z');
const DAY = 86_400_000;

const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const env = (timeZone: string) => ({ timeZone, locale: 'en_US' });

/** The result, or the message thrown, so two calls can be compared. */
function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A permutation of 0 … n − 1 from a list of random keys. */
const permutationOf = (keys: number[]) => keys.map((key, i) => [key, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);

// A customer: joined some day in 18 months, left blank or 0–400 days later.
const customer = fc.tuple(fc.integer({ min: 0, max: 540 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }), fc.integer({ min: 0, max: 23 }));
const customers = fc.array(customer, { minLength: 1, maxLength: 60 });
const asOf = fc.integer({ min: 30, max: 900 }).map((d) => new Date(START + d * DAY));

function customerColumns(list: [number, number | undefined, number][]): { joined: unknown[][]; left: unknown[][] } {
  return {
    joined: column(list.map(([j, , hour]) => new Date(START + j * DAY + hour * 3_600_000))),
    left: column(list.map(([j, gap, hour]) => (gap === undefined ? '' : new Date(START + (j + gap) * DAY + hour * 3_600_000)))),
  };
}

describe('CUSTOMER_CHURN and CUSTOMER_RETENTION (property)', () => {
  it('add up to 100 whenever there are customers at the start', () => {
    fc.assert(
      fc.property(customers, fc.constantFrom(...ZONES), fc.constantFrom(...PERIODS), asOf, (list, zone, period, day) => {
        const { joined, left } = customerColumns(list);
        withSheetEnv(env(zone), () => {
          const churn = outcome(() => CUSTOMER_CHURN(joined, left, period, day));
          const retention = outcome(() => CUSTOMER_RETENTION(joined, left, period, day));
          if (typeof churn !== 'number') {
            expect(typeof retention).not.toBe('number');
            return;
          }
          expect(churn).toBeGreaterThanOrEqual(0);
          expect(churn).toBeLessThanOrEqual(100);
          expect(churn + (retention as number)).toBeCloseTo(100, 9);
        });
      }),
    );
  });

  it('do not depend on the order of the rows', () => {
    fc.assert(
      fc.property(customers.chain((list) => fc.tuple(fc.constant(list), fc.array(fc.double({ noNaN: true }), { minLength: list.length, maxLength: list.length }))), fc.constantFrom(...ZONES), asOf, ([list, keys], zone, day) => {
        const shuffled = permutationOf(keys).map((i) => list[i]);
        const a = customerColumns(list);
        const b = customerColumns(shuffled);
        withSheetEnv(env(zone), () => {
          expect(outcome(() => CUSTOMER_CHURN(b.joined, b.left, 'month', day))).toEqual(outcome(() => CUSTOMER_CHURN(a.joined, a.left, 'month', day)));
        });
      }),
    );
  });
});

// An order log: a few customers ordering on days over a year.
const order = fc.tuple(fc.constantFrom('ann', 'bob', 'cara', 'dan', 'em', 'phúc', 42), fc.integer({ min: 0, max: 365 * 1440 }));
const orders = fc.array(order, { minLength: 1, maxLength: 80 });
const logColumns = (list: [string | number, number][]) => ({
  users: column(list.map(([user]) => user)),
  dates: column(list.map(([, minutes]) => new Date(START + minutes * 60_000))),
});

describe('CX_COHORT and ACTIVITY_CHURN (property)', () => {
  it('every cohort with customers is 100% in its own period, and no share leaves 0–100', () => {
    fc.assert(
      fc.property(orders, fc.constantFrom(...ZONES), fc.constantFrom(...PERIODS), fc.integer({ min: 1, max: 14 }), (list, zone, period, periods) => {
        const { users, dates } = logColumns(list);
        withSheetEnv(env(zone), () => {
          const table = CX_COHORT(users, dates, period, periods);
          expect(table.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(new Set(list.map(([user]) => String(user))).size);
          for (const row of table) {
            expect(row).toHaveLength(2 + periods);
            if ((row[1] as number) > 0) expect(row[2]).toBe(100);
            for (const cell of row.slice(2)) if (cell !== '') expect(cell as number).toBeGreaterThanOrEqual(0), expect(cell as number).toBeLessThanOrEqual(100);
          }
          // The last cohort has reached only its own period.
          expect(table[table.length - 1].slice(3).every((cell) => cell === '')).toBe(true);
        });
      }),
    );
  });

  it('do not depend on the order of the rows', () => {
    fc.assert(
      fc.property(orders.chain((list) => fc.tuple(fc.constant(list), fc.array(fc.double({ noNaN: true }), { minLength: list.length, maxLength: list.length }))), fc.constantFrom(...ZONES), fc.constantFrom(...PERIODS), ([list, keys], zone, period) => {
        const a = logColumns(list);
        const b = logColumns(permutationOf(keys).map((i) => list[i]));
        withSheetEnv(env(zone), () => {
          expect(CX_COHORT(b.users, b.dates, period, 6)).toEqual(CX_COHORT(a.users, a.dates, period, 6));
          expect(outcome(() => ACTIVITY_CHURN(b.users, b.dates, period))).toEqual(outcome(() => ACTIVITY_CHURN(a.users, a.dates, period)));
        });
      }),
    );
  });
});

describe('CHURN flags and REFERRAL_RATE answers (property)', () => {
  const flag = fc.constantFrom('Yes', 'No', 'yes', 'no', 1, 0, true, false, 'có', 'không', '');
  const source = fc.constantFrom('Friend or colleague', 'FRIEND or colleague', 'Facebook', 'Google', 'Bạn bè giới thiệu', 'ban be gioi thieu', '');

  it('do not depend on the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(flag, source, fc.double({ noNaN: true })), { minLength: 1, maxLength: 50 }), (rows) => {
        const shuffled = permutationOf(rows.map(([, , key]) => key)).map((i) => rows[i]);
        withSheetEnv(env('UTC'), () => {
          expect(outcome(() => CHURN(column(shuffled.map(([f]) => f))))).toEqual(outcome(() => CHURN(column(rows.map(([f]) => f)))));
          const answers = column(['Friend or colleague', 'Bạn bè giới thiệu']);
          expect(outcome(() => REFERRAL_RATE(column(shuffled.map(([, s]) => s)), answers))).toEqual(outcome(() => REFERRAL_RATE(column(rows.map(([, s]) => s)), answers)));
        });
      }),
    );
  });
});
