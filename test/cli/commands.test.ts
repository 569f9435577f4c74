import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, renderText } from '../../src/report/index';
import { addonMetrics, addonReport, addonSurveys, asCsvLines, cli, tempDir, writeDemoCsvFolder, writeDemoXlsx } from './helpers/run';

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
    // Both survey sheets are used (each on its own and "All surveys"): no file is left out, so nothing to say.
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const expected = addonReport();
    // Left-out cells are named the file's way: CSV lines, XLSX sheet cells.
    const fileWay = (records: ReturnType<typeof addonMetrics>) => (form === 'CSV folder' ? asCsvLines(records) : records);
    expect(doc.metrics).toEqual(fileWay(addonMetrics(expected)));
    // One record per metric: NPS and CSAT over both sheets' answers; CES only the English form asks.
    expect(doc.metrics.map((m: { id: string }) => m.id)).toEqual(['NPS', 'CSAT', 'CSAT_AVG', 'CES', 'FCR', 'ART', 'CHURN', 'RETENTION', 'REFERRAL_RATE', 'TRIAL_CONVERSION', 'ACTIVE_USERS', 'STICKINESS', 'COHORT_MONTH_1', 'COHORT_MONTH_3']);
    expect(doc.metrics.slice(0, 4).map((m: { scope: unknown }) => m.scope)).toEqual([
      { name: 'All surveys', combined: true }, { name: 'All surveys', combined: true }, { name: 'All surveys', combined: true }, { name: 'Form Responses 1', combined: false },
    ]);
    expect(doc.surveys).toEqual(addonSurveys(expected).map((sheet) => ({ ...sheet, metrics: fileWay(sheet.metrics) })));
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
    // Each survey sheet's NPS, and both together, each with its coverage.
    expect(stdout).toMatch(/^Net Promoter Score \(NPS\) — All surveys\s+49\.3\s+152\s+15\.9\s+▲ \+33\.4 points\s+likely a real change\s+n = 152 · nothing left out$/m);
    expect(stdout).toMatch(/^Net Promoter Score \(NPS\) — Form Responses 1\s+44\.7\s+103\s+15\.7\s+▲ \+29\.0 points\s+likely a real change\s+n = 103 · nothing left out$/m);
    expect(stdout).toMatch(/^Net Promoter Score \(NPS\) — Khảo sát\s+59\.2\s+49\s+16\.7\s+▲ \+42\.5 points/m);
  });

  it('report prints the email text and writes the email HTML', async () => {
    const out = join(dir, `report-${form.replace(/\W/g, '')}.html`);
    const { code, stdout, stderr } = await cli(['report', input().input, ...ZONE, '--period', '2026-10', '--out', out]);
    expect(code).toBe(0);
    const expected = addonReport(undefined, input().title);
    // The same email, but a CSV names its left-out cells by file line, a workbook by sheet cell.
    expect(samePlaces(stdout)).toBe(samePlaces(renderText(expected).replace(/\n?$/, '\n')));
    expect(samePlaces(await readFile(out, 'utf8'))).toBe(samePlaces(renderHtml(expected)));
    if (form === 'CSV folder') expect(stdout).toMatch(/\(first: [^)]*\.csv, (line \d+, column [A-Z]|column [A-Z], lines \d+(, \d+)*)/);
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
    // The second survey sheet is used too, and detect says what for.
    expect(detected.stdout).toMatch(form === 'CSV folder' ? /^Khảo sát: survey answers \(header row 1, read as UTF-8\)$/m : /^Khảo sát: survey answers \(header row 1\)$/m);
    expect(detected.stdout).toContain(
      'Survey answers from 2 sheets (“Form Responses 1”, “Khảo sát”): each one\'s own figures, and “All surveys” over all their answers for Net Promoter Score (NPS), Satisfaction (CSAT), Average satisfaction.',
    );
    expect(detected.stdout).not.toContain('not used');
    const mapping = JSON.parse(await readFile(saved, 'utf8'));
    // A folder lists its files in name order; which sheet holds what does not depend on it.
    expect(mapping.sources.map((s: { sheetName: string }) => s.sheetName).sort()).toEqual(['Activity', 'Form Responses 1', 'Khảo sát', 'Subscriptions', 'Support tickets']);
    const survey = mapping.sources.find((s: { sheetName: string }) => s.sheetName === 'Form Responses 1');
    expect(survey.columns).toMatchObject({ timestamp: 'A', nps: 'C', csat: 'D', ces: 'E', segment: 'F' });

    const withMapping = await cli(['metrics', input().input, ...ZONE, '--period', '2026-10', '--format', 'json', '--mapping', saved]);
    expect(withMapping.code).toBe(0);
    const again = JSON.parse(withMapping.stdout);
    expect(again.metrics).toEqual(form === 'CSV folder' ? asCsvLines(addonMetrics(addonReport())) : addonMetrics(addonReport()));
    expect(again.surveys.map((sheet: { sheet: string }) => sheet.sheet)).toEqual(['Form Responses 1', 'Khảo sát']);
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
    expect(stdout).toContain(
      'Câu trả lời khảo sát từ 2 trang (“Form Responses 1”, “Khảo sát”): số liệu riêng của từng trang, và “Tất cả khảo sát” trên mọi câu trả lời cho Chỉ số giới thiệu (NPS), Mức hài lòng (CSAT), Điểm hài lòng trung bình.',
    );
    expect(stdout).toMatch(/^Khảo sát: câu trả lời khảo sát \(hàng tiêu đề 1\)$/m);
  });
});
