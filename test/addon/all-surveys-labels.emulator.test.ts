import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';

/**
 * Two branches ask the same question with their own words: one scores "Tốt" 8, the other 10
 * ("Tốt" is its top answer). "All surveys" must read each sheet's answers by its own label table,
 * in the preview and on the dashboard, not the first sheet's table for both (issue 10).
 */
beforeAll(() => ensureBuilt());

const day = (d: number) => new Date(Date.UTC(2026, 9, d, 3));
// Quận 1: Rất tốt 10 ×2, Tốt 8 ×2, Tệ 3 → P 2, D 1 of 5. Quận 3: Tốt 10 ×3, Được 7, Kém 2 → P 3, D 1 of 5.
const Q1 = ['Rất tốt', 'Rất tốt', 'Tốt', 'Tốt', 'Tệ'];
const Q3 = ['Tốt', 'Tốt', 'Tốt', 'Được', 'Kém'];
const workbook = (): WorkbookData => ({
  name: 'Quán Sen',
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi_VN',
  sheets: [
    { name: 'Quận 1', rows: [['Dấu thời gian', 'Điểm giới thiệu'], ...Q1.map((a, i) => [day(i + 1), a])] },
    { name: 'Quận 3', rows: [['Dấu thời gian', 'Điểm giới thiệu'], ...Q3.map((a, i) => [day(i + 1), a])] },
  ],
});
const mapping = {
  version: 2,
  sources: [
    { sheetName: 'Quận 1', sheetId: 0, headerRow: 1, columns: { timestamp: 'A', nps: 'B' }, labels: { nps: { 'Rất tốt': 10, Tốt: 8, Tệ: 3 } } },
    { sheetName: 'Quận 3', sheetId: 1, headerRow: 1, columns: { timestamp: 'A', nps: 'B' }, labels: { nps: { Tốt: 10, Được: 7, Kém: 2 } } },
  ],
  scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
};
// All ten answers, each by its sheet's table: 5 promoters, 3 passives... P = 2 + 3, D = 1 + 1 → 100 × 3 / 10.
const ALL_NPS = 30;

describe('"All surveys" over sheets with their own label tables', () => {
  const emu = openDemo({ workbook: workbook(), now: new Date('2026-11-03T03:00:00Z') });
  emu.call('saveMapping', { lang: 'en', mapping });

  it('the preview reads each sheet by its own table', () => {
    const metrics = emu.call<{ metrics: { metric: string; sheet: string; value: number | null; n: number; breakdown?: unknown }[] }>('previewMetrics', { lang: 'en', mapping, period: '2026-10' }).metrics;
    const of = (sheet: string) => metrics.find((m) => m.metric === 'NPS' && m.sheet === sheet)!;
    expect([of('Quận 1').value, of('Quận 3').value]).toEqual([20, 40]);
    expect(of('All surveys')).toMatchObject({ value: ALL_NPS, n: 10, breakdown: { promoters: 5, passives: 3, detractors: 2 } });
  });

  it('the dashboard’s live figure does too, for the month and for All', () => {
    const built = emu.call<{ sheetName: string }>('buildDashboard', { lang: 'en' });
    for (const period of ['2026-10', 'All']) {
      emu.spreadsheet.choose(built.sheetName, 'B4', period);
      const rows = emu.spreadsheet.values(built.sheetName, 'A9:E11');
      expect(rows.map((r) => [r[0], r[3], r[4]]), period).toEqual([
        ['NPS · Quận 1', 20, 5],
        ['NPS · Quận 3', 40, 5],
        ['NPS · All surveys', ALL_NPS, 10],
      ]);
    }
    const formula = emu.spreadsheet.app.getActive().getSheetByName(built.sheetName)!.getRange('D11').getFormula();
    expect(formula).toContain('{"Rất tốt",10;"Tốt",8;"Tệ",3}');
    expect(formula).toContain('{"Tốt",10;"Được",7;"Kém",2}');
  });
});
