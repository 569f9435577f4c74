import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_CSV_HEADERS } from '../../src/cli/core/gen-csv';
import { encodeText } from './helpers/encode';
import { cli, tempDir } from './helpers/run';

/**
 * A large CSV for DuckDB opens as UTF-8 as soon as its first bytes are, while the rest of the file
 * is checked (src/cli/core/analyze.ts, encoding.ts guessEncoding). Given files whose first rows
 * are plain ASCII and whose later rows are not UTF-8, the run says and counts exactly what the
 * ordinary reader, which checks the whole file first, says and counts: the encoding it was read
 * in (once), the same report, or the same error.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-encoding-guess-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** 2,000 plain rows (about 150 KB, past the first bytes the guess reads), then `tail`. */
function survey(tail: string[][]): string {
  const rows = Array.from({ length: 2_000 }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return [`2026-10-${day} 08:15:00`, `c${i}@example.com`, `SV-${i}`, String(i % 11), String((i % 5) + 1), String((i % 7) + 1), 'Website', 'Hue', 'Facebook', i % 3 ? 'Fast delivery' : '', 'Purchase', ''];
  });
  return [SURVEY_CSV_HEADERS, ...rows, ...tail].map((row) => row.join(',')).join('\n') + '\n';
}
const VIETNAMESE_ROW = ['2026-10-30 09:00:00', 'an@example.com', 'SV-9001', '10', '5', '7', 'Zalo', 'Huế', 'Bạn bè', 'Rất hài lòng, giao hàng nhanh', 'Mua', ''];

async function bothEngines(path: string) {
  const args = ['report', path, '--period', '2026-10', '--time-zone', 'Asia/Ho_Chi_Minh'];
  return { sql: await cli(args, { engine: 'sql' }), ts: await cli(args, { engine: 'ts' }) };
}

describe('a large CSV opened as UTF-8 before its whole check', () => {
  it('Windows-1258 after 150 KB of ASCII: read as Windows-1258, said once, the same report', async () => {
    const path = join(dir, 'late-1258.csv');
    await writeFile(path, encodeText(survey([VIETNAMESE_ROW]), 'windows-1258'));
    const { sql, ts } = await bothEngines(path);
    expect(ts.code).toBe(0);
    expect(sql.code).toBe(0);
    expect(sql.stderr.match(/read as Windows-1258/g)).toHaveLength(1);
    expect(sql.stderr).toBe(ts.stderr);
    expect(sql.stdout).toBe(ts.stdout);
  });

  it('UTF-8 throughout (Vietnamese after the first bytes): UTF-8, nothing said, the same report', async () => {
    const path = join(dir, 'late-utf8.csv');
    await writeFile(path, survey([VIETNAMESE_ROW]));
    const { sql, ts } = await bothEngines(path);
    expect(sql.code).toBe(0);
    expect(sql.stderr).not.toMatch(/read as/);
    expect(sql.stderr).toBe(ts.stderr);
    expect(sql.stdout).toBe(ts.stdout);
  });

  it('a byte no encoding reads, far down: the same error, naming its line', async () => {
    const path = join(dir, 'late-bad.csv');
    const text = Buffer.from(survey([]));
    await writeFile(path, Buffer.concat([text, Buffer.from('2026-10-30 09:00:00,x@example.com,SV-1,9,5,7,Web,Hue,Web,'), Buffer.from([0x81, 0x0a])]));
    const { sql, ts } = await bothEngines(path);
    expect(ts.code).toBe(1);
    expect(sql.code).toBe(ts.code);
    expect(sql.stderr).toBe(ts.stderr);
    expect(sql.stderr).toMatch(/line 2002/);
  });
});
