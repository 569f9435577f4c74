import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, renderText } from '../../src/report/index';
import { addonMetrics, addonReport, asCsvLines, cli, tempDir, writeDemoCsvFolder, writeDemoXlsx } from './helpers/run';

/**
 * Given the demo workbook as files, each command prints what the add-on computes on the same
 * workbook in Sheets, to the last digit. The demo's dates are Ho Chi Minh City wall times,
 * so the files are read with --time-zone Asia/Ho_Chi_Minh.
 */
let dir = '';
let csvFolder = '';
let xlsx = '';
const ZONE = ['--time-zone', 'Asia/Ho_Chi_Minh'];

beforeAll(async () => {
  dir = await tempDir('cx-cli-');
  csvFolder = await writeDemoCsvFolder(dir);
  xlsx = await writeDemoXlsx(dir);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The email with its left-out places blanked, to compare a CSV run (file lines) with the add-on's (sheet cells). */
const samePlaces = (text: string) => text.replace(/\((first|đầu tiên): [^)]*\)/g, '(…)');

const forms = () => [
  { form: 'CSV folder', input: csvFolder, title: 'demo-csv' },
  { form: 'XLSX workbook', input: xlsx, title: 'demo' },
];

describe.each(['CSV folder', 'XLSX workbook'])('cx-metrics on the demo workbook as %s', (form) => {
  const input = () => forms().find((f) => f.form === form)!;

  it('metrics --format json: every KPI equals the add-on report, unrounded', async () => {
    const { code, stdout, stderr } = await cli(['metrics', input().input, ...ZONE, '--period', '2026-10', '--format', 'json']);
    // The second survey sheet is not used, and says so (a folder never drops a file without a word).
    expect(stderr).toBe('“Khảo sát”: not used — it also holds survey answers, and “Form Responses 1” was chosen for those (more of their columns found). Map this sheet instead if it is the right one.\n');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const expected = addonReport();
    // Left-out cells are named the file's way: CSV lines, XLSX sheet cells.
    expect(doc.metrics).toEqual(form === 'CSV folder' ? asCsvLines(addonMetrics(expected)) : addonMetrics(expected));
    expect(doc.metrics.map((m: { id: string }) => m.id)).toEqual(['NPS', 'CSAT', 'CSAT_AVG', 'CES', 'FCR', 'ART', 'CHURN', 'RETENTION', 'REFERRAL_RATE', 'TRIAL_CONVERSION', 'ACTIVE_USERS', 'STICKINESS', 'COHORT_MONTH_1', 'COHORT_MONTH_3']);
    expect(doc.period).toEqual({ kind: 'month', start: '2026-10-01', end: '2026-10-31' });
    expect(doc.source).toEqual({ title: input().title, timeZone: 'Asia/Ho_Chi_Minh' });
  });

  it('metrics as a table shows the figures the email shows', async () => {
    const { code, stdout } = await cli(['metrics', input().input, ...ZONE, '--period', '2026-10']);
    expect(code).toBe(0);
    const text = renderText(addonReport());
    // Each tile's headline, e.g. "Net Promoter Score (NPS): 44.7 (103)", appears in the table's row.
    for (const match of text.matchAll(/^(.+?): (.+) \((\d[\d,]*)\)$/gm)) {
      const row = stdout.split('\n').find((line) => line.startsWith(match[1]));
      if (!row) continue; // the text also has non-KPI lines of this shape
      expect(row).toContain(match[2]);
      expect(row).toContain(match[3]);
    }
    expect(stdout).toMatch(/^Net Promoter Score \(NPS\)\s+44\.7\s+103\s+15\.7\s+▲ \+29\.0 points\s+likely a real change/m);
  });

  it('report prints the email text and writes the email HTML', async () => {
    const out = join(dir, `report-${form.replace(/\W/g, '')}.html`);
    const { code, stdout, stderr } = await cli(['report', input().input, ...ZONE, '--period', '2026-10', '--out', out]);
    expect(code).toBe(0);
    const expected = addonReport(undefined, input().title);
    // The same email, but a CSV names its left-out cells by file line, a workbook by sheet cell.
    expect(samePlaces(stdout)).toBe(samePlaces(renderText(expected).replace(/\n?$/, '\n')));
    expect(samePlaces(await readFile(out, 'utf8'))).toBe(samePlaces(renderHtml(expected)));
    if (form === 'CSV folder') expect(stdout).toMatch(/\(first: [^)]*\.csv, line \d+, column [A-Z]/);
    else expect(stdout).toBe(renderText(expected).replace(/\n?$/, '\n'));
    expect(stderr).toContain(out);
  });

  it('report --lang vi is the Vietnamese email', async () => {
    const { code, stdout } = await cli(['report', input().input, ...ZONE, '--period', '2026-10', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(samePlaces(stdout)).toBe(samePlaces(renderText(addonReport(undefined, input().title, 'vi')).replace(/\n?$/, '\n')));
  });

  it('detect prints the mapping and saves it; metrics --mapping gives the same numbers', async () => {
    const saved = join(dir, `mapping-${form.replace(/\W/g, '')}.json`);
    const detected = await cli(['detect', input().input, ...ZONE, '--out', saved]);
    expect(detected.code).toBe(0);
    // A CSV file's line also says how the file was decoded; a workbook has no encoding to tell.
    expect(detected.stdout).toMatch(form === 'CSV folder' ? /^Form Responses 1: survey answers \(header row 1, read as UTF-8\)$/m : /^Form Responses 1: survey answers \(header row 1\)$/m);
    expect(detected.stdout).toMatch(/^NPS answer \(0–10\)\s+C\s+How likely are you to recommend us/m);
    expect(detected.stdout).toMatch(/^Support tickets: support tickets/m);
    expect(detected.stdout).toMatch(/^“Khảo sát”: not used — it also holds survey answers, and “Form Responses 1” was chosen for those/m);
    const mapping = JSON.parse(await readFile(saved, 'utf8'));
    // A folder lists its files in name order; which sheet holds what does not depend on it.
    expect(mapping.sources.map((s: { sheetName: string }) => s.sheetName).sort()).toEqual(['Activity', 'Form Responses 1', 'Subscriptions', 'Support tickets']);
    const survey = mapping.sources.find((s: { sheetName: string }) => s.sheetName === 'Form Responses 1');
    expect(survey.columns).toMatchObject({ timestamp: 'A', nps: 'C', csat: 'D', ces: 'E', segment: 'F' });

    const withMapping = await cli(['metrics', input().input, ...ZONE, '--period', '2026-10', '--format', 'json', '--mapping', saved]);
    expect(withMapping.code).toBe(0);
    expect(JSON.parse(withMapping.stdout).metrics).toEqual(form === 'CSV folder' ? asCsvLines(addonMetrics(addonReport())) : addonMetrics(addonReport()));
  });
});

describe('cx-metrics with no input: the bundled demo workbook', () => {
  it('metrics equal the add-on, and stderr says the demo was used', async () => {
    const { code, stdout, stderr } = await cli(['metrics', '--period', '2026-10', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics).toEqual(addonMetrics(addonReport()));
    expect(stderr).toContain('bundled demo workbook');
  });

  it('the default period is the latest complete month with data (October, on 24 November 2026 and months later)', async () => {
    const { stdout } = await cli(['metrics', csvFolder, ...ZONE, '--format', 'json'], { now: () => Date.parse('2026-11-24T03:00:00Z') });
    expect(JSON.parse(stdout).period.start).toBe('2026-10-01');
    // The data ended in October: in March 2027 the default is still October, not an empty February.
    const later = await cli(['metrics', csvFolder, ...ZONE], { now: () => Date.parse('2027-03-10T03:00:00Z') });
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('October 2026 (compared with September 2026)');
    expect(later.stdout).toContain('Form Responses 1: data runs 2025-09-01 → 2026-10-31');
    // During October itself, October is not complete: September is the default.
    const during = await cli(['metrics', csvFolder, ...ZONE, '--format', 'json'], { now: () => Date.parse('2026-10-20T03:00:00Z') });
    expect(JSON.parse(during.stdout).period.start).toBe('2026-09-01');
  });

  it('the bundled demo reports its own last full month, October 2026, whatever today is', async () => {
    for (const today of ['2026-11-24T03:00:00Z', '2027-06-01T03:00:00Z']) {
      const { stdout } = await cli(['metrics', '--format', 'json'], { now: () => Date.parse(today) });
      expect(JSON.parse(stdout).period.start).toBe('2026-10-01');
    }
  });

  it('--period 2026-10-05 is the week of Monday 5 October', async () => {
    const { code, stdout } = await cli(['metrics', '--period', '2026-10-07', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.period).toEqual({ kind: 'week', start: '2026-10-05', end: '2026-10-11' });
    expect(doc.metrics).toEqual(addonMetrics(addonReport({ kind: 'week', start: '2026-10-07' })));
  });

  it('detect in Vietnamese labels the fields in Vietnamese', async () => {
    const { code, stdout } = await cli(['detect', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Điểm NPS \(0–10\)\s+C/m);
    expect(stdout).toContain('hàng tiêu đề 1');
  });
});
