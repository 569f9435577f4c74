import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvIsPlain } from '../../src/cli/sql/prescan';
import { tempDir } from './helpers/run';

/**
 * The byte check before DuckDB reads a CSV for the SQL path (issue 18): a file it calls plain has
 * one record per line, so DuckDB's row k is the ordinary parser's and lies on line k + 1; anything
 * the ordinary reader would refuse or read over several lines is not plain, so that reader runs
 * and names the problem.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-prescan-');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const UTF8 = { decoder: 'utf-8', label: 'UTF-8', notable: false } as const;

async function check(text: string | Buffer, delimiter = ','): Promise<number | undefined> {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, text);
  return (await csvIsPlain(path, delimiter, UTF8))?.records;
}

describe('which CSV files DuckDB may read for the SQL path', () => {
  it('counts the records of plain files: quoted fields with delimiters and doubled quotes, CRLF, a BOM, no last line end, tabs', async () => {
    expect(await check('a,b\n1,"x, ""y"""\n2,z\n')).toBe(2);
    expect(await check('a,b\r\n1,x\r\n2,y\r\n')).toBe(2);
    expect(await check('\ufeffa,b\n1,Hà Nội\n')).toBe(1);
    expect(await check('a,b\n1,x\n2,y')).toBe(2);
    expect(await check('a\tb\n1\t"x"\n', '\t')).toBe(1);
  });

  it('refuses what the ordinary parser refuses or reads over several lines', async () => {
    expect(await check('a,b\n1,x"y\n')).toBeUndefined(); // a quote inside an unquoted field
    expect(await check('a,b\n1,"x"y\n')).toBeUndefined(); // text after the closing quote
    expect(await check('a,b\n1,"two\nlines"\n')).toBeUndefined();
    expect(await check('a,b\n1,x\n\n2,y\n')).toBeUndefined(); // a blank line
    expect(await check('a,b\r1,x\r')).toBeUndefined(); // lone CRs
    expect(await check('a,b\n1,"open\n')).toBeUndefined();
  });

  it('refuses what the encoding checks name: control characters, U+0080–U+009F, U+FFFD, text converted twice', async () => {
    expect(await check('a,b\n1,x\u0001y\n')).toBeUndefined();
    expect(await check('a,b\n1,x\u0085y\n')).toBeUndefined();
    expect(await check('a,b\n1,x\ufffdy\n')).toBeUndefined();
    expect(await check('a,b\n1,Ráº¥t hÃ i lÃ²ng\n')).toBeUndefined();
    expect(await check('a,b\n1,Rất hài lòng\n')).toBe(1);
  });
});
