import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';

/**
 * Given a survey export with a few bad cells, the command line says what each number is made
 * of (metrics-spec.md section 7): the table and JSON carry the coverage with file lines as an
 * editor counts them, stderr warns, and a loss above 5% is exit code 1 unless accepted.
 */
let dir = '';
let survey = '';
let clean = '';
let dateless = '';

// Line 1 header; line 3's comment spans two lines (quoted line break), so row 3 starts on line 4.
const SURVEY = [
  'Timestamp,How likely are you to recommend us?,Comment',
  '2026-10-01 09:00,10,great',
  '2026-10-02 09:00,9,"slow,',
  'but fine"',
  '2026-10-03 09:00,#REF!,',
  'not a date,8,',
  '2026-10-05 09:00,7,',
  '2026-10-06 09:00,3,',
  '2026-10-07 09:00,10,',
  '2026-10-08 09:00,10,',
  '2026-09-20 09:00,6,',
  '',
].join('\n');

beforeAll(async () => {
  dir = await tempDir('cx-cli-coverage-');
  survey = join(dir, 'survey.csv');
  await writeFile(survey, SURVEY);
  clean = join(dir, 'clean.csv');
  await writeFile(clean, 'Timestamp,NPS\n2026-10-01,10\n2026-10-02,9\n2026-10-03,\n2026-09-01,3\n');
  dateless = join(dir, 'scores.csv');
  await writeFile(dateless, 'How likely are you to recommend us?\n10\n9\n3\n7\n');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('coverage on the command line', () => {
  it('JSON: n used and each reason with its CSV lines (a quoted line break moves later rows down)', async () => {
    const { code, stdout, stderr } = await cli(['metrics', survey, '--period', '2026-10', '--format', 'json']);
    expect(code).toBe(1);
    const nps = JSON.parse(stdout).metrics.find((m: { id: string }) => m.id === 'NPS');
    expect(nps.n).toBe(6);
    expect(nps.coverage.used).toBe(6);
    expect(nps.coverage.leftOut.unreadable).toEqual({ count: 1, places: [{ file: 'survey.csv', line: 5, column: 'B', text: 'survey.csv, line 5, column B' }] });
    expect(nps.coverage.leftOut.noDate).toEqual({ count: 1, places: [{ file: 'survey.csv', line: 6, column: 'A', text: 'survey.csv, line 6, column A' }] });
    expect(nps.coverage.lostShare).toBeCloseTo(2 / 8, 10);
    expect(JSON.parse(stdout).dataRanges).toEqual([{ sheet: 'survey', first: '2026-09-20', last: '2026-10-08' }]);
    expect(stderr).toContain('warning: Net Promoter Score (NPS) left out 2 cells (25.0%)');
    expect(stderr).toContain('1 could not be read (first: survey.csv, line 5, column B)');
    expect(stderr).toContain('1 no readable date (first: survey.csv, line 6, column A)');
    expect(stderr).toMatch(/cx-metrics: A metric left out more than 5% of its cells .* --accept-missing/);
    expect(stderr + stdout).not.toMatch(/survey\.(dates|nps)/);
  });

  it('the table shows the coverage beside each number, and the data range', async () => {
    const { code, stdout } = await cli(['metrics', survey, '--period', '2026-10']);
    expect(code).toBe(1);
    expect(stdout).toContain('survey: data runs 2026-09-20 → 2026-10-08');
    expect(stdout).toMatch(/Net Promoter Score \(NPS\) .* n = 6 · 2 left out/);
  });

  it('--accept-missing accepts the numbers knowingly: same output and warnings, exit 0', async () => {
    const { code, stdout, stderr } = await cli(['metrics', survey, '--period', '2026-10', '--accept-missing']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/n = 6 · 2 left out/);
    expect(stderr).toContain('warning: Net Promoter Score (NPS) left out 2 cells');
    expect(stderr).not.toContain('cx-metrics:');
  });

  it('report exits 1 the same way, in Vietnamese', async () => {
    const { code, stdout, stderr } = await cli(['report', survey, '--period', '2026-10', '--lang', 'vi']);
    expect(code).toBe(1);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stderr).toContain('cảnh báo: Chỉ số giới thiệu (NPS) bỏ qua 2 ô (25,0%)');
    expect(stderr).toContain('1 không đọc được (đầu tiên: survey.csv, dòng 5, cột B)');
    expect(stderr).toMatch(/cx-metrics: Một chỉ số bỏ qua hơn 5% số ô .* --accept-missing/);
  });

  it('a clean file: nothing left out but blanks, no warning, exit 0', async () => {
    const { code, stdout, stderr } = await cli(['metrics', clean, '--period', '2026-10']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/n = 2 · nothing left out/);
    const vi = await cli(['metrics', clean, '--period', '2026-10', '--lang', 'vi']);
    expect(vi.stdout).toMatch(/n = 2 · không bỏ qua ô nào/);
    expect(vi.stdout).toContain('clean: dữ liệu từ 2026-09-01 → 2026-10-03');
  });

  it('a file with no date column gives its overall figures without --period', async () => {
    const { code, stdout } = await cli(['metrics', dateless, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.period).toEqual({ kind: 'all', start: '', end: '' });
    expect(doc.previousPeriod).toBeNull();
    expect(doc.metrics.find((m: { id: string }) => m.id === 'NPS')).toMatchObject({ n: 4, value: 25 });
    const table = await cli(['metrics', dateless]);
    expect(table.stdout).toContain('All data');
  });

  it('a period with no data says where the data is', async () => {
    const { code, stdout } = await cli(['metrics', clean, '--period', '2025-Q1']);
    expect(code).toBe(0);
    expect(stdout).toContain('Q1 2025');
    expect(stdout).toContain('clean: data runs 2026-09-01 → 2026-10-03');
    expect(stdout).toContain('No metric has data for this period. Try --period 2026-10 (the latest month with data) or --period all.');
  });

  it('each reason with its file line: an answer outside the scale, a ticket resolved before it was opened, one still open (JSON, table, stderr, both languages)', async () => {
    const tickets = join(dir, 'tickets.csv');
    await writeFile(
      tickets,
      [
        'Ticket ID,Opened,Resolved,Resolved on first contact',
        'T1,2026-10-01 09:00,2026-10-01 12:00,Yes',
        'T2,2026-10-02 09:00,2026-10-01 08:00,No', // line 3: resolved before it was opened
        'T3,2026-10-03 09:00,,No', // line 4: still open
        'T4,2026-10-04 09:00,2026-10-04 10:00,Yes',
        '',
      ].join('\n'),
    );
    const scores = join(dir, 'eleven.csv');
    await writeFile(scores, 'Timestamp,How likely are you to recommend us?\n2026-10-01 09:00,10\n2026-10-02 09:00,11\n2026-10-03 09:00,9\n');
    const json = await cli(['metrics', tickets, '--period', '2026-10', '--format', 'json', '--accept-missing']);
    const art = JSON.parse(json.stdout).metrics.find((m: { id: string }) => m.id === 'ART');
    expect(art.coverage.leftOut.beforeOpened).toEqual({ count: 1, places: [{ file: 'tickets.csv', line: 3, column: 'C', text: 'tickets.csv, line 3, column C' }] });
    expect(art.coverage.leftOut.open).toMatchObject({ count: 1, places: [{ file: 'tickets.csv', line: 4, column: 'C' }] });
    // A ticket resolved before it opened is a loss worth a warning; one still open is not.
    expect(json.stderr).toContain('1 resolved before opened (first: tickets.csv, line 3, column C)');
    const vi = await cli(['metrics', tickets, '--period', '2026-10', '--lang', 'vi', '--accept-missing']);
    expect(vi.stderr).toContain('(đầu tiên: tickets.csv, dòng 3, cột C)');
    const eleven = await cli(['metrics', scores, '--period', '2026-10', '--format', 'json']);
    expect(eleven.code).toBe(1);
    const nps = JSON.parse(eleven.stdout).metrics.find((m: { id: string }) => m.id === 'NPS');
    expect(nps.coverage.leftOut.outOfScale).toMatchObject({ count: 1, places: [{ file: 'eleven.csv', line: 3, column: 'B' }] });
    expect(eleven.stderr).toContain('1 outside the scale (first: eleven.csv, line 3, column B)');
    const table = await cli(['metrics', scores, '--period', '2026-10', '--lang', 'vi']);
    expect(table.stdout).toMatch(/n = 2 · 1 bị bỏ qua/);
    expect(table.stderr).toContain('1 ngoài thang điểm (đầu tiên: eleven.csv, dòng 3, cột B)');
  });
});
