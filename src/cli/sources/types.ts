import type { Cell } from '../../cells/types';

/**
 * One sheet of a source (a CSV file, an XLSX worksheet, a tab of a Google Sheet).
 * Row 1 is the header row. Rows come back padded with '' to the header's width, because
 * Sheets hands the add-on rectangular ranges and the CLI must see the same shapes.
 */
export interface SourceSheet {
  name: string;
  /** How a text file was decoded ("UTF-8", "Windows-1258"); absent for workbooks and Google Sheets. */
  encoding?: string;
  /** A sentence worth telling the user before the results ("survey.csv: read as Windows-1258"). */
  notice?: string;
  /** The first `maxRows` rows including the header, for column detection. */
  sample(maxRows: number): Promise<Cell[][]>;
  /**
   * Every row after the header row, streamed, typed as Sheets would type the cells. `only`: the
   * 0-based columns the caller reads; a source may then leave every other cell '' (a CSV types
   * only those fields, a Parquet file reads only those columns), rows keep their width.
   */
  rows(only?: readonly number[]): AsyncIterable<Cell[]>;
  /**
   * For a text file: its name and the line (as an editor counts it) where sheet row `row`
   * (1-based, the header is row 1) starts, known for the rows streamed so far; a quoted field
   * with line ends makes a record span several lines. Absent for workbooks, whose rows are rows.
   */
  file?: { name: string; lineOf(row: number): number };
  /** A local CSV or Parquet file as DuckDB can read it whole, for the command line's SQL path on large files (src/cli/sql/). */
  table?: FileTable;
}

/** What DuckDB needs to read a sheet's file itself; every reading rule stays the TypeScript readers'. */
export type FileTable =
  | { kind: 'csv'; path: string; size: number; delimiter: string; encoding: import('./encoding').FileEncoding; width(): Promise<number> }
  | { kind: 'parquet'; path: string; size: number; columns: { name: string; kind: 'number' | 'bigint' | 'boolean' | 'wallTime' | 'instant' | 'text' }[] };

/** A workbook-like thing the command line reads metrics from. */
export interface Source {
  title: string;
  /** The spreadsheet's IANA time zone when the source has one (Google Sheets); files have none. */
  timeZone?: string;
  /** The spreadsheet's locale (`vi_VN`) when the source has one (Google Sheets): how day/month dates and decimal marks read when a column's values do not say. */
  locale?: string;
  sheets: SourceSheet[];
}

/** Anything that can sign requests for googleapis (a GoogleAuth, JWT or OAuth2 client). */
export type SheetsAuth = NonNullable<import('googleapis').sheets_v4.Options['auth']>;

export interface OpenSourceOptions {
  /** Path of a service-account key file for Google Sheets; without it, application default credentials. */
  credentials?: string;
  /** A ready auth client for Google Sheets (tests, embedding); wins over `credentials` for signing. */
  auth?: SheetsAuth;
  /** Sheets API root, e.g. `http://127.0.0.1:8080/` for a local stand-in. Default: Google's. */
  rootUrl?: string;
  /**
   * IANA zone in which wall times without a zone (CSV text, XLSX dates) are read.
   * Default 'UTC'. Google Sheets always use the spreadsheet's own zone instead.
   */
  timeZone?: string;
  /** Language of the readers' messages. Default English. */
  lang?: import('../../cells/types').Lang;
  /** Called while a file streams: bytes read so far and the file's size. */
  onProgress?(bytesRead: number, totalBytes: number): void;
  /** First backoff delay in ms for Sheets API retries (doubles each try). Default 500; tests use 1. */
  retryDelayMs?: number;
  /**
   * When given, a CSV whose first bytes are UTF-8 opens as UTF-8 without waiting for the check of
   * the whole file (metrics-spec.md §1.3: UTF-8 only if all of it is), which goes on meanwhile and
   * is pushed here: true when it held. Whoever passes this must await every check before anything
   * read is shown, and open the input again without it when one is false (src/cli/core/analyze.ts).
   */
  encodingChecks?: Promise<boolean>[];
}

/**
 * A problem the user can act on. `exitCode` follows the command line's contract:
 * 1 = the data is wrong or unavailable, 2 = the command was used wrongly (bad path, id, access).
 */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SourceError';
  }
}
