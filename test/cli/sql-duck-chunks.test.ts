import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuck, type Duck } from '../../src/cli/sql/duck';

/**
 * The SQL path reads its counting pass in chunks and collects the read ones as it goes (their
 * rows live in DuckDB's memory until then, which V8 does not count: issue 18's memory budget).
 * Held here to hand every row of a long stream, in order, across those collections.
 */
let duck: Duck;
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck?.close());

describe('a long stream of chunks', () => {
  it('given 300,000 rows (well past the chunks between two collections), every row comes once, in order, its integers and texts intact', async () => {
    let next = 0;
    let chunks = 0;
    let wrong = 0;
    await duck.chunks(`SELECT CAST(range AS INTEGER), CAST(range % 7 AS INTEGER), 'row ' || range FROM range(300000)`, (chunk) => {
      chunks++;
      const ids = chunk.ints(0);
      const sevens = chunk.ints(1);
      for (let r = 0; r < chunk.rowCount; r++, next++) if (ids[r] !== next || sevens[r] !== next % 7) wrong++;
      if (chunk.value(2, chunk.rowCount - 1) !== `row ${next - 1}`) wrong++;
    });
    expect(wrong).toBe(0);
    expect(next).toBe(300_000);
    expect(chunks).toBeGreaterThan(128);
  });
});
