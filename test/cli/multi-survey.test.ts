import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';

/**
 * Several survey files or sheets (issue 11): the command line gives each survey's own figures and,
 * for a question two or more ask, "All surveys" over all their answers, as the add-on's report and
 * preview do; each survey read its own way (date order, label table), coverage per survey and
 * combined. One survey prints exactly what it always printed.
 *
 * The store's 10 October answers: NPS 10 10 9 9 8 7 6 5 10 9 (6 promoters, 2 detractors: NPS 40),
 * CSAT 5 4 5 3 2 5 4 4 1 5 (7 of 10 in the top two boxes: 70%).
 * The web shop's, dated day first (13/10/2026…): NPS 10 3 4 9 8 2 10 6 7 1 (3 promoters, 5
 * detractors: NPS −20) and an 11 on its line 12, left out as outside the scale; CSAT 5 5 3 1 5 3 5 1 5 3 (50%).
 * Together: 20 answers, 9 promoters and 7 detractors (NPS 10); CSAT 12 of 20 (60%).
 */
const STORE_NPS = [10, 10, 9, 9, 8, 7, 6, 5, 10, 9];
const STORE_CSAT = [5, 4, 5, 3, 2, 5, 4, 4, 1, 5];
const WEB_NPS = [10, 3, 4, 9, 8, 2, 10, 6, 7, 1];
const WEB_CSAT = [5, 5, 3, 1, 5, 3, 5, 1, 5, 3];
const HEADER = ['Timestamp', 'How likely are you to recommend us to a friend?', 'How satisfied are you with your visit?'];

const csv = (rows: (string | number)[][]) => rows.map((row) => row.map((cell) => `"${String(cell)}"`).join(',')).join('\n') + '\n';
const storeRows = () => STORE_NPS.map((nps, i) => [`2026-10-${String(i + 1).padStart(2, '0')} 10:00:00`, nps, STORE_CSAT[i]]);
const webRows = (csat: (string | number)[] = WEB_CSAT) => [
  ...WEB_NPS.map((nps, i) => [`${13 + i}/10/2026 09:00:00`, nps, csat[i]]),
  ['23/10/2026 09:00:00', 11, ''],
];

let dir = '';
let folder = '';
let single = '';
let xlsx = '';
let words = '';

beforeAll(async () => {
  dir = await tempDir('cx-multi-');
  folder = join(dir, 'exports');
  single = join(dir, 'one');
  words = join(dir, 'words');
  for (const path of [folder, single, words]) await mkdir(path);
  await writeFile(join(folder, 'store.csv'), csv([HEADER, ...storeRows()]));
  await writeFile(join(folder, 'web.csv'), csv([HEADER, ...webRows()]));
  await writeFile(join(single, 'store.csv'), csv([HEADER, ...storeRows()]));
  // The web shop's satisfaction in its own words, which only its label table scores.
  await writeFile(join(words, 'store.csv'), csv([HEADER, ...storeRows()]));
  await writeFile(join(words, 'web.csv'), csv([HEADER, ...webRows(WEB_CSAT.map((score) => ({ 5: 'Great', 3: 'OK', 1: 'Poor' })[score]!))]));
  xlsx = join(dir, 'surveys.xlsx');
  const book = new ExcelJS.Workbook();
  const store = book.addWorksheet('Cửa hàng');
  store.addRow(HEADER);
  for (const [i, row] of storeRows().entries()) store.addRow([new Date(Date.UTC(2026, 9, i + 1, 10)), row[1], row[2]]).getCell(1).numFmt = 'yyyy-mm-dd hh:mm:ss';
  const web = book.addWorksheet('Online');
  web.addRow(HEADER);
  for (const row of webRows()) web.addRow(row);
  await book.xlsx.writeFile(xlsx);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const RUN = ['--time-zone', 'UTC', '--period', '2026-10', '--accept-missing'];
type Record = { id: string; n: number; value: number; scope?: { name: string; combined: boolean }; coverage: { used: number; leftOut: { outOfScale?: { count: number; places: { text: string }[] } } } };
const pick = (records: Record[], id: string) => records.find((r) => r.id === id)!;

describe('cx-metrics on a folder with two survey files', () => {
  it('metrics --format json: "All surveys" per metric, and each file\'s own figures under surveys', async () => {
    const { code, stdout } = await cli(['metrics', folder, ...RUN, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.metrics.map((r: Record) => r.id)).toEqual(['NPS', 'CSAT', 'CSAT_AVG']);
    expect(pick(doc.metrics, 'NPS')).toMatchObject({ n: 20, value: 10, scope: { name: 'All surveys', combined: true } });
    expect(pick(doc.metrics, 'CSAT')).toMatchObject({ n: 20, value: 60 });
    expect(doc.surveys.map((s: { sheet: string }) => s.sheet)).toEqual(['store', 'web']);
    const [store, web] = doc.surveys.map((s: { metrics: Record[] }) => s.metrics);
    expect(pick(store, 'NPS')).toMatchObject({ n: 10, value: 40, scope: { name: 'store', combined: false } });
    expect(pick(store, 'CSAT')).toMatchObject({ n: 10, value: 70 });
    // The web shop's day-first dates are read as its own values say: all ten answers fall in October.
    expect(pick(web, 'NPS')).toMatchObject({ n: 10, value: -20 });
    expect(pick(web, 'CSAT')).toMatchObject({ n: 10, value: 50 });
    // Coverage per file and combined: the 11 is left out of both, named by the web file's line.
    expect(pick(store, 'NPS').coverage.leftOut.outOfScale).toBeUndefined();
    for (const record of [pick(web, 'NPS'), pick(doc.metrics, 'NPS')]) {
      expect(record.coverage.leftOut.outOfScale!.count).toBe(1);
      expect(record.coverage.leftOut.outOfScale!.places[0].text).toBe('web.csv, line 12, column B');
    }
  });

  it('metrics as a table: an "All surveys" row and a row per file, each with its coverage; stderr warns for both', async () => {
    const { code, stdout, stderr } = await cli(['metrics', folder, ...RUN]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Net Promoter Score \(NPS\) — All surveys\s+10\.0\s+20\s.*n = 20 · 1 left out$/m);
    expect(stdout).toMatch(/^Net Promoter Score \(NPS\) — store\s+40\.0\s+10\s.*n = 10 · nothing left out$/m);
    expect(stdout).toMatch(/^Net Promoter Score \(NPS\) — web\s+−20\.0\s+10\s.*n = 10 · 1 left out$/m);
    expect(stdout).toMatch(/^Satisfaction \(CSAT\) — All surveys\s+60\.0%\s+20\s/m);
    // The web file lost 1 of its 11 cells (over 5%): warned; all surveys together lost 1 of 21 (under).
    expect(stderr).toMatch(/^warning: Net Promoter Score \(NPS\) — web left out 1 cell \(9\.1%\): 1 outside the scale \(first: web\.csv, line 12, column B\)$/m);
    expect(stderr).not.toContain('All surveys left out');
    // Without --accept-missing the file's loss refuses, after the output, as for one survey.
    expect((await cli(['metrics', folder, '--time-zone', 'UTC', '--period', '2026-10'])).code).toBe(1);
  });

  it('metrics --format csv: one line per figure, the survey named in a last column', async () => {
    const { stdout } = await cli(['metrics', folder, ...RUN, '--format', 'csv']);
    const lines = stdout.trimEnd().split('\n').map((line) => line.split(','));
    expect(lines[0].at(-1)).toBe('survey');
    expect(lines.slice(1).map((cells) => [cells[1], cells[3], cells[4], cells.at(-1)])).toEqual([
      ['NPS', '20', '10', 'All surveys'], ['NPS', '10', '40', 'store'], ['NPS', '10', '-20', 'web'],
      ['CSAT', '20', '60', 'All surveys'], ['CSAT', '10', '70', 'store'], ['CSAT', '10', '50', 'web'],
      ['CSAT_AVG', '20', String((STORE_CSAT.concat(WEB_CSAT).reduce((a, b) => a + b) / 20)), 'All surveys'],
      ['CSAT_AVG', '10', String(STORE_CSAT.reduce((a, b) => a + b) / 10), 'store'], ['CSAT_AVG', '10', String(WEB_CSAT.reduce((a, b) => a + b) / 10), 'web'],
    ]);
  });

  it('detect uses both files and says what "All surveys" covers, in English and Vietnamese', async () => {
    const en = await cli(['detect', folder, '--time-zone', 'UTC']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^store: survey answers \(header row 1, read as UTF-8\)$/m);
    expect(en.stdout).toMatch(/^web: survey answers \(header row 1, read as UTF-8\)$/m);
    expect(en.stdout).toContain('Survey answers from 2 sheets (“store”, “web”): each one\'s own figures, and “All surveys” over all their answers for Net Promoter Score (NPS), Satisfaction (CSAT), Average satisfaction.');
    expect(en.stdout).not.toContain('not used');
    const vi = await cli(['detect', folder, '--time-zone', 'UTC', '--lang', 'vi']);
    expect(vi.stdout).toMatch(/^web: câu trả lời khảo sát \(hàng tiêu đề 1, /m);
    expect(vi.stdout).toContain('Câu trả lời khảo sát từ 2 trang (“store”, “web”): số liệu riêng của từng trang, và “Tất cả khảo sát” trên mọi câu trả lời cho Chỉ số giới thiệu (NPS), Mức hài lòng (CSAT), Điểm hài lòng trung bình.');
  });

  it('report gives the email with each survey\'s figures and "All surveys"', async () => {
    const { code, stdout } = await cli(['report', folder, ...RUN]);
    expect(code).toBe(0);
    expect(stdout).toContain('Net Promoter Score (NPS) — All surveys: 10.0 (n = 20)\n  No data in the period before, so no change to show.\n  n = 20 · 1 left out: 1 outside the scale (first: web.csv, line 12, column B)');
    expect(stdout).toContain('Net Promoter Score (NPS) — store: 40.0 (n = 10)');
    expect(stdout).toContain('Net Promoter Score (NPS) — web: −20.0 (n = 10)');
    expect(stdout).toContain('Satisfaction (CSAT) — All surveys: 60.0% (n = 20)');
  });

  it('each survey reads with its own label table from the mapping file', async () => {
    const mapping = join(dir, 'words.json');
    const source = (sheetName: string, labels?: object) => ({ sheetName, sheetId: null, headerRow: 1, columns: { timestamp: 'A', nps: 'B', csat: 'C' }, ...(labels ? { labels } : {}) });
    await writeFile(mapping, JSON.stringify({ version: 2, sources: [source('store'), source('web', { csat: { Great: 5, OK: 3, Poor: 1 } })], scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } } }));
    const { code, stdout } = await cli(['metrics', words, ...RUN, '--mapping', mapping, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(pick(doc.metrics, 'CSAT')).toMatchObject({ n: 20, value: 60 });
    expect(pick(doc.surveys[1].metrics, 'CSAT')).toMatchObject({ n: 10, value: 50 });
    expect(pick(doc.surveys[0].metrics, 'CSAT')).toMatchObject({ n: 10, value: 70 });
    // Without the table the words are no CSAT answers: detection does not map them, and the store's CSAT stands alone.
    const detected = JSON.parse((await cli(['metrics', words, ...RUN, '--format', 'json'])).stdout);
    expect(detected.surveys[1].metrics.map((r: Record) => r.id)).toEqual(['NPS']);
    expect(pick(detected.metrics, 'CSAT')).toMatchObject({ n: 10, value: 70, scope: { name: 'store', combined: false } });
  });
});

describe('cx-metrics on an XLSX workbook with two survey sheets', () => {
  it('gives each sheet\'s figures and "All surveys", in Vietnamese with --lang vi', async () => {
    const json = JSON.parse((await cli(['metrics', xlsx, ...RUN, '--format', 'json'])).stdout);
    expect(pick(json.metrics, 'NPS')).toMatchObject({ n: 20, value: 10, scope: { name: 'All surveys', combined: true } });
    expect(json.surveys.map((s: { sheet: string; metrics: Record[] }) => [s.sheet, pick(s.metrics, 'NPS').value])).toEqual([['Cửa hàng', 40], ['Online', -20]]);
    // A workbook names the left-out cell by its sheet cell.
    expect(pick(json.metrics, 'NPS').coverage.leftOut.outOfScale!.places[0].text).toBe("'Online'!B12");
    const { code, stdout } = await cli(['metrics', xlsx, ...RUN, '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Chỉ số giới thiệu \(NPS\) — Tất cả khảo sát\s+10,0\s+20\s/m);
    expect(stdout).toMatch(/^Chỉ số giới thiệu \(NPS\) — Cửa hàng\s+40,0\s+10\s/m);
    expect(stdout).toMatch(/^Chỉ số giới thiệu \(NPS\) — Online\s+−20,0\s+10\s/m);
  });
});

describe('one survey: the output it always had', () => {
  it('no "All surveys" row, no scope, no surveys key, no survey column', async () => {
    const table = await cli(['metrics', single, ...RUN]);
    expect(table.stdout).toMatch(/^Net Promoter Score \(NPS\)\s+40\.0\s+10\s/m);
    expect(table.stdout).not.toContain('All surveys');
    const doc = JSON.parse((await cli(['metrics', single, ...RUN, '--format', 'json'])).stdout);
    expect(Object.keys(doc)).not.toContain('surveys');
    expect(doc.metrics.every((r: Record) => r.scope === undefined)).toBe(true);
    const csvOut = (await cli(['metrics', single, ...RUN, '--format', 'csv'])).stdout;
    expect(csvOut.split('\n')[0]).toBe('group,metric,unit,n,value,previous_n,previous_value,change,p_value,significant,used,left_out,lost_share');
    expect((await cli(['detect', single, '--time-zone', 'UTC'])).stdout).not.toContain('Survey answers from');
  });
});
