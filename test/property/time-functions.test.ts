import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAU, MAU, STICKINESS, WAU } from '../../src/functions/active-users';
import { CX_BY, CX_TREND } from '../../src/functions/trend';
import { withSheetEnv } from '../../src/functions/env';

const ZONES = ['Asia/Ho_Chi_Minh', 'America/New_York', 'UTC'];
const PERIODS = ['day', 'week', 'month', 'quarter', 'year'];
const METRICS = ['NPS', 'csat', 'CSAT_AVG', 'ces', 'FCR', 'ART', 'referral_rate', 'TRIAL_CONVERSION'];
const START = Date.parse('2025-11-01T00:00:00Z');

const instant = fc.integer({ min: 0, max: 120 * 1440 }).map((minutes) => START + minutes * 60_000); // four months
const dateCell = fc.oneof(
  instant.map((ms) => new Date(ms)),
  instant.map((ms) => new Date(ms).toISOString().slice(0, 16)), // ISO text without offset: wall clock in the sheet zone
);
const userCell = fc.constantFrom('ann', ' ann', 'Ann', 'bob', 'cara', 42, '42', 7.5, 'đạt');
const event = fc.tuple(userCell, dateCell);
const events = fc.array(event, { minLength: 1, maxLength: 60 });

/** A value the metric reads: answers on its scale, flags, durations, plus skipped text. */
const valueFor: Record<string, fc.Arbitrary<unknown>> = {
  NPS: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('n/a')),
  csat: fc.integer({ min: 1, max: 5 }),
  CSAT_AVG: fc.integer({ min: 1, max: 5 }),
  ces: fc.integer({ min: 1, max: 7 }),
  FCR: fc.constantFrom('yes', 'no', 1, 0, true, false, 'có', 'không'),
  ART: fc.double({ min: 0, max: 500, noNaN: true }),
  referral_rate: fc.constantFrom('yes', 'no'),
  TRIAL_CONVERSION: fc.constantFrom(1, 0),
};

const metricRows = fc.constantFrom(...METRICS).chain((metric) =>
  fc.tuple(fc.constant(metric), fc.array(fc.tuple(valueFor[metric], dateCell, fc.constantFrom('Online', 'Shop', 'Shop ', 3, true)), { minLength: 1, maxLength: 60 })),
);

const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const env = (timeZone: string) => ({ timeZone, locale: 'en_US' });

/** What a function gives back, or the message it threw, so two calls can be compared. */
function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Inserts blank rows (blank in every column) at the given positions. */
function withBlanks<T extends unknown[]>(rows: T[], positions: number[], width: number): unknown[][] {
  const result: unknown[][] = rows.map((row) => [...row]);
  for (const position of positions) result.splice(position % (result.length + 1), 0, Array(width).fill(''));
  return result;
}

const activeUserFunctions = { DAU, WAU, MAU, STICKINESS };

describe('active users', () => {
  it('do not depend on row order', () => {
    fc.assert(
      fc.property(events, fc.constantFrom(...ZONES), fc.func(fc.integer()), (rows, zone, key) => {
        const shuffled = [...rows].sort((a, b) => key(a) - key(b) || 0);
        withSheetEnv(env(zone), () => {
          for (const fn of Object.values(activeUserFunctions)) {
            expect(outcome(() => fn(column(shuffled.map((r) => r[0])), column(shuffled.map((r) => r[1]))))).toEqual(
              outcome(() => fn(column(rows.map((r) => r[0])), column(rows.map((r) => r[1])))),
            );
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('do not change when blank rows are added', () => {
    fc.assert(
      fc.property(events, fc.array(fc.nat(), { maxLength: 10 }), fc.constantFrom(...ZONES), (rows, positions, zone) => {
        const padded = withBlanks(rows, positions, 2);
        withSheetEnv(env(zone), () => {
          for (const fn of Object.values(activeUserFunctions)) {
            expect(outcome(() => fn(column(padded.map((r) => r[0])), column(padded.map((r) => r[1]))))).toEqual(
              outcome(() => fn(column(rows.map((r) => r[0])), column(rows.map((r) => r[1])))),
            );
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keep DAU ≤ WAU ≤ MAU and stickiness within 0–100', () => {
    fc.assert(
      fc.property(events, fc.constantFrom(...ZONES), (rows, zone) => {
        withSheetEnv(env(zone), () => {
          const users = column(rows.map((r) => r[0]));
          const dates = column(rows.map((r) => r[1]));
          const [dau, wau, mau] = [DAU(users, dates), WAU(users, dates), MAU(users, dates)];
          expect(dau).toBeGreaterThanOrEqual(1);
          expect(dau).toBeLessThanOrEqual(wau);
          expect(wau).toBeLessThanOrEqual(mau);
          const stickiness = STICKINESS(users, dates);
          expect(stickiness).toBeGreaterThan(0);
          expect(stickiness).toBeLessThanOrEqual(100);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('CX_TREND and CX_BY', () => {
  it('do not depend on row order', () => {
    fc.assert(
      fc.property(metricRows, fc.constantFrom(...PERIODS), fc.constantFrom(...ZONES), fc.func(fc.integer()), ([metric, rows], period, zone, key) => {
        const shuffled = [...rows].sort((a, b) => key(a) - key(b) || 0);
        withSheetEnv(env(zone), () => {
          const trend = (r: typeof rows) => outcome(() => CX_TREND(metric, column(r.map((x) => x[0])), column(r.map((x) => x[1])), period));
          const by = (r: typeof rows) => outcome(() => CX_BY(metric, column(r.map((x) => x[0])), column(r.map((x) => x[2]))));
          expectSameTable(trend(shuffled), trend(rows));
          expectSameTable(by(shuffled), by(rows));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('do not change when blank rows are added', () => {
    fc.assert(
      fc.property(metricRows, fc.array(fc.nat(), { maxLength: 10 }), fc.constantFrom(...PERIODS), fc.constantFrom(...ZONES), ([metric, rows], positions, period, zone) => {
        const padded = withBlanks(rows, positions, 3);
        withSheetEnv(env(zone), () => {
          const trend = (r: unknown[][]) => outcome(() => CX_TREND(metric, column(r.map((x) => x[0])), column(r.map((x) => x[1])), period));
          const by = (r: unknown[][]) => outcome(() => CX_BY(metric, column(r.map((x) => x[0])), column(r.map((x) => x[2]))));
          expectSameTable(trend(padded), trend(rows));
          expectSameTable(by(padded), by(rows));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('account for every kept answer in n', () => {
    fc.assert(
      fc.property(metricRows, fc.constantFrom(...PERIODS), ([metric, rows], period) => {
        withSheetEnv(env('Asia/Ho_Chi_Minh'), () => {
          const kept = rows.filter(([value]) => value !== 'n/a').length;
          if (kept === 0) return;
          const trend = CX_TREND(metric, column(rows.map((x) => x[0])), column(rows.map((x) => x[1])), period);
          const by = CX_BY(metric, column(rows.map((x) => x[0])), column(rows.map((x) => x[2])));
          expect(trend.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(kept);
          expect(by.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(kept);
        });
      }),
      { numRuns: 200 },
    );
  });
});

/** Means are sums in a different order after a shuffle, so values may differ in the last bits. */
function expectSameTable(actual: unknown, expected: unknown): void {
  const a = actual as { value?: unknown[][]; error?: string };
  const e = expected as { value?: unknown[][]; error?: string };
  expect(a.error).toEqual(e.error);
  if (!e.value) return;
  expect(a.value!.length).toBe(e.value.length);
  a.value!.forEach((row, i) =>
    row.forEach((cell, j) => {
      const other = e.value![i][j];
      if (typeof cell === 'number' && typeof other === 'number') expect(cell).toBeCloseTo(other, 9);
      else expect(cell).toEqual(other);
    }),
  );
}
