import { checkTimeZone } from './zone';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../../cells/types';
import { xlsxCell } from './xlsx-cells';
import { SourceError, type OpenSourceOptions, type Source, type SourceSheet } from './types';

const DEFAULT_STREAM_ABOVE = 32 * 1024 * 1024;

/**
 * An XLSX workbook, each worksheet a sheet. Row 1 is the header; rows missing from the
 * file between data rows come back as blank rows, as Sheets shows them.
 *
 * Small files are read whole with exceljs' Workbook, which keeps every cell's type.
 * Files above `xlsxStreamAboveBytes` go through exceljs' streaming WorkbookReader, one
 * row at a time (https://github.com/exceljs/exceljs#streaming-xlsx-reader). That reader
 * loses the type of formula results: boolean results come back as 1/0 and error results
 * as '#ERROR!'; stored (non-formula) cells are exact either way.
 */
export async function openXlsx(path: string, opts: OpenSourceOptions = {}): Promise<Source> {
  const { size } = await stat(path);
  const timeZone = opts.timeZone ?? 'UTC';
  checkTimeZone(timeZone);
  const title = basename(path, extname(path));
  const streamed = size > (opts.xlsxStreamAboveBytes ?? DEFAULT_STREAM_ABOVE);
  return streamed ? openStreamed(path, title, size, timeZone, opts) : openWhole(path, title, size, timeZone, opts);
}

async function openWhole(
  path: string,
  title: string,
  size: number,
  timeZone: string,
  opts: OpenSourceOptions,
): Promise<Source> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw unreadable(path, e);
  }
  opts.onProgress?.(size, size);
  const sheets = workbook.worksheets.map((ws): SourceSheet => {
    const rowAt = (r: number) => toCells(ws.findRow(r), 0, timeZone);
    const width = rowAt(1).length;
    return {
      name: ws.name,
      async sample(maxRows) {
        const out: Cell[][] = [];
        for (let r = 1; r <= Math.min(maxRows, ws.rowCount); r++) out.push(pad(toCells(ws.findRow(r), width, timeZone), width));
        return out;
      },
      async *rows() {
        for (let r = 2; r <= ws.rowCount; r++) yield pad(toCells(ws.findRow(r), width, timeZone), width);
      },
    };
  });
  return { title, sheets };
}

async function openStreamed(
  path: string,
  title: string,
  size: number,
  timeZone: string,
  opts: OpenSourceOptions,
): Promise<Source> {
  const names = await sheetNames(path);
  const sheets = names.map((name): SourceSheet => {
    // Rows of this worksheet, numbered, with blank rows filled in; `limit` stops early.
    async function* numbered(limit: number, onProgress?: OpenSourceOptions['onProgress']) {
      const input = createReadStream(path);
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { styles: 'cache', worksheets: 'emit' });
      let width = 0;
      let next = 1;
      try {
        for await (const ws of reader) {
          if (worksheetName(reader, ws) !== name) continue;
          for await (const row of ws) {
            if (row.number > limit) return;
            for (; next < row.number; next++) yield pad([], width);
            const cells = toCells(row, width, timeZone);
            if (next === 1) width = cells.length;
            next = row.number + 1;
            yield pad(cells, width);
            onProgress?.(input.bytesRead, size);
          }
          onProgress?.(size, size);
          return;
        }
      } catch (e) {
        throw unreadable(path, e);
      } finally {
        input.destroy();
      }
    }
    return {
      name,
      async sample(maxRows) {
        const out: Cell[][] = [];
        if (maxRows > 0) for await (const row of numbered(maxRows)) out.push(row);
        return out;
      },
      async *rows() {
        let first = true;
        for await (const row of numbered(Infinity, opts.onProgress)) {
          if (!first) yield row;
          first = false;
        }
      },
    };
  });
  return { title, sheets };
}

/**
 * Worksheet names in workbook order. workbook.xml precedes the worksheets in files from
 * Excel and exceljs, so the names are known once the first worksheet is reached and the
 * rest of the file is not read; otherwise the names come one by one from the worksheets.
 */
async function sheetNames(path: string): Promise<string[]> {
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit' });
  const seen: string[] = [];
  try {
    for await (const ws of reader) {
      const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
      if (model?.sheets?.length) return model.sheets.map((s) => s.name);
      seen.push(worksheetName(reader, ws));
    }
  } catch (e) {
    throw unreadable(path, e);
  } finally {
    input.destroy();
  }
  return seen;
}

type StreamReader = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookReader>;
type StreamSheet = { id?: unknown; name?: string };

/**
 * The real name of a streamed worksheet. exceljs finds it through workbook.xml.rels but
 * only matches relative targets (`worksheets/sheet1.xml`); files from openpyxl and others
 * use absolute ones (`/xl/worksheets/sheet1.xml`) and come back as "Sheet1", "Sheet2"
 * (https://github.com/exceljs/exceljs/issues/2663). When exceljs matched, the reader's id
 * is the numeric sheetId; when it did not, it is the file's number as a string.
 */
export function worksheetName(reader: StreamReader, worksheet: unknown): string {
  const ws = worksheet as StreamSheet;
  const book = reader as unknown as {
    model?: { sheets?: { id: unknown; name: string; rId: string }[] };
    workbookRels?: { Id: string; Target: string }[];
  };
  const sheets = book.model?.sheets ?? [];
  if (sheets.some((s) => s.name === ws.name && s.id === ws.id)) return ws.name!;
  const rel = (book.workbookRels ?? []).find((r) => r.Target.replace(/^\/?(?:xl\/)?/, '') === `worksheets/sheet${ws.id}.xml`);
  return sheets.find((s) => s.rId === rel?.Id)?.name ?? ws.name ?? `Sheet${ws.id}`;
}

function toCells(row: ExcelJS.Row | undefined, width: number, timeZone: string): Cell[] {
  if (!row) return [];
  const out: Cell[] = [];
  for (let c = 1; c <= Math.max(row.cellCount, width); c++) {
    const cell = row.findCell(c);
    out.push(cell ? xlsxCell(cell.value, timeZone, cell.numFmt) : '');
  }
  // Trailing blanks beyond the header's width are formatting, not data.
  while (out.length > width && out[out.length - 1] === '') out.pop();
  return out;
}

function pad(cells: Cell[], width: number): Cell[] {
  while (cells.length < width) cells.push('');
  return cells;
}

function unreadable(path: string, cause: unknown): SourceError {
  if (cause instanceof SourceError) return cause;
  const why = cause instanceof Error ? cause.message : String(cause);
  return new SourceError(`${basename(path)} is not a readable .xlsx workbook (${why}); re-save it from Excel or Sheets`, 1, {
    cause,
  });
}
