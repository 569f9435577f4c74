import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { google } from 'googleapis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UTC_OFFSET_MINUTES } from '../../src/demo/index';
import { addonMetrics, addonReport, addonSurveys, cli, demo } from './helpers/run';

/**
 * The demo workbook served as a Google Sheet by a stand-in for the Sheets API v4 on 127.0.0.1,
 * read through the whole command line: the CLI must print the add-on's numbers. Dates travel
 * as serial numbers (UNFORMATTED_VALUE + SERIAL_NUMBER) with DATE_TIME formats, as Google
 * sends them. DEMO_ID is shared with the service account; PRIVATE_ID answers 403; others 404.
 */
const DEMO_ID = 'demoSheet_0123456789abcdefghij';
const PRIVATE_ID = 'privateSheet_0123456789abcdefg';
const BOT = 'cx-bot@cx-metrics-test.iam.gserviceaccount.com';
let server: http.Server;
let rootUrl = '';
let requests = 0;

const serial = (date: Date) => (date.getTime() + DEMO_UTC_OFFSET_MINUTES * 60_000) / 86_400_000 + 25569;
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function answer(url: URL, res: http.ServerResponse): void {
  const m = /^\/v4\/spreadsheets\/([^/]+?)(\/values:batchGet)?$/.exec(url.pathname);
  if (m?.[1] === PRIVATE_ID) return send(res, 403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } });
  if (m?.[1] !== DEMO_ID) return send(res, 404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
  if (m[2]) {
    const valueRanges = url.searchParams.getAll('ranges').map((range) => {
      const sheet = demo.sheets.find((s) => quoted(s.name) === range)!;
      return { range, majorDimension: 'ROWS', values: sheet.rows.map((row) => row.map((cell) => (cell instanceof Date ? serial(cell) : cell))) };
    });
    return send(res, 200, { spreadsheetId: DEMO_ID, valueRanges });
  }
  if (url.searchParams.get('includeGridData') === 'true') {
    // Number formats of rows 2–6: DATE_TIME where the demo holds a Date.
    const sheets = demo.sheets.map((sheet, id) => ({
      properties: { sheetId: id },
      data: [{ rowData: sheet.rows.slice(1, 6).map((row) => ({ values: row.map((cell) => (cell instanceof Date ? { effectiveFormat: { numberFormat: { type: 'DATE_TIME' } } } : {})) })) }],
    }));
    return send(res, 200, { sheets });
  }
  return send(res, 200, {
    properties: { title: demo.name, timeZone: demo.timeZone },
    sheets: demo.sheets.map((sheet, id) => ({ properties: { sheetId: id, title: sheet.name, sheetType: 'GRID' } })),
  });
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++;
    answer(new URL(req.url ?? '/', 'http://127.0.0.1'), res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  rootUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A service-account client already holding a token, so nothing asks Google for one. */
function sourceOptions() {
  const auth = new google.auth.JWT({ email: BOT, key: 'not-a-real-key', scopes: ['https://www.googleapis.com/auth/spreadsheets.readonly'] });
  auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
  return { sourceOptions: { rootUrl, auth, retryDelayMs: 1 } };
}

describe('cx-metrics on a Google Sheet', () => {
  it('metrics by URL equal the add-on, in the sheet zone, with one values request per tab', async () => {
    requests = 0;
    const { code, stdout, stderr } = await cli(['metrics', `https://docs.google.com/spreadsheets/d/${DEMO_ID}/edit#gid=0`, '--period', '2026-10', '--format', 'json'], sourceOptions());
    // The demo's second survey tab is used too (its own figures and "All surveys"): nothing left out to say.
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.source).toEqual({ title: demo.name, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(doc.metrics).toEqual(addonMetrics(addonReport()));
    expect(doc.surveys).toEqual(addonSurveys(addonReport()));
    // metadata + format probe + one batchGet per tab (each tab is sampled for detection).
    expect(requests).toBe(2 + demo.sheets.length);
  });

  it('report by id links back to the spreadsheet', async () => {
    const { code, stdout } = await cli(['report', DEMO_ID, '--period', '2026-10'], sourceOptions());
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Customer experience report — October 2026');
    expect(stdout).toContain(`https://docs.google.com/spreadsheets/d/${DEMO_ID}/edit`);
  });

  it('a sheet not shared with the service account: exit 2, saying whom to share it with', async () => {
    const { code, stdout, stderr } = await cli(['metrics', PRIVATE_ID], sourceOptions());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(BOT);
  });

  it('a sheet id that does not exist: exit 2, naming the id', async () => {
    const missing = 'missingSheet_0123456789abcdefg';
    const { code, stderr } = await cli(['detect', missing], sourceOptions());
    expect(code).toBe(2);
    expect(stderr).toContain(missing);
  });

  it('--credentials naming no file is a usage error', async () => {
    const { code, stderr } = await cli(['metrics', DEMO_ID, '--credentials', '/nonexistent/key.json'], { sourceOptions: { rootUrl } });
    expect(code).toBe(2);
    expect(stderr).toContain('Credentials file not found: /nonexistent/key.json');
  });
});
