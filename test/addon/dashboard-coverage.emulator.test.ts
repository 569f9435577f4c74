import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook, FORM_SHEET } from '../../src/demo';
import { isoDate, localDay } from '../../src/cells/calendar';
import { leftOutCount } from '../../src/cells/coverage';
import type { WorkbookData } from '../../src/emulator/context';
import type { Emulator } from '../../src/emulator/index';
import { ensureBuilt, mapColumns, openDemo } from '../../src/emulator/demo-session';
import type { Mapping } from '../../src/mapping/schema';
import { coverageSentence } from '../../src/report/coverage-text';
import { reportInputFromMapping } from '../../src/report/from-mapping';
import { buildReport } from '../../src/report/model';
import { parsePeriodText } from '../../src/report/period';
import type { Cell, Lang } from '../../src/cells/types';

/**
 * The dashboard's coverage column for every KPI it shows (survey answers, tickets' ART and FCR,
 * referral answers, monthly trial and referral counts, active users), live in the emulator:
 * each KPI's n, left out and "why, and where" equal what the report engine says of the same
 * sheet for the selected period, with the first sheet cells of what it could not read.
 */

beforeAll(() => ensureBuilt());

const ZONE = 'Asia/Ho_Chi_Minh';
const monthOf = (cell: unknown) => (cell instanceof Date ? isoDate(localDay(cell.getTime(), ZONE)).slice(0, 7) : '');

/** The demo with its activity log cut to August–October 2026 (quicker), and bad cells in October: their sheet cells. */
function demoWithBadCells(): { workbook: WorkbookData; bad: Record<string, string[]> } {
  const workbook = demoWorkbook();
  const sheet = (name: string) => workbook.sheets.find((s) => s.name === name)!;
  const bad: Record<string, string[]> = {};
  const spoil = (name: string, column: number, dateColumn: number, texts: string[], when = '2026-10') => {
    const rows = sheet(name).rows;
    const places: string[] = [];
    for (let i = 1; i < rows.length && places.length < texts.length; i++) {
      if (monthOf(rows[i][dateColumn]) !== when || rows[i][column] === '') continue;
      rows[i][column] = texts[places.length];
      places.push(`'${name}'!${String.fromCharCode(65 + column)}${i + 1}`);
    }
    bad[name] = places;
  };
  const activity = sheet('Activity');
  activity.rows = activity.rows.filter((row, i) => i === 0 || monthOf(row[1]) >= '2026-08');
  // Resolved dates no one can read, a referral answer that is a Sheets error, a trial count in words, activity dates in words.
  spoil('Support tickets', 2, 1, ['soon', 'sau'], '2026-10');
  spoil(FORM_SHEET, 6, 0, ['#REF!'], '2026-10');
  spoil('Subscriptions', 4, 0, ['about 150'], '2026-10');
  spoil('Activity', 1, 1, ['hôm qua', 'yesterday'], '2026-10');
  return { workbook, bad };
}

const KPI_OF: Record<string, string> = {
  NPS: 'NPS', 'CSAT %': 'CSAT', 'CSAT average': 'CSAT_AVG', 'Customer effort (CES)': 'CES', 'First-contact resolution %': 'FCR',
  'Average resolution time (hours)': 'ART', 'Referral rate %': 'REFERRAL_RATE', 'Trial conversion %': 'TRIAL_CONVERSION',
  'Monthly active users': 'ACTIVE_USERS', 'Daily active users': 'ACTIVE_USERS', 'Stickiness (DAU/MAU) %': 'STICKINESS',
};

/** What the report engine says of one sheet's KPI for a period: n, left out and the sentence the email prints. */
function engineCoverage(workbook: WorkbookData, mapping: Mapping, sheetName: string, id: string, period: string, lang: Lang) {
  const source = mapping.sources.find((s) => s.sheetName === sheetName)!;
  const rows = workbook.sheets.find((s) => s.name === sheetName)!.rows as Cell[][];
  const input = reportInputFromMapping({ ...mapping, sources: [source] }, () => rows, { timeZone: ZONE, lang, period: parsePeriodText(period)! });
  const kpi = buildReport(input).kpis.find((k) => k.id === id);
  if (!kpi) return { n: 0, leftOut: 0, why: coverageSentence(0, { used: 0, leftOut: {} }, lang) };
  const n = kpi.current?.n ?? 0;
  return { n, leftOut: leftOutCount(kpi.coverage), why: coverageSentence(n, kpi.coverage, lang) };
}

/** The KPI table: label, its sheet (from the Data column; "All surveys" from its label), n, left out, and the coverage sentence. */
function kpiRows(emu: Emulator, name: string) {
  const rows = emu.spreadsheet.values(name, 'A9:J40');
  const out: { label: string; sheet: string; n: unknown; leftOut: unknown; why: unknown }[] = [];
  for (const [label, , , , n, leftOut, , , data, why] of rows) {
    if (label === '') break;
    out.push({ label: String(label), sheet: String(label).endsWith(' · All surveys') ? 'All surveys' : String(data).replace(/^.*? of /, ''), n, leftOut, why });
  }
  return out;
}

describe('the dashboard coverage column for every KPI', () => {
  const { workbook, bad } = demoWithBadCells();
  const emu = openDemo({ workbook });
  const { mapping } = mapColumns(emu, 'en') as { mapping: Mapping };
  const name = emu.call<{ sheetName: string }>('buildDashboard', { lang: 'en' }).sheetName;

  function expectEngine(period: string) {
    const compared: string[] = [];
    for (const row of kpiRows(emu, name)) {
      if (row.sheet === 'All surveys') continue;
      const id = KPI_OF[row.label.split(' · ')[0]];
      expect(id, row.label).toBeDefined();
      const expected = engineCoverage(workbook, mapping, row.sheet, id, period, 'en');
      expect({ n: row.n, leftOut: row.leftOut, why: row.why }, `${row.label} in ${period}`).toEqual(expected);
      compared.push(id);
    }
    return compared;
  }

  it('equals the engine for the selected month, each KPI, with the first sheet cells it could not read', () => {
    expect(emu.spreadsheet.values(name, 'B4')[0][0]).toBe('2026-10');
    const compared = expectEngine('2026-10');
    for (const id of ['NPS', 'FCR', 'ART', 'REFERRAL_RATE', 'TRIAL_CONVERSION', 'ACTIVE_USERS', 'STICKINESS']) expect(compared, id).toContain(id);
    const why = (label: string) => String(kpiRows(emu, name).find((r) => r.label.startsWith(label))!.why);
    expect(why('Average resolution time')).toContain(`could not be read (first: ${bad['Support tickets'][0]}`);
    expect(why('Referral rate % · Form')).toContain(`could not be read (first: ${bad[FORM_SHEET][0]}`);
    expect(why('Trial conversion')).toContain(`could not be read (first: ${bad.Subscriptions[0]}`);
    expect(why('Monthly active users')).toContain(`could not be read (first: ${bad.Activity[0]}`);
    expect(kpiRows(emu, name).find((r) => r.label.startsWith('Average resolution time'))!.leftOut).toBeGreaterThanOrEqual(2);
  });

  it('follows the period dropdown, the month before with its own counts', () => {
    emu.spreadsheet.choose(name, 'B4', '2026-09');
    expectEngine('2026-09');
    emu.spreadsheet.choose(name, 'B4', '2026-10');
  });

  it('is a live CX_COVERAGE for each KPI, its n beside the value', () => {
    const rows = emu.spreadsheet.snapshot().sheets.find((s) => s.name === name)!.rows;
    const labels = kpiRows(emu, name);
    labels.forEach((row, i) => {
      if (row.sheet === 'All surveys') return;
      expect(rows[8 + i][4], row.label).toBe(`=S${9 + i}`);
      // Daily users and stickiness of the log read the monthly users' count of the same rows.
      if (/^(Daily active users|Stickiness)/.test(row.label)) expect(rows[8 + i][18], row.label).toBe(`=S${9 + labels.findIndex((r) => r.label.startsWith('Monthly active users'))}`);
      else expect(rows[8 + i][18], row.label).toMatch(/^=CX_COVERAGE\(/);
    });
    const art = labels.findIndex((r) => r.label.startsWith('Average resolution time'));
    // Resolved dates first (a ticket counts when it was resolved), opened dates second, both read through CX_DATES.
    expect(rows[8 + art][18]).toMatch(/^=CX_COVERAGE\("ART", CX_DATES\('Support tickets'!C2:C\), CX_DATES\('Support tickets'!B2:B\), /);
  });
});

describe('the coverage of churn, retention and activity churn on the dashboard', () => {
  const day = (iso: string) => new Date(`${iso}T09:00:00+07:00`);
  /** A customer list (one cancel date no one can read, sheet row 5) and an order log (one order date in words, sheet row 3). */
  function shop(): WorkbookData {
    const customers: unknown[][] = [['Customer ID', 'Joined', 'Cancelled']];
    for (let i = 0; i < 40; i++) customers.push([`C${i}`, day(`2025-${String(1 + (i % 12)).padStart(2, '0')}-10`), i < 5 ? day(`2026-10-${String(2 + i * 3).padStart(2, '0')}`) : '']);
    customers[4][2] = 'đầu tháng 10';
    customers.push(['N99', day('2026-11-02'), '']);
    const orders: unknown[][] = [['Customer ID', 'Order date', 'Total']];
    for (let c = 0; c < 20; c++) orders.push([`C${c}`, day(`2026-09-${String(1 + c).padStart(2, '0')}`), 100]);
    orders[2][1] = 'last Tuesday';
    for (let c = 0; c < 12; c++) orders.push([`C${c}`, day(`2026-10-${String(1 + c).padStart(2, '0')}`), 120]);
    orders.push(['C1', day('2026-11-01'), 90]);
    return { name: 'Shop', timeZone: ZONE, locale: 'en_US', sheets: [{ name: 'Customers', rows: customers }, { name: 'Orders', rows: orders }] };
  }

  it('reads a customer list of day-first text dates in the order the mapping saved, as the engine does', () => {
    // Every day is 12 or less, so only the mapping's "dmy" says 05/10/2026 is 5 October (en_US would read 10 May).
    const text = (y: number, m: number, d: number) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    const customers: unknown[][] = [['Customer ID', 'Joined', 'Cancelled']];
    for (let i = 0; i < 40; i++) customers.push([`C${i}`, text(2025, 1 + (i % 12), 10), i < 5 ? text(2026, 10, 2 + i * 2) : '']);
    customers[4][2] = 'đầu tháng 10';
    customers.push(['N99', text(2026, 11, 2), '']);
    const orders: unknown[][] = [['Customer ID', 'Order date', 'Total']];
    for (let c = 0; c < 12; c++) orders.push([`C${c}`, day(`2026-10-${String(1 + c).padStart(2, '0')}`), 120]);
    const workbook: WorkbookData = { name: 'Shop', timeZone: ZONE, locale: 'en_US', sheets: [{ name: 'Customers', rows: customers }, { name: 'Orders', rows: orders }] };
    const emu = openDemo({ workbook });
    const { mapping } = mapColumns(emu, 'en') as { mapping: Mapping };
    const saved: Mapping = { ...mapping, sources: mapping.sources.map((s) => ({ ...s, dateOrder: 'dmy' as const })) };
    emu.call('saveMapping', { lang: 'en', mapping: saved });
    const name = emu.call<{ sheetName: string }>('buildDashboard', { lang: 'en' }).sheetName;
    const sheet = emu.spreadsheet.snapshot().sheets.find((s) => s.name === name)!;
    for (const [metric, id] of [['CUSTOMER_CHURN', 'CHURN'], ['CUSTOMER_RETENTION', 'RETENTION']] as const) {
      const r = sheet.rows.findIndex((row) => typeof row[1] === 'string' && row[1].startsWith(`=${metric}(`));
      expect(r, metric).toBeGreaterThan(0);
      const expected = engineCoverage(workbook, saved, 'Customers', id, '2026-10', 'en');
      // October's customers: the 40 who joined in 2025 less the one whose cancel no one can read, named by its cell.
      expect(expected.n).toBe(39);
      expect(expected.why).toContain("'Customers'!C5");
      expect({ n: sheet.values[r][4], leftOut: sheet.values[r][5], why: sheet.values[r][9] }, metric).toEqual(expected);
    }
  });

  for (const lang of ['en', 'vi'] as const) {
    it(`says what each is made of in its own month, the unreadable cells named, as the engine counts them (${lang})`, () => {
      const workbook = shop();
      if (lang === 'vi') workbook.locale = 'vi_VN';
      const emu = openDemo({ workbook });
      const { mapping } = mapColumns(emu, lang) as { mapping: Mapping };
      const name = emu.call<{ sheetName: string }>('buildDashboard', { lang }).sheetName;
      const sheet = emu.spreadsheet.snapshot().sheets.find((s) => s.name === name)!;
      /** n, left out and why of the records block's row whose value is `=METRIC(…)`. */
      const shown = (metric: string) => {
        const r = sheet.rows.findIndex((row) => typeof row[1] === 'string' && row[1].startsWith(`=${metric}(`));
        expect(r, metric).toBeGreaterThan(0);
        return { n: sheet.values[r][4], leftOut: sheet.values[r][5], why: sheet.values[r][9] };
      };
      // Churn and retention of October (the list's last date is 2 November): the report's own coverage of that month.
      for (const [metric, id] of [['CUSTOMER_CHURN', 'CHURN'], ['CUSTOMER_RETENTION', 'RETENTION']] as const) {
        const expected = engineCoverage(workbook, mapping, 'Customers', id, '2026-10', lang);
        expect(shown(metric), metric).toEqual(expected);
        expect(expected.why).toContain("'Customers'!C5");
      }
      // Activity churn: October against September; n the 19 September customers with a readable order date.
      const churn = shown('ACTIVITY_CHURN');
      expect(churn.n).toBe(19);
      expect(churn.leftOut).toBe(1);
      expect(churn.why).toBe(lang === 'en' ? "n = 19 · 1 left out: 1 could not be read (first: 'Orders'!B3)" : "n = 19 · 1 bị bỏ qua: 1 không đọc được (đầu tiên: 'Orders'!B3)");
    });
  }
});
