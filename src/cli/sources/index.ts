import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { openCsv } from './csv';
import { sourceMessages } from './messages';
import { spreadsheetIdOf } from './spreadsheet-id';
import { SourceError, type OpenSourceOptions, type Source } from './types';
import { checkTimeZone } from './zone';

export { SourceError } from './types';
export type { OpenSourceOptions, SheetsAuth, Source, SourceSheet } from './types';
export { spreadsheetIdOf } from './spreadsheet-id';

/**
 * Opens what the user named on the command line:
 * - a Google Sheets URL (https://docs.google.com/spreadsheets/d/ID/…) → that spreadsheet;
 * - an existing file: .xlsx → workbook, .csv/.tsv/.txt → delimited text, .parquet → Parquet
 *   (read by DuckDB); other names are
 *   sniffed (a zip is a workbook, anything else is read as CSV);
 * - otherwise a bare spreadsheet id (20+ letters, digits, - and _) → that spreadsheet;
 * - otherwise `File not found: ARG` (exit code 2).
 * A file wins over an id, so a local file that happens to look like an id still opens.
 * Wall times in files are read in `opts.timeZone` (default 'UTC'); a Google Sheet uses its own zone.
 */
export async function openSource(arg: string, opts: OpenSourceOptions = {}): Promise<Source> {
  const m = sourceMessages(opts.lang);
  if (opts.timeZone) checkTimeZone(opts.timeZone, opts.lang);
  if (/^https?:\/\//i.test(arg)) {
    const id = spreadsheetIdOf(arg);
    if (!id) throw new SourceError(m.notSheetsAddress(arg), 2);
    return openGoogle(id, opts);
  }
  const file = await stat(arg).catch(() => undefined);
  if (!file) {
    const id = spreadsheetIdOf(arg);
    if (id) return openGoogle(id, opts);
    throw new SourceError(m.fileNotFound(arg), 2);
  }
  if (file.isDirectory()) throw new SourceError(m.isFolder(arg), 2);
  switch (extname(arg).toLowerCase()) {
    case '.xlsx':
    case '.xlsm':
      return openWorkbook(arg, opts);
    case '.csv':
    case '.tsv':
    case '.txt':
      return openCsv(arg, opts);
    case '.parquet':
      return openParquetFile(arg, opts);
    case '.xls':
    case '.ods':
    case '.numbers':
      throw new SourceError(m.unsupportedFormat(arg), 2);
    default:
      return (await isZip(arg)) ? openWorkbook(arg, opts) : openCsv(arg, opts);
  }
}

/** XLSX files are zip archives, which start with "PK\x03\x04". */
async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

/** googleapis costs ~50 MB of heap to load and exceljs a few, so each loads only when needed. */
async function openGoogle(id: string, opts: OpenSourceOptions): Promise<Source> {
  const { openGoogleSheet } = await import('./google-sheets');
  return openGoogleSheet(id, opts);
}

/** DuckDB (native, tens of MB) loads only for Parquet files. */
async function openParquetFile(path: string, opts: OpenSourceOptions): Promise<Source> {
  const { openParquet } = await import('./parquet');
  return openParquet(path, opts);
}

async function openWorkbook(path: string, opts: OpenSourceOptions): Promise<Source> {
  const { openXlsx } = await import('./xlsx');
  return openXlsx(path, opts);
}
