import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { DateOrder } from '../../cells/dates';
import type { Cell, Lang } from '../../cells/types';
import { columnIndex, columnLetter, describeSheetUse, FIELD_IDS, normalizeText, type DataSource, type FieldId, type Mapping, type WorkbookDetection } from '../../mapping/index';
import { textOf } from '../../report/columns';
import { DEMO_TODAY } from '../../demo/index';
import { reportInputFromMapping, type ColumnsOf, type ReportContext } from '../../report/from-mapping';
import { buildReport } from '../../report/index';
import type { PeriodChoice, Report, ReportInput } from '../../report/types';
import { choiceOfPeriod } from '../../report/period';
import type { DateOrderDecision, DecimalMarkDecision } from '../../cells/decide';
import { dataError, usageError } from '../errors';
import type { CliIo } from '../io';
import type { CliMessages } from '../messages';
import type { Progress } from '../progress';
import { spreadsheetIdOf, type Source } from '../sources/index';
import { assumedDateOrderWarnings, withDateOrder } from './date-order';
import { detectSource, unusedSheetsNote } from './detect';
import { openInput } from './input';
import { countedSurveyReport } from './counted-survey';
import { loadMappedData, sheetNamed, type MappedData } from './load';
import { readMappingFile } from './mapping-file';
import { sqlSurveyReport, whySqlDeclines } from '../sql/survey';
import { DATE_CODE, NUMBER_CODE, type Cells, type PackedCells } from '../../cells/packed';
import { prepareDuck } from '../sql/duck';

/**
 * The metrics and the report for a period, from whatever the user named: open the input,
 * take the saved mapping or detect one, stream the mapped columns, and hand them to the one
 * bridge (reportInputFromMapping) and buildReport, exactly as the add-on's email does, so the
 * command line and the add-on cannot disagree on a number.
 */
export interface AnalyzeRequest {
  inputs: readonly string[];
  lang: Lang;
  mappingFile?: string;
  period?: PeriodChoice;
  /** A field id (`segment`) or a column header (`Channel`): one report per group too. */
  by?: string;
  timeZone?: string;
  credentials?: string;
  /** `--date-order`: day/month text read this way where its values do not say (saved on each source). */
  dateOrder?: DateOrder;
  /** `--locale`: the files' locale; a Google Sheet's own wins over nothing, the option over it. */
  locale?: string;
  now: number;
}

export interface GroupReport {
  name: string;
  /** Data rows of the group, over all periods (the order groups are listed in). */
  rows: number;
  report: Report;
}

export interface Analysis {
  source: Source;
  timeZone: string;
  mapping: Mapping;
  report: Report;
  groups?: GroupReport[];
  /** Who counted the rows: DuckDB (src/cli/sql/) or the TypeScript engine over the cells. */
  engine: 'sql' | 'ts';
  /** Detection's result when no mapping file chose the columns (the commands warn of other candidates). */
  detection?: WorkbookDetection;
}

export async function analyze(request: AnalyzeRequest, io: CliIo, m: CliMessages, progress: Progress, warn: (text: string) => void): Promise<Analysis> {
  if (!(await prepareSqlPath(request, io))) return analyzeOnce(request, io, m, progress, warn);
  // A file DuckDB will probably count: opened as UTF-8 when its first bytes are, while the rest
  // is checked (about 45 ms of reading on a 130 MB file) alongside detection and DuckDB's work.
  // Until every check has held, nothing is said: the notes wait, and an error waits too. When one
  // fails, the run never happened; the file is opened again as detectEncoding decides.
  const encodingChecks: Promise<boolean>[] = [];
  const held: string[] = [];
  let outcome: { analysis: Analysis } | { error: unknown };
  try {
    outcome = { analysis: await analyzeOnce(request, io, m, progress, (text) => held.push(text), encodingChecks) };
  } catch (error) {
    outcome = { error };
  }
  if (!(await Promise.all(encodingChecks)).every(Boolean)) return analyzeOnce(request, io, m, progress, warn);
  for (const text of held) warn(text);
  if ('error' in outcome) throw outcome.error;
  return outcome.analysis;
}

/** A CSV opened as UTF-8 on its first bytes is not UTF-8 after all: the run is started again. */
class GuessFailed extends Error {}

async function analyzeOnce(request: AnalyzeRequest, io: CliIo, m: CliMessages, progress: Progress, warn: (text: string) => void, encodingChecks?: Promise<boolean>[]): Promise<Analysis> {
  const source = await openInput(request.inputs, { ...io.sourceOptions, credentials: request.credentials, timeZone: request.timeZone, lang: request.lang, onProgress: progress.update, ...(encodingChecks ? { encodingChecks } : {}) }, m);
  // How a file was decoded, when it was not plain UTF-8, is said before any number (spec §1.3).
  for (const sheet of source.sheets) if (sheet.notice) warn(sheet.notice);
  const timeZone = source.timeZone ?? request.timeZone ?? 'UTC';
  const detected = request.mappingFile ? undefined : await detectSource(source, request.lang, timeZone);
  const mapping = withDateOrder(detected ? detected.mapping : await readMappingFile(request.mappingFile!, request.lang, m, warn), request.dateOrder);
  if (mapping.sources.length === 0) throw dataError(detected ? unusedSheetsNote(m.nothingMapped, detected.detection, request.lang) : m.nothingMapped);

  const groupColumns = request.by === undefined ? undefined : await findGroupColumns(source, mapping, request.by, m);
  // A folder or workbook: each sheet or file not used is named with the reason, before any number
  // (after the usage checks, so a usage error stays the one line it is).
  for (const use of detected?.detection.uses ?? []) if (use.uses.length === 0) warn(describeSheetUse(use, request.lang));
  const id = request.inputs.length === 1 && !(await isLocalPath(request.inputs[0])) ? spreadsheetIdOf(request.inputs[0]) : undefined;
  const context: ReportContext = {
    timeZone,
    lang: request.lang,
    ...localeOf(request.locale, source),
    // The bundled demo is a fixed story ending in October 2026: its "last month" is the demo's, not today's.
    now: request.inputs.length === 0 ? DEMO_TODAY.getTime() : request.now,
    ...(request.period ? { period: request.period } : {}),
    spreadsheetName: source.title,
    ...(id ? { spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${id}/edit` } : {}),
  };
  if (groupColumns && process.env.CX_METRICS_DEBUG) process.stderr.write('cx-metrics sql: declined: --by (one report per group) is read the ordinary way\n');
  const counted = groupColumns ? undefined : await sqlReport(source, mapping, context, io, m, warn);
  const detection = detected ? { detection: detected.detection } : {};
  if (counted) return { source, timeZone, mapping, report: counted, engine: 'sql', ...detection };
  // The ordinary reader reads every cell: not under a guess that may not hold (see analyze).
  if (encodingChecks && !(await Promise.all(encodingChecks)).every(Boolean)) throw new GuessFailed();
  const { counted: countedReport, input, groupsOf } = await readInput(source, mapping, context, groupColumns, m, progress, warn);
  const report = countedReport ?? buildReport(input!);
  const groups = groupsOf?.(report);
  return { source, timeZone, mapping, report, ...(groups ? { groups } : {}), engine: 'ts', ...detection };
}

/**
 * Streams the mapped columns and bridges them to the report's input. Kept apart so the compact
 * rows are garbage once it returns: the input's columns share their cells, and on a large file
 * the rows themselves are a third of the memory, better freed before buildReport runs.
 */
async function readInput(
  source: Source,
  mapping: Mapping,
  context: ReportContext,
  groupColumns: Map<string, number> | undefined,
  m: CliMessages,
  progress: Progress,
  warn: (text: string) => void,
): Promise<{ counted?: Report; input?: ReportInput<Cells>; groupsOf?: (whole: Report) => GroupReport[] }> {
  const data = await loadMappedData(source, mapping, m, { extraColumns: groupColumns, onSheet: progress.label, lang: context.lang });
  progress.done();
  // Month first only because nothing said otherwise (spec §1.2): said, with how to fix it (issue #10).
  const originals = new Map(data.mapping.sources.map((ds, k) => [ds, mapping.sources[k]] as const));
  for (const line of assumedDateOrderWarnings(
    data.mapping.sources,
    (ds, field) => data.columnOf(ds, ds.columns[field]!),
    (ds, field) => ({ where: source.sheets.find((s) => s.name === ds.sheetName)?.file?.name ?? ds.sheetName, letter: originals.get(ds)?.columns[field] ?? ds.columns[field]! }),
    context.lang,
    m,
    context.locale,
  ))
    warn(line);
  // The whole report's date orders, kept by column for the groups' reports (groupReports).
  const dateDecisions = new Map<Cells, DateOrderDecision>();
  const markDecisions = new Map<Cells, DecimalMarkDecision>();
  const groupsOf = groupColumns ? { groupsOf: (whole: Report) => groupReports(data.mapping, data, data.extraColumns, context, whole, { dateDecisions, markDecisions }) } : {};
  // One survey sheet is counted from its packed columns (no per-row arrays); anything else is read by buildReport.
  const counted = countedSurveyReport(data.mapping, data, context, { dateDecisions, markDecisions });
  if (process.env.CX_METRICS_DEBUG) process.stderr.write(`cx-metrics: ${counted ? 'counted from the packed columns (src/cli/core/counted-survey.ts)' : 'read by buildReport'}\n`);
  return counted ? { counted, ...groupsOf } : { input: { ...reportInputFromMapping(data.mapping, data, context), dateDecisions, markDecisions }, ...groupsOf };
}

/** Files from this size are counted by DuckDB (src/cli/sql/) when it takes them: a CSV of about 100,000 survey rows. */
export const SQL_MIN_BYTES = 12 * 1024 * 1024;

/**
 * The report counted by DuckDB, when the engine choice and the file allow (src/cli/sql/survey.ts);
 * undefined to read the cells the ordinary way. Says what buildReport's reading would say first.
 */
async function sqlReport(source: Source, mapping: Mapping, context: ReportContext, io: CliIo, m: CliMessages, warn: (text: string) => void): Promise<Report | undefined> {
  const engine = engineOf(io);
  if (engine === 'ts') return undefined;
  const ds = mapping.sources[0];
  const sheet = ds && source.sheets.find((s) => s.name === ds.sheetName);
  const declines = whySqlDeclines(mapping, sheet) ?? (!sizeFitsSql(engine, sheet?.table?.size ?? 0) ? `${ds.sheetName} is under ${SQL_MIN_BYTES / 1024 / 1024} MB` : undefined);
  if (declines !== undefined || !sheet) {
    if (process.env.CX_METRICS_DEBUG) process.stderr.write(`cx-metrics sql: declined: ${declines}\n`);
    return undefined;
  }
  const counted = await sqlSurveyReport({ sheet, source: ds, mapping, context });
  if (!counted) return undefined;
  if (process.env.CX_METRICS_DEBUG) process.stderr.write('cx-metrics: counted by DuckDB (src/cli/sql/)\n');
  const where = sheet.file?.name ?? ds.sheetName;
  for (const line of assumedDateOrderWarnings(mapping.sources, (_, field) => (field === 'timestamp' ? counted.dateCells : undefined), (_, field) => ({ where, letter: ds.columns[field]! }), context.lang, m, context.locale))
    warn(line);
  return counted.report;
}

/**
 * Whether the SQL path will probably count the file (then a CSV opens on its first bytes'
 * encoding, see analyze): one CSV or Parquet file that sqlReport would hand DuckDB by its size,
 * and no --by. For a Parquet file, which DuckDB reads anyway, DuckDB is loaded first and its
 * instance created meanwhile (~15 ms on DuckDB's own threads, overlapping the time zone's first
 * use). Not for a CSV: one the SQL path then declines (tickets, say) would carry DuckDB's ~30 MB
 * through the ordinary reader, whose memory is the budget's limit.
 */
async function prepareSqlPath(request: AnalyzeRequest, io: CliIo): Promise<boolean> {
  const engine = engineOf(io);
  if (engine === 'ts' || request.by !== undefined || request.inputs.length !== 1 || !SQL_FILES.has(extname(request.inputs[0]).toLowerCase())) return false;
  const file = await stat(request.inputs[0]).catch(() => undefined);
  if (!file?.isFile() || !sizeFitsSql(engine, file.size)) return false;
  if (extname(request.inputs[0]).toLowerCase() === '.parquet') await prepareDuck();
  return true;
}

/** The files the SQL path may count (src/cli/sql/survey.ts), by the name openSource reads them by. */
const SQL_FILES = new Set(['.csv', '.tsv', '.txt', '.parquet']);

/** Whether a file of `bytes` is one the SQL path counts under `engine` (not 'ts'): any size when asked for, from SQL_MIN_BYTES on 'auto'. */
function sizeFitsSql(engine: NonNullable<CliIo['engine']>, bytes: number): boolean {
  return engine === 'sql' || bytes >= SQL_MIN_BYTES;
}

function engineOf(io: CliIo): NonNullable<CliIo['engine']> {
  return io.engine ?? (process.env.CX_METRICS_ENGINE as CliIo['engine']) ?? 'auto';
}

/** The locale day/month dates and decimal marks fall back on: the option, else the spreadsheet's own. */
export function localeOf(option: string | undefined, source: Source): { locale?: string } {
  const locale = option ?? source.locale;
  return locale ? { locale } : {};
}

async function isLocalPath(input: string): Promise<boolean> {
  return (await stat(input).catch(() => undefined)) !== undefined;
}

/** Sheet name → 0-based column of `by` there: the field's mapped column, or the header that reads the same. */
async function findGroupColumns(source: Source, mapping: Mapping, by: string, m: CliMessages): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const headersSeen: string[] = [];
  const wanted = normalizeText(by);
  const field = FIELD_IDS.find((f) => f.toLowerCase() === by.trim().toLowerCase()) as FieldId | undefined;
  for (const ds of mapping.sources) {
    const letter = field ? ds.columns[field] : undefined;
    if (letter) {
      found.set(ds.sheetName, columnIndex(letter));
      continue;
    }
    if (ds.headerRow === 0) continue;
    const rows = await sheetNamed(source, ds.sheetName, m).sample(ds.headerRow);
    if (rows.length < ds.headerRow) throw dataError(m.headerBeyond(ds.sheetName, ds.headerRow, rows.length));
    const header = rows[ds.headerRow - 1] ?? [];
    const column = header.findIndex((cell) => normalizeText(textOf(cell)) === wanted);
    if (column >= 0) found.set(ds.sheetName, column);
    else headersSeen.push(...header.map(textOf).filter(Boolean).map((h) => `"${h}"`));
  }
  if (found.size === 0) throw usageError(m.noGroupColumn(by, [...new Set(headersSeen)].join(', ')));
  return found;
}

/**
 * One report per group: the same bridge and buildReport over only the group's rows (header rows
 * kept), for the sources that have the group column. Blank groups are left out, as CX_BY does.
 * A group is a slice of the whole report, not a file of its own: its figures are for the whole
 * report's period (the latest complete month of the whole data, not of the group's), and each
 * date column is read in the order the whole column decided (metrics-spec.md §1.2; number text
 * with its decimal mark, §1.3; durations in its header's unit; left-out cells at their lines), so a group
 * without the cell that proves day first reads its `11/1/2019` as the whole report does. That
 * order's warning is then the whole report's, said once for every group (the commands say so).
 */
function groupReports(
  mapping: Mapping,
  data: MappedData,
  columns: Map<string, number>,
  context: ReportContext,
  whole: Report,
  decided: { dateDecisions: Map<Cells, DateOrderDecision>; markDecisions: Map<Cells, DecimalMarkDecision> },
): GroupReport[] {
  const sources = mapping.sources.filter((ds) => columns.has(ds.sheetName));
  const keysOf = new Map<DataSource, (row: number) => string>();
  const counts = new Map<string, number>();
  for (const ds of sources) {
    const cells = data.columnOf(ds, columnLetter(columns.get(ds.sheetName)!));
    const keyOf = groupKeys(cells);
    keysOf.set(ds, keyOf);
    for (let r = 0; r < cells.length; r++) {
      const key = keyOf(r);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator('en', { numeric: true });
  const names = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || collator.compare(a, b));
  const only: Mapping = { ...mapping, sources };
  const period = context.period ?? choiceOfPeriod(whole.period);
  /** The whole column's row of a group's row `index`: the group's rows listed once, when a place is first asked for (only cells left out are placed). */
  const groupRows = (ds: DataSource, name: string) => {
    let rows: Int32Array | undefined;
    return (index: number): number => {
      if (!rows) {
        const keyOf = keysOf.get(ds)!;
        const length = data.columnOf(ds, columnLetter(columns.get(ds.sheetName)!)).length;
        rows = new Int32Array(counts.get(name)!);
        for (let r = 0, k = 0; r < length && k < rows.length; r++) if (keyOf(r) === name) rows[k++] = r;
      }
      return rows[index];
    };
  };
  return names.map((name) => {
    const keep = only.sources.length === 1 ? keysOf.get(only.sources[0]) : undefined;
    // A group of one survey sheet is counted from the packed columns, its rows picked as they pass (no filtered copies).
    const counted = keep && countedSurveyReport(only, data, { ...context, period }, { keep: (r) => keep(r) === name, ...decided });
    if (counted) {
      const { dateOrderWarnings: _theWhole, ...report } = counted;
      return { name, rows: counts.get(name)!, report };
    }
    const ofDecided = new Map<Cells, DateOrderDecision>();
    const ofMarks = new Map<Cells, DecimalMarkDecision>();
    const ofGroup: ColumnsOf<PackedCells> = {
      columnOf: (ds, letter) => {
        const keyOf = keysOf.get(ds)!;
        const column = data.columnOf(ds, letter);
        const rows = column.filter((r) => keyOf(r) === name);
        const order = decided.dateDecisions.get(column);
        if (order) ofDecided.set(rows, order);
        const mark = decided.markDecisions.get(column);
        if (mark) ofMarks.set(rows, mark);
        return rows;
      },
      // The header may name the durations' unit (`Resolution time (minutes)`): read as the whole's.
      headerOf: (ds, letter) => data.headerOf?.(ds, letter),
      // A group's cell left out is named by its own line (metrics-spec.md §7), as in the whole report.
      placeOf: (ds, letter) => {
        const place = data.placeOf?.(ds, letter);
        if (!place) return undefined;
        const rowOf = groupRows(ds, name);
        return { sheet: place.sheet, refOf: (index) => place.refOf(rowOf(index)) };
      },
    };
    const { dateOrderWarnings: _theWhole, ...report } = buildReport({ ...reportInputFromMapping(only, ofGroup, { ...context, period }), dateDecisions: ofDecided, markDecisions: ofMarks });
    return { name, rows: counts.get(name)!, report };
  });
}

/** Each row's group, as its cell's text: read once per distinct cell of the packed column, not a string array of every row. */
function groupKeys(cells: PackedCells): (row: number) => string {
  const texts = cells.distinct.map(textOf);
  return (row) => {
    const code = cells.codes[row];
    return code === DATE_CODE || code === NUMBER_CODE ? textOf(cells.at(row)) : texts[code];
  };
}
