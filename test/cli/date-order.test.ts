import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';

/**
 * Day/month dates in files are read per column (spec §1.2): the column's own values decide, then
 * `--date-order` (saved in the mapping by `detect --out`), then month first. `detect` says which
 * and why, so nobody is left guessing whether 02/09 was September or February.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-date-order-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const HEADER = 'Dấu thời gian,Khả năng bạn giới thiệu chúng tôi cho bạn bè? (0-10)\n';

async function survey(name: string, rows: [string, number][]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, HEADER + rows.map(([when, score]) => `${when},${score}`).join('\n') + '\n');
  return path;
}

async function octoberNps(args: string[]): Promise<{ n: number; value: number }> {
  const { code, stdout, stderr } = await cli(['metrics', ...args, '--period', '2026-10', '--format', 'json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout).metrics.find((m: { id: string }) => m.id === 'NPS');
}

describe('a vi_VN Google Forms export (day first)', () => {
  it('is read day first because a day above 12 proves it: 02/09/2026 is 2 September, not 9 February', async () => {
    const path = await survey('vi-forms.csv', [
      ['02/09/2026 08:27:26', 3],
      ['13/10/2026 09:00:00', 10],
      ['02/10/2026 10:15:00', 9],
      ['28/10/2026 18:40:00', 6],
    ]);
    const nps = await octoberNps([path]);
    expect(nps.n).toBe(3);
    expect(nps.value).toBeCloseTo((100 * (2 - 1)) / 3, 10);
    const { stdout } = await cli(['detect', path]);
    expect(stdout).toContain('Dates: Date / timestamp (A): day first: 13/10/2026 09:00:00 in line 3');
  });
});

describe('dates whose values prove no order', () => {
  const rows: [string, number][] = [
    ['02/10/2026 08:00:00', 10],
    ['05/10/2026 08:00:00', 9],
    ['10/09/2026 08:00:00', 0],
  ];

  it('are month first unless told, and detect says so', async () => {
    const path = await survey('open.csv', rows);
    // Month first: only 10/09 (9 October) falls in October.
    const { code, stdout, stderr } = await cli(['metrics', path, '--period', '2026-10', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.find((m: { id: string }) => m.id === 'NPS').n).toBe(1);
    expect(stderr).toContain('month first');
    expect((await cli(['detect', path])).stdout).toContain('Dates: Date / timestamp (A): month first (nothing in the column says otherwise)');
  });

  it('--date-order dmy reads them day first, and detect --out saves it for --mapping', async () => {
    const path = await survey('told.csv', rows);
    expect((await octoberNps([path, '--date-order', 'dmy'])).n).toBe(2);

    const saved = join(dir, 'told-mapping.json');
    const detect = await cli(['detect', path, '--date-order', 'dmy', '--out', saved, '--lang', 'vi']);
    expect(detect.code).toBe(0);
    expect(detect.stdout).toContain('Ngày tháng: Ngày / dấu thời gian (A): ngày trước tháng (theo cài đặt trong ánh xạ)');
    const mapping = JSON.parse(await readFile(saved, 'utf8'));
    expect(mapping.sources[0].dateOrder).toBe('dmy');
    expect((await octoberNps([path, '--mapping', saved])).n).toBe(2);
    // Given again, the command line wins over the file.
    expect((await octoberNps([path, '--mapping', saved, '--date-order', 'mdy'])).n).toBe(1);
  });

  it('an order that is neither is a usage error', async () => {
    const { code, stderr } = await cli(['metrics', '--date-order', 'ymd']);
    expect(code).toBe(2);
    expect(stderr).toBe('cx-metrics: --date-order must be one of dmy, mdy, not "ymd"\n');
  });
});

describe('metrics and report say when the order was only assumed (issue #10)', () => {
  const rows: [string, number][] = [
    ['02/09/2026 08:00', 10],
    ['05/10/2026 10:00', 9],
  ];

  it('given a UTF-8 export whose dates prove no order, metrics warns on stderr naming the file and column and how to fix it', async () => {
    const path = await survey('assumed.csv', rows);
    const { code, stdout, stderr } = await cli(['metrics', path, '--period', 'all']);
    expect(code).toBe(0);
    expect(stdout).toContain('NPS');
    expect(stderr).toBe(
      `warning: assumed.csv, column A (Date / timestamp): dates such as 02/09/2026 08:00 could be day first or month first, and nothing in the column says which; ` +
        'they were read month first (02/09/2026 08:00 as month 2, day 9). If they are day first, run again with --date-order dmy or --locale vi_VN, ' +
        'or save the date order in the mapping (cx-metrics detect --date-order dmy --out mapping.json).\n',
    );
  });

  it('in Vietnamese, report says the same on stderr and still prints the report', async () => {
    const path = await survey('assumed-vi.csv', rows);
    const { code, stdout, stderr } = await cli(['report', path, '--period', 'all', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).not.toBe('');
    expect(stderr).toBe(
      `cảnh báo: assumed-vi.csv, cột A (Ngày / dấu thời gian): ngày như 02/09/2026 08:00 có thể đọc ngày trước tháng hoặc tháng trước ngày, và không có gì trong cột cho biết cách nào; ` +
        'chúng đã được đọc tháng trước ngày (02/09/2026 08:00 là tháng 2, ngày 9). Nếu ngày đứng trước, hãy chạy lại với --date-order dmy hoặc --locale vi_VN, ' +
        'hoặc lưu thứ tự ngày trong ánh xạ (cx-metrics detect --date-order dmy --out mapping.json).\n',
    );
  });

  it('the JSON output stays clean JSON and the warning goes to stderr', async () => {
    const path = await survey('assumed-json.csv', rows);
    const { code, stdout, stderr } = await cli(['metrics', path, '--period', 'all', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.find((m: { id: string }) => m.id === 'NPS').n).toBe(2);
    expect(stderr).toContain('--date-order dmy');
  });

  it('is not said when a value proves the order, or the order is set by --date-order, --locale or the mapping', async () => {
    const proven = await survey('proven.csv', [...rows, ['13/10/2026 09:00', 8]]);
    for (const args of [[proven], [proven, '--lang', 'vi']]) {
      for (const command of ['metrics', 'report']) {
        const { code, stderr } = await cli([command, ...args, '--period', 'all']);
        expect(code).toBe(0);
        expect(stderr).toBe('');
      }
    }
    const open = await survey('set.csv', rows);
    const saved = join(dir, 'set-mapping.json');
    expect((await cli(['detect', open, '--date-order', 'dmy', '--out', saved])).code).toBe(0);
    for (const args of [
      [open, '--date-order', 'dmy'],
      [open, '--date-order', 'mdy'],
      [open, '--locale', 'vi_VN'],
      [open, '--locale', 'en_US', '--lang', 'vi'],
      [open, '--mapping', saved],
    ]) {
      for (const command of ['metrics', 'report']) {
        const { code, stderr } = await cli([command, ...args, '--period', 'all']);
        expect(code).toBe(0);
        expect(stderr).toBe('');
      }
    }
  });
});

describe('local numbers and units from the file', () => {
  it('a ticket export with "Thời gian xử lý (giờ)" and 49,5 gives ART in hours from the header unit and the decimal comma', async () => {
    const path = join(dir, 'tickets.csv');
    await writeFile(path, 'Mã yêu cầu,Ngày tạo,Thời gian xử lý (giờ)\nT1,02/10/2026 08:00,"49,5"\nT2,13/10/2026 09:00,"2,5"\n');
    const { code, stdout } = await cli(['metrics', path, '--period', '2026-10', '--format', 'json']);
    expect(code).toBe(0);
    const art = JSON.parse(stdout).metrics.find((m: { id: string }) => m.id === 'ART');
    expect(art).toMatchObject({ n: 2, value: 26, unit: 'hours' });
  });
});
