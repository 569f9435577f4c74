import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainSheetsError } from '../../src/cli/sources/google-errors';
import { sourceMessages } from '../../src/cli/sources/messages';
import { openSource, SourceError } from '../../src/cli/sources/index';
import { cli, tempDir } from './helpers/run';

/**
 * Every problem the file and Google Sheets readers can meet is said in the person's language
 * (--lang vi), naming the file and line, the path or the spreadsheet, and saying what to do;
 * English stays as it was.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-source-errors-vi-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function failsIn(lang: 'en' | 'vi', argv: string[], code: 1 | 2): Promise<string> {
  const result = await cli([...argv, '--lang', lang]);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(code);
  expect(result.stderr.startsWith('cx-metrics: ')).toBe(true);
  return result.stderr;
}

describe('opening what was named', () => {
  it('a missing file, an unsupported format, an unknown zone and an address that is no Google Sheet', async () => {
    const missing = join(dir, 'thang-10.csv');
    expect(await failsIn('vi', ['metrics', missing], 2)).toBe(`cx-metrics: Không tìm thấy tệp: ${missing}\n`);
    expect(await failsIn('en', ['metrics', missing], 2)).toBe(`cx-metrics: File not found: ${missing}\n`);

    const old = join(dir, 'cu.xls');
    await writeFile(old, 'not really excel');
    expect(await failsIn('vi', ['metrics', old], 2)).toBe(`cx-metrics: ${old}: định dạng này chưa được hỗ trợ; hãy lưu lại dạng .xlsx hoặc .csv\n`);

    const survey = join(dir, 'survey.csv');
    await writeFile(survey, 'Score\n9\n');
    expect(await failsIn('vi', ['metrics', survey, '--time-zone', 'Mars/Olympus'], 2)).toBe(
      'cx-metrics: Múi giờ không tồn tại: Mars/Olympus (hãy dùng tên IANA như Asia/Ho_Chi_Minh)\n',
    );
    expect(await failsIn('vi', ['metrics', 'https://example.com/sheet'], 2)).toBe(
      'cx-metrics: Không phải địa chỉ Google Sheets: https://example.com/sheet (cần dạng https://docs.google.com/spreadsheets/d/ID/…)\n',
    );
  });

  it('a folder named where a file is expected says to name a file in it', async () => {
    const folder = join(dir, 'exports');
    await mkdir(folder, { recursive: true });
    const error = await openSource(folder, { lang: 'vi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe(`${folder} là một thư mục; hãy nêu một tệp .csv hoặc .xlsx trong đó`);
  });

  it('a credentials file that is missing or is not a key', async () => {
    const key = join(dir, 'no-key.json');
    expect(await failsIn('vi', ['metrics', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', '--credentials', key], 2)).toBe(
      `cx-metrics: Không tìm thấy tệp thông tin xác thực: ${key}\n`,
    );
    const notKey = join(dir, 'notes.json');
    await writeFile(notKey, 'hello');
    expect(await failsIn('vi', ['metrics', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', '--credentials', notKey], 2)).toBe(
      `cx-metrics: ${notKey} không phải tệp thông tin xác thực Google (cần tệp khóa JSON của một tài khoản dịch vụ)\n`,
    );
  });
});

describe('quotes a CSV line gets wrong', () => {
  it('name the file and line, in Vietnamese and in English', async () => {
    const open = join(dir, 'open-quote.csv');
    await writeFile(open, 'Điểm,Nhận xét\n9,"Tốt\n10,ok\n');
    expect(await failsIn('vi', ['metrics', open], 1)).toBe(
      'cx-metrics: open-quote.csv: dòng 2: một trường trong ngoặc kép không bao giờ được đóng (thiếu " trước cuối tệp); hãy thêm dấu ngoặc kép đóng\n',
    );
    expect(await failsIn('en', ['metrics', open], 1)).toBe(
      'cx-metrics: open-quote.csv: line 2: a quoted field is never closed (missing " before the end of the file); add the closing quote\n',
    );
    const stray = join(dir, 'stray-quote.csv');
    await writeFile(stray, 'Điểm,Nhận xét\n9,Rất "tốt"\n');
    expect(await failsIn('vi', ['metrics', stray], 1)).toBe(
      'cx-metrics: stray-quote.csv: dòng 2: có dấu ngoặc kép trong một trường không đặt trong ngoặc kép; hãy đặt cả trường trong ngoặc kép và viết đôi mọi dấu " bên trong\n',
    );
    const after = join(dir, 'after-quote.csv');
    await writeFile(after, 'Điểm,Nhận xét\n9,"Tốt" lắm\n');
    expect(await failsIn('vi', ['metrics', after], 1)).toBe(
      'cx-metrics: after-quote.csv: dòng 2: có chữ sau dấu ngoặc kép đóng; hãy đặt cả trường trong ngoặc kép và viết đôi mọi dấu " bên trong\n',
    );
  });
});

describe('the Sheets API refusing', () => {
  const vi = sourceMessages('vi');
  const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
  const failed = (status: number | undefined, message: string, extra: object = {}) =>
    Object.assign(new Error(message), status === undefined ? {} : { response: { status, data: { error: { message } } } }, extra);
  const explain = async (e: unknown, who?: string) => (await explainSheetsError(e, ID, async () => who, vi)).message;

  it('says each refusal in Vietnamese, with the spreadsheet and what to do', async () => {
    expect(await explain(failed(404, 'Requested entity was not found.'))).toBe(`Không có bảng tính nào có id ${ID} (hãy kiểm tra id hoặc URL)`);
    expect(await explain(failed(403, 'The caller does not have permission'), 'bot@shop.iam.gserviceaccount.com')).toBe(
      `Bảng tính ${ID} chưa được chia sẻ với bot@shop.iam.gserviceaccount.com (hãy chia sẻ, hoặc dùng thông tin xác thực khác)`,
    );
    expect(await explain(failed(403, 'The caller does not have permission'))).toBe(
      `Bảng tính ${ID} chưa được chia sẻ với tài khoản của thông tin xác thực này (hãy chia sẻ, hoặc dùng thông tin xác thực khác)`,
    );
    expect(await explain(failed(403, 'Google Sheets API has not been used in project 42'))).toMatch(/^Google Sheets API chưa được bật cho dự án Cloud/);
    expect(await explain(failed(401, 'invalid_grant'))).toBe('Google từ chối thông tin xác thực (invalid_grant); hãy kiểm tra tệp khóa hoặc đăng nhập lại');
    expect(await explain(failed(400, 'Unable to parse range'))).toBe(`Sheets API từ chối yêu cầu cho ${ID}: Unable to parse range`);
    expect(await explain(failed(429, 'Quota exceeded', { cxAttempts: 4 }))).toBe(
      'Sheets API đang giới hạn tốc độ cho thông tin xác thực này và vẫn từ chối sau 4 lần thử; hãy đợi một phút rồi chạy lại',
    );
    expect(await explain(failed(503, 'Backend Error', { cxAttempts: 4 }))).toBe('Sheets API lỗi HTTP 503 sau 4 lần thử; hãy thử lại sau (Backend Error)');
    expect(await explain(failed(undefined, 'getaddrinfo ENOTFOUND sheets.googleapis.com'))).toBe(
      'Không kết nối được Sheets API (getaddrinfo ENOTFOUND sheets.googleapis.com); hãy kiểm tra mạng rồi thử lại',
    );
    expect(await explain(failed(undefined, 'Could not load the default credentials.'))).toMatch(/^Không tìm thấy thông tin xác thực Google: hãy dùng --credentials/);
  });

  it('every English message has its Vietnamese one', () => {
    const en = sourceMessages('en');
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });
});
