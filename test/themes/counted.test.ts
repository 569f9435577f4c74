import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileThemes, mentionsIn } from '../../src/metrics/themes/match';
import { PhraseTally } from '../../src/metrics/themes/phrases';
import { ThemeTally } from '../../src/metrics/themes/table';

/**
 * The counted add of the theme and phrase tallies: a text that comes back n times (the command
 * line's SQL path has DuckDB group a period's comments by text) added once with its count gives
 * exactly the tally of n adds of it.
 */

const dict = compileThemes();
// Theme words, negations, phrases no theme covers written two ways (the shown form is the most common), and repeats.
const TEXTS = ['wifi yếu quá', 'Wifi yếu, chờ lâu', 'wifi yeu', 'card declined again', 'Card declined', 'Nhân viên không nhiệt tình', 'Giá hơi đắt', 'Waited too long for a reply', 'staff not friendly', 'ok', 'Wifi yếu'];

/** Texts with scores, each a few times, and the same as (text, score, count) groups. */
const repeated = fc.array(fc.record({ text: fc.constantFrom(...TEXTS), score: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(NaN)), count: fc.integer({ min: 1, max: 7 }) }), { minLength: 1, maxLength: 30 });

describe('the theme and phrase tallies take a text with its count', () => {
  it('gives the theme table of n adds when a text is added once with count n, scored as NPS or as a mean (property)', () => {
    fc.assert(
      fc.property(repeated, fc.constantFrom('nps' as const, 'mean' as const), (groups, kind) => {
        const one = new ThemeTally(dict, kind, true);
        const counted = new ThemeTally(dict, kind, true);
        for (const { text, score, count } of groups) {
          const found = mentionsIn(text, dict);
          for (let i = 0; i < count; i++) one.add(found, score);
          counted.add(found, score, count);
        }
        expect(counted.comments).toBe(one.comments);
        expect(counted.table()).toEqual(one.table());
      }),
      { numRuns: 150 },
    );
  });

  it('gives the emerging phrases of n adds, their written forms too, when a text is added once with count n (property)', () => {
    fc.assert(
      fc.property(repeated, fc.integer({ min: 1, max: 5 }), (groups, minComments) => {
        const one = new PhraseTally(dict);
        const counted = new PhraseTally(dict);
        for (const { text, count } of groups) {
          for (let i = 0; i < count; i++) one.add(text);
          counted.add(text, count);
        }
        expect(counted.top({ minComments })).toEqual(one.top({ minComments }));
      }),
      { numRuns: 150 },
    );
  });

  it('given "Wifi yếu, chờ lâu" twice and "wifi yếu" three times as counts, shows "wifi yếu" (the more common form) with 5 comments', () => {
    const tally = new PhraseTally(dict);
    tally.add('Wifi yếu, chờ lâu', 2);
    tally.add('wifi yếu', 3);
    expect(tally.top()).toEqual([{ phrase: 'wifi yếu', comments: 5 }]);
  });
});
