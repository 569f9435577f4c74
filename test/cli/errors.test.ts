import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';

/**
 * What a user who got something wrong sees: one line on stderr saying what and where, and the
 * exit code scripts rely on (1 = the data, 2 = the command line). Nothing on stdout.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-cli-errors-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function fails(argv: string[], code: 1 | 2, message: RegExp): Promise<void> {
  const result = await cli(argv);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.startsWith('cx-metrics: ')).toBe(true);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(code);
}

describe('usage errors exit 2', () => {
  it('an unknown command', () => fails(['metricz'], 2, /Unknown command: metricz\. Commands: detect, metrics, report/));
  it('an unknown option', () => fails(['metrics', '--perod', '2026-10'], 2, /Unknown option '--perod'.*see cx-metrics metrics --help/));
  it("another command's option", () => fails(['detect', '--period', '2026-10'], 2, /--period does not apply to detect/));
  const FORMS = /Use one of: all, 2026, 2026-Q3, 2026-10, 2026-W41, 2026-10-05, 2026-09-01\.\.2026-10-31/;
  it('a month that does not exist (2026-13) is refused with the accepted forms', () => fails(['metrics', '--period', '2026-13'], 2, /--period "2026-13" is not a period/).then(() => fails(['metrics', '--period', '2026-13'], 2, FORMS)));
  it('a quarter that does not exist (2026-Q5)', () => fails(['metrics', '--period', '2026-Q5'], 2, /--period "2026-Q5" is not a period. Use one of: all,/));
  it('a range whose end is before its start', () => fails(['report', '--period', '2026-10-31..2026-09-01'], 2, /"2026-10-31\.\.2026-09-01" is not a period.*end not before the start/));
  it('a week a year does not have (2026-W54)', () => fails(['metrics', '--period', '2026-W54'], 2, FORMS));
  it('a period in another shape', () => fails(['report', '--period', 'October'], 2, /--period "October" is not a period/));
  it('an unknown format', () => fails(['metrics', '--format', 'xml'], 2, /--format must be one of table, json, csv, not "xml"/));
  it('a missing file', () => fails(['metrics', join(dir, 'nope.csv')], 2, /File not found: .*nope\.csv/));
  it('a missing mapping file', () => fails(['metrics', '--mapping', join(dir, 'gone.json')], 2, /Mapping file not found: .*gone\.json/));
  it('an unknown time zone', () => fails(['metrics', 'x.csv', '--time-zone', 'Mars/Olympus'], 2, /Unknown time zone: Mars\/Olympus/));
  it('a --by column nobody has', () => fails(['metrics', '--by', 'Planet'], 2, /No mapped sheet has a field or column called "Planet"\. Columns: .*"Channel"/));
  it('in Vietnamese when asked', () => fails(['metrics', '--period', '13/2026', '--lang', 'vi'], 2, /--period "13\/2026" không phải là một kỳ. Dùng một trong: all, 2026, 2026-Q3/));

  it('no command prints the help and exits 2; --help exits 0', async () => {
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('Usage: cx-metrics <command>');
    const help = await cli(['metrics', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--by NAME');
    expect(help.stdout).toContain('--credentials KEY');
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('data errors exit 1', () => {
  it('a malformed CSV line names the file and line', async () => {
    const path = join(dir, 'answers.csv');
    await writeFile(path, 'Timestamp,How likely are you to recommend us?\n2026-10-01,9\n2026-10-02,he said "10"\n');
    await fails(['metrics', path], 1, /answers\.csv.*line 3/);
  });

  it('a mapping file failing its schema gives the zod path', async () => {
    const path = join(dir, 'bad-mapping.json');
    await writeFile(path, JSON.stringify({ version: 2, sources: [{ sheetName: 'S', sheetId: null, headerRow: 1, columns: { nps: 'c' } }], scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } } }));
    await fails(['metrics', '--mapping', path], 1, /bad-mapping\.json: .*mapping\.sources\.0\.columns\.nps: expected a column letter/);
  });

  it('a mapping file that is not JSON', async () => {
    const path = join(dir, 'not-json.json');
    await writeFile(path, '{ sources: oops');
    const { code, stderr } = await cli(['report', '--mapping', path]);
    expect(code).toBe(1);
    expect(stderr).toContain('not-json.json');
  });

  it('a mapping naming a sheet the input lacks', async () => {
    const path = join(dir, 'other-sheet.json');
    await writeFile(path, JSON.stringify({ version: 2, sources: [{ sheetName: 'Responses', sheetId: null, headerRow: 1, columns: { nps: 'C', timestamp: 'A' } }], scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } } }));
    await fails(['metrics', '--mapping', path], 1, /names the sheet "Responses", which the input does not have\. Sheets: "Form Responses 1"/);
  });

  it('a file with nothing to measure', async () => {
    const path = join(dir, 'inventory.csv');
    await writeFile(path, 'SKU,Shelf\nA-1,3\nB-2,4\n');
    await fails(['metrics', path], 1, /nothing to compute/);
    await fails(['detect', path], 1, /nothing to compute/);
  });
});

describe('the executable', () => {
  it('exits with the code runCli returns, output on the right streams', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', cwd: join(__dirname, '../..') });
    const usage = run(['metrics', '--format', 'yaml']);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain('--format must be one of');
    const ok = run(['metrics', '--period', '2026-10', '--format', 'csv']);
    expect(ok.status).toBe(0);
    // The demo has two survey sheets, so the last column says whose figure each line is.
    expect(ok.stdout.split('\n')[0]).toBe('group,metric,unit,n,value,previous_n,previous_value,change,p_value,significant,used,left_out,lost_share,survey');
  });
});
