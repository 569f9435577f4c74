import { beforeAll, describe, expect, it } from 'vitest';
import * as engine from '../../src/functions/index';
import { withSheetEnv } from '../../src/functions/env';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, mapColumns, openDemo } from '../../src/emulator/demo-session';
import { FORM_SHEET } from '../../src/demo';

/**
 * Given a shop's workbook with a customer list (join and cancel dates) and an order log, the
 * wizard builds a dashboard whose churn, retention and cohort table are live formulas that give
 * the engine's numbers, with a colour scale on the cohort triangle.
 */

const ZONE = 'Asia/Ho_Chi_Minh';
const day = (iso: string) => new Date(`${iso}T09:00:00+07:00`);

function shopWorkbook(): WorkbookData {
  const customers: unknown[][] = [['Customer ID', 'Joined', 'Cancelled']];
  // 100 customers before October, 7 of them cancel in October; 12 join in October.
  for (let i = 0; i < 100; i++) customers.push([`C${i}`, day(`2025-${String(1 + (i % 12)).padStart(2, '0')}-10`), i < 7 ? day(`2026-10-${String(2 + i * 3).padStart(2, '0')}`) : '']);
  for (let i = 0; i < 12; i++) customers.push([`N${i}`, day(`2026-10-${String(1 + i * 2).padStart(2, '0')}`), '']);
  customers.push(['N99', day('2026-11-02'), '']); // the latest date: November is not over, October is measured
  const orders: unknown[][] = [['Customer ID', 'Order date', 'Total']];
  const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
  months.forEach((month, m) => {
    for (let c = 0; c < 30; c++) {
      // Customer c first orders in month (c % 6) and comes back in some later months.
      if (c % 6 > m) continue;
      if (c % 6 === m || (c + m) % 3 !== 0) orders.push([`C${c}`, day(`${month}-${String(1 + ((c * 7 + m) % 27)).padStart(2, '0')}`), 100 + c]);
    }
  });
  return { name: 'Shop', timeZone: ZONE, locale: 'en_US', sheets: [{ name: 'Customers', rows: customers }, { name: 'Orders', rows: orders }] };
}

beforeAll(() => ensureBuilt());

describe('a dashboard from a customer list and an order log', () => {
  const workbook = shopWorkbook();
  const emu = openDemo({ workbook });
  const { mapping } = mapColumns(emu, 'en');
  const built = emu.call<{ sheetName: string; formulas: number }>('buildDashboard', { lang: 'en' });
  const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!;
  const column = (sheet: string, index: number) => workbook.sheets.find((s) => s.name === sheet)!.rows.slice(1).map((row) => [row[index] ?? '']);
  const env = { timeZone: ZONE, locale: 'en_US' };
  /** The (row, column) of the cell whose formula starts with `start`. */
  const cellOf = (start: string) => {
    for (let r = 0; r < dashboard.rows.length; r++) {
      const c = dashboard.rows[r].findIndex((v) => typeof v === 'string' && v.startsWith(start));
      if (c >= 0) return { r, c };
    }
    throw new Error(`no formula ${start} on the dashboard: ${JSON.stringify(mapping)}`);
  };

  it('writes churn and retention as live formulas equal to the engine (7% and 93% for October)', () => {
    const joined = column('Customers', 1);
    const left = column('Customers', 2);
    const churn = cellOf('=CUSTOMER_CHURN(');
    expect(dashboard.rows[churn.r][churn.c]).toBe("=CUSTOMER_CHURN(CX_DATES('Customers'!B2:B), CX_DATES('Customers'!C2:C), \"month\")");
    expect(dashboard.values[churn.r][churn.c]).toBe(withSheetEnv(env, () => engine.CUSTOMER_CHURN(joined, left, 'month')));
    expect(dashboard.values[churn.r][churn.c]).toBe(7);
    const retention = cellOf('=CUSTOMER_RETENTION(');
    expect(dashboard.values[retention.r][retention.c]).toBe(93);
    const activity = cellOf('=ACTIVITY_CHURN(');
    expect(dashboard.values[activity.r][activity.c]).toBeCloseTo(withSheetEnv(env, () => engine.ACTIVITY_CHURN(column('Orders', 0), column('Orders', 1), 'month')), 12);
  });

  it('spills the dashboard\'s cohort table, equal to CX_COHORT on the engine, under its header row', () => {
    const at = cellOf('=IFERROR(CX_COHORT(');
    expect(dashboard.rows[at.r][at.c]).toBe("=IFERROR(CX_COHORT('Orders'!A2:A, CX_DATES('Orders'!B2:B), \"month\", 12), \"No data for this period and segment\")");
    const want = withSheetEnv(env, () => engine.CX_COHORT(column('Orders', 0), column('Orders', 1), 'month', 12));
    expect(want).toHaveLength(6);
    const got = dashboard.values.slice(at.r, at.r + want.length).map((row) => row.slice(at.c, at.c + 14));
    expect(at.c).toBe(0);
    const plain = (rows: unknown[][]) => rows.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)));
    expect(plain(got)).toEqual(plain(want));
    expect(dashboard.values[at.r - 1].slice(at.c, at.c + 4)).toEqual(['Cohort', 'Size', 'Month 0', 'Month 1']);
    expect(emu.spreadsheet.formulaError(built.sheetName, `${String.fromCharCode(65 + at.c)}${at.r + 1}`)).toBeNull();
  });

  it('has one cohort table, coloured white to green, and the records block below it', () => {
    const at = cellOf('=IFERROR(CX_COHORT(');
    const cohorts = dashboard.rows.flat().filter((v) => typeof v === 'string' && v.includes('CX_COHORT('));
    expect(cohorts).toHaveLength(1);
    const rulesNow = () =>
      (emu.spreadsheet.app.getActive().getSheetByName(built.sheetName)!.getConditionalFormatRules() as unknown as { spec: { ranges: { a1: string }[]; gradient: Record<string, unknown> } }[])
        .map((rule) => rule.spec)
        .filter((spec) => spec.ranges.some((r) => r.a1.endsWith(`!C${at.r + 1}:N${at.r + 60}`)));
    expect(rulesNow()).toHaveLength(1);
    expect(rulesNow()[0].gradient.max).toEqual({ color: '#1e8e3e', type: 'NUMBER', value: '100' });
    // The churn and retention block starts below the cohort table's 60 spill rows.
    expect(cellOf('=CUSTOMER_CHURN(').r).toBeGreaterThan(at.r + 60);
    // Rebuilding replaces the table's rule rather than adding a second one.
    emu.call('buildDashboard', { lang: 'en' });
    expect(rulesNow()).toHaveLength(1);
  });
});

describe('the same shop in the sidebar preview and the monthly report', () => {
  const workbook = shopWorkbook();
  // The last day of October, so the daily trigger of 1 November sends October's report.
  const emu = openDemo({ workbook, now: new Date('2026-10-31T10:00:00Z') });
  const { mapping } = mapColumns(emu, 'en');
  const column = (sheet: string, index: number) => workbook.sheets.find((s) => s.name === sheet)!.rows.slice(1).map((row) => [row[index] ?? '']);
  const env = { timeZone: ZONE, locale: 'en_US' };

  it('previews churn, retention and activity churn with the engine\'s numbers', () => {
    const preview = emu.call<{ metrics: { metric: string; sheet: string; value: number | null; n: number; error?: string }[] }>('previewMetrics', { mapping }).metrics;
    const card = (metric: string) => preview.find((m) => m.metric === metric)!;
    const joined = column('Customers', 1);
    const left = column('Customers', 2);
    expect(card('CUSTOMER_CHURN')).toMatchObject({ sheet: 'Customers', value: 7 });
    expect(card('CUSTOMER_CHURN').value).toBe(withSheetEnv(env, () => engine.CUSTOMER_CHURN(joined, left, 'month')));
    expect(card('CUSTOMER_RETENTION')).toMatchObject({ sheet: 'Customers', value: 93 });
    expect(card('ACTIVITY_CHURN').sheet).toBe('Orders');
    expect(card('ACTIVITY_CHURN').value).toBeCloseTo(withSheetEnv(env, () => engine.ACTIVITY_CHURN(column('Orders', 0), column('Orders', 1), 'month')) as number, 9);
    expect(preview.filter((m) => m.error)).toEqual([]);
  });

  it('sends an October report with customer churn and retention from the list and cohort retention from the orders, as the engine counts them', () => {
    emu.call('saveReportSettings', {
      schedule: { version: 1, enabled: true, recipients: ['owner@shop.example'], frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'en' },
    });
    emu.runTriggers(new Date('2026-11-01T02:00:00Z'));
    const mail = emu.outbox.messages.at(-1)!;
    expect(mail.subject).toContain('October 2026');
    expect(mail.body).toMatch(/^Customer churn: 7\.0% \(n = 100\)$/m);
    expect(mail.body).toMatch(/^Customer retention: 93\.0% \(n = 100\)$/m);
    // Month 1: the September cohort active in October; month 3: the July cohort. From CX_COHORT on the same cells.
    const cohorts = withSheetEnv(env, () => engine.CX_COHORT(column('Orders', 0), column('Orders', 1), 'month', 4)) as unknown[][];
    const monthInZone = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' });
    const cohortOf = (month: string) => cohorts.find((row) => monthInZone.format(row[0] as Date) === month)!;
    const pct = (v: unknown) => `${(v as number).toFixed(1)}%`;
    expect(mail.body).toContain(`Month-1 retention (last month's new customers): ${pct(cohortOf('2026-09')[3])} (n = ${cohortOf('2026-09')[1]})`);
    expect(mail.body).toContain(`Month-3 retention (new customers of 3 months ago): ${pct(cohortOf('2026-07')[5])} (n = ${cohortOf('2026-07')[1]})`);
  });
});

describe('the demo workbook\'s referral card', () => {
  it('shows a number: "How did you hear about us?" is counted by the referral answers the wizard proposes', () => {
    const emu = openDemo({ workbook: undefined });
    const { mapping } = mapColumns(emu, 'en');
    expect((mapping as { referralAnswers?: string[] }).referralAnswers).toEqual(['Friend or colleague']);
    const preview = emu.call<{ metrics: { metric: string; sheet: string; value: number | null; error?: string }[] }>('previewMetrics', { mapping }).metrics;
    const referral = preview.find((m) => m.metric === 'REFERRAL_RATE' && m.sheet === FORM_SHEET)!;
    expect(referral.error).toBeUndefined();
    expect(referral.value).toBeGreaterThan(0);
    expect(referral.value).toBeLessThan(100);
  });
});

describe('several survey sheets with the same question', () => {
  it('get an "All surveys" figure beside each sheet\'s own, in the preview and as a live formula on the dashboard', async () => {
    const { demoWorkbook, VI_SHEET } = await import('../../src/demo');
    const { npsOfRange } = await import('../../src/metrics/nps');
    const workbook = demoWorkbook();
    workbook.sheets = workbook.sheets.filter((s) => s.name === FORM_SHEET || s.name === VI_SHEET);
    const emu = openDemo({ workbook });
    const { mapping } = mapColumns(emu, 'en');
    // Over every row, as the dashboard's records block computes it (the preview's default is the latest month).
    const preview = emu.call<{ metrics: { metric: string; sheet: string; value: number | null; n: number }[] }>('previewMetrics', { mapping, period: 'all' }).metrics;
    const nps = preview.filter((m) => m.metric === 'NPS');
    expect(nps.map((m) => m.sheet)).toEqual([FORM_SHEET, VI_SHEET, 'All surveys']);
    const npsColumn = (name: string) => workbook.sheets.find((s) => s.name === name)!.rows.slice(1).map((row) => [row[2] ?? '']);
    const both = [...npsColumn(FORM_SHEET), ...npsColumn(VI_SHEET)];
    expect(nps[2].n).toBe(nps[0].n + nps[1].n);
    expect(nps[2].value).toBeCloseTo(npsOfRange(both).value, 9);

    const built = emu.call<{ sheetName: string }>('buildDashboard', { lang: 'en' });
    // In the KPI table, each sheet's column filtered by the selectors: on All it is every answer.
    emu.spreadsheet.choose(built.sheetName, 'B4', 'All');
    const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!;
    const row = dashboard.values.findIndex((r) => r[0] === 'NPS · All surveys');
    expect(row).toBeGreaterThan(0);
    expect(dashboard.rows[row][3]).toMatch(new RegExp(`NPS\\(\\{IFERROR\\(FILTER\\('${FORM_SHEET}'!C2:C, .*\\);IFERROR\\(FILTER\\('${VI_SHEET}'!C2:C, `));
    expect(dashboard.values[row][3]).toBeCloseTo(nps[2].value!, 9);
    // In Vietnamese the figure is "Tất cả khảo sát".
    const vi = emu.call<{ metrics: { metric: string; sheet: string }[] }>('previewMetrics', { lang: 'vi', mapping }).metrics;
    expect(vi.some((m) => m.metric === 'NPS' && m.sheet === 'Tất cả khảo sát')).toBe(true);
  });
});

describe('a dashboard from a customer list alone', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`builds, with churn and retention equal to the engine and a KPI table that says why it is empty (${lang})`, () => {
      const workbook = shopWorkbook();
      workbook.sheets = workbook.sheets.filter((s) => s.name === 'Customers');
      const emu = openDemo({ workbook });
      mapColumns(emu, lang);
      const built = emu.call<{ sheetName: string }>('buildDashboard', { lang });
      const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!;
      const values = dashboard.values.flat();
      expect(values).toContain(lang === 'en' ? 'No survey, ticket or activity column is mapped: the figures from your customer records are below. Map more columns in step 2 of the sidebar to fill this table.' : 'Chưa chọn cột khảo sát, phiếu hỗ trợ hay hoạt động nào: các số liệu từ danh sách khách hàng nằm ở bên dưới. Hãy chọn thêm cột ở bước 2 của thanh bên để có bảng này.');
      const r = dashboard.rows.findIndex((row) => row.some((v) => typeof v === 'string' && v.startsWith('=CUSTOMER_CHURN(')));
      const c = dashboard.rows[r].findIndex((v) => typeof v === 'string' && v.startsWith('=CUSTOMER_CHURN('));
      expect(dashboard.values[r][c]).toBe(7);
    });
  }
});
