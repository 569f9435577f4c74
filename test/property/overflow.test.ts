import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAU, MAU, STICKINESS, WAU } from '../../src/functions/active-users';
import { ART } from '../../src/functions/art';
import { CHURN, RETENTION } from '../../src/functions/churn';
import { withSheetEnv } from '../../src/functions/env';
import { FCR, REFERRAL_RATE, TRIAL_CONVERSION } from '../../src/functions/flags';
import { CX_TREND } from '../../src/functions/trend';

/**
 * Every input gives a finite answer or an error that names the function: no Infinity, no NaN, no
 * RangeError from a date past what JavaScript can place in a time zone.
 */

const inSheet = <T>(fn: () => T) => withSheetEnv({ timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US' }, fn);

/** The answer as a list of numbers (tables flattened), or the error's message. */
function outcome(call: () => unknown): { numbers: unknown[] } | { error: string; name: string } {
  try {
    const out = inSheet(call);
    const flat = Array.isArray(out) ? out.flat(2) : [out];
    return { numbers: flat.filter((v) => typeof v === 'number' || (typeof v !== 'string' && !(v instanceof Date) && v !== '')) };
  } catch (e) {
    return { error: (e as Error).message, name: (e as Error).name };
  }
}

function expectFiniteOrNamed(fn: string, call: () => unknown) {
  const got = outcome(call);
  if ('error' in got) {
    expect(got.name).not.toBe('RangeError');
    expect(got.error.startsWith(`${fn}:`) || got.error.startsWith(`${fn} `)).toBe(true);
  } else {
    for (const n of got.numbers) expect(Number.isFinite(n)).toBe(true);
  }
}

const huge = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 2, 1e16, 0, 1), fc.nat());
const anyInstant = fc.oneof(
  fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms)),
  fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date('9999-12-31T23:59:59Z'), new Date('0001-01-01T00:00:00Z')),
  fc.date({ min: new Date('2025-01-01'), max: new Date('2026-12-31') }),
);

describe('custom functions never overflow', () => {
  it('the named examples: FCR(1e308, 1e308), RETENTION and CHURN on huge counts, ART over 10^6 × 1e308, the largest Date', () => {
    for (const [fn, call] of [
      ['FCR', () => FCR(1e308, 1e308)],
      ['TRIAL_CONVERSION', () => TRIAL_CONVERSION(1e308, 1e308)],
      ['REFERRAL_RATE', () => REFERRAL_RATE(1e308, 1e308)],
      ['RETENTION', () => RETENTION(1e308, 0, 1e308)],
      ['CHURN', () => CHURN(1e308, 0, 1e308)],
      ['DAU', () => DAU([['ann'], ['bob']], [[new Date(8.64e15)], [new Date('2026-01-01')]])],
      ['WAU', () => WAU([['ann']], [[new Date(8.64e15)]])],
      ['MAU', () => MAU([['ann']], [[new Date(-8.64e15)]])],
      ['STICKINESS', () => STICKINESS([['ann']], [[new Date(8.64e15)]])],
      ['CX_TREND', () => CX_TREND('NPS', [[9], [10]], [[new Date(8.64e15)], [new Date('2026-01-01')]])],
    ] as const) {
      const got = outcome(call);
      expect({ fn, ...got }).toMatchObject({ fn, error: expect.stringMatching(new RegExp(`^${fn}`)) });
    }
    expect(inSheet(() => ART(Array.from({ length: 1_000_000 }, () => [1e308])))).toBe(1e308);
    expect(inSheet(() => FCR(2, 4))).toBe(50);
  });

  it('rates from two counts', () => {
    fc.assert(
      fc.property(fc.constantFrom(['FCR', FCR], ['TRIAL_CONVERSION', TRIAL_CONVERSION], ['REFERRAL_RATE', REFERRAL_RATE]), huge, huge, ([name, f], part, total) => {
        expectFiniteOrNamed(name as string, () => (f as (a: unknown, b: unknown) => unknown)(part, total));
      }),
    );
  });

  it('churn and retention from three counts, single or by row', () => {
    fc.assert(
      fc.property(fc.constantFrom(['CHURN', CHURN], ['RETENTION', RETENTION]), huge, huge, huge, fc.boolean(), ([name, f], start, end, added, asRange) => {
        const args = asRange ? [[[start]], [[end]], [[added]]] : [start, end, added];
        expectFiniteOrNamed(name as string, () => (f as (...a: unknown[]) => unknown)(...args));
      }),
    );
  });

  it('ART over huge durations', () => {
    fc.assert(
      fc.property(fc.array(huge, { minLength: 1, maxLength: 200 }), (durations) => {
        expectFiniteOrNamed('ART', () => ART(durations.map((d) => [d])));
      }),
    );
  });

  it('active users and trends on any instant JavaScript can hold', () => {
    const fns = [
      ['DAU', DAU],
      ['WAU', WAU],
      ['MAU', MAU],
      ['STICKINESS', STICKINESS],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fns), fc.array(fc.tuple(fc.constantFrom('ann', 'bob', 'cara'), anyInstant), { minLength: 1, maxLength: 8 }), fc.option(anyInstant, { nil: undefined }), ([name, f], events, asOf) => {
        expectFiniteOrNamed(name, () => f(events.map((e) => [e[0]]), events.map((e) => [e[1]]), asOf));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), anyInstant), { minLength: 1, maxLength: 8 }), fc.constantFrom('day', 'week', 'month', 'quarter', 'year'), (rows, period) => {
        expectFiniteOrNamed('CX_TREND', () => CX_TREND('NPS', rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), period));
      }),
    );
  });
});
