import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../../src/cli/sources/index';
import type { Source } from '../../src/cli/sources/types';
import { SourceError } from '../../src/cli/sources/types';
import { openXlsx } from '../../src/cli/sources/xlsx';
import { isDateFormat } from '../../src/cli/sources/xlsx-cells';
import { workbookParts, zipBytes } from './helpers/zip';

let dir = '';
let path = '';

/** Wall time as exceljs stores it: UTC fields. */
const wall = (iso: string) => new Date(`${iso}Z`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cx-xlsx-'));
  path = join(dir, 'Khảo sát.xlsx');
  const wb = new ExcelJS.Workbook();
  const survey = wb.addWorksheet('Survey');
  survey.addRow(['Submitted', 'Score', 'Recommend?', 'Double', 'Comment', 'Next day', 'Lookup']);
  survey.addRow([wall('2026-03-01T10:00:00'), 9, true, { formula: 'B2*2', result: 18 }, { richText: [{ text: 'Rất ' }, { font: { bold: true }, text: 'tốt' }] }, { formula: 'A2+1', result: wall('2026-03-02T10:00:00') }, { error: '#N/A' }]);
  survey.addRow([wall('2026-03-05T23:30:00'), 6.5, false, { formula: 'B3*2', result: 13 }, { text: 'link', hyperlink: 'https://example.com' }]);
  // Row 4 left out entirely: Sheets would show it blank.
  survey.getRow(5).values = ['', 10];
  survey.getColumn(1).numFmt = 'yyyy-mm-dd hh:mm';
  survey.getColumn(6).numFmt = 'dd/mm/yyyy';
  const tickets = wb.addWorksheet('Tickets');
  tickets.addRow(['Ticket', 'FCR']);
  tickets.addRow(['T-1', { formula: 'TRUE()', result: true }]);
  await wb.xlsx.writeFile(path);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function rowsOf(source: Source, index: number): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for await (const row of source.sheets[index]!.rows()) out.push(row);
  return out;
}

describe('XLSX source (always streamed)', () => {
  const open = () => openXlsx(path, { timeZone: 'Asia/Ho_Chi_Minh' });

  it('lists every worksheet by name, titled after the file', async () => {
    const source = await open();
    expect(source.title).toBe('Khảo sát');
    expect(source.sheets.map((s) => s.name)).toEqual(['Survey', 'Tickets']);
  });

  it('gives the header and first rows as a sample', async () => {
    const sample = await (await open()).sheets[0]!.sample(2);
    expect(sample[0]).toEqual(['Submitted', 'Score', 'Recommend?', 'Double', 'Comment', 'Next day', 'Lookup']);
    expect(sample).toHaveLength(2);
  });

  it('types cells as Sheets would: dates in the zone, numbers, booleans, formula results, text, errors', async () => {
    const rows = await rowsOf(await open(), 0);
    expect(rows).toEqual([
      [new Date('2026-03-01T03:00:00Z'), 9, true, 18, 'Rất tốt', new Date('2026-03-02T03:00:00Z'), '#N/A'],
      [new Date('2026-03-05T16:30:00Z'), 6.5, false, 13, 'link', '', ''],
      ['', '', '', '', '', '', ''],
      ['', 10, '', '', '', '', ''],
    ]);
  });

  it('reads the second sheet on its own', async () => {
    const rows = await rowsOf(await open(), 1);
    // A formula's boolean result stays a boolean (the cell's t="b"), as Sheets shows it.
    expect(rows).toEqual([['T-1', true]]);
  });
});

describe('XLSX errors and formats', () => {
  it('is opened by openSource by extension, or by its zip signature without one', async () => {
    expect((await openSource(path)).sheets.map((s) => s.name)).toEqual(['Survey', 'Tickets']);
    const bare = join(dir, 'export');
    await copyFile(path, bare);
    expect((await openSource(bare)).sheets.map((s) => s.name)).toEqual(['Survey', 'Tickets']);
    const old = join(dir, 'old.xls');
    await writeFile(old, 'binary');
    await expect(openSource(old)).rejects.toThrow(/old\.xls: this format is not supported; save it as \.xlsx or \.csv/);
  });

  it('turns a file that is not a workbook into a data error', async () => {
    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, 'id,score\n1,9\n');
    const err = await openXlsx(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).exitCode).toBe(1);
    expect((err as SourceError).message).toMatch(/^bad\.xlsx is not a readable \.xlsx workbook/);
  });

  it('names worksheets of files with absolute relationship targets (openpyxl)', async () => {
    const crafted = join(dir, 'openpyxl.xlsx');
    const sheetData = '<row r="1"><c r="A1" t="inlineStr"><is><t>Score</t></is></c></row><row r="2"><c r="A2"><v>9</v></c></row>';
    await writeFile(crafted, zipBytes(workbookParts([{ name: 'Phản hồi', sheetData }, { name: 'Tickets', sheetData }], { absoluteTargets: true })));
    const source = await openXlsx(crafted);
    expect(source.sheets.map((s) => s.name)).toEqual(['Phản hồi', 'Tickets']);
    expect(await rowsOf(source, 1)).toEqual([[9]]);
  });

  it('knows date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd hh:mm')).toBe(true);
    expect(isDateFormat('[h]:mm:ss')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('[Red]#,##0;"days"')).toBe(false);
    expect(isDateFormat('0.0E+00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });
});
