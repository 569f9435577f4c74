import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCsv } from '../../src/cli/sources/csv';
import { SourceError } from '../../src/cli/sources/types';
import { workbookToCsvFiles } from '../../src/demo/index';
import { encodeText, TEST_ENCODINGS, type TestEncoding } from './helpers/encode';
import { addonMetrics, addonReport, asCsvLines, cli, demo, tempDir } from './helpers/run';

/**
 * Given the same survey exported in each encoding people's tools write (spec §1.3), the CLI
 * reads the same cells and says how it read them; bytes that are no text in any of them are an
 * error naming the line. Nothing is decoded into mojibake silently.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-encoding-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const VIETNAMESE = [
  'Dấu thời gian;Mức độ hài lòng;Nhận xét;Số tiền',
  '2026-10-01 08:15;Rất hài lòng;Giao hàng nhanh, đóng gói kỹ;50.000 ₫',
  '2026-10-02 09:00;Bình thường;Nhân viên hướng dẫn tận tình;1.250.000 ₫',
  '2026-10-03 10:30;Rất không hài lòng;Sản phẩm bị lỗi, ứng dụng chậm;0 ₫',
].join('\r\n');

const FRENCH = ['Date,Satisfaction,Commentaire', '2026-10-01,Très satisfait,“Livraison rapide” – 12 €', '2026-10-02,Déçu,Ça n’a pas marché'].join('\n');

async function write(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function read(path: string, lang?: 'en' | 'vi') {
  const source = await openCsv(path, lang ? { lang } : {});
  const sheet = source.sheets[0]!;
  const rows: unknown[][] = [];
  for await (const row of sheet.rows()) rows.push(row);
  return { sheet, header: (await sheet.sample(1))[0], rows };
}

async function failure(path: string, lang?: 'en' | 'vi'): Promise<SourceError> {
  try {
    await read(path, lang);
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

const LABELS: Record<TestEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  'windows-1252': 'Windows-1252',
};

describe('a Vietnamese survey in every encoding reads the same', () => {
  const vietnameseEncodings = TEST_ENCODINGS.filter((e) => e !== 'windows-1252');

  it.each(vietnameseEncodings)('%s', async (encoding) => {
    const expected = await read(await write('vi-utf8.csv', VIETNAMESE));
    const got = await read(await write(`vi-${encoding}.csv`, encodeText(VIETNAMESE, encoding)));
    expect(got.header).toEqual(['Dấu thời gian', 'Mức độ hài lòng', 'Nhận xét', 'Số tiền']);
    expect(got.header).toEqual(expected.header);
    expect(got.rows).toEqual(expected.rows);
    expect(got.rows[0]![2]).toBe('Giao hàng nhanh, đóng gói kỹ');
    expect(got.sheet.encoding).toBe(LABELS[encoding]);
    // Plain UTF-8 is the expected case; anything else is said.
    expect(got.sheet.notice).toBe(encoding.startsWith('utf-8') ? undefined : `vi-${encoding}.csv: read as ${LABELS[encoding]}`);
  });

  it('Windows-1258 tone marks are composed (NFC), so labels equal the UTF-8 ones', async () => {
    const bytes = encodeText('Nhãn\nRất hài lòng\n', 'windows-1258');
    // "ấ" and "ò" are not in the code page: they are written as â/o followed by a tone mark.
    expect(bytes.includes(0xec)).toBe(true);
    const { rows } = await read(await write('composed.csv', bytes));
    expect(rows).toEqual([['Rất hài lòng']]);
    expect((rows[0]![0] as string).normalize('NFC')).toBe(rows[0]![0]);
  });

  it('a file that is ASCII for its first megabytes and Windows-1258 after is read as Windows-1258 throughout', async () => {
    const filler = Array.from({ length: 40_000 }, (_, i) => `2026-10-01,ok ${i}`).join('\n');
    const text = `Ngay,Nhan xet\n${filler}\n2026-10-02,Rất hài lòng\n`;
    const { sheet, rows } = await read(await write('late-1258.csv', encodeText(text, 'windows-1258')));
    expect(sheet.encoding).toBe('Windows-1258');
    expect(rows.at(-1)).toEqual([new Date('2026-10-02T00:00:00Z'), 'Rất hài lòng']);
  });
});

describe('a large UTF-8 file is checked whole, in blocks', () => {
  const MIB = 1 << 20;
  /** A CSV whose `cut`-th byte from the first mebibyte's end starts `text`: its first character straddles the boundary. */
  const straddling = (text: string, cut: number) => {
    const head = 'Ngay,Nhan xet\n';
    const filler = 'x'.repeat(MIB - cut - head.length - '2026-10-01,'.length);
    return Buffer.concat([Buffer.from(`${head}2026-10-01,${filler}`), Buffer.from(`${text}\n2026-10-02,ok\n`)]);
  };

  it.each([
    ['a tone-marked vowel (3 bytes) cut after its first byte', 'ệ', 1],
    ['a tone-marked vowel cut after its second byte', 'ệ', 2],
    ['an emoji (4 bytes) cut after its third byte', '😀', 3],
  ])('%s at the first mebibyte is still UTF-8', async (_, text, cut) => {
    const bytes = straddling(`${text} tốt`, cut);
    expect(bytes.subarray(MIB - cut, MIB - cut + Buffer.byteLength(text)).toString()).toBe(text);
    const { sheet, rows } = await read(await write('straddle.csv', bytes));
    expect(sheet.encoding).toBe('UTF-8');
    expect(sheet.notice).toBeUndefined();
    expect((rows[0]![1] as string).endsWith(`${text} tốt`)).toBe(true);
  });

  it('a UTF-8 file cut in the middle of its last character is not UTF-8', async () => {
    const whole = straddling('ok', 1);
    const cut = Buffer.concat([whole, Buffer.from('ệ').subarray(0, 2)]);
    // E1 BB, a character's first two bytes, read as Windows-1252 are "á»": the file is read so, and said.
    const { sheet } = await read(await write('cut-end.csv', cut));
    expect(sheet.encoding).toBe('Windows-1252');
  });

  it('a Windows-1252 byte in the third mebibyte decides the whole file', async () => {
    const filler = Array.from({ length: 120_000 }, (_, i) => `2026-10-01,ok ${i}`).join('\n');
    const text = `Date,Commentaire\n${filler}\n2026-10-02,Très satisfait\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * MIB);
    const { sheet, rows } = await read(await write('late-1252.csv', encodeText(text, 'windows-1252')));
    expect(sheet.encoding).toBe('Windows-1252');
    expect(rows.at(-1)).toEqual([new Date('2026-10-02T00:00:00Z'), 'Très satisfait']);
  });
});

describe('Western European files', () => {
  it('Windows-1252 (Excel "CSV" in France, Latin-1) is read with its curly quotes and euro sign', async () => {
    const { sheet, rows } = await read(await write('fr.csv', encodeText(FRENCH, 'windows-1252')));
    expect(sheet.encoding).toBe('Windows-1252');
    expect(rows).toEqual([
      [new Date('2026-10-01T00:00:00Z'), 'Très satisfait', '“Livraison rapide” – 12 €'],
      [new Date('2026-10-02T00:00:00Z'), 'Déçu', 'Ça n’a pas marché'],
    ]);
  });

  it('Portuguese ã and õ stay Windows-1252: no tone mark, đ or ₫ says Vietnamese', async () => {
    const { sheet, rows } = await read(await write('pt.csv', encodeText('Cidade,Nota\nSão Paulo,9\nInformações,8\n', 'windows-1252')));
    expect(sheet.encoding).toBe('Windows-1252');
    expect(rows).toEqual([['São Paulo', 9], ['Informações', 8]]);
  });
});

describe('bytes that are no text are an error naming the line', () => {
  it('a byte no encoding maps (0x81)', async () => {
    const path = await write('broken.csv', Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0x81, 0x41]), Buffer.from('\n')]));
    const err = await failure(path);
    expect(err.exitCode).toBe(1);
    expect(err.message).toBe(
      'broken.csv: line 3 holds the byte 0x81, which is not text in UTF-8 (first wrong at line 3), Windows-1258 or Windows-1252, so the file is damaged or is not a CSV; open it in Excel or Google Sheets and save it again as "CSV UTF-8"',
    );
    const vi = await failure(path, 'vi');
    expect(vi.message).toMatch(/^broken\.csv: dòng 3 chứa byte 0x81, không phải chữ trong UTF-8/);
  });

  it('UTF-16 without its byte-order mark (NUL bytes)', async () => {
    const path = await write('no-bom.csv', Buffer.from('Score\n9\n', 'utf16le'));
    const err = await failure(path);
    expect(err.message).toMatch(/^no-bom\.csv: line 1 holds the control character U\+0000, .*UTF-16 without its byte-order mark/);
  });

  it('a UTF-8 file (with BOM) with a broken sequence further down', async () => {
    const path = await write('cut.csv', Buffer.concat([encodeText('Nhận xét\nTốt\n', 'utf-8-bom'), Buffer.from([0xe1, 0xba]), Buffer.from('\n')]));
    const err = await failure(path);
    expect(err.message).toMatch(/^cut\.csv: line 3 is not valid UTF-8 \(or holds "�"/);
  });

  it('text converted twice (UTF-8 read as Windows-1252, saved as UTF-8) names the line and what it meant', async () => {
    const twice = (text: string) => new TextDecoder('windows-1252').decode(Buffer.from(text, 'utf8'), { stream: true });
    const path = await write('twice.csv', `Nhãn,Điểm\nOK,9\n${twice('Rất hài lòng')},10\n`);
    expect(twice('Rất')).toBe('Ráº¥t');
    const err = await failure(path);
    expect(err.message).toMatch(/^twice\.csv: line 3: "Ráº¥t" is text converted twice \("Rất" read as Windows-1252/);
  });

  it('the platform decodes Windows-1252 by the WHATWG table (0x80 is €, 0x92 is ’) on the streaming path', () => {
    expect(new TextDecoder('windows-1252').decode(Uint8Array.of(0x80, 0x92), { stream: true })).toBe('€’');
  });
});

describe('cx-metrics on the demo exported in each encoding', () => {
  it.each(['utf-16le', 'utf-16be', 'windows-1258'] as const)('%s gives the add-on numbers and says how it read the files', async (encoding) => {
    const folder = join(dir, `demo-${encoding}`);
    await mkdir(folder, { recursive: true });
    for (const file of workbookToCsvFiles(demo)) await writeFile(join(folder, file.fileName), encodeText(file.csv, encoding));
    const { code, stdout, stderr } = await cli(['metrics', folder, '--time-zone', 'Asia/Ho_Chi_Minh', '--period', '2026-10', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics).toEqual(asCsvLines(addonMetrics(addonReport())));
    const label = LABELS[encoding];
    // A code page only shows where a file needs it: ASCII-only files are plain UTF-8.
    expect(stderr).toContain(`Khảo sát.csv: read as ${label}`);
    if (encoding !== 'windows-1258') expect(stderr).toContain(`Activity.csv: read as ${label}`);

    const detect = await cli(['detect', folder, '--lang', 'vi']);
    expect(detect.stderr).toContain(`Khảo sát.csv: đọc theo bảng mã ${label}`);
    // Each mapped sheet's line says how its file was read.
    expect(detect.stdout).toMatch(/^Form Responses 1: .*\(hàng tiêu đề 1, đọc theo bảng mã (UTF-8|UTF-16 ..)\)$/m);
  });
});
