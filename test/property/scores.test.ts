import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ART } from '../../src/functions/art';
import { CES } from '../../src/functions/ces';
import { CHURN, RETENTION } from '../../src/functions/churn';
import { CSAT, CSAT_AVG } from '../../src/functions/csat';
import { FCR, REFERRAL_RATE, TRIAL_CONVERSION } from '../../src/functions/flags';
import { NPS, NPS_BREAKDOWN, NPS_CI } from '../../src/functions/nps';
import { npsInterval } from '../../src/stats/nps-interval';

const column = (cells: unknown[]) => cells.map((cell) => [cell]);
const npsScore = fc.integer({ min: 0, max: 10 });
const blank = fc.constantFrom('', null, '  ');

/** Cells as a careless sheet holds them, and worse: everything the readers must survive. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0.5, 1e308),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('yes', 'no', 'có', 'không', 'x', '✓', ' 9 ', '2026-03-01', '2026-03-01T10:00', 'Score'),
  fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#ERROR!', '#NAME?', '#NUM!', '#NULL!'),
  fc.boolean(),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01') }),
  fc.constantFrom(new Date('nonsense')),
  blank,
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.constant({}),
);

/** A range argument: a scalar, a flat list, rows of equal length, or ragged rows. */
const anyRange: fc.Arbitrary<unknown> = fc.oneof(
  anyCell,
  fc.array(anyCell, { maxLength: 6 }),
  fc.integer({ min: 1, max: 3 }).chain((width) => fc.array(fc.array(anyCell, { minLength: width, maxLength: width }), { maxLength: 6 })),
  fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 4 }),
);
const anyOption = fc.oneof(anyCell, fc.constant(undefined));

/** A finite number, or a table of finite numbers and strings. */
function isAnswer(result: unknown): boolean {
  if (typeof result === 'number') return Number.isFinite(result);
  return Array.isArray(result) && result.every((row) => Array.isArray(row) && row.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))));
}

const FUNCTIONS: [string, (...args: any[]) => unknown, number][] = [
  ['NPS', NPS, 1], ['NPS_BREAKDOWN', NPS_BREAKDOWN, 1], ['NPS_CI', NPS_CI, 2], ['CSAT', CSAT, 3], ['CSAT_AVG', CSAT_AVG, 2],
  ['CES', CES, 3], ['CHURN', CHURN, 3], ['RETENTION', RETENTION, 3], ['FCR', FCR, 2], ['REFERRAL_RATE', REFERRAL_RATE, 2],
  ['TRIAL_CONVERSION', TRIAL_CONVERSION, 2], ['ART', ART, 3],
];

describe('every score function survives arbitrary cells', () => {
  for (const [name, fn, arity] of FUNCTIONS) {
    it(`${name} returns a finite answer or throws an Error starting "${name}: "`, () => {
      fc.assert(
        fc.property(anyRange, fc.array(fc.oneof(anyRange, anyOption), { minLength: arity - 1, maxLength: arity - 1 }), (first, rest) => {
          let result: unknown;
          try {
            result = fn(first, ...rest);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect(error).not.toBeInstanceOf(TypeError);
            expect(error).not.toBeInstanceOf(RangeError);
            expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
            return;
          }
          expect(isAnswer(result)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('properties of the scores', () => {
  it('NPS is always within −100…100', () => {
    fc.assert(
      fc.property(fc.array(npsScore, { minLength: 1, maxLength: 200 }), (scores) => {
        const nps = NPS(column(scores));
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('CHURN + RETENTION = 100 for consistent counts', () => {
    const counts = fc
      .record({ start: fc.integer({ min: 1, max: 1e6 }), added: fc.integer({ min: 0, max: 1e6 }) })
      .chain(({ start, added }) => fc.record({ start: fc.constant(start), added: fc.constant(added), end: fc.integer({ min: 0, max: start + added }) }));
    fc.assert(
      fc.property(counts, ({ start, end, added }) => {
        expect((CHURN(start, end, added) as number) + (RETENTION(start, end, added) as number)).toBeCloseTo(100, 9);
      }),
    );
  });

  // Score and duration columns skip header text like AVERAGE; a flag column refuses it (spec section 1).
  const ORDER_FREE: [string, (cells: unknown[][]) => unknown, fc.Arbitrary<unknown>, header?: string][] = [
    ['NPS', (c) => NPS(c), npsScore],
    ['NPS_BREAKDOWN', (c) => NPS_BREAKDOWN(c), npsScore],
    ['NPS_CI', (c) => NPS_CI(c), npsScore],
    ['CSAT', (c) => CSAT(c), fc.integer({ min: 1, max: 5 })],
    ['CSAT_AVG', (c) => CSAT_AVG(c, 7), fc.integer({ min: 1, max: 7 })],
    ['CES', (c) => CES(c, 7, 'percent'), fc.integer({ min: 1, max: 7 })],
    ['FCR', (c) => FCR(c), fc.constantFrom('yes', 'no', 1, 0, true, false, 'có', 'không'), ''],
    ['ART', (c) => ART(c), fc.integer({ min: 0, max: 1000 })],
  ];

  for (const [name, compute, value, header = 'Header'] of ORDER_FREE) {
    it(`${name}: permuting the range, or adding blanks${header ? ' and header text' : ''}, never changes the result`, () => {
      fc.assert(
        fc.property(
          fc.array(value, { minLength: 1, maxLength: 60 }).chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length }))),
          fc.array(blank, { maxLength: 10 }),
          ([values, shuffled], blanks) => {
            const expected = compute(column(values));
            const close = (actual: unknown) => expect(JSON.stringify(actual, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v))).toBe(JSON.stringify(expected, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
            close(compute(column(shuffled)));
            close(compute(column([header, ...blanks, ...values, ...blanks])));
          },
        ),
      );
    });
  }

  it('the 95–99.9% NPS interval contains the point estimate once there are 2 answers or more', () => {
    // With one answer (say one promoter: NPS 100) the adjusted-Wald interval tops out at 98.5,
    // because it shrinks toward 0 on purpose; from two answers on it always holds the NPS.
    fc.assert(
      fc.property(
        fc.nat(300), fc.nat(300), fc.nat(300), fc.double({ min: 0.95, max: 0.999, noNaN: true }),
        (promoters, passives, detractors, confidence) => {
          const n = promoters + passives + detractors;
          fc.pre(n >= 2);
          const nps = (100 * (promoters - detractors)) / n;
          const { low, high } = npsInterval(promoters, passives, detractors, confidence);
          expect(low).toBeLessThanOrEqual(nps + 1e-9);
          expect(high).toBeGreaterThanOrEqual(nps - 1e-9);
          expect(low).toBeGreaterThanOrEqual(-100);
          expect(high).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
