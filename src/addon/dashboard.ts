import type { Lang } from '../cells/types';
import type { Mapping } from '../mapping/schema';
import { columnCells, columnRange, datesRange, labelsArg, type PlannedMetric } from './dashboard-plan';
import { activityFormulas, allText, cell, combinedFormulas, COVERAGE_COLUMN, coverageFormula, type Filters, dateColumn, filtersOf, periodFilter, KPI_COL, LAYOUT, letters, literal, metricFormulas, recordCoverageFormula, SELECTED, SELECTOR_CELLS, nonBlankCounter, segmentSource, selectionFormulas, wrapper } from './dashboard-layout';
import { dateFormula, type DashboardPeriods } from './dashboard-periods';
import { dashboardTexts as T } from './messages';
import { inertLabel } from './dashboard-text';
import { isRecordMetric, writeRecordsSection } from './dashboard-records-block';

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

/**
 * The sheet the add-on marked with developer metadata `key` (its dashboard, Themes or follow-up
 * sheet), or null when it has none (never made, or deleted by the user).
 */
export function findOwnSheet(book: Book, key: string): Sheet | null {
  for (const meta of book.createDeveloperMetadataFinder().withKey(key).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** The add-on's dashboard sheet, or null when it has none. */
export function findDashboard(book: Book): Sheet | null {
  return findOwnSheet(book, DASHBOARD_KEY);
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

export interface BuiltDashboard {
  sheetName: string;
  url: string;
  formulas: number;
  charts: number;
  /** The selectors' values after the build (kept from before a rebuild when still offered). */
  period: string;
  segment: string;
}

/**
 * Widths (px) of the KPI table's columns A:J, metric to "why, and where": with Sheets' 46 px of
 * row numbers they sum to 1,260, inside a 1,280 px window with room for a scroll bar, so the
 * coverage column is never cut off (test/addon/dashboard-fit.test.ts draws it in Chromium).
 */
export const KPI_WIDTHS = [206, 76, 88, 64, 56, 64, 76, 84, 150, 350] as const;

/** Charts read a fixed window of the spilled tables; blank rows at the end are ignored by Sheets. */
const TABLE_ROWS = 60;
const CHART_ROWS = 20;
const CHART_WIDTH = 520;
const CHART_HEIGHT = 380;
const COHORT_PERIODS = 12;

export function buildDashboardSheet(book: Book, mapping: Mapping, fullPlan: PlannedMetric[], lang: Lang, periods: DashboardPeriods): BuiltDashboard {
  // Metrics from customer records and "All surveys" figures take no period or segment filter:
  // they go in their own block (dashboard-records-block.ts), the rest in the filtered KPI table.
  // "All surveys" figures are the exception: their sheets' columns are each FILTERed by the
  // selectors, so they sit in the KPI table with period, n, change and coverage.
  const records = fullPlan.filter((m) => isRecordMetric(m) && !m.parts);
  const plan = fullPlan.filter((m) => !isRecordMetric(m) || m.parts);
  let sheet = findDashboard(book);
  const name = freeSheetName(book, T.sheetName[lang], sheet);
  const ALL = allText(lang);
  // A rebuild keeps what the person chose, when the lists still offer it.
  let kept: unknown[] = [];
  if (sheet) {
    kept = sheet.getRange(SELECTOR_CELLS.period).getValues()[0].concat(sheet.getRange(SELECTOR_CELLS.segment).getValues()[0]);
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    const whole = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    whole.breakApart();
    whole.clearDataValidations();
    sheet.setConditionalFormatRules([]);
    sheet.clear();
    if (sheet.getName() !== name) sheet.setName(name);
  } else {
    sheet = book.insertSheet(name);
    sheet.addDeveloperMetadata(DASHBOARD_KEY, 'v1', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  }
  const s = sheet;
  let formulas = 0;
  /** Labels and numbers (setValues); text from a sheet goes through inertLabel first. */
  // A table with no rows (a workbook of customer records only has no KPI rows) writes nothing, as
  // getRange refuses a height of 0 ("The number of rows in the range must be at least 1").
  const put = (row: number, col: number, rows: unknown[][]) => {
    if (rows.length === 0) return;
    s.getRange(row, col, rows.length, rows[0].length).setValues(rows);
  };
  /** Formulas the add-on composed, with quoted references (setFormulas, never setValues). */
  const putFormulas = (row: number, col: number, rows: string[][]) => {
    if (rows.length === 0) return;
    s.getRange(row, col, rows.length, rows[0].length).setFormulas(rows);
    formulas += rows.flat().filter((v) => v.startsWith('=')).length;
  };
  const header = (row: number, col: number, text: string, width: number) => {
    put(row, col, [[text]]);
    s.getRange(row, col, 1, width).merge().setFontWeight('bold').setBackground('#e8f0fe').setFontColor('#174ea6');
  };
  const columnHeaders = (row: number, col: number, texts: string[]) => {
    put(row, col, [texts]);
    s.getRange(row, col, 1, texts.length).setFontWeight('bold').setBackground('#f1f3f4').setWrap(true);
  };

  // ---- title and selectors ----
  put(1, 1, [[T.title[lang]], [T.subtitle[lang]]]);
  s.getRange(1, 1, 1, LAYOUT.width).merge().setFontWeight('bold');
  s.getRange(2, 1, 1, LAYOUT.width).merge().setFontColor('#5f6368');
  const segSource = segmentSource(mapping, plan);
  put(LAYOUT.period.row, 1, [[T.period[lang]], [T.segment[lang]]]);
  s.getRange(LAYOUT.period.row, 1, 2, 1).setFontWeight('bold');
  // Plain text: a label like 2026 or 2026-10 stays the label, not a number or a date.
  s.getRange(LAYOUT.period.row, LAYOUT.period.column, 2, 1).setNumberFormat('@').setFontWeight('bold').setBackground('#fef7e0');
  s.getRange(LAYOUT.lists.row, LAYOUT.lists.segment, LAYOUT.lists.rows, 2).setNumberFormat('@');
  put(LAYOUT.period.row, 3, [[T.periodHint[lang]]]);
  // Every sheet's segment column the dashboard reads (a survey's channels, the tickets' channels):
  // the dropdown offers all their values, so each sheet's own segments can be chosen.
  const segSources = mapping.sources.filter((x) => x.columns.segment && plan.some((m) => m.sheet === x.sheetName));
  const segPlaces = segSources.map((x) => T.dataLabel(columnCells(x, x.columns.segment!), x.sheetName)[lang]).join(', ');
  const segHint = segSource ? inertLabel(T.segmentValues(segPlaces)[lang]) : T.noSegment[lang];
  put(LAYOUT.segment.row, 3, [[segHint]]);
  s.getRange(LAYOUT.period.row, 3, 2, 1).setFontColor('#5f6368');

  // The lists behind the dropdowns, to the right: periods (label, months, first day) and segments.
  const { lists } = LAYOUT;
  put(lists.row - 1, lists.segment, [[T.lists[lang], '', '', '']]);
  put(lists.row, lists.label, periods.options.map((p) => [p.label, p.months]));
  const day = (iso: string) => `=${iso ? dateFormula(iso) : 'DATE(1900, 1, 1)'}`;
  putFormulas(lists.row, lists.start, periods.options.map((p) => [day(p.start), day(p.last)]));
  s.getRange(lists.row, lists.start, periods.options.length, 2).setNumberFormat('yyyy-mm-dd');
  put(lists.row, lists.segment, [[ALL]]);
  if (segSource) {
    const ranges = segSources.map((x) => columnRange(x, x.columns.segment!));
    // Several columns stack into one (`;` stacks rows in every locale, https://support.google.com/docs/answer/6208276).
    const seg = ranges.length === 1 ? ranges[0] : `{${ranges.join(';')}}`;
    putFormulas(lists.row + 1, lists.segment, [[`=SORT(UNIQUE(FILTER(${seg}, ${seg}<>"")))`]]);
  }
  const sel = selectionFormulas(periods.latestMonth ? dateFormula(periods.latestMonth) : 'DATE(1900, 1, 1)');
  put(LAYOUT.selected.row, LAYOUT.selected.months - 1, [[T.selection[lang]]]);
  putFormulas(LAYOUT.selected.row, LAYOUT.selected.months, [[sel.months, sel.start, sel.end], [sel.step, sel.anchor, sel.last]]);
  s.getRange(LAYOUT.selected.row, LAYOUT.selected.start, 2, 2).setNumberFormat('yyyy-mm-dd');
  s.getRange(lists.row - 1, lists.segment, lists.rows + 1, 5).setFontColor('#80868b');
  s.getRange(LAYOUT.selected.row, LAYOUT.selected.months - 1, 2, 4).setFontColor('#80868b');

  const periodLabels = periods.options.map((p) => p.label);
  const chosenPeriod = typeof kept[0] === 'string' && periodLabels.includes(kept[0]) ? kept[0] : periods.defaultLabel;
  s.getRange(LAYOUT.period.row, LAYOUT.period.column).setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange(lists.row, lists.label, lists.rows, 1), true).setAllowInvalid(false).setHelpText(T.periodHint[lang]).build(),
  );
  s.getRange(LAYOUT.segment.row, LAYOUT.segment.column).setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange(lists.row, lists.segment, lists.rows, 1), true).setAllowInvalid(false).build(),
  );
  put(LAYOUT.period.row, LAYOUT.period.column, [[chosenPeriod], [ALL]]);
  let chosenSegment = ALL;
  if (typeof kept[1] === 'string' && kept[1] !== '' && kept[1] !== ALL && segSource) {
    // Keep the segment only when the live list still offers it (read once, after the lists are written).
    const offered = s.getRange(lists.row, lists.segment, lists.rows, 1).getValues().map((r) => r[0]);
    if (offered.includes(kept[1])) chosenSegment = kept[1];
  }
  if (chosenSegment !== ALL) put(LAYOUT.segment.row, LAYOUT.segment.column, [[chosenSegment]]);

  // ---- key metrics ----
  const sourceOf = (m: PlannedMetric) => mapping.sources.find((x) => x.sheetName === m.sheet)!;
  // Active users are counted as of the period's last day over the whole log, not over a date
  // FILTER of it (a 30-day window reaches into the month before); a segment column of the log
  // narrows it to the selected segment like every other metric.
  const isActivity = (m: PlannedMetric) => ['MAU', 'DAU', 'STICKINESS'].includes(m.metric);
  const partsOf = (m: PlannedMetric) => (m.parts ?? []).map((p) => mapping.sources.find((x) => x.sheetName === p.sheet)!);
  const filtersFor = (m: PlannedMetric): Filters => {
    // "All surveys": dated or segmented when its sheets are (the formulas filter each sheet's own).
    if (m.parts) {
      const each = partsOf(m).map((x) => filtersOf(x, segSource !== undefined));
      return { dates: each.some((f) => f.dates) ? 'combined' : undefined, segments: each.every((f) => f.segments) ? 'combined' : undefined };
    }
    const f = filtersOf(sourceOf(m), segSource !== undefined);
    // A ticket's resolution time counts in the period it was resolved in, as in the email.
    if (m.metric === 'ART') return { ...f, ...periodFilter(sourceOf(m), m.letters[1]) };
    return isActivity(m) ? { segments: f.segments } : f;
  };
  /** The FILTER of a range for the period [start, end) and the segment, by the filters of the range's own sheet. */
  const rangeFilters = (m: PlannedMetric): ((range: string) => Filters) => {
    if (!m.parts) {
      const f = filtersFor(m);
      return () => f;
    }
    const byRange = new Map(m.parts.map((p, k) => [columnRange(partsOf(m)[k], p.letter), filtersOf(partsOf(m)[k], segSource !== undefined)]));
    return (range) => byRange.get(range) ?? {};
  };
  const wrapOf = (m: PlannedMetric, start: string, end: string) => {
    const of = rangeFilters(m);
    return (range: string) => wrapper(of(range), start, end, ALL)(range);
  };
  const nonBlankOf = (m: PlannedMetric, start: string, end: string) => {
    const of = rangeFilters(m);
    return (range: string) => nonBlankCounter(of(range), start, end, ALL)(range);
  };
  const repeated = (m: PlannedMetric) => plan.filter((o) => o.metric === m.metric).length > 1;
  const metricName = (m: PlannedMetric) => {
    const base = T.metricNames[m.metric]?.[lang] ?? m.metric;
    return inertLabel(repeated(m) ? `${base} · ${m.sheet}` : base);
  };
  const kpiTop = LAYOUT.kpi.row;
  const first = kpiTop + 2;
  const trendTop = first + plan.length + 1;
  const trendFirst = trendTop + 2;
  header(kpiTop, 1, T.keyMetrics[lang], LAYOUT.width);
  columnHeaders(kpiTop + 1, 1, [T.metric[lang], T.period[lang], T.segment[lang], T.value[lang], T.n[lang], T.leftOut[lang], T.change[lang], T.typical[lang], T.source[lang]]);
  if (plan.length === 0) put(first, 1, [[T.noKpis[lang]]]);
  put(first, 1, plan.map((m) => [metricName(m)]));
  // "All surveys" names each sheet's own column ("C2:C of Form Responses 1 + C2:C of Khảo sát"), not "C2:C + C2:C of All surveys".
  const dataOf = (m: PlannedMetric) =>
    m.parts ? m.parts.map((p, k) => T.dataLabel(columnCells(partsOf(m)[k], p.letter), p.sheet)[lang]).join(' + ') : T.dataLabel(m.cells, m.sheet)[lang];
  put(first, KPI_COL.source, plan.map((m) => [inertLabel(dataOf(m))]));
  const L = (col: number, row: number) => cell(row, col);
  const scaleOf = (m: PlannedMetric) => (m.metric === 'CSAT' || m.metric === 'CSAT_AVG' ? mapping.scales.csat.scale : m.metric === 'CES' ? mapping.scales.ces.scale : undefined);
  const coverages: string[] = [];
  const activityRows = new Map<string, number>();
  const sharedCoverage = new Map<number, number>();
  const combined: { index: number; n: string; leftOut: string; why: string }[] = [];
  const kpiFormulas = plan.map((m, i) => {
    const row = first + i;
    const f = filtersFor(m);
    const trendRow = trendFirst + i;
    const { n, value, nonBlank } = isActivity(m)
      ? activityFormulas(m, wrapper(f, SELECTED.start, SELECTED.end, ALL), L(KPI_COL.n, row))
      : m.parts
        ? combinedFormulas(m, wrapOf(m, SELECTED.start, SELECTED.end), nonBlankOf(m, SELECTED.start, SELECTED.end), L(KPI_COL.n, row))
        : metricFormulas(m, f, SELECTED.start, SELECTED.end, ALL, L(KPI_COL.n, row), true);
    // n and left out as the email counts them, from the row's CX_COVERAGE, where it applies;
    // for "All surveys", the sums of its sheets' rows, and their reasons one after the other.
    const partRows = (m.parts ?? []).map((p) => plan.findIndex((x) => !x.parts && x.metric === m.metric && x.sheet === p.sheet));
    const combinedCoverage = m.parts && partRows.every((k) => k >= 0 && coverages[k]) ? partRows.map((k) => first + k) : undefined;
    // Active users, daily users and stickiness of one log are made of the same rows: one count, read thrice.
    const sameLog = isActivity(m) ? activityRows.get(m.sheet) : undefined;
    if (isActivity(m) && sameLog === undefined) activityRows.set(m.sheet, row);
    if (sameLog !== undefined) sharedCoverage.set(i, sameLog);
    const coverage = m.parts ? undefined : sameLog !== undefined ? `=${L(COVERAGE_COLUMN, sameLog)}` : coverageFormula(m, sourceOf(m), f, scaleOf(m), ALL, mapping.referralAnswers);
    coverages.push(coverage ?? '');
    if (combinedCoverage) {
      const sum = (col: number) => `=${combinedCoverage.map((r) => L(col, r)).join('+')}`;
      // Each sheet's reasons, then its KPI label in brackets (no sheet name in the formula's text).
      const why = `=${combinedCoverage.map((r, k) => `${k === 0 ? '' : '" · "&'}${L(COVERAGE_COLUMN + 2, r)}&" ("&${L(KPI_COL.metric, r)}&")"`).join('&')}`;
      combined.push({ index: i, n: sum(COVERAGE_COLUMN), leftOut: sum(COVERAGE_COLUMN + 1), why });
    }
    const previous = L(LAYOUT.trendLength, trendRow);
    const before = `${L(2, trendRow)}:${previous}`;
    const valueCell = L(KPI_COL.value, row);
    return [
      f.dates || isActivity(m) ? `=${SELECTED.period}` : '',
      // A sheet without the segment column says so while the selector names a segment.
      f.segments ? `=${SELECTED.segment}` : segSource ? `=IF(${SELECTED.segment}=${literal(ALL)}, ${literal(ALL)}, ${literal(T.allNoSegment[lang])})` : '',
      value,
      coverage ? `=${L(COVERAGE_COLUMN, row)}` : combinedCoverage ? combined[combined.length - 1].n : n,
      coverage ? `=${L(COVERAGE_COLUMN + 1, row)}` : combinedCoverage ? combined[combined.length - 1].leftOut : `=${nonBlank}-${L(KPI_COL.n, row)}`,
      f.dates ? `=IF(OR(${SELECTED.months}=0, ${valueCell}="", ${previous}=""), "", ${valueCell}-${previous})` : '',
      f.dates ? `=IF(${SELECTED.months}=0, "", IFERROR(MEDIAN(${before}), ""))` : '',
    ];
  });
  // Labels where a formula does not apply: a sheet without dates has only All.
  // Period and segment: the selector's cell where it applies, else a label (a sheet without dates has only All).
  plan.forEach((_, i) => {
    const [period, segment] = kpiFormulas[i];
    if (period) putFormulas(first + i, KPI_COL.period, [[period]]);
    else put(first + i, KPI_COL.period, [[T.noDates[lang]]]);
    if (segment) putFormulas(first + i, KPI_COL.segment, [[segment]]);
    else put(first + i, KPI_COL.segment, [[ALL]]);
  });
  putFormulas(first, KPI_COL.value, kpiFormulas.map((r) => r.slice(2)));
  // The coverage column: the reasons and places, where CX_COVERAGE applies (helpers in S:U).
  columnHeaders(kpiTop + 1, KPI_COL.why, [T.why[lang]]);
  put(kpiTop + 1, COVERAGE_COLUMN, [[T.coverageHelper[lang]]]);
  s.getRange(kpiTop + 1, COVERAGE_COLUMN, plan.length + 1, 3).setFontColor('#80868b');
  coverages.forEach((formula, i) => {
    if (!formula) return;
    const from = sharedCoverage.get(i);
    putFormulas(first + i, COVERAGE_COLUMN, [from === undefined ? [formula] : [0, 1, 2].map((k) => `=${L(COVERAGE_COLUMN + k, from)}`)]);
    putFormulas(first + i, KPI_COL.why, [[`=${L(COVERAGE_COLUMN + 2, first + i)}`]]);
  });
  for (const c of combined) putFormulas(first + c.index, KPI_COL.why, [[c.why]]);
  // The KPI rows' formats; a workbook of customer records alone has none (getRange refuses a height of 0).
  if (plan.length > 0) {
    s.getRange(first, KPI_COL.why, plan.length, 1).setWrap(true).setFontColor('#5f6368');
    s.getRange(first, KPI_COL.value, plan.length, 1).setNumberFormats(plan.map((m) => [m.unit === 'count' ? '#,##0' : '0.0'])).setFontWeight('bold');
    s.getRange(first, KPI_COL.n, plan.length, 2).setNumberFormat('#,##0');
    s.getRange(first, KPI_COL.change, plan.length, 1).setNumberFormat('+0.0;-0.0;0.0');
    s.getRange(first, KPI_COL.typical, plan.length, 1).setNumberFormats(plan.map((m) => [m.unit === 'count' ? '#,##0' : '0.0']));
  }

  // ---- the selected period and the 12 before it, one row per metric ----
  header(trendTop, 1, T.trendTable[lang], LAYOUT.trendLength + 1);
  const hdr = trendTop + 1;
  put(hdr, 1, [[T.metric[lang]]]);
  putFormulas(hdr, 2, [Array.from({ length: LAYOUT.trendLength }, (_, k) => `=EDATE(${SELECTED.anchor}, ${SELECTED.step}*(${k - (LAYOUT.trendLength - 1)}))`)]);
  // Wrapped: month names are longer in Vietnamese ("Tháng 10 2025") than the KPI table's narrow columns.
  s.getRange(hdr, 1, 1, LAYOUT.trendLength + 1).setFontWeight('bold').setBackground('#f1f3f4').setWrap(true);
  s.getRange(hdr, 2, 1, LAYOUT.trendLength).setNumberFormat('mmm yyyy');
  put(trendFirst, 1, plan.map((m) => [metricName(m)]));
  putFormulas(
    trendFirst,
    2,
    plan.map((m) => {
      const f = filtersFor(m);
      return Array.from({ length: LAYOUT.trendLength }, (_, k) => {
        if (!f.dates) return '';
        const start = `${letters(k + 2)}$${hdr}`;
        const end = `EDATE(${start}, ${SELECTED.step})`;
        const wrap = wrapOf(m, start, end);
        const count = `IFERROR(${m.countWith(wrap, nonBlankOf(m, start, end))}, 0)`;
        const asOf = m.unit === 'count' || m.metric === 'STICKINESS' ? `${end}-1` : undefined;
        return `=IF(${count}=0, "", ${m.formulaWith(wrap, asOf).slice(1)})`;
      });
    }),
  );
  if (plan.length > 0) s.getRange(trendFirst, 2, plan.length, LAYOUT.trendLength).setNumberFormats(plan.map((m) => Array(LAYOUT.trendLength).fill(m.unit === 'count' ? '#,##0' : '0.0')));

  // ---- NPS breakdown and segments for the selection ----
  let row = trendFirst + plan.length + 1;
  const chartSpecs: ((at: { row: number; column: number; offsetX: number }) => GoogleAppsScript.Spreadsheet.EmbeddedChart)[] = [];
  const nps = plan.find((m) => m.metric === 'NPS');
  if (nps) {
    const i = plan.indexOf(nps);
    header(row, 1, T.breakdown[lang], 3);
    const wrap = wrapper(filtersFor(nps), SELECTED.start, SELECTED.end, ALL);
    putFormulas(row + 1, 1, [[`=IF(${L(KPI_COL.n, first + i)}=0, ${literal(T.noData[lang])}, NPS_BREAKDOWN(${wrap(nps.source)}${labelsArg(sourceOf(nps), 'nps')}))`]]);
    s.getRange(row + 2, 3, 5, 1).setNumberFormat('0.0');
    const top = row + 1;
    chartSpecs.push((at) =>
      s
        .newChart()
        .asBarChart()
        .setStacked()
        .setColors(['#1e8e3e', '#f9ab00', '#d93025'])
        .setTitle(T.breakdown[lang])
        .addRange(s.getRange(top, 1, 4, 1))
        .addRange(s.getRange(top, 3, 4, 1))
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(1)
        .setOption('width', CHART_WIDTH)
        .setOption('height', CHART_HEIGHT)
        .setPosition(at.row, at.column, at.offsetX, 0)
        .build(),
    );
    row += 8;
  }
  // The customer-journey funnel of the selection (CX_FUNNEL counts as the email's funnel does),
  // drawn as horizontal bars of the customers who reached each stage.
  const journey = mapping.sources.find((x) => x.columns.journeyStage && plan.some((m) => m.sheet === x.sheetName));
  if (journey) {
    header(row, 1, T.funnel[lang], 4);
    const wrap = wrapper(filtersOf(journey, segSource !== undefined), SELECTED.start, SELECTED.end, ALL);
    putFormulas(row + 1, 1, [[`=IFERROR(CX_FUNNEL(${wrap(columnRange(journey, journey.columns.journeyStage!))}), ${literal(T.noData[lang])})`]]);
    s.getRange(row + 2, 2, 6, 2).setNumberFormat('#,##0');
    s.getRange(row + 2, 4, 5, 1).setNumberFormat('0.0');
    const top = row + 1;
    chartSpecs.push((at) =>
      s
        .newChart()
        .asBarChart()
        .setColors(['#1a73e8'])
        .setTitle(T.funnel[lang])
        .addRange(s.getRange(top, 1, 6, 1))
        .addRange(s.getRange(top, 3, 6, 1))
        .setNumHeaders(1)
        .setOption('legend', { position: 'none' })
        .setOption('width', CHART_WIDTH)
        .setOption('height', CHART_HEIGHT)
        .setPosition(at.row, at.column, at.offsetX, 0)
        .build(),
    );
    row += 9;
  }
  // Trend charts of NPS and CSAT over the 13-period table, first in the band.
  const trendCharts: typeof chartSpecs = [];
  for (const metric of ['NPS', 'CSAT']) {
    // One line per survey sheet with dates, and the "All surveys" line, named in a legend.
    const lines = plan.filter((x) => x.metric === metric && filtersFor(x).dates);
    if (lines.length === 0) continue;
    const title = T.trend(T.metricNames[metric][lang])[lang];
    trendCharts.push((at) => {
      let chart = s.newChart().asLineChart().addRange(s.getRange(hdr, 1, 1, LAYOUT.trendLength + 1));
      for (const line of lines) chart = chart.addRange(s.getRange(trendFirst + plan.indexOf(line), 1, 1, LAYOUT.trendLength + 1));
      return chart
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(1)
        .setOption('title', title)
        .setOption('legend', { position: lines.length > 1 ? 'bottom' : 'none' })
        .setOption('width', CHART_WIDTH)
        .setOption('height', CHART_HEIGHT)
        .setPosition(at.row, at.column, at.offsetX, 0)
        .build();
    });
  }
  chartSpecs.unshift(...trendCharts);

  const segmented = segSource && plan.find((m) => ['NPS', 'CSAT', 'CES'].includes(m.metric) && m.sheet === segSource.sheetName);
  const chartBand = row;
  const chartRows = Math.ceil((chartSpecs.length + (segmented ? 1 : 0)) / 2) * CHART_ROWS;
  row = chartBand + chartRows;
  if (segmented && segSource) {
    const title = T.bySegment(T.metricNames[segmented.metric][lang])[lang];
    header(row, 1, title, 3);
    columnHeaders(row + 1, 1, [T.segment[lang], T.n[lang], T.metricNames[segmented.metric][lang]]);
    // Segments of the selected period (the segment selector does not narrow its own table).
    const { dates, inPeriod } = filtersFor(segmented);
    const f = { dates, inPeriod };
    const wrap = wrapper(f, SELECTED.start, SELECTED.end, ALL);
    const seg = columnRange(segSource, segSource.columns.segment!);
    // The sheet's label table, as the metric's own formula passes it.
    const labels = labelsArg(segSource, segmented.metric === 'NPS' ? 'nps' : segmented.metric === 'CES' ? 'ces' : 'csat');
    putFormulas(row + 2, 1, [[`=IFERROR(CX_BY(${literal(segmented.metric)}, ${wrap(segmented.source)}, ${wrap(seg)}${labels}), ${literal(T.noData[lang])})`]]);
    s.getRange(row + 2, 3, TABLE_ROWS, 1).setNumberFormat('0.0');
    const top = row + 2;
    chartSpecs.push((at) =>
      s
        .newChart()
        .asColumnChart()
        .addRange(s.getRange(top, 1, TABLE_ROWS, 1))
        .addRange(s.getRange(top, 3, TABLE_ROWS, 1))
        .setNumHeaders(0)
        .setOption('title', title)
        .setOption('legend', { position: 'none' })
        .setOption('width', CHART_WIDTH)
        .setOption('height', CHART_HEIGHT)
        .setPosition(at.row, at.column, at.offsetX, 0)
        .build(),
    );
  }

  // Cohort retention from the activity log: one row per monthly cohort, its size, then the % of
  // it active in each month after; a colour scale (white to green) over the percentages.
  const activity = plan.find((m) => m.metric === 'MAU');
  if (activity) {
    const source = sourceOf(activity);
    const col = segmented ? 5 : 1;
    const width = 2 + COHORT_PERIODS;
    header(row, col, T.cohorts[lang], width);
    columnHeaders(row + 1, col, [T.cohort[lang], T.cohortSize[lang], ...Array.from({ length: COHORT_PERIODS }, (_, k) => T.monthAfter(k)[lang])]);
    const users = columnRange(source, source.columns.customerId!);
    const dates = datesRange(source, dateColumn(source)!);
    putFormulas(row + 2, col, [[`=IFERROR(CX_COHORT(${users}, ${dates}, "month", ${COHORT_PERIODS}), ${literal(T.noData[lang])})`]]);
    s.getRange(row + 2, col, TABLE_ROWS, 1).setNumberFormat('mmm yyyy');
    s.getRange(row + 2, col + 2, TABLE_ROWS, COHORT_PERIODS).setNumberFormat('0');
    s.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .setGradientMinpointWithValue('#ffffff', SpreadsheetApp.InterpolationType.NUMBER, '0')
        .setGradientMaxpointWithValue('#1e8e3e', SpreadsheetApp.InterpolationType.NUMBER, '100')
        .setRanges([s.getRange(row + 2, col + 2, TABLE_ROWS, COHORT_PERIODS)])
        .build(),
    ]);
  }

  // Charts two by two in the band between the tables.
  chartSpecs.forEach((make, i) => {
    s.insertChart(make({ row: chartBand + CHART_ROWS * Math.floor(i / 2), column: 1, offsetX: i % 2 === 0 ? 0 : CHART_WIDTH + 24 }));
  });

  // Churn, retention and combined surveys, below everything else (the segment and cohort tables
  // spill up to TABLE_ROWS rows).
  formulas += writeRecordsSection(s, records, lang, row + (segmented || activity ? TABLE_ROWS + 3 : 1), {
    columns: { n: KPI_COL.n, leftOut: KPI_COL.leftOut, why: KPI_COL.why, helper: COVERAGE_COLUMN },
    formula: (m) => recordCoverageFormula(m, sourceOf(m)),
  });

  // Show the result: the person clicked Build and expects to see it.
  s.setFrozenRows(LAYOUT.segment.row);
  s.activate();
  // The KPI table, coverage included, fits a 1280 px window beside Sheets' row numbers: long
  // labels, data places and reasons wrap in their cells instead of running off to the right.
  KPI_WIDTHS.forEach((width, k) => s.setColumnWidth(k + 1, width));
  if (plan.length > 0) {
    s.getRange(first, KPI_COL.metric, plan.length, 1).setWrap(true);
    s.getRange(first, KPI_COL.source, plan.length, 1).setWrap(true);
  }
  return { sheetName: name, url: `${book.getUrl()}#gid=${s.getSheetId()}`, formulas, charts: chartSpecs.length, period: chosenPeriod, segment: chosenSegment };
}
