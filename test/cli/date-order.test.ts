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
    expect(stdout).toContain('Dates: Date / timestamp (A): day first: 13/10/2026 09:00:00 in row 3');
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
    expect((await octoberNps([path])).n).toBe(1);
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
