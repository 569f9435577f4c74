import type { Lang } from '../cells/types';
import type { Mapping } from '../mapping/schema';
import { columnRange, type PlannedMetric } from './dashboard-plan';
import { dashboardTexts as T } from './messages';
import { inertLabel } from './dashboard-text';

/**
 * The dashboard sheet: KPI cells that are live formulas over the mapped ranges, an NPS breakdown,
 * monthly trends from CX_TREND, a segment table from CX_BY, and native charts over those tables.
 *
 * The add-on finds its own sheet by developer metadata, which follows the sheet through renames
 * and moves (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata),
 * with PROJECT visibility so only this add-on sees the key. Rebuilding clears and rewrites that
 * sheet only; a user's own sheet that happens to be called "CX Dashboard" is never touched, the
 * add-on takes "CX Dashboard (2)" instead.
 */

export const DASHBOARD_KEY = 'cx.dashboard';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's dashboard sheet, or null when it has none (never built, or deleted by the user). */
export function findDashboard(book: Book): Sheet | null {
  for (const meta of book.createDeveloperMetadataFinder().withKey(DASHBOARD_KEY).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** The dashboard's sheet id, for marking it in the sidebar's sheet list; null when there is none. */
export function dashboardSheetId(book: Book): number | null {
  return findDashboard(book)?.getSheetId() ?? null;
}

/** `wanted`, or `wanted (2)`, `wanted (3)`… : the first name no other sheet has. */
export function freeSheetName(book: Book, wanted: string, own: Sheet | null): string {
  const taken = new Set(book.getSheets().filter((s) => !own || s.getSheetId() !== own.getSheetId()).map((s) => s.getName()));
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted} (${i})`)) return `${wanted} (${i})`;
}

/** Where each block starts (1-based row, column); blocks sit side by side so spills never collide. */
const KPI = { row: 4, col: 1 };
const BREAKDOWN = { row: 4, col: 5 };
const TREND_COLS = [9, 13];
const SEGMENT_COL = 17;
/** Charts read a fixed window of the spilled tables; blank rows at the end are ignored by Sheets. */
const TABLE_ROWS = 60;

export interface BuiltDashboard {
  sheetName: string;
  url: string;
  formulas: number;
  charts: number;
}

export function buildDashboardSheet(book: Book, mapping: Mapping, plan: PlannedMetric[], lang: Lang): BuiltDashboard {
  let sheet = findDashboard(book);
  const name = freeSheetName(book, T.sheetName[lang], sheet);
  if (sheet) {
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.clear();
    if (sheet.getName() !== name) sheet.setName(name);
  } else {
    sheet = book.insertSheet(name);
    sheet.addDeveloperMetadata(DASHBOARD_KEY, 'v1', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  }
  let formulas = 0;
  /** Labels and numbers (setValues); text from a sheet goes through inertLabel first. */
  const put = (row: number, col: number, rows: unknown[][]) => {
    sheet!.getRange(row, col, rows.length, rows[0].length).setValues(rows);
  };
  /** Formulas the add-on composed, with quoted references (setFormulas, never setValues). */
  const putFormulas = (row: number, col: number, rows: string[][]) => {
    sheet!.getRange(row, col, rows.length, rows[0].length).setFormulas(rows);
    formulas += rows.flat().filter((v) => v.startsWith('=')).length;
  };
  const header = (row: number, col: number, text: string, width: number) => {
    put(row, col, [[text, ...Array(width - 1).fill('')]]);
    sheet!.getRange(row, col, 1, width).setFontWeight('bold').setBackground('#e8f0fe').setFontColor('#174ea6');
  };
  // Charts stack under the tables, one per 20 rows, in the order they are made.
  let charts = 0;
  const chartRow = () => Math.max(KPI.row + 2 + plan.length, 12) + 2 + 20 * charts;

  put(1, 1, [[T.title[lang]], [T.subtitle[lang]]]);
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.getRange(2, 1).setFontColor('#5f6368');

  // Key metrics: one live formula per metric the mapping allows.
  header(KPI.row, KPI.col, T.keyMetrics[lang], 3);
  // The Data label is text built from the sheet's name: written so Sheets cannot parse it (see inertLabel).
  const kpiRows = plan.map((m) => [T.metricNames[m.metric]?.[lang] ?? m.metric, '', inertLabel(T.dataLabel(m.cells, m.sheet)[lang])]);
  put(KPI.row + 1, KPI.col, [[T.metric[lang], T.value[lang], T.source[lang]], ...kpiRows]);
  putFormulas(KPI.row + 2, KPI.col + 1, plan.map((m) => [m.formula]));
  sheet.getRange(KPI.row + 1, KPI.col, 1, 3).setFontWeight('bold');
  // Counts show whole; everything else one decimal (the engine returns unrounded numbers).
  sheet.getRange(KPI.row + 2, KPI.col + 1, kpiRows.length, 1).setNumberFormats(plan.map((m) => [m.unit === 'count' ? '0' : '0.0'])).setFontWeight('bold');

  const nps = plan.find((m) => m.metric === 'NPS');

  if (nps) {
    header(BREAKDOWN.row, BREAKDOWN.col, T.breakdown[lang], 3);
    putFormulas(BREAKDOWN.row + 1, BREAKDOWN.col, [[`=NPS_BREAKDOWN(${nps.source})`]]);
    sheet.getRange(BREAKDOWN.row + 2, BREAKDOWN.col + 2, 5, 1).setNumberFormat('0.0');
    // One bar split into promoters, passives and detractors: the group rows become the series.
    const groups = sheet.getRange(BREAKDOWN.row + 1, BREAKDOWN.col, 4, 1);
    const shares = sheet.getRange(BREAKDOWN.row + 1, BREAKDOWN.col + 2, 4, 1);
    sheet.insertChart(
      sheet
        .newChart()
        .asBarChart()
        .setStacked()
        .setColors(['#1e8e3e', '#f9ab00', '#d93025'])
        .setTitle(T.breakdown[lang])
        .addRange(groups)
        .addRange(shares)
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(1)
        .setPosition(chartRow(), 1, 0, 0)
        .build(),
    );
    charts++;
  }

  // Monthly trends of the score metrics that have a date column beside them.
  const trended = plan.filter((m) => (m.metric === 'NPS' || m.metric === 'CSAT') && mapping.sources.find((s) => s.sheetName === m.sheet)?.columns.timestamp);
  trended.slice(0, TREND_COLS.length).forEach((m, i) => {
    const source = mapping.sources.find((s) => s.sheetName === m.sheet)!;
    const col = TREND_COLS[i];
    const title = T.trend(T.metricNames[m.metric][lang]);
    header(KPI.row, col, title[lang], 3);
    putFormulas(KPI.row + 1, col, [[`=CX_TREND("${m.metric}", ${m.source}, ${columnRange(source, source.columns.timestamp!)}, "month")`]]);
    sheet!.getRange(KPI.row + 1, col, TABLE_ROWS, 1).setNumberFormat('mmm yyyy');
    sheet!.getRange(KPI.row + 1, col + 2, TABLE_ROWS, 1).setNumberFormat('0.0');
    const chart = sheet!
      .newChart()
      .asLineChart()
      .addRange(sheet!.getRange(KPI.row + 1, col, TABLE_ROWS, 1))
      .addRange(sheet!.getRange(KPI.row + 1, col + 2, TABLE_ROWS, 1))
      .setNumHeaders(0)
      .setOption('title', title[lang])
      .setOption('legend', { position: 'none' })
      .setPosition(chartRow(), 1, 0, 0)
      .build();
    sheet!.insertChart(chart);
    charts++;
  });

  // The first score metric split by segment, when the same sheet has a segment column.
  const segmented = plan.find((m) => ['NPS', 'CSAT', 'CES'].includes(m.metric) && mapping.sources.find((s) => s.sheetName === m.sheet)?.columns.segment);
  if (segmented) {
    const source = mapping.sources.find((s) => s.sheetName === segmented.sheet)!;
    header(KPI.row, SEGMENT_COL, T.bySegment(T.metricNames[segmented.metric][lang])[lang], 3);
    putFormulas(KPI.row + 1, SEGMENT_COL, [[`=CX_BY("${segmented.metric}", ${segmented.source}, ${columnRange(source, source.columns.segment!)})`]]);
    sheet.getRange(KPI.row + 1, SEGMENT_COL + 2, TABLE_ROWS, 1).setNumberFormat('0.0');
  }

  // Show the result: the person clicked Build and expects to see it.
  sheet.activate();
  sheet.setColumnWidth(1, 230);
  sheet.setColumnWidth(3, 170);
  return { sheetName: name, url: `${book.getUrl()}#gid=${sheet.getSheetId()}`, formulas, charts };
}
