import { describeDateOrder, readDateColumn, readScoreColumn } from '../cells/column';
import { dateText } from '../cells/dates';
import type { CellRef } from '../cells/coverage';
import type { DateOrderDecision } from '../cells/decide';
import type { Cells } from '../cells/packed';
import { langOfLocale, type Cell, type Lang } from '../cells/types';
import { detectColumns, proposedColumns, type SheetDetection } from '../mapping/detect';
import { describeSheetUse, detectWorkbook } from '../mapping/workbook';
import { FAMILY_FIELDS, FIELD_IDS, type FieldId } from '../mapping/fields';
import { FIELD_LABELS } from '../mapping/messages';
import { MAPPING_VERSION, parseStoredMapping, serializeMapping, type DataSource, type Mapping } from '../mapping/schema';
import { scaleReasons, scalesFromDetections } from '../mapping/scales';
import { proposedLabels, referralAnswersFromSamples } from '../mapping/fromDetection';
import * as api from './api';
import { endpoint, PlainError } from './endpoint';
import { documentStore } from './apps-script-ports';
import { PROPERTY_VALUE_BYTES, utf8Length } from './bytes';
import { buildDashboardSheet, dashboardSheetId } from './dashboard';
import { countingWords, engineMessage, firstDataRow, planMapping, type PlannedMetric } from './dashboard-plan';
import { cohortPreview } from './preview-cohort';
import { dashboardTexts, serverTexts } from './messages';
import { dashboardPeriods, monthsWithData } from './dashboard-periods';
import { dateColumn } from './dashboard-layout';
import { COMBINED_COLUMN } from './dashboard-records';
import { readColumns, readDetectionSample, sheetNamed } from './sheet-source';
import { plannedCoverage } from './metric-coverage';
import { cellsOfRead, coverageShown, mergedCoverage, periodColumns, placedError, previewError, previewLetters, previewWindow, recordChoice, sheetCoverage, type SheetRead, type StackedPart } from './preview';
import { isRecordMetric } from './dashboard-records-block';
import { columnIndex, columnLetter } from '../mapping/text';
import { dateOrderWarningOf, dateOrderWarningText } from '../report/date-order-warnings';

/**
 * The functions the sidebar calls through google.script.run, one per entry of SIDEBAR_API. Each
 * parses its argument with the contract's zod schema, returns plain JSON checked against the
 * result schema, and turns any failure into an Error whose message says, in the person's
 * language, what to do: google.script.run hands that message to the page's failure handler.
 */

/** Where the mapping lives: document properties, so everyone editing the spreadsheet shares it. */
export const MAPPING_KEY = 'cx.mapping';

const spreadsheet = () => SpreadsheetApp.getActiveSpreadsheet();

export const listSheets = endpoint(api.ListSheetsArgs, api.ListSheetsResult, () => {
  const book = spreadsheet();
  const dashboardId = dashboardSheetId(book);
  const all = book.getSheets();
  const data = all.filter((sheet) => sheet.getSheetId() !== dashboardId);
  // Step 1 says what each sheet would be used for, or why not: one bounded read per sheet.
  const workbook = detectWorkbook(data.map((sheet) => ({ name: sheet.getName(), values: readDetectionSample(sheet) })));
  const useOf = new Map(workbook.uses.map((use) => [use.sheetName, use]));
  const sheets = all.map((sheet) => {
    const use = useOf.get(sheet.getName());
    return {
      name: sheet.getName(),
      rows: Math.max(0, sheet.getLastRow() - 1),
      columns: sheet.getLastColumn(),
      isDashboard: sheet.getSheetId() === dashboardId,
      ...(use
        ? { use: { used: use.uses.length > 0, text: { en: describeSheetUse(use, 'en', { withName: false }), vi: describeSheetUse(use, 'vi', { withName: false }) } } }
        : {}),
    };
  });
  return { sheets, activeSheet: book.getActiveSheet().getName() };
});

/** The answer columns whose choice decides a headline number: other plausible columns are named. */
const SCORE_FIELDS = new Set<FieldId>(['nps', 'csat', 'ces']);

/** The fields worth a dropdown on a sheet: what was found, plus the rest of the family it belongs to. */
function fieldsToOffer(detection: SheetDetection): FieldId[] {
  const found = new Set(Object.keys(detection.fields) as FieldId[]);
  const offer = new Set(found);
  const has = (fields: readonly FieldId[]) => fields.some((field) => found.has(field));
  if (has(FAMILY_FIELDS.survey) || found.size === 0) ['nps', 'csat', 'ces', 'timestamp', 'segment'].forEach((f) => offer.add(f as FieldId));
  if (has(FAMILY_FIELDS.tickets)) [...FAMILY_FIELDS.tickets, 'segment'].forEach((f) => offer.add(f as FieldId));
  if (has(FAMILY_FIELDS.subscriptions)) FAMILY_FIELDS.subscriptions.forEach((f) => offer.add(f));
  if (has(FAMILY_FIELDS.customers)) [...FAMILY_FIELDS.customers, 'customerId'].forEach((f) => offer.add(f as FieldId));
  return FIELD_IDS.filter((field) => offer.has(field) && field !== 'comment' && field !== 'email');
}

export const detectMapping = endpoint(api.DetectMappingArgs, api.DetectMappingResult, ({ sheets }, lang) => {
  const book = spreadsheet();
  const timeZone = book.getSpreadsheetTimeZone();
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  let locale: string | undefined;
  const localeOnce = () => (locale ??= book.getSpreadsheetLocale());
  const detections = sheets.map((name) => {
    const sheet = sheetNamed(book, name);
    const sample = readDetectionSample(sheet);
    const detection = detectColumns(name, sample, lang, { formatDate: (date) => day.format(date) });
    return { id: sheet.getSheetId(), detection, sample };
  });
  const scales = scalesFromDetections(detections.map(({ detection }) => detection));
  const sources: DataSource[] = detections.map(({ id, detection }) => ({
    sheetName: detection.sheetName,
    sheetId: id,
    headerRow: detection.headerRow,
    // A "maybe" (values alone, no header word) is shown unticked, never mapped until the person picks it.
    columns: proposedColumns(detection) as DataSource['columns'],
    ...proposedLabels(detection),
  }));
  return {
    sheets: detections.map(({ detection, sample }) => ({
      sheet: detection.sheetName,
      headerRow: detection.headerRow,
      isFormsResponses: detection.isFormsResponses,
      columns: detection.columns.map((column) => ({
        letter: column.letter,
        header: column.header,
        samples: column.samples.slice(0, 5),
        scales: { csat: column.scales.csat.scale, ces: column.scales.ces.scale },
        ...readingOfColumn(detection.sheetName, sample, detection.headerRow, column.letter, scales, localeOnce),
      })),
      fields: fieldsToOffer(detection).map((field) => {
        const match = detection.fields[field];
        const scale = match?.scale && { scale: match.scale.scale, confidence: match.scale.confidence, reasons: { en: scaleReasons(match.scale, 'en'), vi: scaleReasons(match.scale, 'vi') } };
        // A score column chosen among several that fit: the page names the others, each to pick.
        const others = SCORE_FIELDS.has(field) && match && !match.maybe ? match.alternatives.slice(0, 3).map((alt) => alt.letter) : [];
        return { field, letter: match?.letter ?? null, confidence: match?.confidence ?? 0, maybe: match?.maybe ?? false, label: FIELD_LABELS[field], ...(scale ? { scale } : {}), ...(others.length ? { alternatives: others } : {}) };
      }),
    })),
    // The first picked sheet holding CSAT (CES) sets its scale, as the person listed the sheets.
    mapping: {
      version: MAPPING_VERSION as typeof MAPPING_VERSION,
      sources,
      scales,
      ...referralProposal(detections.map(({ detection }) => detection)),
    },
  };
});

/**
 * What sidebar step 2 shows about how a column reads (metrics-spec.md 1.1–1.2): its word answers
 * with counts and built-in scores (for the label table), and for day/month date text the order
 * it is read in with its evidence. From the detection sample, so no extra read.
 */
function readingOfColumn(
  sheetName: string,
  sample: readonly (readonly unknown[])[],
  headerRow: number,
  letter: string,
  scales: Mapping['scales'],
  locale: () => string,
): Pick<api.ColumnInfo, 'answers' | 'dateOrder'> {
  const index = columnIndex(letter);
  const cells = sample.slice(headerRow).map((row) => row[index]);
  const refOf = (i: number) => ({ sheet: sheetName, column: letter, row: headerRow + i + 1 });
  const out: Pick<api.ColumnInfo, 'answers' | 'dateOrder'> = {};
  if (cells.some((cell) => typeof cell === 'string' && dateText(cell)?.kind === 'dayMonth')) out.dateOrder = dateOrderInfo(readDateColumn(cells, { locale: locale(), refOf }).decision, sheetName, refOf);
  const nps = readScoreColumn(cells, { low: 0, high: 10 }).decision.labels;
  if (nps.length === 0 || nps.length > 30 || out.dateOrder) return out;
  const scoreOf = (labels: typeof nps, label: string) => labels.find((l) => l.label === label)?.score ?? null;
  const csat = readScoreColumn(cells, { low: 1, high: scales.csat.scale, family: 'csat' }).decision.labels;
  const ces = readScoreColumn(cells, { low: 1, high: scales.ces.scale, family: 'ces' }).decision.labels;
  out.answers = nps.map(({ label, count, score }) => ({ label, count, scores: { nps: score ?? null, csat: scoreOf(csat, label), ces: scoreOf(ces, label) } }));
  return out;
}

/**
 * A date column's day/month order for step 2: the order and why, what a setting would say, and
 * when a few cells decided it for many dates, those cells and how many dates they move
 * (docs/metrics.md). The facts are said whatever the setting: the page leaves out what to do
 * once the person's setting confirms the order.
 */
function dateOrderInfo(decision: DateOrderDecision, sheetName: string, refOf: (index: number) => CellRef): api.DateOrderInfo {
  // Values first, then a setting in the mapping, then the locale (src/cells/decide.ts): the page
  // says which reason holds for the setting the person picks.
  const ifSet = (order: 'dmy' | 'mdy') => describeDateOrder({ order, by: 'setting', source: order });
  const unconfirmed = decision.tally ? { ...decision, tally: { ...decision.tally, confirmed: false } } : decision;
  const few = dateOrderWarningOf(unconfirmed, sheetName, refOf);
  const fewCells = few && { text: { en: dateOrderWarningText(few, 'en', false), vi: dateOrderWarningText(few, 'vi', false) }, cells: few.proving };
  return { order: decision.order, why: describeDateOrder(decision, refOf), proved: decision.by === 'values', ifSet: { dmy: ifSet('dmy'), mdy: ifSet('mdy') }, ...(fewCells ? { fewCells } : {}) };
}

/**
 * The date columns of a sheet's read whose own values decided their order, as the report decided
 * it on every row (`decisions`, from sheetCoverage): step 2 shows these instead of what
 * detection's first rows said, so a proving cell past them, or a few cells among many, is said
 * as the email will say it. Columns whose values prove nothing read the same either way.
 */
function wholeColumnOrders(read: SheetRead, decisions: ReadonlyMap<unknown, DateOrderDecision>): NonNullable<api.PreviewMetricsResultT['dateOrders']> {
  const out: NonNullable<api.PreviewMetricsResultT['dateOrders']> = [];
  const { source } = read;
  for (const letter of Object.keys(read.columns)) {
    const decision = decisions.get(cellsOfRead(read, letter));
    if (!decision || decision.by !== 'values') continue;
    const refOf = (i: number): CellRef => ({ sheet: source.sheetName, column: letter, row: firstDataRow(source) + i });
    out.push({ sheet: source.sheetName, letter, dateOrder: dateOrderInfo(decision, source.sheetName, refOf) });
  }
  return out;
}

/** The referral answers proposed for a text source column, as a mapping property (none for flags). */
function referralProposal(detections: SheetDetection[]): { referralAnswers?: string[] } {
  const answers = referralAnswersFromSamples(detections);
  return answers ? { referralAnswers: answers } : {};
}

/**
 * Every metric the mapping allows over one period (the one asked for, else the latest complete
 * month with data; `all` for the dashboard's build), evaluated by the engine on one batched read
 * per sheet, each with its coverage, and the period, the periods with data and each sheet's range.
 * Figures from customer records (churn, retention, activity churn) measure their own month, as on
 * the dashboard's records block; "All surveys" stacks the sheets' answers of the period.
 * `read`, when given, keeps the columns read, by sheet then letter (the dashboard counts words from them).
 */
export function previewOf_(mapping: Mapping, lang: Lang, period?: string, read = new Map<string, Record<string, unknown[][]>>()): api.PreviewMetricsResultT {
  const book = spreadsheet();
  const timeZone = book.getSpreadsheetTimeZone();
  const locale = book.getSpreadsheetLocale();
  const plan = planMapping(mapping, lang);
  const previews: api.MetricPreview[] = [];
  const reads: SheetRead[] = [];
  for (const source of mapping.sources) {
    const planned = plan.filter((metric) => metric.sheet === source.sheetName && !metric.parts);
    if (planned.length === 0) continue;
    const sheet = sheetNamed(book, source.sheetName);
    const columns = readColumns(sheet, firstDataRow(source), previewLetters(source, planned));
    read.set(source.sheetName, columns);
    reads.push({ source, columns });
  }
  const window = previewWindow(reads, period, { timeZone, locale, now: new Date() });
  const context = { timeZone, locale, lang };
  const push = (
    metric: PlannedMetric,
    columns: Record<string, unknown[][]>,
    note: Pick<api.MetricPreview, 'allRows' | 'ownPeriod' | 'combined'>,
    coverage?: ReturnType<typeof sheetCoverage>,
    at?: { source: DataSource; rows: number[] | undefined } | StackedPart[],
  ) => {
    const shown = { metric: metric.metric, sheet: metric.sheet, unit: metric.unit, scale: metric.scale, source: metric.source, ...note };
    // What the card is made of: the report's coverage of the sheet, else (a figure the email has
    // not for this period, such as trial flags or monthly counts over a quarter) the dashboard's
    // CX_COVERAGE count of the same columns.
    const coverageOf = (n: number | undefined) => {
      const covered = coverage && coverageShown(metric, n, coverage);
      if (covered || Array.isArray(at) || !at) return covered;
      const read = reads.find((r) => r.source.sheetName === at.source.sheetName);
      const own = read && plannedCoverage(metric, mapping, read.source, (letter) => (read.columns[letter] ?? []).map((row) => row[0] as Cell), dateColumn(read.source) ? window.choice : { kind: 'all' }, context);
      return own && coverageShown(metric, n, own.coverage);
    };
    try {
      const result = metric.evaluate(columns, timeZone);
      const covered = coverageOf(result.n);
      previews.push({ ...shown, value: Number.isFinite(result.value) ? result.value : null, n: result.n, breakdown: result.breakdown, ...(covered ? { coverage: covered } : {}) });
    } catch (error) {
      // A bad cell is named by its sheet cell, not by its row in the columns handed to the engine;
      // the card still says what the report could use of the column, and where the rest is.
      const covered = coverageOf(undefined);
      const message = Array.isArray(at) ? placedError(error, metric, at, lang) : at ? previewError(error, metric, at.source, at.rows, lang) : engineMessage(error, lang);
      previews.push({ ...shown, value: null, n: 0, error: message, ...(covered ? { coverage: covered } : {}) });
    }
  };
  const coverageOf = new Map<string, ReturnType<typeof sheetCoverage>>();
  const dateOrders: NonNullable<api.PreviewMetricsResultT['dateOrders']> = [];
  for (const read of reads) {
    const { source } = read;
    const planned = plan.filter((metric) => metric.sheet === source.sheetName && !metric.parts);
    const rows = window.rowsOf(read);
    const columns = periodColumns(read.columns, rows);
    // The report's reading of the whole columns also decides their date orders: kept for step 2.
    const decisions = new Map<Cells, DateOrderDecision>();
    const coverage = sheetCoverage(mapping, read, dateColumn(source) ? window.choice : { kind: 'all' }, context, decisions);
    dateOrders.push(...wholeColumnOrders(read, decisions));
    coverageOf.set(source.sheetName, coverage);
    const undated = window.period.kind !== 'all' && !dateColumn(source);
    for (const metric of planned) {
      if (isRecordMetric(metric)) {
        // Its own month (or the whole list for churn flags), and the coverage of that.
        const own = recordChoice(metric, read, context);
        push(metric, read.columns, metric.metric === 'CHURN' ? { allRows: true } : { ownPeriod: true }, own && sheetCoverage(mapping, read, own, context), { source, rows: undefined });
      } else if (metric.metric === 'ART') {
        // A ticket's resolution time counts in the period it was resolved in, as in the email.
        const resolvedRows = window.rowsByDate(read, metric.letters[1]);
        push(metric, periodColumns(read.columns, resolvedRows), {}, coverage, { source, rows: resolvedRows });
      } else push(metric, columns, undated ? { allRows: true } : {}, coverage, { source, rows });
    }
  }
  // "All surveys": the sheets' columns already read, cut to the period, stacked in the formula's order.
  for (const metric of plan.filter((m) => m.parts)) {
    const parts = metric.parts!;
    const readOf = (sheet: string) => reads.find((r) => r.source.sheetName === sheet);
    const placed: StackedPart[] = [];
    const own: Record<string, unknown[][]> = {};
    const stacked = parts.flatMap((part, k) => {
      const read = readOf(part.sheet);
      if (!read) return [];
      const rows = window.rowsOf(read);
      const cells = periodColumns(read.columns, rows)[part.letter] ?? [];
      placed.push({ source: read.source, rows, start: placed.reduce((sum, p) => sum + p.length, 0), length: cells.length, letter: part.letter });
      // Each sheet's part on its own too, for a figure that reads each by its own label table.
      own[`${COMBINED_COLUMN}${k}`] = cells;
      return cells;
    });
    push(metric, { [COMBINED_COLUMN]: stacked, ...own }, { combined: true }, mergedCoverage(parts.map((part) => coverageOf.get(part.sheet))), placed);
  }
  // Cohort retention from the (first) activity log, measured in the log's own latest complete month.
  const churn = plan.find((metric) => metric.metric === 'ACTIVITY_CHURN');
  const log = churn && reads.find((r) => r.source.sheetName === churn.sheet);
  const cohort = log && cohortPreview(mapping, log, churn, context);
  return { metrics: previews, ...window.shown, ...(cohort ? { cohort } : {}), ...(dateOrders.length ? { dateOrders } : {}) };
}

export const previewMetrics = endpoint(api.PreviewMetricsArgs, api.PreviewMetricsResult, ({ mapping, period }, lang) => previewOf_(mapping, lang, period));

/**
 * Every source names a sheet of this spreadsheet and columns inside it: a mapping that points past
 * the data would save and then give empty metrics, so it is refused with what to pick instead.
 */
function checkAgainstSheets(mapping: Mapping): void {
  const book = spreadsheet();
  for (const source of mapping.sources) {
    const sheet = sheetNamed(book, source.sheetName);
    const lastColumn = sheet.getLastColumn();
    for (const [field, letter] of Object.entries(source.columns) as [FieldId, string | undefined][]) {
      if (letter === undefined) continue;
      if (columnIndex(letter) + 1 > lastColumn) {
        throw new PlainError(serverTexts.columnBeyond(FIELD_LABELS[field] ?? { en: field, vi: field }, letter, source.sheetName, lastColumn > 0 ? columnLetter(lastColumn - 1) : ''));
      }
    }
  }
}

export const saveMapping = endpoint(api.SaveMappingArgs, api.SaveMappingResult, ({ mapping }) => {
  checkAgainstSheets(mapping);
  const json = serializeMapping({ ...mapping, savedAt: new Date().toISOString() });
  // Apps Script counts the 9 KB in UTF-8 bytes: a Vietnamese mapping is larger than its length says.
  const bytes = utf8Length(json);
  if (bytes > PROPERTY_VALUE_BYTES) throw new PlainError(serverTexts.tooBig(bytes, PROPERTY_VALUE_BYTES));
  documentStore().set(MAPPING_KEY, json);
  return { saved: true as const };
});

export const loadMapping = endpoint(api.LoadMappingArgs, api.LoadMappingResult, (_args, lang) => {
  const parsed = parseStoredMapping(documentStore().get(MAPPING_KEY));
  if (parsed.ok) return { status: 'ok' as const, message: '', mapping: parsed.mapping };
  return { status: parsed.reason, message: parsed.message[lang], mapping: parsed.migrated };
});

export const resetMapping = endpoint(api.ResetMappingArgs, api.ResetMappingResult, () => {
  documentStore().delete(MAPPING_KEY);
  return { reset: true as const };
});

export const buildDashboard = endpoint(api.BuildDashboardArgs, api.BuildDashboardResult, ({ lang }) => {
  const parsed = parseStoredMapping(documentStore().get(MAPPING_KEY));
  if (!parsed.ok) throw new PlainError(parsed.reason === 'missing' ? serverTexts.noMapping() : parsed.message);
  // Only metrics that compute go on the dashboard: a formula that would show #ERROR! is left out,
  // unless the email computes it despite a few bad cells (its coverage column then names them).
  const read = new Map<string, Record<string, unknown[][]>>();
  const book = spreadsheet();
  const working = new Set(previewOf_(parsed.mapping, lang, 'all', read).metrics.filter((m) => m.value !== null).map((m) => `${m.sheet}\u0001${m.metric}`));
  const plan = countingWords(planMapping(parsed.mapping, lang), read, lang).filter(
    (metric) => working.has(`${metric.sheet}\u0001${metric.metric}`) || reportComputes_(book, parsed.mapping, metric, lang),
  );
  if (plan.length === 0) throw new PlainError(serverTexts.nothingToBuild());
  return buildDashboardSheet(book, parsed.mapping, plan, lang, periodsOf_(book, parsed.mapping, plan, lang));
});

/** Whether the report's reading of the metric's columns (bad cells left out and counted) uses any row: one read of them. */
function reportComputes_(book: GoogleAppsScript.Spreadsheet.Spreadsheet, mapping: Mapping, metric: ReturnType<typeof planMapping>[number], lang: Lang): boolean {
  const source = mapping.sources.find((s) => s.sheetName === metric.sheet);
  if (!source || metric.parts) return false;
  const letters = previewLetters(source, [metric]);
  const read = readColumns(sheetNamed(book, source.sheetName), firstDataRow(source), letters);
  const covered = plannedCoverage(metric, mapping, source, (letter) => read[letter].map((row) => row[0]), { kind: 'all' }, { timeZone: book.getSpreadsheetTimeZone(), lang });
  return (covered?.n ?? 0) > 0;
}

/** The periods the dashboard offers, from the dates of the sheets its metrics read (one read per sheet). */
function periodsOf_(book: GoogleAppsScript.Spreadsheet.Spreadsheet, mapping: Mapping, plan: ReturnType<typeof planMapping>, lang: Lang) {
  const timeZone = book.getSpreadsheetTimeZone();
  const dated = mapping.sources.filter((source) => dateColumn(source) && plan.some((m) => m.sheet === source.sheetName));
  const columns = dated.map((source) => ({ cells: readColumns(sheetNamed(book, source.sheetName), firstDataRow(source), [dateColumn(source)!])[dateColumn(source)!], order: source.dateOrder }));
  return dashboardPeriods(monthsWithData(columns, timeZone, book.getSpreadsheetLocale()), new Date(), timeZone, dashboardTexts.all[lang]);
}

