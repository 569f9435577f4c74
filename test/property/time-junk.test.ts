import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAU, MAU, STICKINESS, WAU } from '../../src/functions/active-users';
import { CX_BY, CX_TREND } from '../../src/functions/trend';
import { withSheetEnv } from '../../src/functions/env';

// Anything a range can hold, and some things it cannot: the functions must answer or say what is wrong.
const junkCell = fc.oneof(
  fc.double(), // NaN and ±Infinity included
  fc.integer({ min: -5, max: 12 }),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', ' ', 'yes', 'no', 'Score', '2026-03-01', '2026-02-30', '2026-03-01T10:00+07:00', '#N/A', '#REF!', ' #div/0! ', 'week', 'nps'),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2027-01-01') }).map((ms) => new Date(ms)),
  fc.constant(new Date(NaN)),
  fc.constantFrom([1, 2], [[3]], { a: 1 }, Symbol.for('x') as unknown),
);
const junkRange = fc.oneof(
  junkCell,
  fc.integer({ min: 1, max: 3 }).chain((columns) => fc.array(fc.array(junkCell, { minLength: columns, maxLength: columns }), { maxLength: 12 })),
  fc.array(junkCell, { maxLength: 6 }),
  fc.constant([]),
);
const metricArg = fc.oneof(fc.constantFrom('NPS', 'csat', 'CSAT_AVG', 'CES', 'fcr', 'ART', 'REFERRAL_RATE', 'TRIAL_CONVERSION'), junkCell);

/** A result a sheet can show: finite numbers, text, TRUE/FALSE, valid dates, '' for a blank. */
function expectShowable(value: unknown): void {
  if (Array.isArray(value)) {
    for (const row of value) {
      expect(Array.isArray(row)).toBe(true);
      for (const cell of row as unknown[]) expectShowable(cell);
    }
    return;
  }
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (value instanceof Date) expect(Number.isNaN(value.getTime())).toBe(false);
  else expect(['string', 'boolean']).toContain(typeof value);
}

function expectAnswerOrOwnError(name: string, call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor.name).not.toBe('TypeError');
    expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
    return;
  }
  expectShowable(result);
}

describe('arbitrary cells', () => {
  for (const [name, fn] of Object.entries({ DAU, WAU, MAU, STICKINESS })) {
    it(`${name} answers with a finite count or its own error`, () => {
      fc.assert(
        fc.property(junkRange, junkRange, fc.option(junkCell), fc.constantFrom('en_US', 'vi_VN'), (users, dates, asOf, locale) => {
          withSheetEnv({ timeZone: 'Asia/Ho_Chi_Minh', locale }, () => expectAnswerOrOwnError(name, () => fn(users, dates, asOf ?? undefined)));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('CX_TREND answers with a table or its own error', () => {
    fc.assert(
      fc.property(metricArg, junkRange, junkRange, fc.option(junkCell), (metric, values, dates, period) => {
        withSheetEnv({ timeZone: 'America/New_York', locale: 'en_US' }, () =>
          expectAnswerOrOwnError('CX_TREND', () => CX_TREND(metric, values, dates, period ?? undefined)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('CX_BY answers with a table or its own error', () => {
    fc.assert(
      fc.property(metricArg, junkRange, junkRange, (metric, values, groups) => {
        withSheetEnv({ timeZone: 'UTC', locale: 'vi' }, () => expectAnswerOrOwnError('CX_BY', () => CX_BY(metric, values, groups)));
      }),
      { numRuns: 500 },
    );
  });
});
