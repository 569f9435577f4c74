import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportInputFromMapping } from '../../src/report/from-mapping';
import { buildReport } from '../../src/report/index';
import type { Mapping } from '../../src/mapping/index';
import { encodeText } from './helpers/encode';
import { cli, tempDir } from './helpers/run';

/**
 * Every dated column the command line reads goes through the survey's per-column date decision
 * (spec §1.2): the column's own values, then --date-order (or the mapping's), then the locale
 * (--locale, or a Google Sheet's own). An order log, a customer list, referral purchases and the
 * journey sheet written day first give their October numbers, not February's or May's.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-date-families-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function mappingFile(name: string, sheetName: string, columns: Record<string, string>, dateOrder?: 'dmy' | 'mdy'): Promise<string> {
  const mapping = {
    version: 2,
    sources: [{ sheetName, sheetId: null, headerRow: 1, columns, ...(dateOrder ? { dateOrder } : {}) }],
    scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
  };
  return file(name, JSON.stringify(mapping));
}

/** `assumed`: the columns (`orders.csv, column B (…)`) whose order nothing proved, each warned about on stderr (issue #10). */
async function october(args: string[], assumed: string[] = []): Promise<Record<string, { n: number; value: number }>> {
  const { code, stdout, stderr } = await cli(['metrics', ...args, '--period', '2026-10', '--format', 'json']);
  const warnings = stderr.split('\n').filter(Boolean);
  expect(warnings.map((line) => line.slice(0, line.indexOf(': dates such as')))).toEqual(assumed.map((where) => `warning: ${where}`));
  for (const line of warnings) expect(line).toContain('they were read month first');
  expect(code).toBe(0);
  return Object.fromEntries(JSON.parse(stdout).metrics.map((m: { id: string; n: number; value: number }) => [m.id, m]));
}

// Day first, every day 12 or below: 02/10 and 05/10 are October, 10/09 is 10 September.
// Read month first they would be 10 February, 10 May and 9 October.
const ORDERS = 'Customer ID,Order date\nann,02/10/2026\nbob,05/10/2026\ncat,02/10/2026\ndan,10/09/2026\nann,11/09/2026\n';

describe('an order log (active users, cohorts)', () => {
  it('written day first reads as October with --date-order dmy, and month first without it', async () => {
    const path = await file('orders.csv', ORDERS);
    const mapping = await mappingFile('orders-mapping.json', 'orders', { customerId: 'A', timestamp: 'B' });
    expect((await october([path, '--mapping', mapping, '--date-order', 'dmy'])).ACTIVE_USERS).toMatchObject({ value: 3 });
    // Month first only 10/09 (9 October) is in October.
    expect((await october([path, '--mapping', mapping], ['orders.csv, column B (Date / timestamp)'])).ACTIVE_USERS).toMatchObject({ value: 1 });
  });

  it('reads day first from the file locale (--locale vi_VN) and from the mapping saved with dmy', async () => {
    const path = await file('orders.csv', ORDERS);
    const mapping = await mappingFile('orders-mapping.json', 'orders', { customerId: 'A', timestamp: 'B' });
    expect((await october([path, '--mapping', mapping, '--locale', 'vi_VN'])).ACTIVE_USERS).toMatchObject({ value: 3 });
    const saved = await mappingFile('orders-dmy.json', 'orders', { customerId: 'A', timestamp: 'B' }, 'dmy');
    const metrics = await october([path, '--mapping', saved]);
    expect(metrics.ACTIVE_USERS).toMatchObject({ value: 3 });
    // Ann came in September (11/09) and again in October: the September cohort's month 1 is 1 of 2 (ann, dan).
    expect(metrics.COHORT_MONTH_1).toMatchObject({ n: 2, value: 50 });
  });

  it('reads day first when the column proves it (13/09/2026), whatever the locale says', async () => {
    const path = await file('orders.csv', ORDERS + 'eve,13/09/2026\n');
    const mapping = await mappingFile('orders-mapping.json', 'orders', { customerId: 'A', timestamp: 'B' });
    expect((await october([path, '--mapping', mapping, '--locale', 'en_US'])).ACTIVE_USERS).toMatchObject({ value: 3 });
  });

  it('detect shows the decision for the order date, with the locale it came from', async () => {
    const path = await file(
      'shop-orders.csv',
      'Order ID,Customer ID,Order date\nO-1,C-101,02/10/2026\nO-2,C-102,05/10/2026\nO-3,C-103,02/10/2026\nO-4,C-104,10/09/2026\nO-5,C-101,11/09/2026\nO-6,C-105,03/10/2026\n',
    );
    const en = await cli(['detect', path, '--locale', 'vi_VN']);
    expect(en.stdout).toContain('Dates: Date / timestamp (C): day first (the locale vi_VN)');
    const vi = await cli(['detect', path, '--locale', 'vi_VN', '--lang', 'vi']);
    expect(vi.stdout).toContain('Ngày tháng: Ngày / dấu thời gian (C): ngày trước tháng (theo ngôn ngữ vùng vi_VN)');
    // Without a locale or an order, the month-first default is said as such, not hidden.
    expect((await cli(['detect', path])).stdout).toContain('Dates: Date / timestamp (C): month first (nothing in the column says otherwise)');
  });

  it('a locale that is not one is a usage error in both languages', async () => {
    expect(await cli(['metrics', '--locale', 'day first'])).toMatchObject({ code: 2, stderr: 'cx-metrics: --locale "day first" is not a locale; give it as Sheets names them, e.g. vi_VN or en_US\n' });
    const vi = await cli(['metrics', '--locale', '13/10', '--lang', 'vi']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('--locale "13/10" không phải là một ngôn ngữ vùng');
  });
});

describe('a customer list with join and cancel dates', () => {
  // On 1 October: ann, bob, cat, dan are customers (joined before, not yet cancelled); bob
  // cancels on 05/10 (5 October) → October churn 1 of 4. Month first, 05/10 is 10 May.
  const LIST = 'Customer ID,Joined,Cancelled\nann,01/02/2026,\nbob,03/03/2026,05/10/2026\ncat,04/04/2026,\ndan,09/09/2026,\neve,02/10/2026,\n';

  it('gives October churn day first with --date-order dmy', async () => {
    const path = await file('customers.csv', LIST);
    const mapping = await mappingFile('customers-mapping.json', 'customers', { customerId: 'A', customerJoined: 'B', customerLeft: 'C' });
    expect((await october([path, '--mapping', mapping, '--date-order', 'dmy'])).CHURN).toMatchObject({ n: 4, value: 25 });
    const monthFirst = (await october([path, '--mapping', mapping], ['customers.csv, column B (Customer joined (date))', 'customers.csv, column C (Customer left / cancelled (date))'])).CHURN;
    expect(monthFirst?.value).not.toBe(25);
  });
});

describe('referral purchases', () => {
  const PURCHASES = 'Order date,Referred by a friend?\n02/10/2026,yes\n05/10/2026,no\n10/09/2026,yes\n11/10/2026,no\n';

  it('count October day first with --locale vi_VN', async () => {
    const path = await file('purchases.csv', PURCHASES);
    const mapping = await mappingFile('purchases-mapping.json', 'purchases', { timestamp: 'A', referral: 'B' });
    expect((await october([path, '--mapping', mapping, '--locale', 'vi_VN'])).REFERRAL_RATE).toMatchObject({ n: 3, value: 100 / 3 });
    // Month first: only 10/09 (9 October) is in October.
    expect((await october([path, '--mapping', mapping], ['purchases.csv, column A (Date / timestamp)'])).REFERRAL_RATE).toMatchObject({ n: 1, value: 100 });
  });
});

describe('the journey sheet', () => {
  it('limits the funnel to the period by its day-first dates, read with the mapping order', () => {
    const mapping: Mapping = {
      version: 2,
      sources: [{ sheetName: 'Journey', sheetId: null, headerRow: 1, columns: { customerId: 'A', journeyStage: 'B', timestamp: 'C' }, dateOrder: 'dmy' }],
      scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
    } as Mapping;
    const rows = [
      ['Customer', 'Stage', 'Date'],
      ['ann', 'Purchase', '02/10/2026'],
      ['bob', 'Awareness', '05/10/2026'],
      ['cat', 'Advocacy', '10/09/2026'],
    ];
    const input = reportInputFromMapping(mapping, () => rows, { timeZone: 'UTC', lang: 'en', period: { kind: 'month', start: '2026-10-01' } });
    const report = buildReport(input);
    expect(report.funnel!.stages.map((s) => s.atStage)).toEqual([1, 0, 1, 0, 0]);
    const monthFirst = buildReport(reportInputFromMapping({ ...mapping, sources: [{ ...mapping.sources[0], dateOrder: undefined }] } as Mapping, () => rows, {
      timeZone: 'UTC',
      lang: 'en',
      period: { kind: 'month', start: '2026-10-01' },
    }));
    expect(monthFirst.funnel!.stages.map((s) => s.atStage)).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('a CSV saved by a Vietnamese Excel (Windows-1258)', () => {
  it('is read with the vi_VN locale of its code page: day first and decimal comma where the values do not say', async () => {
    const text = 'Dấu thời gian,Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè không? (0-10),Số lượng\n02/10/2026 08:00,10,1.250\n05/10/2026 09:00,9,900\n10/09/2026 10:00,0,1.500\n';
    const path = join(dir, 'excel-vn.csv');
    await writeFile(path, encodeText(text, 'windows-1258'));
    const { code, stdout, stderr } = await cli(['metrics', path, '--period', '2026-10', '--format', 'json']);
    expect(stderr).toBe('excel-vn.csv: read as Windows-1258\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.find((m: { id: string }) => m.id === 'NPS')).toMatchObject({ n: 2, value: 100 });
    const detect = await cli(['detect', path]);
    expect(detect.stdout).toContain('day first (the locale vi_VN)');
    // The same text in UTF-8 has no locale of its own: month first, as said, unless told.
    const utf8 = join(dir, 'utf8-vn.csv');
    await writeFile(utf8, text);
    expect((await cli(['detect', utf8])).stdout).toContain('month first (nothing in the column says otherwise)');
    expect((await cli(['detect', utf8, '--locale', 'vi_VN'])).stdout).toContain('day first (the locale vi_VN)');
  });
});
