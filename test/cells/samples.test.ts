import { describe, expect, it } from 'vitest';
import { lostCount } from '../../src/cells/coverage';
import { readDateColumn, readScoreColumn } from '../../src/cells/column';
import { withSheetEnv } from '../../src/functions/env';
import { NPS } from '../../src/functions/nps';
import { readSample } from '../mapping/csv';

/** NPS counted by hand: the oracle the readers must agree with. */
function npsByHand(texts: string[]): { n: number; nps: number } {
  const scores = texts.filter((t) => t.trim() !== '').map(Number);
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { n: scores.length, nps: (100 * (promoters - detractors)) / scores.length };
}

describe('the real Forms exports in ../shared/samples still give their answers, nothing dropped', () => {
  const event = readSample('event-survey-forms-export.csv');
  const refOf = (i: number) => ({ file: 'event-survey-forms-export.csv', line: i + 2 });

  it('event survey: every 0–10 answer of the three questions is used, by =NPS and by the column reader', () => {
    for (const column of [1, 3, 4]) {
      const answers = event.slice(1).map((row) => row[column]);
      const expected = npsByHand(answers);
      // =NPS over the column with its header, as a shop owner types =NPS(B:B).
      expect(withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => NPS(event.map((row) => [row[column]])))).toBeCloseTo(expected.nps, 12);
      const read = readScoreColumn(answers, { low: 0, high: 10, refOf });
      expect(read.coverage.used).toBe(expected.n);
      expect(lostCount(read.coverage)).toBe(0);
    }
  });

  it('event survey: the US Forms timestamps read month first (the values do not say, the en_US locale does)', () => {
    const read = readDateColumn(event.slice(1).map((row) => row[0]), { locale: 'en_US', refOf });
    expect(read.coverage.used).toBe(39);
    expect(lostCount(read.coverage)).toBe(0);
    expect(read.decision).toMatchObject({ order: 'mdy', by: 'locale' });
    // 11/1/2019 8:51:12 is 1 November 2019.
    expect(new Date(read.values[0]).toISOString()).toBe('2019-11-01T08:51:12.000Z');
    expect(Array.from(read.values).every((ms) => new Date(ms).getUTCMonth() === 10)).toBe(true);
  });

  it('airline file: all its answers are 0–10 scores, none left out', () => {
    const airline = readSample('airline-nps.csv');
    const answers = airline.slice(1).map((row) => row[2]);
    const read = readScoreColumn(answers, { low: 0, high: 10 });
    const expected = npsByHand(answers);
    expect(read.coverage.used).toBe(expected.n);
    expect(lostCount(read.coverage)).toBe(0);
    expect(withSheetEnv({ timeZone: 'UTC', locale: 'en_US' }, () => NPS(airline.map((row) => [row[2]])))).toBeCloseTo(expected.nps, 12);
  });
});
