import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvIsPlain, keyHash, LINE_KEY_LIMITS, placesFromLines, type LineKeys } from '../../src/cli/sql/prescan';
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

/**
 * The rule byte by byte, as the first version of the check ran it: the reference the fast check
 * (native searches over blocks of whole lines) must agree with on every file.
 */
function plainByByte(bytes: Uint8Array, delimiter: number): number | undefined {
  const [LF, CR, TAB, QUOTE] = [10, 13, 9, 34];
  let lines = 0;
  let lineBytes = 0;
  let inQuotes = false;
  let quoteSeen = false;
  let atFieldStart = true;
  let cr = false;
  let previous = -1;
  let beforePrevious = -1;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (cr && b !== LF) return undefined;
    cr = false;
    if (b === LF) {
      if ((inQuotes && !quoteSeen) || lineBytes === 0) return undefined;
      lines++;
      lineBytes = 0;
      inQuotes = quoteSeen = false;
      atFieldStart = true;
    } else if (b === CR) {
      if (inQuotes && !quoteSeen) return undefined;
      cr = true;
    } else {
      if ((b < 0x20 && b !== TAB) || b === 0x7f) return undefined;
      if (previous === 0xc2 && b >= 0x80 && b <= 0x9f) return undefined;
      if (beforePrevious === 0xef && previous === 0xbf && b === 0xbd) return undefined;
      if (beforePrevious === 0xc3 && previous >= 0x82 && previous <= 0xb4 && [0xc2, 0xc5, 0xc6, 0xcb, 0xe2].includes(b)) return undefined;
      if (inQuotes) {
        if (!quoteSeen) quoteSeen = b === QUOTE;
        else if (b === QUOTE) quoteSeen = false;
        else {
          if (b !== delimiter) return undefined;
          inQuotes = quoteSeen = false;
          atFieldStart = true;
        }
      } else if (b === QUOTE) {
        if (!atFieldStart) return undefined;
        inQuotes = true;
        atFieldStart = false;
      } else atFieldStart = b === delimiter;
      lineBytes++;
    }
    beforePrevious = previous;
    previous = b;
  }
  if ((inQuotes && !quoteSeen) || cr) return undefined;
  const all = lineBytes > 0 ? lines + 1 : lines;
  return all > 0 ? all - 1 : undefined;
}

describe('the fast check says what the byte-by-byte rule says', () => {
  const pieces = ['a', 'Hà', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', '\u0001', '\u007f', '\u0085', '\ufffd', 'Ã¡', 'Ã£â', '\ufeff', 'ồ', 'x,y', '"q,"'];
  it('on generated files of the bytes that matter (property)', async () => {
    let k = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(',', ';', '\t'), async (parts, delimiter) => {
        const bytes = Buffer.from(parts.join(''));
        const path = join(dir, `p${k++}.csv`);
        await writeFile(path, bytes);
        expect((await csvIsPlain(path, delimiter, UTF8))?.records).toBe(plainByByte(bytes, delimiter.charCodeAt(0)));
      }),
      { numRuns: 400 },
    );
  });

  it('across the blocks it reads (4 MB): a quoted field, a bad byte or a line longer than a block at the seam', async () => {
    const line = 'Hà Nội,"a, ""b""",x\n';
    const lines = Math.ceil((4 << 20) / Buffer.byteLength(line)) + 10;
    const body = line.repeat(lines);
    expect(await check('h,i,j\n' + body)).toBe(lines);
    // The seam falls inside some line near 4 MB; spoil each candidate in turn.
    const seam = Math.floor((4 << 20) / Buffer.byteLength(line)) * Buffer.byteLength(line);
    for (const [spoil, why] of [['x"y', 'quote inside'], ['\u0001', 'control'], ['"open', 'open quote'], ['\r', 'lone CR']] as const) {
      const text = Buffer.from('h,i,j\n' + body);
      const at = seam - 6;
      const spoiled = Buffer.concat([text.subarray(0, at), Buffer.from(spoil), text.subarray(at + Buffer.byteLength(spoil))]);
      expect(await check(spoiled), why).toBe(plainByByte(spoiled, 44));
      expect(await check(spoiled), why).toBeUndefined();
    }
    const long = 'h,i\n1,"' + 'y'.repeat(9 << 20) + '"\n2,z\n';
    expect(await check(long)).toBe(2);
    expect(await check(long.replace('2,z', '2,z"'))).toBeUndefined();
  });
});

describe('the date part of each line, kept for the SQL path\'s places', () => {
  async function keysOf(text: string, delimiter = ','): Promise<LineKeys | undefined> {
    const path = join(dir, `k${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(path, text);
    return (await csvIsPlain(path, delimiter, UTF8, { keyed: true }))?.keys;
  }
  const runsOf = (keys: LineKeys | undefined) => keys && Array.from({ length: keys.runs }, (_, k) => [keys.hashes[k], keys.lengths[k]]);

  it('keeps runs of lines with the same date part in the first field, plain or quoted, ISO or day/month, past a BOM, with CRLF and no last line end', async () => {
    const text = '\ufeffTimestamp,x\r\n2026-10-01 08:00,1\r\n"2026-10-01 09:00:00",2\r\n10/13/2026 8:15:00,3\r\n,4\r\nnot a date,5\r\n2026-10-02T09:00:00,6\r\n2026-10-02,7';
    expect(runsOf(await keysOf(text))).toEqual([
      [keyHash('2026-10-01'), 2],
      [keyHash('10/13/2026'), 1],
      [keyHash(''), 2],
      [keyHash('2026-10-02'), 2],
    ]);
  });

  it('keeps none where the delimiter could be part of a date, or past the runs it keeps, and still counts the records', async () => {
    expect(await keysOf('d-x\n2026/10/01-1\n', '-')).toBeUndefined();
    const limit = LINE_KEY_LIMITS.runs;
    LINE_KEY_LIMITS.runs = 4;
    try {
      const path = join(dir, 'alternating.csv');
      await writeFile(path, ['d,x', ...Array.from({ length: 6 }, (_, i) => `2026-10-0${1 + (i % 2)},${i}`)].join('\n') + '\n');
      const plain = await csvIsPlain(path, ',', UTF8, { keyed: true });
      expect(plain).toEqual({ records: 6 });
    } finally {
      LINE_KEY_LIMITS.runs = limit;
    }
  });

  it('gives the places of the rows whose keys are placed only when every count agrees', async () => {
    // Lines: 2 of 2026-10-01, 1 of 2026-09-30, 2 of 2026-10-01 (the file out of order), 1 of 2026-10-02.
    const keys = { runs: 4, hashes: Int32Array.from(['2026-10-01', '2026-09-30', '2026-10-01', '2026-10-02'], keyHash), lengths: Int32Array.of(2, 1, 2, 1), overflow: false } as unknown as LineKeys;
    const october = (key: string) => key.slice(1, 8) === '2026-10';
    const dateKeys = [
      { key: 'F2026-10-01', count: 4 },
      { key: 'F2026-09-30', count: 1 },
      { key: 'F2026-10-02', count: 1 },
    ];
    expect(Array.from(placesFromLines(keys, dateKeys, october, 6)!)).toEqual([0, 1, 3, 4, 5]);
    // G (a fraction of a second) and D keys are date parts too; a G and an F key of one day share their lines.
    expect(Array.from(placesFromLines(keys, [{ key: 'F2026-10-01', count: 3 }, { key: 'G2026-10-01', count: 1 }, ...dateKeys.slice(1)], october, 6)!)).toEqual([0, 1, 3, 4, 5]);
    // A line whose key is not its date part (a V key, text that is no date the SQL groups) shows in the count.
    expect(placesFromLines(keys, [{ key: 'F2026-10-01', count: 3 }, { key: 'V2026-10-01 8:15', count: 1 }, ...dateKeys.slice(1)], (key) => key[0] === 'F' && october(key), 6)).toBeUndefined();
    // A placed key that is not a date part (a blank or an instant with an offset): no places from the lines.
    expect(placesFromLines(keys, [...dateKeys, { key: 'V', count: 0 }], (key) => october(key) || key === 'V', 6)).toBeUndefined();
    // Other records than lines, or one hash for placed and unplaced keys.
    expect(placesFromLines(keys, dateKeys, october, 7)).toBeUndefined();
    expect(placesFromLines(keys, [{ key: 'F2026-10-01', count: 3 }, { key: 'G2026-10-01', count: 1 }, ...dateKeys.slice(1)], (key) => key === 'F2026-10-01', 6)).toBeUndefined();
  });
});
