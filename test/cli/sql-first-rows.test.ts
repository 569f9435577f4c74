import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSurveyCsv } from '../../src/cli/core/gen-csv';
import { openDuck, type Duck } from '../../src/cli/sql/duck';
import { HEAD_ROWS, placeFirstRows } from '../../src/cli/sql/first-rows';
import { tempDir } from './helpers/run';

/**
 * The SQL path numbers a CSV's rows without `row_number() OVER ()` (issue 18), trusting DuckDB to
 * hand a plain scan's rows over in file order, and finds each value's first row from the top of
 * the file or, past it, from the rows that hold it. Held here to the window's numbering on a file
 * large enough for DuckDB to read it in parallel (past its 8 MB buffers).
 */
let dir = '';
let csv = '';
let duck: Duck;
const ROWS = 80_000;
const from = () => `(SELECT c0, c3, c6, c9 FROM read_csv('${csv}', header = false, skip = 1, delim = ',', quote = '"', escape = '"', auto_detect = false, strict_mode = true, null_padding = false, buffer_size = 1048576, columns = {${Array.from({ length: 12 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}))`;

beforeAll(async () => {
  dir = await tempDir('cx-first-rows-');
  csv = join(dir, 'survey.csv');
  await writeSurveyCsv(csv, { rows: ROWS });
  duck = await openDuck();
}, 60_000);
afterAll(async () => {
  duck?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('rows in file order without numbering them in SQL', () => {
  it('a plain scan streams its rows in file order, as the window numbers them', async () => {
    const streamed: string[] = [];
    await duck.chunks(`SELECT c0 || '|' || coalesce(c9, '') FROM ${from()}`, (chunk) => {
      for (let r = 0; r < chunk.rowCount; r++) streamed.push(String(chunk.value(0, r)));
    });
    const numbered = await duck.rows(`SELECT c0 || '|' || coalesce(c9, '') FROM (SELECT row_number() OVER () AS rn, * FROM ${from()}) ORDER BY rn`);
    expect(streamed.length).toBe(ROWS);
    expect(streamed).toEqual(numbered.map((row) => String(row[0])));
  });

  it('gives each value its first row, from the head or, past it, from the rows holding it', async () => {
    const window = async (column: string) =>
      new Map((await duck.rows(`SELECT ${column}, min(rn) FROM (SELECT row_number() OVER () AS rn, * FROM ${from()}) GROUP BY 1`)).map(([v, rn]) => [v, Number(rn)]));
    // Timestamps: about 80,000 distinct texts, most past the head; channels: five, all near the top.
    const times = await window('c0');
    const channels = await window('c6');
    const column = (sql: string, raws: Map<unknown, number>, matters: (raw: unknown) => boolean) => ({ sql, values: [...raws.keys()].map((raw) => ({ raw, first: NaN })), matters });
    const late = [...times].filter(([, rn]) => rn > HEAD_ROWS + 1000).slice(0, 50).map(([raw]) => raw);
    const timeColumn = column('c0', times, (raw) => late.includes(raw) || times.get(raw)! <= HEAD_ROWS);
    const channelColumn = column('c6', channels, () => true);
    await placeFirstRows(duck, from(), [timeColumn, channelColumn], ROWS);
    for (const v of channelColumn.values) expect(v.first).toBe(channels.get(v.raw));
    for (const v of timeColumn.values) {
      if (late.includes(v.raw) || times.get(v.raw)! <= HEAD_ROWS) expect(v.first).toBe(times.get(v.raw));
      // The rest: past every row, each its own place.
      else expect(v.first).toBeGreaterThan(ROWS);
    }
    expect(new Set(timeColumn.values.map((v) => v.first)).size).toBe(times.size);
  }, 60_000);
});
