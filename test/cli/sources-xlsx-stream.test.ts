import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openXlsx } from '../../src/cli/sources/xlsx';
import { SourceError } from '../../src/cli/sources/types';
import { tempDir } from './helpers/run';
import { workbookParts, zipBytes, type ZipPart } from './helpers/zip';

/**
 * Workbooks as Excel, Numbers (1904 dates), openpyxl and hostile senders write them: cells keep
 * their types under either date system, text cells read like CSV text, and a workbook that
 * unpacks to far more than it packs stops with a sentence, not a crash.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-xlsx-stream-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function crafted(name: string, parts: ZipPart[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, zipBytes(parts));
  return path;
}

async function rows(path: string, timeZone = 'UTC'): Promise<unknown[][]> {
  const source = await openXlsx(path, { timeZone });
  const out: unknown[][] = [];
  for await (const row of source.sheets[0]!.rows()) out.push(row);
  return out;
}

async function failure(path: string): Promise<SourceError> {
  try {
    await rows(path);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

const DAY = 86_400_000;
const wallTime = Date.UTC(2026, 9, 13, 8, 15);

describe('date systems', () => {
  it.each([
    { system: '1900 (Windows Excel, Sheets)', date1904: false, epoch: Date.UTC(1899, 11, 30) },
    { system: '1904 (old Mac Excel, Numbers)', date1904: true, epoch: Date.UTC(1904, 0, 1) },
  ])('a date cell under the $system system is 13 Oct 2026 08:15 either way', async ({ date1904, epoch }) => {
    const serial = (wallTime - epoch) / DAY;
    const sheetData = `<row r="1"><c r="A1" t="inlineStr"><is><t>Submitted</t></is></c><c r="B1" t="inlineStr"><is><t>Day</t></is></c></row><row r="2"><c r="A2" s="2"><v>${serial}</v></c><c r="B2" s="1"><v>${Math.floor(serial)}</v></c></row>`;
    const path = await crafted(`dates-${date1904}.xlsx`, workbookParts([{ name: 'Survey', sheetData }], { date1904 }));
    expect(await rows(path)).toEqual([[new Date(wallTime), new Date(Date.UTC(2026, 9, 13))]]);
    // Wall times are read in the zone asked for, as Sheets reads them in the spreadsheet's.
    expect((await rows(path, 'Asia/Ho_Chi_Minh'))[0]![0]).toEqual(new Date(wallTime - 7 * 3_600_000));
  });
});

describe('cell types', () => {
  it('keeps numbers, percentages, booleans (also formula results), errors; text cells follow the CSV rules', async () => {
    const sheetData = [
      '<row r="1">',
      ...['Score', 'Share', 'Promoter?', 'Lookup', 'Typed as text', 'Label', 'Date text', 'ISO cell', 'Formula text'].map(
        (h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`,
      ),
      '</row><row r="2">',
      '<c r="A2"><v>9</v></c>',
      '<c r="B2" s="3"><v>0.25</v></c>',
      '<c r="C2" t="b"><f>A2&gt;8</f><v>1</v></c>',
      '<c r="D2" t="e"><f>VLOOKUP(1,Z:Z,2)</f><v>#N/A</v></c>',
      '<c r="E2" t="s"><v>0</v></c>',
      '<c r="F2" t="s"><v>1</v></c>',
      '<c r="G2" t="inlineStr"><is><r><t>2026-10-13 </t></r><r><t>08:15</t></r><rPh><t>ignored</t></rPh></is></c>',
      '<c r="H2" t="d"><v>2026-10-13T08:15:00</v></c>',
      '<c r="I2" t="str"><f>TEXT(A2,"0")</f><v>9</v></c>',
      '</row><row r="4"><c r="A4"><v>-0.5</v></c><c r="C4" t="b"><v>0</v></c></row>',
    ].join('');
    const path = await crafted('types.xlsx', workbookParts([{ name: 'Survey', sheetData }], { sharedStrings: ['10', 'Rất hài lòng'] }));
    expect(await rows(path)).toEqual([
      [9, 0.25, true, '#N/A', 10, 'Rất hài lòng', new Date(wallTime), new Date(wallTime), 9],
      ['', '', '', '', '', '', '', '', ''],
      [-0.5, '', false, '', '', '', '', '', ''],
    ]);
  });
});

describe('bounds', () => {
  it('a part that unpacks to hundreds of times its packed size (a zip bomb) is refused with a sentence', async () => {
    const bomb = `<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(24 << 20)}`;
    const path = await crafted('bomb.xlsx', workbookParts([{ name: 'Survey', sheetData: bomb }]));
    const err = await failure(path);
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/^bomb\.xlsx: the part xl\/worksheets\/sheet1\.xml unpacks to more than [\d,]+ bytes from [\d,]+, which no real workbook does \(a "zip bomb"/);
  });

  it('a part that unpacks to more than its directory declares is refused', async () => {
    const parts = workbookParts([{ name: 'Survey', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000) }]);
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    sheet.declaredSize = 100;
    const err = await failure(await crafted('lying.xlsx', parts));
    expect(err.message).toMatch(/^lying\.xlsx: the part xl\/worksheets\/sheet1\.xml unpacks to more than 100 bytes/);
  });

  it('a cell beyond the last column or row a spreadsheet has is refused, not allocated', async () => {
    const wide = await crafted('wide.xlsx', workbookParts([{ name: 'Survey', sheetData: '<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZ1"><v>2</v></c></row>' }]));
    expect((await failure(wide)).message).toBe('wide.xlsx: sheet "Survey" names the cell ZZZZ1, beyond the last row or column a spreadsheet has; the file is damaged; re-save it from Excel or Sheets');
    const tall = await crafted('tall.xlsx', workbookParts([{ name: 'Survey', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1000000000"><c r="A1000000000"><v>2</v></c></row>' }]));
    expect((await failure(tall)).message).toMatch(/^tall\.xlsx: sheet "Survey" names the cell row 1000000000/);
  });

  it('a workbook that is no zip, or a zip without a workbook, is a data error', async () => {
    const text = join(dir, 'text.xlsx');
    await writeFile(text, 'id,score\n1,9\n');
    expect((await failure(text)).message).toMatch(/^text\.xlsx is not a readable \.xlsx workbook \(.+\); re-save it from Excel or Sheets$/);
    const empty = await crafted('empty.xlsx', [{ name: 'hello.txt', data: 'hi' }]);
    expect((await failure(empty)).message).toBe('empty.xlsx is not a readable .xlsx workbook (no xl/workbook.xml); re-save it from Excel or Sheets');
  });
});

describe('streaming', () => {
  it('a 200,000-row workbook computes its metrics in a 160 MB heap (read row by row, never whole)', async () => {
    const epoch = Date.UTC(1899, 11, 30);
    const start = (Date.UTC(2026, 9, 1) - epoch) / DAY;
    const body: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Timestamp</t></is></c><c r="B1" t="inlineStr"><is><t>How likely are you to recommend us to a friend?</t></is></c></row>'];
    for (let r = 2; r <= 200_001; r++) body.push(`<row r="${r}"><c r="A${r}" s="2"><v>${start + (r % 28) + 0.5}</v></c><c r="B${r}"><v>${r % 11}</v></c></row>`);
    const path = await crafted('big.xlsx', workbookParts([{ name: 'Responses', sheetData: body.join('') }]));
    const run = spawnSync(process.execPath, ['--max-old-space-size=160', '--import', 'tsx', 'src/cli/main.ts', 'metrics', path, '--period', '2026-10', '--format', 'json'], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '../..'),
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const nps = JSON.parse(run.stdout).metrics.find((m: { id: string }) => m.id === 'NPS');
    // Scores cycle 0…10: 2 of 11 promoters, 7 of 11 detractors (r from 2 to 200,001).
    const scores = Array.from({ length: 200_000 }, (_, i) => (i + 2) % 11);
    const promoters = scores.filter((s) => s >= 9).length;
    const detractors = scores.filter((s) => s <= 6).length;
    expect(nps.n).toBe(200_000);
    expect(nps.value).toBeCloseTo((100 * (promoters - detractors)) / 200_000, 10);
  }, 150_000);
});
