import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { google } from 'googleapis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSource, SourceError, spreadsheetIdOf } from '../../src/cli/sources/index';

/**
 * A stand-in for the three Sheets API v4 routes the CLI uses, on 127.0.0.1.
 * Spreadsheets by id: GOOD answers everything, BUSY answers 429 to its first values
 * request, DOWN always answers 503, PRIVATE answers 403; unknown ids answer 404.
 */
const GOOD = 'goodSheet_0123456789abcdefghij';
const BUSY = 'busySheet_0123456789abcdefghij';
const DOWN = 'downSheet_0123456789abcdefghij';
const PRIVATE = 'privateSheet_0123456789abcdefg';
const BOT = 'cx-bot@cx-metrics-test.iam.gserviceaccount.com';

interface Seen {
  path: string;
  query: URLSearchParams;
  authorization?: string;
}
let seen: Seen[] = [];
let busyRefusals = 0;
let rootUrl = '';
let server: http.Server;

const metadata = {
  properties: { title: 'Khảo sát khách hàng', timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' },
  sheets: [
    { properties: { sheetId: 0, title: 'Responses', sheetType: 'GRID' } },
    { properties: { sheetId: 7, title: "Bob's data", sheetType: 'GRID' } },
    { properties: { sheetId: 9, title: 'Chart1', sheetType: 'OBJECT' } },
  ],
};
const fmt = (type?: string) => (type ? { effectiveFormat: { numberFormat: { type } } } : {});
const probe = {
  sheets: [
    { properties: { sheetId: 0 }, data: [{ rowData: [{ values: [fmt('DATE_TIME'), fmt('NUMBER'), fmt(), fmt('DATE')] }] }] },
    { properties: { sheetId: 7 }, data: [{ rowData: [{ values: [fmt(), fmt('NUMBER')] }] }] },
  ],
};
const values: Record<string, unknown[][]> = {
  "'Responses'": [
    ['Timestamp', 'Score', 'Comment', 'Follow-up'],
    [46082.5, 9, 'Rất tốt', 46083],
    [46083.25, 7],
    [],
    [46084, 10, '#N/A', ''],
  ],
  "'Bob''s data'": [['user', 'active'], ['u1', true]],
};

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
const apiError = (code: number, message: string, status: string) => ({ error: { code, message, status } });

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push({ path: url.pathname, query: url.searchParams, authorization: req.headers.authorization });
    const m = /^\/v4\/spreadsheets\/([^/]+?)(\/values:batchGet)?$/.exec(url.pathname);
    const id = m?.[1];
    if (!m || req.method !== 'GET') return reply(res, 400, apiError(400, 'Unexpected route', 'INVALID_ARGUMENT'));
    if (id === PRIVATE) return reply(res, 403, apiError(403, 'The caller does not have permission', 'PERMISSION_DENIED'));
    if (id === DOWN) return reply(res, 503, apiError(503, 'The service is currently unavailable.', 'UNAVAILABLE'));
    if (id !== GOOD && id !== BUSY) return reply(res, 404, apiError(404, 'Requested entity was not found.', 'NOT_FOUND'));
    if (m[2]) {
      if (id === BUSY && busyRefusals++ === 0) return reply(res, 429, apiError(429, 'Quota exceeded', 'RESOURCE_EXHAUSTED'));
      const ranges = url.searchParams.getAll('ranges');
      return reply(res, 200, { spreadsheetId: id, valueRanges: ranges.map((range) => ({ range, majorDimension: 'ROWS', values: values[range] })) });
    }
    return reply(res, 200, url.searchParams.get('includeGridData') === 'true' ? probe : metadata);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  rootUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  busyRefusals = 0;
});

/** A service-account client with a token already in hand, so nothing asks Google for one. */
function fakeServiceAccount() {
  const jwt = new google.auth.JWT({ email: BOT, key: 'not-a-real-key', scopes: ['https://www.googleapis.com/auth/spreadsheets.readonly'] });
  jwt.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
  return jwt;
}
const options = () => ({ rootUrl, auth: fakeServiceAccount(), retryDelayMs: 1 });

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

describe('Google Sheets source', () => {
  it('reads a sheet by URL: title, zone, locale, grid tabs, and serial dates as Dates in the sheet zone', async () => {
    const source = await openSource(`https://docs.google.com/spreadsheets/d/${GOOD}/edit#gid=0`, options());
    expect(source.title).toBe('Khảo sát khách hàng');
    expect(source.timeZone).toBe('Asia/Ho_Chi_Minh');
    // Its locale decides day/month text and decimal marks its columns leave open (spec §1.2).
    expect(source.locale).toBe('vi_VN');
    expect(source.sheets.map((s) => s.name)).toEqual(['Responses', "Bob's data"]);

    const responses = source.sheets[0]!;
    expect(await responses.sample(2)).toEqual([
      ['Timestamp', 'Score', 'Comment', 'Follow-up'],
      [new Date('2026-03-01T05:00:00Z'), 9, 'Rất tốt', new Date('2026-03-01T17:00:00Z')],
    ]);
    const rows: unknown[][] = [];
    for await (const row of responses.rows()) rows.push(row);
    expect(rows).toEqual([
      [new Date('2026-03-01T05:00:00Z'), 9, 'Rất tốt', new Date('2026-03-01T17:00:00Z')],
      [new Date('2026-03-01T23:00:00Z'), 7, '', ''], // 06:00 on 2 March in Hồ Chí Minh City
      ['', '', '', ''],
      [new Date('2026-03-02T17:00:00Z'), 10, '#N/A', ''],
    ]);

    const bob: unknown[][] = [];
    for await (const row of source.sheets[1]!.rows()) bob.push(row);
    expect(bob).toEqual([['u1', true]]);

    // metadata, one format probe, then one values request per tab read (sample and rows share it).
    const batchGets = seen.filter((s) => s.path.endsWith('values:batchGet'));
    expect(batchGets.map((s) => s.query.getAll('ranges'))).toEqual([["'Responses'"], ["'Bob''s data'"]]);
    expect(batchGets[0]!.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(batchGets[0]!.query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
    const gets = seen.filter((s) => s.path === `/v4/spreadsheets/${GOOD}`);
    expect(gets).toHaveLength(2);
    expect(gets[1]!.query.getAll('ranges')).toEqual(["'Responses'!2:6", "'Bob''s data'!2:6"]);
    expect(seen.every((s) => s.authorization === 'Bearer test-token')).toBe(true);
  });

  it('says which account a 403 spreadsheet must be shared with', async () => {
    const err = await failure(openSource(PRIVATE, options()));
    expect(err.message).toBe(`The spreadsheet ${PRIVATE} is not shared with ${BOT} (share it, or use other credentials)`);
    expect(err.exitCode).toBe(2);
    expect(seen).toHaveLength(1);
  });

  it('says a 404 spreadsheet does not exist', async () => {
    const id = 'noSuchSheet_0123456789abcdef';
    const err = await failure(openSource(id, options()));
    expect(err.message).toBe(`No spreadsheet with id ${id} exists (check the id or URL)`);
    expect(err.exitCode).toBe(2);
  });

  it('retries a 429 with backoff and then reads the rows', async () => {
    const source = await openSource(BUSY, options());
    const rows: unknown[][] = [];
    for await (const row of source.sheets[1]!.rows()) rows.push(row);
    expect(rows).toEqual([['u1', true]]);
    expect(seen.filter((s) => s.path.endsWith('values:batchGet'))).toHaveLength(2);
  });

  it('gives up on a failing API after four tries with a clear data error', async () => {
    const err = await failure(openSource(DOWN, options()));
    expect(err.message).toMatch(/^The Sheets API failed with HTTP 503 after 4 tries; try again later/);
    expect(err.exitCode).toBe(1);
    expect(seen).toHaveLength(4);
  });

  it('names a missing credentials file before any request', async () => {
    const err = await failure(openSource(GOOD, { rootUrl, credentials: join(import.meta.dirname, 'no-such-key.json') }));
    expect(err.message).toMatch(/^Credentials file not found: .*no-such-key\.json$/);
    expect(err.exitCode).toBe(2);
    expect(seen).toHaveLength(0);
  });
});

describe('openSource', () => {
  it('says a missing file is not found (usage error)', async () => {
    const err = await failure(openSource('reports/march.csv'));
    expect(err.message).toBe('File not found: reports/march.csv');
    expect(err.exitCode).toBe(2);
  });

  it('opens fixtures by extension', async () => {
    const source = await openSource(join(import.meta.dirname, 'fixtures', 'activity-pipe.csv'));
    expect(source.sheets[0]!.name).toBe('activity-pipe');
  });

  it('finds the id in Sheets URLs and accepts bare ids', () => {
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/d/${GOOD}/edit?usp=sharing`)).toBe(GOOD);
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/u/1/d/${GOOD}/`)).toBe(GOOD);
    expect(spreadsheetIdOf(GOOD)).toBe(GOOD);
    expect(spreadsheetIdOf('data.csv')).toBeUndefined();
  });
});
