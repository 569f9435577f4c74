import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, mapColumns, openDemo } from '../../src/emulator/demo-session';
import { cohortsOf } from '../../src/metrics/cohort';
import { readActivity } from '../../src/metrics/activity';
import { ACTIVITY_SHEET, demoWorkbook } from '../../src/demo/index';
import { addonReport } from '../cli/helpers/run';

/**
 * The sidebar preview's cohort card (issue 11), through dist/Code.js in the emulator: given the
 * demo's order log, the payload holds the latest cohorts with their size and the % still active 1
 * and 3 months after (the dashboard's CX_COHORT rows), and the email's month-1 and month-3 figures
 * with what they are made of, for the log's own latest complete month.
 */
beforeAll(() => ensureBuilt());

type Cohort = {
  sheet: string;
  source: string;
  month: { key: string; label: { en: string; vi: string } };
  rows: { key: string; label: { en: string; vi: string }; size: number; after1: number | null; after3: number | null }[];
  month1: { value: number; n: number } | null;
  month3: { value: number; n: number } | null;
  coverage?: { line: { en: string; vi: string } };
  error?: string;
};

describe('the preview’s cohort card', () => {
  it('given the demo’s activity log: the latest cohorts, and the email’s month-1 and month-3 retention for October 2026', () => {
    const emu = openDemo();
    const { mapping } = mapColumns(emu);
    const { cohort } = emu.call<{ cohort?: Cohort }>('previewMetrics', { lang: 'en', mapping });
    expect(cohort).toBeDefined();
    expect(cohort!.sheet).toBe(ACTIVITY_SHEET);
    expect(cohort!.source).toBe(`'${ACTIVITY_SHEET}'!A2:A`);
    expect(cohort!.month).toEqual({ key: '2026-10', label: { en: 'October 2026', vi: 'Tháng 10/2026' } });
    // The email's figures for October: September's new customers still active in October, July's in October.
    const email = addonReport();
    const kpi = (id: string) => email.kpis.find((k) => k.id === id)!.current!;
    expect(cohort!.month1).toEqual({ value: kpi('COHORT_MONTH_1').value, n: kpi('COHORT_MONTH_1').n });
    expect(cohort!.month3).toEqual({ value: kpi('COHORT_MONTH_3').value, n: kpi('COHORT_MONTH_3').n });
    expect(cohort!.coverage!.line).toEqual({ en: `n = ${kpi('COHORT_MONTH_1').n} · nothing left out`, vi: `n = ${kpi('COHORT_MONTH_1').n} · không bỏ qua ô nào` });
    // The rows are CX_COHORT's over the whole log, latest first: October (nothing after it yet), September, August, July.
    const log = demoWorkbook().sheets.find((s) => s.name === ACTIVITY_SHEET)!.rows.slice(1);
    const table = cohortsOf(readActivity('CX_COHORT', log.map((r) => [r[0]]) as never, log.map((r) => [r[1]]) as never, 'Asia/Ho_Chi_Minh'), 'month', 4).slice(-4).reverse();
    expect(cohort!.rows.map((r) => r.key)).toEqual(['2026-10', '2026-09', '2026-08', '2026-07']);
    expect(cohort!.rows.map((r) => [r.size, r.after1, r.after3])).toEqual(table.map((row) => [row.size, row.retention[1], row.retention[3]]));
    expect(cohort!.rows[0]).toMatchObject({ after1: null, after3: null });
    expect(cohort!.rows[1].after1).toBe(cohort!.month1!.value);
    expect(cohort!.rows[3].after3).toBe(cohort!.month3!.value);
    expect(cohort!.rows[1].label).toEqual({ en: 'September 2026', vi: 'Tháng 9/2026' });
  });

  it('no activity log mapped: no cohort card', () => {
    const emu = openDemo();
    const { mapping } = mapColumns(emu) as { mapping: { sources: { sheetName: string }[] } };
    const without = { ...mapping, sources: mapping.sources.filter((s) => s.sheetName !== ACTIVITY_SHEET) };
    expect(emu.call<{ cohort?: Cohort }>('previewMetrics', { lang: 'en', mapping: without }).cohort).toBeUndefined();
  });
});
