import { quoteSheet } from '../../cells/coverage';
import { readFile } from 'node:fs/promises';
import { google, type sheets_v4 } from 'googleapis';
import type { Cell } from '../../cells/types';
import { explainSheetsError, withRetry } from './google-errors';
import { sourceMessages, type SourceMessages } from './messages';
import { SourceError, type OpenSourceOptions, type SheetsAuth, type Source, type SourceSheet } from './types';
import { serialToDate } from './zone';

const SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';
/** Data rows whose number formats decide which columns hold dates (see `dateColumns`). */
const PROBE_ROWS = '2:6';

/**
 * A Google Sheet through the Sheets API v4. Three kinds of request:
 * 1. `spreadsheets.get` for the title, time zone and tabs;
 * 2. one `spreadsheets.get` with includeGridData for rows 2–6 of every tab, asking only for
 *    each cell's number-format type, to learn which columns hold dates;
 * 3. per tab, when first read, one `spreadsheets.values.batchGet` of the whole tab with
 *    UNFORMATTED_VALUE and SERIAL_NUMBER, kept for that tab's `sample` and `rows`.
 * Why (2): with SERIAL_NUMBER a date arrives as a plain number, indistinguishable from a
 * score (https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption);
 * FORMATTED_STRING would give locale-dependent text. The format of the first data rows is
 * the simplest exact signal for the usual sheet, where a column holds one kind of value; a
 * date typed into a number column further down stays a number.
 * Serial numbers become Dates in the spreadsheet's own time zone, as Apps Script's getValues does.
 */
export async function openGoogleSheet(spreadsheetId: string, opts: OpenSourceOptions = {}): Promise<Source> {
  const m = sourceMessages(opts.lang);
  const auth = opts.auth ?? (await authFromOptions(opts.credentials, m));
  const api = google.sheets({ version: 'v4', auth, ...(opts.rootUrl ? { rootUrl: opts.rootUrl } : {}) });
  const account = () => accountOf(auth, opts.credentials, m);
  const call = async <T>(request: () => Promise<{ data: T }>): Promise<T> => {
    try {
      return (await withRetry(request, { delayMs: opts.retryDelayMs })).data;
    } catch (e) {
      throw await explainSheetsError(e, spreadsheetId, account, m);
    }
  };
  // googleapis retries on its own unless told not to; withRetry does it instead.
  const noRetry = { retry: false };

  const meta = await call(() =>
    api.spreadsheets.get(
      { spreadsheetId, fields: 'properties(title,timeZone,locale),sheets.properties(sheetId,title,sheetType)' },
      noRetry,
    ),
  );
  const timeZone = meta.properties?.timeZone ?? 'UTC';
  // Chart-only and BigQuery data-source tabs hold no cells to read.
  const tabs = (meta.sheets ?? [])
    .map((s) => s.properties ?? {})
    .filter((p) => (p.sheetType ?? 'GRID') === 'GRID' && typeof p.title === 'string');

  const probe = tabs.length
    ? await call(() =>
        api.spreadsheets.get(
          {
            spreadsheetId,
            ranges: tabs.map((t) => `${quoteSheet(t.title!)}!${PROBE_ROWS}`),
            includeGridData: true,
            fields: 'sheets(properties(sheetId),data(rowData(values(effectiveFormat(numberFormat(type))))))',
          },
          noRetry,
        ),
      )
    : { sheets: [] };
  const datesBySheetId = new Map<number, Set<number>>();
  for (const s of probe.sheets ?? []) datesBySheetId.set(s.properties?.sheetId ?? -1, dateColumns(s));

  const sheets = tabs.map((tab): SourceSheet => {
    const name = tab.title!;
    const dates = datesBySheetId.get(tab.sheetId ?? -1) ?? new Set<number>();
    let values: Promise<Cell[][]> | undefined;
    const load = () =>
      (values ??= call(() =>
        api.spreadsheets.values.batchGet(
          {
            spreadsheetId,
            ranges: [quoteSheet(name)],
            majorDimension: 'ROWS',
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'SERIAL_NUMBER',
          },
          noRetry,
        ),
      ).then((data) => (data.valueRanges?.[0]?.values ?? []) as Cell[][]));
    const typed = (raw: Cell[][], r: number, width: number): Cell[] => {
      const row = (raw[r] ?? []).map((v, c) => (v === null || v === undefined ? '' : r > 0 && dates.has(c) && typeof v === 'number' ? serialToDate(v, timeZone) : v));
      // The API drops trailing empty cells and turns blank rows into []; Sheets ranges are rectangular.
      while (row.length < width) row.push('');
      return row;
    };
    return {
      name,
      async sample(maxRows) {
        const raw = await load();
        const width = raw[0]?.length ?? 0;
        return raw.slice(0, Math.max(0, maxRows)).map((_, r) => typed(raw, r, width));
      },
      async *rows() {
        const raw = await load();
        const width = raw[0]?.length ?? 0;
        for (let r = 1; r < raw.length; r++) yield typed(raw, r, width);
      },
    };
  });
  const locale = meta.properties?.locale ?? undefined;
  return { title: meta.properties?.title ?? spreadsheetId, timeZone, ...(locale ? { locale } : {}), sheets };
}

/** 0-based columns whose first formatted probe cell is a DATE, TIME or DATE_TIME. */
function dateColumns(sheet: sheets_v4.Schema$Sheet): Set<number> {
  const decided = new Map<number, boolean>();
  for (const grid of sheet.data ?? []) {
    for (const row of grid.rowData ?? []) {
      (row.values ?? []).forEach((cell, c) => {
        const type = cell.effectiveFormat?.numberFormat?.type;
        if (type && !decided.has(c)) decided.set(c, type === 'DATE' || type === 'TIME' || type === 'DATE_TIME');
      });
    }
  }
  return new Set([...decided].filter(([, isDate]) => isDate).map(([c]) => c));
}


/** A service-account key file, or application default credentials without one. */
async function authFromOptions(credentials: string | undefined, m: SourceMessages): Promise<SheetsAuth> {
  if (credentials !== undefined) await readKeyFile(credentials, m);
  return new google.auth.GoogleAuth({ scopes: [SCOPE], ...(credentials ? { keyFile: credentials } : {}) });
}

async function readKeyFile(path: string, m: SourceMessages): Promise<{ client_email?: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new SourceError(m.credentialsMissing(path), 2);
  }
  try {
    return JSON.parse(text) as { client_email?: string };
  } catch {
    throw new SourceError(m.notCredentials(path), 2);
  }
}

/** The email the sheet must be shared with: from the key file, the client, or ADC. */
async function accountOf(auth: SheetsAuth, credentials: string | undefined, m: SourceMessages): Promise<string | undefined> {
  if (credentials) return (await readKeyFile(credentials, m)).client_email;
  const client = auth as { email?: unknown; getCredentials?: () => Promise<{ client_email?: string }> };
  if (typeof client.email === 'string') return client.email;
  return typeof client.getCredentials === 'function' ? (await client.getCredentials()).client_email : undefined;
}
