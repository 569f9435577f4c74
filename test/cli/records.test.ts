import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/run';

/**
 * Given a folder with a customer list (join and cancel dates) and an order log, `metrics` prints
 * churn and retention from the dates and the September cohort's month-1 retention.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-cli-records-');
  const customers = ['Customer ID,Joined,Cancelled'];
  for (let i = 0; i < 100; i++) customers.push(`C${i},2025-${String(1 + (i % 12)).padStart(2, '0')}-10,${i < 7 ? `2026-10-${String(2 + i * 3).padStart(2, '0')}` : ''}`);
  for (let i = 0; i < 12; i++) customers.push(`N${i},2026-10-${String(1 + i * 2).padStart(2, '0')},`);
  const orders = ['Customer ID,Order date'];
  for (let i = 1; i <= 8; i++) orders.push(`s${i},2026-09-15`);
  for (let i = 1; i <= 6; i++) orders.push(`s${i},2026-10-20`);
  await writeFile(join(dir, 'customers.csv'), customers.join('\n') + '\n');
  await writeFile(join(dir, 'orders.csv'), orders.join('\n') + '\n');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('cx-metrics on a customer list and an order log', () => {
  it('metrics --format json: churn 7%, retention 93% over 100 customers, month-1 cohort retention 75%', async () => {
    const { code, stdout, stderr } = await cli(['metrics', dir, '--time-zone', 'Asia/Ho_Chi_Minh', '--period', '2026-10', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const metrics = new Map(JSON.parse(stdout).metrics.map((m: { id: string }) => [m.id, m]));
    expect(metrics.get('CHURN')).toMatchObject({ n: 100, value: 7, unit: 'percent', higherIsBetter: false });
    expect(metrics.get('RETENTION')).toMatchObject({ n: 100, value: 93 });
    expect(metrics.get('COHORT_MONTH_1')).toMatchObject({ n: 8, value: 75 });
  });

  it('metrics prints them by name in the table, in Vietnamese too', async () => {
    const { stdout } = await cli(['metrics', dir, '--time-zone', 'Asia/Ho_Chi_Minh', '--period', '2026-10']);
    expect(stdout).toMatch(/Customer churn\s+7\.0%\s+100/);
    expect(stdout).toMatch(/Month-1 retention \(last month's new customers\)\s+75\.0%\s+8/);
    const vi = await cli(['metrics', dir, '--time-zone', 'Asia/Ho_Chi_Minh', '--period', '2026-10', '--lang', 'vi']);
    expect(vi.stdout).toMatch(/Tỷ lệ giữ chân\s+93,0%/);
  });
});
