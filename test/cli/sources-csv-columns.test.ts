import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../../src/cli/sources/index';
import { tempDir } from './helpers/run';

/**
 * A large export is read for its mapped columns only (issue 18): the other fields are parsed and
 * checked as before but never become strings. Given a CSV whose unread column holds quotes,
 * doubled quotes and line breaks, the read columns, the rows' lines and the errors stay the same.
 */
let dir = '';
const CSV = ['Timestamp,Note,Score', '2026-10-01 09:00,"a ""quoted"", note",9', '2026-10-02 09:00,"two', 'lines",7', '2026-10-03 09:00,plain,3', ''].join('\n');

beforeAll(async () => {
  dir = await tempDir('cx-cli-columns-');
  await writeFile(join(dir, 'survey.csv'), CSV);
  await writeFile(join(dir, 'bad.csv'), 'Timestamp,Note,Score\n2026-10-01 09:00,a "stray" quote,9\n');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function rowsOf(path: string, only?: number[]) {
  const sheet = (await openSource(path, { timeZone: 'UTC' })).sheets[0];
  const rows: unknown[][] = [];
  for await (const row of sheet.rows(only)) rows.push(row);
  return { rows, lines: [2, 3, 4].map((row) => sheet.file!.lineOf(row)) };
}

describe('reading only the mapped columns of a CSV', () => {
  it('gives the same cells in those columns, blanks elsewhere, and the same line of each row', async () => {
    const all = await rowsOf(join(dir, 'survey.csv'));
    const some = await rowsOf(join(dir, 'survey.csv'), [0, 2]);
    expect(all.rows[0]).toEqual([new Date('2026-10-01T09:00:00Z'), 'a "quoted", note', 9]);
    expect(some.rows).toEqual(all.rows.map((row) => [row[0], '', row[2]]));
    // The quoted line break in the unread column still moves the next row down a line.
    expect(some.lines).toEqual([2, 3, 5]);
    expect(some.lines).toEqual(all.lines);
  });

  it('still names the line of a stray quote in a column it does not read', async () => {
    const read = rowsOf(join(dir, 'bad.csv'), [0, 2]);
    await expect(read).rejects.toThrow(/bad\.csv: line 2: a quote inside an unquoted field/);
  });
});
