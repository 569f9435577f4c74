import { readDateColumn, readScoreColumn, type ColumnOptions } from '../../cells/column';
import { isoDate } from '../../cells/calendar';
import { dateText } from '../../cells/dates';
import { decideDateOrder, restsOnFewCells, type DateOrderDecision } from '../../cells/decide';
import { LEFT_OUT_REASONS, MAX_PLACES, type CellRef, type LeftOutReason } from '../../cells/coverage';
import { CellProblem } from '../../cells/errors';
import { LocalDays } from '../../cells/local-days';
import { isBlank } from '../../cells/read';
import type { Cell } from '../../cells/types';
import { columnIndex, referralAnswersFor, type DataSource, type FieldId, type Mapping } from '../../mapping/index';
import { NPS_DETRACTOR_MAX } from '../../metrics/nps';
import { getMetric } from '../../metrics/registry';
import { textOf } from '../../report/columns';
import { GroupedCommentTally, MAX_COMMENTS } from '../../report/comment-groups';
import { reportFromCounts, type ColumnCounts, type CountGroup, type SurveyCounts } from '../../report/from-counts';
import { referralFlagsFor, type ReportContext } from '../../report/from-mapping';
import { JOURNEY_STAGES, type Report } from '../../report/types';
import { matchStage } from '../../report/journey';
import { dayOfLocalDate, framePeriod } from '../../report/period';
import { csvCell } from '../sources/csv-cells';
import { cellOf, selectOf } from '../sources/parquet';
import type { FileTable, SourceSheet } from '../sources/types';
import { csvIsPlain, keyHash, LINE_KEY_LIMITS, placesFromLines, type LineKeys } from './prescan';
import { readRunLines } from './line-rows';
import { dateGroupOf, dateKeyOf, whyGroupReadsApart } from './date-keys';
import { placeFirstRows } from './first-rows';
import { DuckRefused, openDuck, sqlText, type Duck, type DuckChunk } from './duck';

/**
 * The survey report of a large CSV or Parquet export with DuckDB doing the counting (issue 18):
 * DuckDB reads the file (every column as text for a CSV, typed for Parquet), and Node never
 * holds its rows. Two passes, each read by DuckDB in parallel (no `row_number() OVER ()`: the
 * window made it read the file on one thread):
 * 1. the rows grouped by date group and by each grouped column's value (a million rows hold a
 *    few hundred dates and a dozen answers: a few thousand groups a column), which give the
 *    distinct values and the date groups with their first rows (a Parquet file's row numbers; for
 *    a CSV, ./first-rows.ts), and the counts of every period and reading once the values are read:
 *    the TypeScript readers classify the distinct values exactly as they would the cells,
 *    whole-column decisions included (the date order, decimal marks, label scales, the referral
 *    answers: each decided over the distinct values in the order they first come, which is the
 *    order the rows would give);
 * 2. the rows whose place or text reaches the report, as small integers (a row's date group, each
 *    grouped column's value as its place among the distinct values): those of the reported period
 *    (first places of left-out cells, segments in the order they come, responses, comments and the
 *    detractors' emails), the previous one's comments, and the undated rows (places of cells with
 *    no date), filtered by DuckDB. A Parquet file's are summed by DuckDB instead, in one grouped
 *    read (parquetPeriod: the period's rows and responses, its answers by segment with each
 *    segment's first row, the comment rows grouped by day, NPS answer and text, each day's first
 *    rows of the cells whose places the report names), and no row is streamed (where the first
 *    pass's groups are too many: every row, with their row numbers, the comments grouped); a CSV's rows are not
 *    numbered, but they come in file order, so the k-th of the reported period and the undated is
 *    on the k-th line of those (placesFromLines, from the date part of each line's first field the
 *    pre-scan kept, or else placesOf, an ordered pass of one integer a row; the previous period's
 *    comments need no place, only their order). Where those lines are a few ranges of the file (an
 *    export in date order), Node reads and splits them itself (./line-rows.ts) and DuckDB does
 *    not read the file again. Where the first pass has more groups than SQL_LIMITS.groups, every
 *    row is read here and counted as it streams instead. reportFromCounts turns the sums into the
 *    same report buildReport makes from cells.
 * Date text is grouped by its date part in SQL where every text of it reads to one day (ISO
 * `YYYY-MM-DD[ hh:mm[:ss]]`, Forms/Excel `10/13/2026 8:15:00`, `13/10/2026 08:15`: ./date-keys.ts),
 * each group's first text read by the TypeScript reader; other date text is grouped by value.
 * Returns undefined when the file or mapping is one it does not take (then the ordinary reader
 * runs): several sources, other sections (tickets, customers, activity), a CSV whose records are
 * not one plain line each, a date column with too many distinct values outside those forms, a clock
 * change that moves some times of a day to another (or any clock change under Parquet wall times).
 */

/** Fields the SQL path reads; a mapping with any other uses the ordinary reader. */
const FIELDS: readonly FieldId[] = ['timestamp', 'nps', 'csat', 'ces', 'segment', 'comment', 'email', 'referral', 'journeyStage'];
/** Distinct values a grouped column may have (dates outside the fast form, answers, segments). */
const MAX_DISTINCT = 50_000;
/** A Parquet time's date group number standing for NULL (no time) in distinctValues. */
const NO_GROUP = -2147483648;
/** The period of a readable day outside the report's trend (no figure uses it). */
const OUTSIDE = -999_999_999;

export interface SqlSurveyRequest {
  sheet: SourceSheet;
  source: DataSource;
  mapping: Mapping;
  context: ReportContext;
}

/**
 * Why the SQL path cannot take this mapping (said with CX_METRICS_DEBUG), or undefined when it
 * could (it may still decline once it sees the file).
 */
export function whySqlDeclines(mapping: Mapping, sheet: SourceSheet | undefined): string | undefined {
  if (mapping.sources.length !== 1) return `${mapping.sources.length} surveys or sections are mapped (${mapping.sources.map((ds) => ds.sheetName).join(', ')}); the SQL path counts one survey file`;
  const [ds] = mapping.sources;
  if (!sheet?.table) return `${ds.sheetName} is not a CSV or Parquet file (XLSX and Google Sheets are read the ordinary way)`;
  const fields = Object.keys(ds.columns) as FieldId[];
  if (ds.headerRow !== 1) return `the header of ${ds.sheetName} is on row ${ds.headerRow}, not the first`;
  if (!fields.includes('timestamp')) return `no date column is mapped in ${ds.sheetName}`;
  const others = fields.filter((f) => !FIELDS.includes(f));
  if (others.length > 0) return `${ds.sheetName} maps fields the SQL path does not count (${others.join(', ')}: tickets, customers or activity)`;
  if (!fields.some((f) => f === 'nps' || f === 'csat' || f === 'ces')) return `no NPS, CSAT or CES column is mapped in ${ds.sheetName}`;
  return undefined;
}

interface Column {
  field: FieldId;
  /** 0-based column in the file. */
  index: number;
  letter: string;
  /** The SQL of its raw value. */
  raw: string;
  /** Its cell, as the ordinary reader types it. */
  cell(raw: unknown): Cell;
  /** The SQL of its value as the file holds it (a Parquet column's own type; a CSV's text). */
  native: string;
  /** The SQL of its raw value from its value as the file holds it (`value`: SQL of that). */
  rawOf(value: string): string;
}

export async function sqlSurveyReport({ sheet, source, mapping, context }: SqlSurveyRequest): Promise<{ report: Report; dateCells: Cell[] } | undefined> {
  trace('start');
  const table = sheet.table!;
  const timeZone = context.timeZone;
  const columns = await columnsOf(table, source, timeZone);
  if (!columns) return undefined;
  // The pre-scan also keeps each line's date part where the date is the first field (./prescan.ts LineKeys).
  const plain = table.kind === 'csv' ? csvIsPlain(table.path, table.delimiter, table.encoding, { keyed: columns.get('timestamp')!.index === 0 }) : undefined;
  const duck = await openDuck();
  try {
    const from = fromOf(table, columns, table.kind === 'csv' ? await table.width() : table.columns.length);
    const dateColumn = columns.get('timestamp')!;
    const dateKey = dateKeyOf(valueOf(dateColumn), table.kind === 'csv' ? 'text' : table.columns[dateColumn.index].kind);
    if (!dateKey) return declined('the date column is of a type read the ordinary way');
    trace('open');
    const dateKind = table.kind === 'csv' ? 'text' : table.columns[dateColumn.index].kind;
    const distinct = await distinctValues(duck, from, columns, dateGroupOf(valueOf(dateColumn), dateKind)!, table.kind === 'parquet', dateKind === 'wallTime' || dateKind === 'instant');
    trace('distinct');
    const lines = plain ? await plain : undefined;
    trace('pre-scan');
    if (plain && !lines) return declined('the file is not one plain record per line');
    if (!distinct) return declined(`a column has more than ${MAX_DISTINCT} distinct values`);
    // Every record DuckDB read is one the ordinary parser reads, on its own line.
    if (lines && distinct.records !== lines.records) return declined('DuckDB read another number of records');
    const refOf = refsOf(table, sheet, source);
    // Text dates have whole seconds (./date-keys.ts takes no fractions); a Parquet wall time may not.
    const wholeSeconds = table.kind === 'csv' || table.columns[dateColumn.index].kind === 'text';
    const readings = classify(distinct, columns, mapping, source, context, refOf, wholeSeconds);
    if (!readings) return undefined;
    const frame = framePeriod(context, {
      span: readings.span,
      latestBefore: (day) => {
        let latest = NaN;
        for (const d of readings.days) if (d < day && !(d <= latest)) latest = d;
        return latest;
      },
    });
    trace('classified');
    const textDate = table.kind === 'csv' || table.columns[dateColumn.index].kind === 'text' ? valueOf(dateColumn) : undefined;
    const csvLines = table.kind === 'csv' && lines?.keys ? { keys: lines.keys, path: table.path, delimiter: table.delimiter, width: await table.width() } : undefined;
    const counts = await countRows(duck, from, columns, dateKey, readings, frame, refOf, wallDayOf(table, dateColumn), distinct, textDate, table.kind === 'parquet', csvLines);
    if (!counts) return declined('the second pass read other rows than the first (the file changed while it was read)');
    trace('counted');
    const surveyCounts: SurveyCounts = {
      frame,
      sheet: source.sheetName,
      ...(readings.span ? { span: readings.span } : {}),
      dateRefOf: refOf(dateColumn.letter),
      ...counts,
    };
    const report = reportFromCounts(surveyCounts, { ...context, csatScale: mapping.scales.csat.scale, cesScale: mapping.scales.ces.scale });
    trace('report');
    return { report, dateCells: distinct.dateKeys.map((k) => dateColumn.cell(k.raw)) };
  } catch (error) {
    if (error instanceof DuckRefused) {
      return declined(error.message);
    }
    throw error;
  } finally {
    duck.close();
  }
}

async function columnsOf(table: FileTable, source: DataSource, timeZone: string): Promise<Map<FieldId, Column> | undefined> {
  const columns = new Map<FieldId, Column>();
  const width = table.kind === 'csv' ? await table.width() : table.columns.length;
  for (const [field, letter] of Object.entries(source.columns) as [FieldId, string][]) {
    const index = columnIndex(letter);
    if (index >= width) return undefined; // the ordinary reader names the missing column
    if (table.kind === 'csv') columns.set(field, { field, index, letter, raw: `c${index}`, cell: (raw) => (raw === null || raw === undefined ? '' : csvCell(String(raw), timeZone)), native: `c${index}`, rawOf: (value) => value });
    else {
      const column = table.columns[index];
      // selectOf of a column named as the value's SQL alias (`n3`): the same cast of the same value.
      const rawOf = (value: string) => selectOf({ ...column, name: value });
      columns.set(field, { field, index, letter, raw: selectOf(column), cell: (raw) => cellOf(raw, column.kind, timeZone), native: `n${index}`, rawOf });
    }
  }
  return columns;
}

/**
 * The rows with the columns the mapping uses, in file order. A Parquet file's rows carry their
 * number (`rn`, from 1; the reader's own file_row_number, which costs nothing); a CSV's do not,
 * as numbering them in SQL (`row_number() OVER ()`) makes DuckDB read the file on one thread.
 */
function fromOf(table: FileTable, columns: Map<FieldId, Column>, width: number): string {
  const used = [...columns.values()];
  if (table.kind === 'csv') {
    return `(SELECT ${used.map((c) => c.raw).join(', ')} FROM read_csv(${sqlText(table.path)}, header = false, skip = 1, delim = ${sqlText(table.delimiter)}, quote = '"', escape = '"', auto_detect = false, strict_mode = true, null_padding = false, buffer_size = 8388608, columns = {${Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}))`;
  }
  const named = (c: Column) => `"${table.columns[c.index].name.replace(/"/g, '""')}"`;
  return `(SELECT file_row_number + 1 AS rn, ${used.map((c) => `${c.raw} AS c${c.index}, ${named(c)} AS n${c.index}`).join(', ')} FROM read_parquet(${sqlText(table.path)}, file_row_number = true))`;
}

/**
 * A Parquet wall-time column's day as SQL, straight from its milliseconds (classify checked that
 * each day reads as written); undefined for text dates, whose day comes from their key.
 */
function wallDayOf(table: FileTable, column: Column): string | undefined {
  if (table.kind !== 'parquet' || table.columns[column.index].kind !== 'wallTime') return undefined;
  return `CAST(floor(${valueOf(column)} / 86400000) AS INTEGER)`;
}

/** The column's value in `from`'s rows. */
const valueOf = (column: Column) => `c${column.index}`;

interface Distinct {
  /** Per field: distinct raw values with their row count and first row (1-based rn), in first-row order; `text` is the value as VARCHAR. */
  values: Map<FieldId, { raw: unknown; count: number; first: number; text: string | null }[]>;
  /** The date keys: key, first row, and the raw value of that first row. */
  dateKeys: { key: string; count: number; first: number; raw: unknown }[];
  /** The records read (every row has one date key). */
  records: number;
  /**
   * Per field, its rows by date key and value: each group's key, raw value and count, in no order.
   * Undefined when there were more than SQL_LIMITS.groups (then the rows are counted as they stream).
   */
  byKey?: Map<FieldId, { key: string; raw: unknown; count: number }[]>;
}

/**
 * Groups of (date key, value) the first pass keeps for the counts: a year of days times a dozen
 * answers is a few thousand a column; past this (timestamps grouped by value, free-text segments)
 * the counting pass reads and counts every row instead. A field so tests can lower it.
 */
export const SQL_LIMITS = { groups: 200_000 };

/**
 * The distinct values of each grouped column and the date keys, with their counts, in one
 * parallel pass; first rows from the row numbers of a Parquet file, or for a CSV (whose rows are
 * not numbered) from ./first-rows.ts.
 */
async function distinctValues(duck: Duck, from: string, columns: Map<FieldId, Column>, dateGroup: { group: string; keyOf(group: string): string }, numbered: boolean, integerGroups = false): Promise<Distinct | undefined> {
  const grouped = [...columns.values()].filter((c) => c.field !== 'timestamp' && c.field !== 'comment' && c.field !== 'email');
  const date = columns.get('timestamp')!;
  const keys = ['dg', ...grouped.map((c) => `v${c.index}`)];
  // Each column's values by date group (so the counts per period and reading need no second look
  // at every row), and the date groups alone; grouped by the values as the file holds them (a
  // Parquet column's own type), each group's key and raw value made once from them.
  // A Parquet time's date groups are whole numbers (days, quarter hours): each value's group comes
  // as that number, and only the date groups' own rows carry their key as text (fewer strings to
  // decode). Every time of such a group reads to its day (a clock change day is declined:
  // whyGroupReadsApart), so its representative is its least time, not the first row's (arg_min
  // over every grouping set cost DuckDB more).
  const groupAt = 2 * keys.length + 3;
  const sql = `SELECT gid, ${integerGroups ? `CASE WHEN gid = ${(1 << (keys.length - 1)) - 1} THEN ${dateGroup.keyOf('dg')} END` : dateGroup.keyOf('dg')} AS dk${grouped.map((c) => `, ${c.rawOf(`v${c.index}`)}`).join('')}, cnt, first, rep${grouped.map((c) => `, CAST(${c.rawOf(`v${c.index}`)} AS VARCHAR)`).join('')}${integerGroups ? `, CAST(coalesce(dg, ${NO_GROUP}) AS INTEGER)` : ''}
    FROM (SELECT CAST(GROUPING(${keys.join(', ')}) AS INTEGER) AS gid, ${keys.join(', ')}, CAST(count(*) AS INTEGER) AS cnt, CAST(${numbered ? 'min(rn)' : '0'} AS INTEGER) AS first, ${numbered && !integerGroups ? `arg_min(${valueOf(date)}, rn)` : `min(${valueOf(date)})`} AS rep
      FROM (SELECT ${numbered ? 'rn, ' : ''}${dateGroup.group} AS dg, ${valueOf(date)}${grouped.map((c) => `, ${c.native} AS v${c.index}`).join('')} FROM ${from})
      GROUP BY GROUPING SETS ((dg)${grouped.map((c) => `, (dg, v${c.index})`).join('')}))`;
  type Value = Distinct['values'] extends Map<FieldId, infer V> ? V : never;
  const found = new Map<FieldId, Map<unknown, Value[number]>>(grouped.map((c) => [c.field, new Map()]));
  let byKey: Distinct['byKey'] = new Map(grouped.map((c) => [c.field, []]));
  let groups = 0;
  const dateKeys: Distinct['dateKeys'] = [];
  /** With integerGroups: each date group's key by its number, and the groups of values whose key is only their number yet. */
  const keyOfGroup = new Map<number, string>();
  const pending: { entry: { key: string }; group: number }[] = [];
  await duck.chunks(sql, (chunk) => {
    const gids = chunk.ints(0);
    const counts = chunk.ints(keys.length + 1);
    const firsts = chunk.ints(keys.length + 2);
    const numbers = integerGroups ? chunk.ints(groupAt) : undefined;
    for (let r = 0; r < chunk.rowCount; r++) {
      const gid = gids[r];
      const set = keys.findIndex((_, k) => k > 0 && ((gid >> (keys.length - 1 - k)) & 1) === 0);
      const key = numbers && set >= 0 ? '' : String(chunk.value(1, r));
      const count = counts[r];
      const first = firsts[r];
      if (set < 0) {
        if (numbers) keyOfGroup.set(numbers[r], key);
        dateKeys.push({ key, count, first, raw: chunk.value(keys.length + 3, r) });
        continue;
      }
      const { field } = grouped[set - 1];
      const raw = chunk.value(1 + set, r);
      const seen = found.get(field)!;
      const value = seen.get(raw);
      if (value) {
        value.count += count;
        if (first < value.first) value.first = first;
      } else seen.set(raw, { raw, count, first, text: chunk.value(keys.length + 3 + set, r) as string | null });
      if (byKey && ++groups > SQL_LIMITS.groups) byKey = undefined;
      if (!byKey) continue;
      const entry = { key, raw, count };
      byKey.get(field)!.push(entry);
      if (numbers) pending.push({ entry, group: numbers[r] });
    }
  });
  if (byKey) {
    for (const { entry, group } of pending) {
      const key = keyOfGroup.get(group);
      // Every value's date group is one of the date groups (else the counts would miss rows: the ordinary reader reads the file).
      if (key === undefined) return undefined;
      entry.key = key;
    }
  }
  trace('distinct values');
  say(byKey ? `${groups} groups of date and value: counted from them, with only the rows of the reported period, the one before and the undated read again` : `more than ${SQL_LIMITS.groups} groups of date and value: every row is read again and counted`);
  const values = new Map<FieldId, Value>([...found].map(([field, seen]) => [field, [...seen.values()]]));
  if (dateKeys.filter((k) => k.key[0] !== 'F').length > MAX_DISTINCT || [...values.values()].some((v) => v.length > MAX_DISTINCT)) return undefined;
  const records = dateKeys.reduce((n, k) => n + k.count, 0);
  if (!numbered) {
    // A date key's representative is its first text; a whole-column reader's values and the keys of texts other than ISO days need their true first rows.
    const ordered = new Set<FieldId>(['nps', 'csat', 'ces', 'referral']);
    const keyed = dateKeys.map((k) => ({ raw: k.key as unknown, first: NaN, rep: k.raw }));
    // A day/month group's texts all read alike (./date-keys.ts): what its first row can change is
    // only which day/month text comes first (the date order's example). When the head holds one,
    // that is it, and the other groups' first rows matter no more (asked once the head is read).
    let dayMonthInHead: boolean | undefined;
    const dateMatters = (key: unknown) => {
      if (String(key)[0] !== 'D') return String(key)[0] === 'V';
      dayMonthInHead ??= keyed.some((k) => k.first > 0 && (String(k.raw)[0] === 'D' || (typeof k.rep === 'string' && dateText(k.rep)?.kind === 'dayMonth')));
      return !dayMonthInHead;
    };
    await placeFirstRows(duck, from, [
      { sql: dateGroup.group, values: keyed, repSql: valueOf(date), matters: dateMatters },
      ...grouped.map((c) => ({ sql: valueOf(c), values: values.get(c.field)!, matters: () => ordered.has(c.field) })),
    ], records);
    dateKeys.forEach((k, i) => Object.assign(k, { first: keyed[i].first, raw: keyed[i].rep }));
    trace('first rows');
  }
  dateKeys.sort((a, b) => a.first - b.first);
  for (const list of values.values()) list.sort((a, b) => a.first - b.first);
  return { values, dateKeys, records, ...(byKey ? { byKey } : {}) };
}

/** How each distinct value reads: a value or a reason, as the report's readers read the cells. */
interface Reading {
  value: number;
  reason?: LeftOutReason;
}

interface Readings {
  /** Date key → local day (NaN when it does not read). */
  dayOf: Map<string, number>;
  days: number[];
  span?: { first: number; last: number };
  /** Per grouped field: raw value → its reading (scores, referral flags), segment name or stage code. */
  scores: Map<FieldId, Map<unknown, Reading>>;
  segmentOf?: Map<unknown, string>;
  stageOf?: Map<unknown, number>;
  cellOf: Map<FieldId, (raw: unknown) => Cell>;
}

const REASONS = new Set<string>(LEFT_OUT_REASONS);

function reasonOf(problem: CellProblem): LeftOutReason {
  const reason = (problem as { reason?: unknown }).reason;
  return typeof reason === 'string' && REASONS.has(reason) ? (reason as LeftOutReason) : 'unreadable';
}

/** A column's readings from a whole-column reader run over its distinct cells (first-row order). */
function readDistinct(cells: Cell[], firsts: number[], refOf: (row: number) => CellRef, read: (options: ColumnOptions) => { values: Float64Array }): Reading[] {
  const reasons: (LeftOutReason | undefined)[] = new Array(cells.length).fill(undefined);
  const { values } = read({ refOf: (k) => refOf(firsts[k] - 1), onProblem: (k, problem) => (reasons[k] = reasonOf(problem)) });
  return cells.map((cell, k) => {
    const value = values[k];
    if (value === value) return { value };
    return { value: NaN, reason: reasons[k] ?? (isBlank(cell) ? 'blank' : 'noAnswer') };
  });
}

function classify(distinct: Distinct, columns: Map<FieldId, Column>, mapping: Mapping, source: DataSource, context: ReportContext, refsOf: (letter: string) => (row: number) => CellRef, wholeSeconds: boolean): Readings | undefined {
  const timeZone = context.timeZone;
  const date = columns.get('timestamp')!;
  const options = { locale: context.locale };
  // Dates: each key's first cell read by the date column reader, the column's order decided over them.
  const dateCells = distinct.dateKeys.map((k) => date.cell(k.raw));
  let decision: DateOrderDecision | undefined;
  const dates = readDistinct(dateCells, distinct.dateKeys.map((k) => k.first), refsOf(date.letter), (o) => {
    const read = readDateColumn(dateCells, { ...o, ...options, timeZone, order: source.dateOrder });
    decision = read.decision;
    return read;
  });
  // A day/month order that rests on a few cells (counted by rows) is read the ordinary way, whose report names them where they are.
  const byRows = decideDateOrder((visit) => dateCells.forEach((cell, k) => typeof cell === 'string' && cell !== '' && visit(cell, k, distinct.dateKeys[k].count)), context.locale, source.dateOrder);
  if (restsOnFewCells(byRows)) return declined('the date order rests on a few cells, which the report names');
  const local = new LocalDays(timeZone);
  const dayOf = new Map<string, number>();
  for (let k = 0; k < dates.length; k++) {
    const { key } = distinct.dateKeys[k];
    const day = dates[k].reason === undefined ? local.of(dates[k].value) : NaN;
    // A group of texts (one date part, many clock times) counts as its first text only where all of them read alike.
    const apart = whyGroupReadsApart(key, day, decision!, timeZone, wholeSeconds);
    if (apart) return declined(apart);
    dayOf.set(key, day);
  }
  const days = [...new Set([...dayOf.values()].filter((d) => d === d))];
  let first = Infinity;
  let last = -Infinity;
  for (const d of days) {
    if (d < first) first = d;
    if (d > last) last = d;
  }

  const scores = new Map<FieldId, Map<unknown, Reading>>();
  const cellOf = new Map<FieldId, (raw: unknown) => Cell>([...columns.values()].map((c) => [c.field, c.cell]));
  const readings: Readings = { dayOf, days, ...(first <= last ? { span: { first, last } } : {}), scores, cellOf };
  for (const [field, list] of distinct.values) {
    const column = columns.get(field)!;
    const cells = list.map((v) => column.cell(v.raw));
    const firsts = list.map((v) => v.first);
    const refOf = refsOf(column.letter);
    let read: Reading[];
    if (field === 'nps' || field === 'csat' || field === 'ces') {
      const scale = field === 'csat' ? mapping.scales.csat.scale : field === 'ces' ? mapping.scales.ces.scale : undefined;
      const def = getMetric(field === 'nps' ? 'NPS' : field === 'csat' ? 'CSAT' : 'CES', scale === undefined ? {} : { scale });
      read = readDistinct(cells, firsts, refOf, (o) =>
        readScoreColumn(cells, { ...o, ...options, low: def.whole!.low, high: def.whole!.high, family: field === 'nps' ? undefined : field, labels: source.labels?.[field] }),
      );
    } else if (field === 'referral') {
      const asFlag = referralFlagsFor(referralAnswersFor(mapping, cells));
      const def = getMetric('REFERRAL_RATE');
      read = cells.map((cell) => {
        const flag = asFlag(cell);
        try {
          const value = def.read(flag);
          return value === value ? { value } : { value: NaN, reason: isBlank(flag) ? 'blank' : 'noAnswer' };
        } catch (error) {
          if (!(error instanceof CellProblem)) throw error;
          return { value: NaN, reason: reasonOf(error) };
        }
      });
    } else if (field === 'segment') {
      readings.segmentOf = new Map(list.map((v, k) => [v.raw, textOf(cells[k])]));
      continue;
    } else if (field === 'journeyStage') {
      // 0: blank, 1–5: the stage, 6: a text naming none.
      readings.stageOf = new Map(list.map((v, k) => {
        const cell = cells[k];
        if (!textOf(cell)) return [v.raw, 0];
        const stage = matchStage(cell);
        return [v.raw, stage ? JOURNEY_STAGES.indexOf(stage) + 1 : 6];
      }));
      continue;
    } else continue;
    scores.set(field, new Map(list.map((v, k) => [v.raw, read[k]])));
  }
  return readings;
}

/** Places of data rows (0-based): a CSV's lines (one per record, as csvIsPlain checked), else sheet rows. */
function refsOf(table: FileTable, sheet: SourceSheet, source: DataSource): (letter: string) => (row: number) => CellRef {
  if (table.kind === 'csv') {
    const file = sheet.file?.name ?? sheet.name;
    return (letter) => (row) => ({ file, line: row + 2, column: letter });
  }
  return (letter) => (row) => ({ sheet: source.sheetName, column: letter, row: row + 2 });
}

/**
 * The counting pass: the counts of each period and reading from the first pass's groups (where it
 * kept them), and the rows that need reading (see the top of this file), each as small integers
 * computed in parallel by DuckDB (its date code, and each grouped column's value as its index among
 * the distinct values: an ENUM of them), the comment and email texts only where a figure shows
 * them, summed here while the chunks stream by (a few integer additions a row). No window: a CSV's
 * rows come in file order, so a row's number is its place in the stream; a Parquet row has its own.
 */
async function countRows(
  duck: Duck,
  from: string,
  columns: Map<FieldId, Column>,
  dateKey: string,
  readings: Readings,
  frame: ReturnType<typeof framePeriod>,
  refsOf: (letter: string) => (row: number) => CellRef,
  dayOf: string | undefined,
  distinct: Distinct,
  textDate: string | undefined,
  numbered: boolean,
  csvLines?: CsvLines,
): Promise<Omit<SurveyCounts, 'frame' | 'sheet' | 'span' | 'dateRefOf'> | undefined> {
  // Period slots: the trend's periods 0…T-1, then a readable day outside it, then no readable date.
  const trend = frame.kind === 'all' ? [0] : frame.trend;
  const outside = trend.length;
  const undated = trend.length + 1;
  const starts = [...trend, trend[trend.length - 1] + 1].map((t) => (frame.kind === 'all' ? 0 : dayOfLocalDate(frame.startOf(t))));
  const slotOfDay = (day: number) => {
    if (frame.kind === 'all') return 0;
    if (day !== day) return undated;
    for (let k = 0; k < trend.length; k++) if (day >= starts[k] && day < starts[k + 1]) return k;
    return outside;
  };
  const periodOfSlot = (slot: number) => (slot < outside ? trend[slot] : slot === outside ? OUTSIDE : NaN);
  const cur = trend.indexOf(frame.index);
  const prev = frame.kind === 'all' ? -1 : trend.indexOf(frame.index - 1);
  // With the first pass's groups, only the rows of these slots are read again.
  const toRead = distinct.byKey ? (slot: number) => slot === cur || slot === undated || (slot === prev && columns.has('comment')) : undefined;
  const dates = dateCodes(readings, frame, slotOfDay, dayOf, dateKey, textDate, toRead);
  const field = (f: FieldId) => columns.get(f);
  const col = (f: FieldId) => `c${field(f)!.index}`;
  const scored = (['nps', 'csat', 'ces'] as const).filter((f) => field(f));
  const simple = (['nps', 'csat', 'ces', 'referral', 'journeyStage'] as const).filter((f) => field(f));
  const coded: FieldId[] = [...simple, ...(field('segment') ? (['segment'] as const) : [])];
  const codes = new Map(coded.map((f) => [f, valueCodes(distinct.values.get(f)!, col(f))]));
  const comment = field('comment');
  // A Parquet file's comment rows are grouped by DuckDB (parquetCommentGroups), not streamed with the others.
  const groupComments = numbered && comment !== undefined;
  const email = field('email') && field('nps') ? field('email') : undefined;
  const selectCols = [...new Set([...columns.values()].map((c) => `c${c.index}`))];
  const within = ([from, to]: [number, number]) => `dc >= ${from} AND dc < ${to}`;
  const isDetractor = (raw: unknown) => {
    const reading = raw === null || raw === undefined ? undefined : readings.scores.get('nps')?.get(raw);
    return reading !== undefined && reading.reason === undefined && reading.value <= NPS_DETRACTOR_MAX;
  };
  const detractors = field('nps') ? codes.get('nps')!.raws.flatMap((raw, code) => (isDetractor(raw) ? [code] : [])) : [];
  const select = [
    'dc',
    // Codes only of the rows read (the others are never looked at).
    ...coded.map((f) => codes.get(f)!.sql),
    comment && !groupComments ? `CASE WHEN ${within(dates.shown)} THEN ${col('comment')} END` : 'NULL',
    // Emails are shown with the reported period's detractors' comments only.
    email && comment && !groupComments && detractors.length > 0 ? `CASE WHEN ${within(dates.current)} AND ${col('comment')} IS NOT NULL AND ${codes.get('nps')!.sql} IN (${detractors.join(', ')}) THEN ${col('email')} END` : 'NULL',
  ];

  const raws = new Map(coded.map((f) => [f, codes.get(f)!.raws]));
  const width = (f: FieldId) => raws.get(f)!.length;
  const slots = trend.length + 2;
  const counts = new Map(simple.map((f) => [f, new Float64Array(slots * width(f))]));
  const firsts = new Map(simple.map((f) => [f, new Int32Array(slots * width(f) * MAX_PLACES)]));
  const used = new Map(scored.map((f) => [f, Uint8Array.from(raws.get(f)!, (raw) => (raw !== null && raw !== undefined && readings.scores.get(f)!.get(raw)?.reason === undefined ? 1 : 0))]));
  // Segments of the reported period: per score column, per segment code, the used readings' counts and the first row.
  const segmentWidth = field('segment') ? width('segment') : 0;
  const bySegmentCode = new Map(scored.map((f) => [f, { counts: new Float64Array(segmentWidth * width(f)), first: new Int32Array(segmentWidth).fill(-1) }]));
  let rowsInPeriod = 0;
  let responses = 0;
  const commentTally = field('comment') ? new GroupedCommentTally(frame.index) : undefined;
  const npsReadings = readings.scores.get('nps');
  // Comments repeat; one text per distinct value (DuckDB hands each row its own string).
  const comments = new Map<unknown, string>();
  const commentText = (raw: unknown): string => {
    let text = comments.get(raw);
    if (text === undefined) {
      text = textOf(readings.cellOf.get('comment')!(raw));
      if (comments.size < 100_000) comments.set(raw, text);
    }
    return text;
  };
  /** A comment row, from its row number, day and raw NPS answer, segment, comment and email, into the tally (never held). */
  const addComment = (rn: number, day: number, nps: unknown, segment: unknown, raw: unknown, email: unknown): void => {
    const score = npsReadings?.get(nps);
    commentTally!.add({
      order: rn,
      period: day === day ? frame.indexOf(day) : frame.undated,
      day,
      score: score && score.reason === undefined ? score.value : NaN,
      text: commentText(raw),
      segment: segment === null ? '' : readings.segmentOf?.get(segment) ?? '',
      email: textOf(readings.cellOf.get('email')?.(email) ?? ''),
    });
  };
  const npsRaws = raws.get('nps');
  const segmentRaws = raws.get('segment');
  /** A group of comment rows (DuckDB's: date code, NPS code, raw comment), with its rows that can be shown, into the tally. */
  const addCommentGroup = (dc: number, nps: number, raw: unknown, count: number, latest: number, shown: ShownRow[]): void => {
    const day = dates.dayOf[dc];
    const reading = npsRaws ? npsReadings?.get(npsRaws[nps]) : undefined;
    commentTally!.addGroup({
      period: day === day ? frame.indexOf(day) : frame.undated,
      day,
      score: reading && reading.reason === undefined ? reading.value : NaN,
      text: commentText(raw),
      count,
      latest,
      earliest: shown.map((row) => ({
        order: row.rn,
        segment: row.segment === null ? '' : readings.segmentOf?.get(segmentRaws![row.segment]) ?? '',
        email: textOf(readings.cellOf.get('email')?.(row.email) ?? ''),
      })),
    });
  };
  // With the first pass's groups by date key and value, the counts come from them, and the rows are
  // read only for what needs their place: the reported period's (first places of left-out cells,
  // segments in the order they come, responses, comments), the previous one's comments and the
  // undated rows' (places of cells without a date). Otherwise every row is read and counted.
  const byKey = distinct.byKey;
  /** Per simple column, per group (slot and value code): the rows placed so far (the counts, when every row is read). */
  const placed = byKey ? new Map(simple.map((f) => [f, new Float64Array(slots * width(f))])) : counts;
  // The slots whose first places reach the report: every one when every row is counted here, else the reported period and the undated.
  const placing = Uint8Array.from({ length: slots }, (_, s) => (!byKey || s === cur || s === undated ? 1 : 0));
  let expected = distinct.records;
  if (byKey) {
    const slotOfKey = new Map([...readings.dayOf].map(([key, day]) => [key, slotOfDay(day)]));
    for (const f of simple) {
      const codeOf = new Map<unknown, number>();
      raws.get(f)!.forEach((raw, code) => raw !== undefined && codeOf.set(raw, code));
      const w = width(f);
      const count = counts.get(f)!;
      for (const group of byKey.get(f)!) {
        const code = codeOf.get(group.raw);
        const slot = slotOfKey.get(group.key);
        if (code === undefined || slot === undefined) return undefined;
        count[slot * w + code] += group.count;
      }
    }
    // The rows the second read must find again.
    expected = 0;
    for (const k of distinct.dateKeys) if (placing[slotOfKey.get(k.key)!] === 1) expected += k.count;
  }
  // A Parquet file's rows of the slots read: by their date codes, and by the same days of the time
  // column as it is stored, which DuckDB checks against each row group's bounds before reading it.
  const date = `n${field('timestamp')!.index}`;
  /** What DuckDB needs to group the comment rows of the reported period and the one before (Parquet's grouped month and its comment groups). */
  const commentGroupsRequest = (): CommentGroupsRequest => ({
    from,
    dates,
    comment: col('comment'),
    nps: field('nps') ? codes.get('nps')!.sql : undefined,
    detractorScores: npsRaws ? npsRaws.map((raw) => (isDetractor(raw) ? npsReadings!.get(raw)!.value : NaN)) : [],
    segment: field('segment') ? codes.get('segment')!.sql : undefined,
    email: email ? col('email') : undefined,
    cur,
    prev,
    date,
  });
  // The previous period's rows only where they have a comment (none for Parquet, whose comments come grouped).
  const placingSlot = (s: number) => s === cur || s === undated;
  /**
   * The cells whose places the report names, for a Parquet file's period read: per column (not the
   * journey stage's), the value codes left out in the reported period and those not blank among the
   * undated rows, where the first pass counted rows of them.
   */
  const placesNeeded = (): { f: (typeof simple)[number]; current: number[]; undated: number[] }[] => {
    const readingOf = (f: FieldId, raw: unknown) => (raw === null ? readings.scores.get(f)!.get(null) ?? { value: NaN, reason: 'blank' as const } : readings.scores.get(f)!.get(raw));
    const codesOf = (f: (typeof simple)[number], slot: number, test: (reading: Reading) => boolean) =>
      raws.get(f)!.flatMap((raw, code) => (raw !== undefined && counts.get(f)![slot * width(f) + code] > 0 && test(readingOf(f, raw)!) ? [code] : []));
    return simple
      .filter((f) => f !== 'journeyStage')
      .map((f) => ({ f, current: codesOf(f, cur, (r) => r.reason !== undefined), undated: codesOf(f, undated, (r) => r.reason !== 'blank') }))
      .filter((p) => p.current.length > 0 || p.undated.length > 0);
  };
  const rows = groupComments ? codesWhere(dates.slotOf, placingSlot) : comment && prev >= 0 ? `(${codesWhere(dates.slotOf, placingSlot)} OR (${codesWhere(dates.slotOf, (s) => s === prev)} AND ${col('comment')} IS NOT NULL))` : dates.where;
  // A Parquet file's rows of the reported period are summed by DuckDB (parquetPeriod), the first
  // places of left-out and undated cells with them: no row is read here.
  const aggregated = numbered && byKey !== undefined;
  let summedRead = 0;
  if (aggregated) {
    const needed = placesNeeded();
    const summed = await parquetPeriod(duck, {
      from,
      dates,
      date,
      selectCols,
      cur,
      prev,
      undated,
      scored: scored.map((f) => ({ code: codes.get(f)!.sql, used: used.get(f)! })),
      segment: field('segment') ? codes.get('segment')!.sql : undefined,
      comment: comment ? col('comment') : undefined,
      nps: field('nps') ? codes.get('nps')!.sql : undefined,
      places: needed.map((p) => ({ code: codes.get(p.f)!.sql, current: p.current, undated: p.undated })),
    });
    rowsInPeriod = summed.rowsInPeriod;
    responses = summed.responses;
    summedRead = summed.read;
    scored.forEach((f, k) => {
      const { counts: segmentCounts, first } = bySegmentCode.get(f)!;
      for (const { segment, code, count, first: row } of summed.segments[k]) {
        if (segment >= segmentWidth - 1) continue;
        segmentCounts[segment * width(f) + code] += count;
        if (first[segment] < 0 || row < first[segment]) first[segment] = row;
      }
    });
    if (commentTally) {
      const request = commentGroupsRequest();
      const shown = await newestDetractors(duck, request, summed.comments);
      if (!shown) return undefined;
      for (const group of summed.comments) addCommentGroup(group.dc, group.nc, group.raw, group.count, group.latest, shown.get(group) ?? []);
    }
    // Each day's first places of a group, merged into the group's (its least rows are among them).
    needed.forEach(({ f }, k) => {
      const count = placed.get(f)!;
      const first = firsts.get(f)!;
      for (const { dc, code, rows } of summed.places[k]) {
        const g = dates.slotOf[dc] * width(f) + code;
        for (const row of rows) {
          const seen = count[g]++;
          if (seen < MAX_PLACES) first[g * MAX_PLACES + seen] = row;
          else keepFirst(first, g * MAX_PLACES, row);
        }
      }
    });
  }
  const where = byKey ? ` WHERE ${rows}${numbered && dates.stored ? ` AND ${dates.stored(date, groupComments ? placingSlot : undefined)}` : ''}` : '';
  const rowsOf = `(SELECT ${dates.sql} AS dc, ${selectCols.join(', ')}${numbered ? `, rn, ${date}` : ''} FROM ${from})`;
  // A CSV's rows carry no number: the places of those placed come from an ordered pass of one
  // integer a row, and the k-th such row read is the k-th place (the same rows, in file order).
  // Where the pre-scan kept each line's date part, the places are found from it with no pass at all.
  const placedKey = (key: string) => placing[slotOfDay(readings.dayOf.get(key)!)] === 1;
  const fromLines = !numbered && byKey && csvLines ? placesFromLines(csvLines.keys, distinct.dateKeys, placedKey, distinct.records) : undefined;
  say(fromLines ? 'places from the pre-scan' : 'places from an ordered pass');
  const places = fromLines ?? (!numbered && byKey ? await placesOf(duck, rowsOf, codesWhere(dates.slotOf, (s) => placing[s] === 1), distinct.records) : undefined);
  if (places === null) return undefined;
  trace('places');
  let placedRows = 0; // rows read so far that took a place from `places`
  let unplaced = 0; // the previous period's comment rows: their order is all that counts (past every row)
  const sql = `SELECT ${select.join(', ')}${numbered ? ', CAST(rn AS INTEGER)' : ''} FROM ${rowsOf}${where}`;
  const at = (f: FieldId) => 1 + coded.indexOf(f);
  const commentAt = 1 + coded.length;
  const rnAt = commentAt + 2;
  let row = 0; // 0-based data row of the chunk's first row, in the order the rows come
  let read = summedRead; // rows of the slots placed (all of a slot's rows are read, or summed by DuckDB)
  let complete = true;
  const slotBuffer = new Int32Array(2048); // a chunk's rows' slots (one buffer for all chunks: less for the GC)
  const rowBuffer = new Int32Array(2048);
  const visit = (chunk: DuckChunk): boolean | void => {
    const n = chunk.rowCount;
    const date = chunk.ints(0);
    const slot = n <= slotBuffer.length ? slotBuffer : new Int32Array(n);
    const at0 = n <= rowBuffer.length ? rowBuffer : new Int32Array(n);
    let some = false;
    for (let r = 0; r < n; r++) {
      const s = date[r] < 0 ? -1 : dates.slotOf[date[r]];
      // A date the first pass did not see (the file changed between the passes): decline, never drop the row.
      if (s === undefined) return (complete = false);
      slot[r] = s;
      if (s >= 0) some = true;
    }
    // Each row's place: a Parquet file's row number, else its place in the stream (the rows come in file order).
    if (numbered) {
      const rn = chunk.ints(rnAt);
      for (let r = 0; r < n; r++) at0[r] = rn[r] - 1;
    } else if (places) {
      for (let r = 0; r < n; r++) {
        if (slot[r] >= 0 && placing[slot[r]] === 1) {
          if (placedRows === places.length) return (complete = false);
          at0[r] = places[placedRows++];
        } else at0[r] = distinct.records + unplaced++;
      }
    } else for (let r = 0; r < n; r++) at0[r] = row + r;
    row += n;
    if (!some) return;
    for (const f of simple) {
      const code = chunk.ints(at(f));
      const w = width(f);
      const count = placed.get(f)!;
      const first = firsts.get(f)!;
      for (let r = 0; r < n; r++) {
        if (placing[slot[r]] !== 1) continue;
        const g = slot[r] * w + code[r];
        const seen = count[g]++;
        if (seen < MAX_PLACES) first[g * MAX_PLACES + seen] = at0[r];
        else if (numbered) keepFirst(first, g * MAX_PLACES, at0[r]);
      }
    }
    for (let r = 0; r < n; r++) if (placing[slot[r]] === 1) read++;
    if (scored.length > 0) {
      const codes = scored.map((f) => chunk.ints(at(f)));
      const usable = scored.map((f) => used.get(f)!);
      const segment = segmentWidth > 0 ? chunk.ints(at('segment')) : undefined;
      for (let r = 0; r < n; r++) {
        if (slot[r] !== cur) continue;
        rowsInPeriod++;
        let answered = false;
        for (let k = 0; k < codes.length; k++) {
          if (usable[k][codes[k][r]] !== 1) continue;
          answered = true;
          if (segment && segment[r] < segmentWidth - 1) {
            const s = bySegmentCode.get(scored[k])!;
            s.counts[segment[r] * width(scored[k]) + codes[k][r]]++;
            const first = s.first[segment[r]];
            if (first < 0 || at0[r] < first) s.first[segment[r]] = at0[r];
          }
        }
        if (answered) responses++;
      }
    }
    if (comment && !groupComments) {
      const npsCode = npsRaws ? chunk.ints(at('nps')) : undefined;
      const segmentCode = segmentRaws ? chunk.ints(at('segment')) : undefined;
      for (let r = 0; r < n; r++) {
        if (slot[r] !== cur && slot[r] !== prev) continue;
        const text = chunk.value(commentAt, r);
        if (text === null) continue;
        const nps = npsCode ? npsRaws![npsCode[r]] : null;
        const detractor = slot[r] === cur && email !== undefined && isDetractor(nps);
        const segment = segmentCode && slot[r] === cur ? segmentRaws![segmentCode[r]] : null;
        addComment(at0[r] + 1, dates.dayOf[date[r]], nps, segment, text, detractor ? chunk.value(commentAt + 1, r) : null);
      }
    }
  };
  // A file in date order with the date first: the rows read are on a few runs of lines, which Node
  // reads and parses itself (./line-rows.ts) instead of DuckDB reading the whole file again.
  const lineRows = fromLines && csvLines && dates.codeOf ? runsToRead(csvLines.keys, distinct.dateKeys, dates.codeOf, dates.slotOf, dates.dayOf, (key) => placedKey(key) || (comment !== undefined && prev >= 0 && slotOfDay(readings.dayOf.get(key)!) === prev), distinct.records) : undefined;
  say(lineRows ? 'rows read again from their lines' : 'rows read again by DuckDB');
  if (lineRows && csvLines) {
    const fieldAt = (f: FieldId) => field(f)!.index;
    const codeMaps = coded.map((f) => new Map(codes.get(f)!.raws.map((raw, code) => [raw, code] as const).filter(([raw]) => raw !== undefined)));
    const codedAt = Int32Array.from(coded, fieldAt);
    const ints = [new Int32Array(2048), ...coded.map(() => new Int32Array(2048))];
    const texts: (string | null)[][] = [[], []];
    // The columns of the comment and the email (-1: none, or no email shown).
    const commentColumn = comment ? comment.index : -1;
    const emailColumn = email ? email.index : -1;
    const prevSlot = commentColumn >= 0 ? prev : -2;
    let n = 0;
    const chunk: DuckChunk = { rowCount: 0, ints: (column) => ints[column], value: (column, r) => texts[column - commentAt][r] };
    const keep = [...new Set((['comment', 'email', ...coded] as FieldId[]).filter((f) => field(f)).map(fieldAt))];
    const ok = await readRunLines(csvLines.path, csvLines.delimiter, csvLines.keys, (run) => lineRows.has(csvLines.keys.hashes[run]), keep, csvLines.width, (fields, run) => {
      if (run < 0 || n === 2048) {
        chunk.rowCount = n;
        if (n > 0 && complete) visit(chunk);
        n = 0;
        if (run < 0) return;
      }
      const code = lineRows.get(csvLines.keys.hashes[run])!;
      const text = commentColumn < 0 || fields[commentColumn] === '' ? null : fields[commentColumn];
      // As DuckDB's filter: the previous period's rows only with a comment.
      if (text === null && dates.slotOf[code] === prevSlot) return;
      ints[0][n] = code;
      for (let c = 0; c < codedAt.length; c++) {
        const raw = fields[codedAt[c]];
        const value = codeMaps[c].get(raw === '' ? null : raw);
        if (value === undefined) return void (complete = false); // a value the first pass did not see: the file changed
        ints[c + 1][n] = value;
      }
      texts[0][n] = text;
      texts[1][n] = emailColumn < 0 || fields[emailColumn] === '' ? null : fields[emailColumn];
      n++;
    });
    if (!ok) return undefined;
  } else if (!aggregated) await duck.chunks(sql, visit);
  // The second read gave the rows of the first (or the file changed meanwhile, and the counts are none).
  if (!complete || read !== expected || (places ? placedRows !== places.length : !numbered && row !== distinct.records)) return undefined;
  if (groupComments && !aggregated) {
    const request = commentGroupsRequest();
    const complete = await parquetCommentGroups(duck, request, addCommentGroup);
    if (!complete) return undefined;
  }

  const groups = new Map<FieldId, CountGroup[]>();
  const atStage = new Array<number>(JOURNEY_STAGES.length).fill(0);
  let unmatched = 0;
  for (const f of simple) {
    const count = counts.get(f)!;
    const first = firsts.get(f)!;
    const fieldRaws = raws.get(f)!;
    const w = fieldRaws.length;
    const list: CountGroup[] = [];
    for (let slot = 0; slot < slots; slot++) {
      const period = periodOfSlot(slot);
      for (let code = 0; code < w; code++) {
        const g = slot * w + code;
        const n = count[g];
        if (n === 0) continue;
        const raw = fieldRaws[code] ?? null;
        if (f === 'journeyStage') {
          const stage = readings.stageOf?.get(raw) ?? 0;
          if (!(frame.kind === 'all' || period === frame.index) || stage === 0) continue;
          if (stage === 6) unmatched += n;
          else atStage[stage - 1] += n;
          continue;
        }
        const reading = readings.scores.get(f)!.get(raw)!;
        const rows = Array.from(first.subarray(g * MAX_PLACES, g * MAX_PLACES + Math.min(placed.get(f)![g], MAX_PLACES)));
        list.push({ period, value: reading.value, ...(reading.reason ? { reason: reading.reason } : {}), count: n, rows });
      }
    }
    groups.set(f, list);
  }
  const out: Omit<SurveyCounts, 'frame' | 'sheet' | 'span' | 'dateRefOf'> = { rowsInPeriod, responses };
  const refsOfField = (f: FieldId) => refsOf(field(f)!.letter);
  for (const f of simple) {
    if (f === 'journeyStage') continue;
    const column: ColumnCounts = { groups: groups.get(f)!, refOf: refsOfField(f) };
    if (f === 'referral') out.referral = column;
    else out[f] = column;
  }
  if (field('journeyStage')) out.stages = { atStage, unmatched };
  if (field('segment')) {
    out.segments = {};
    for (const f of scored) {
      // Segment names in the order they first come; answers of raw texts that name alike are one segment.
      const { counts: segmentCounts, first } = bySegmentCode.get(f)!;
      const fieldRaws = raws.get(f)!;
      const named = new Map<string, { first: number; values: Map<number, number> }>();
      for (let s = 0; s < segmentWidth - 1; s++) {
        if (first[s] < 0) continue;
        const name = readings.segmentOf?.get(segmentRaws![s]) ?? '';
        if (!name) continue;
        const entry = named.get(name) ?? { first: Infinity, values: new Map<number, number>() };
        entry.first = Math.min(entry.first, first[s]);
        for (let code = 0; code < fieldRaws.length; code++) {
          const n = segmentCounts[s * fieldRaws.length + code];
          if (n === 0) continue;
          const value = readings.scores.get(f)!.get(fieldRaws[code])!.value;
          entry.values.set(value, (entry.values.get(value) ?? 0) + n);
        }
        named.set(name, entry);
      }
      out.segments[f] = new Map([...named].sort((a, b) => a[1].first - b[1].first).map(([name, entry]) => [name, entry.values]));
    }
  }
  if (commentTally) out.comments = commentTally;
  return out;
}

interface CommentGroupsRequest {
  from: string;
  dates: ReturnType<typeof dateCodes>;
  /** SQL of the comment's raw value, of the NPS answer's and the segment's codes (valueCodes), of the email's raw value. */
  comment: string;
  nps: string | undefined;
  /** Per NPS code, its score where it reads as a detractor's, else NaN. */
  detractorScores: number[];
  segment: string | undefined;
  email: string | undefined;
  /** The slots of the reported period and of the one before. */
  cur: number;
  prev: number;
  /** SQL of the time column as stored. */
  date: string;
}

/** One of the reported period's newest detractor comments: its row number, segment code and raw email. */
interface ShownRow {
  rn: number;
  segment: number | null;
  email: unknown;
}

/** A group of comment rows from DuckDB: date code, NPS code (0 without an NPS column), raw comment, rows and the latest row's number. */
interface CommentGroupRow {
  dc: number;
  nc: number;
  raw: unknown;
  count: number;
  latest: number;
}

/** The rows of a Parquet file's `from` with date code, NPS code, segment code, email and comment, where the comment is not NULL (and `stored`, SQL on the stored time, holds). */
function commentRowsOf(request: CommentGroupsRequest, stored: string | undefined): string {
  const { dates, comment } = request;
  return `(SELECT ${dates.sql} AS dc, ${request.nps ?? '0'} AS nc, ${request.segment ?? 'NULL'} AS sc, ${request.email ?? 'NULL'} AS em, ${comment} AS cm, rn FROM ${request.from} WHERE ${comment} IS NOT NULL${stored ? ` AND ${stored}` : ''})`;
}

/**
 * A Parquet file's comment rows of the reported period and the one before, grouped by DuckDB by
 * date code, NPS answer and comment (issue 18: decoding each row's text into Node cost more than
 * all the rest of the counting), each group's rows counted with its latest row number, handed to
 * `add` with those of its rows that are shown (newestDetractors). False when a shown row is in no
 * group (the file changed between the reads): never a comment dropped.
 */
async function parquetCommentGroups(duck: Duck, request: CommentGroupsRequest, add: (dc: number, nps: number, raw: unknown, count: number, latest: number, shown: ShownRow[]) => void): Promise<boolean> {
  const { dates, cur, prev } = request;
  const read = (s: number) => s === cur || s === prev;
  const sql = `SELECT dc, nc, cm, CAST(count(*) AS INTEGER), CAST(max(rn) AS INTEGER) FROM ${commentRowsOf(request, dates.stored?.(request.date, read))} WHERE ${codesWhere(dates.slotOf, read)} GROUP BY dc, nc, cm`;
  const groups: CommentGroupRow[] = [];
  await duck.chunks(sql, (chunk) => {
    const dc = chunk.ints(0);
    const nc = chunk.ints(1);
    const count = chunk.ints(3);
    const latest = chunk.ints(4);
    for (let r = 0; r < chunk.rowCount; r++) groups.push({ dc: dc[r], nc: nc[r], raw: chunk.value(2, r), count: count[r], latest: latest[r] });
  });
  say(`${groups.reduce((n, g) => n + g.count, 0)} comment rows of the reported period and the one before, grouped by DuckDB into ${groups.length} of one day, answer and text`);
  const shown = await newestDetractors(duck, request, groups);
  if (!shown) return false;
  for (const g of groups) add(g.dc, g.nc, g.raw, g.count, g.latest, shown.get(g) ?? []);
  return true;
}

/**
 * The reported period's MAX_COMMENTS newest detractor comments, in the tally's order (latest day,
 * none last, then the lowest score, then the first row), with their segments and emails, by the
 * groups they belong to. From the groups (`groups`, DuckDB's counts) the days and scores whose rows
 * come first until they hold MAX_COMMENTS; DuckDB's top-N over only those rows (a Parquet file's
 * row groups of those days) gives the shown ones. Undefined when a shown row is in no group.
 */
async function newestDetractors(duck: Duck, request: CommentGroupsRequest, groups: readonly CommentGroupRow[]): Promise<Map<CommentGroupRow, ShownRow[]> | undefined> {
  const { dates } = request;
  const scoreOf = request.detractorScores;
  const out = new Map<CommentGroupRow, ShownRow[]>();
  if (request.nps === undefined) return out;
  const [from, to] = dates.current;
  const dayOf = (g: CommentGroupRow) => {
    const day = dates.dayOf[g.dc];
    return day === day ? day : -Infinity;
  };
  const candidates = groups.filter((g) => g.dc >= from && g.dc < to && scoreOf[g.nc] === scoreOf[g.nc]);
  candidates.sort((a, b) => (dayOf(a) === dayOf(b) ? scoreOf[a.nc] - scoreOf[b.nc] : dayOf(a) > dayOf(b) ? -1 : 1));
  // Each (date code, NPS code) of the days and scores taken, by its rank: the shown rows are among theirs.
  const rankOf = new Map<string, { dc: number; nc: number; rank: number }>();
  let rows = 0;
  let rank = -1;
  let last = '';
  for (const g of candidates) {
    const cluster = `${dayOf(g)} ${scoreOf[g.nc]}`;
    if (cluster !== last) {
      if (rows >= MAX_COMMENTS) break;
      rank++;
      last = cluster;
    }
    rows += g.count;
    rankOf.set(`${g.dc} ${g.nc}`, { dc: g.dc, nc: g.nc, rank });
  }
  if (rankOf.size === 0) return out;
  const pairs = [...rankOf.values()];
  const dcs = [...new Set(pairs.map((p) => p.dc))];
  const ncs = [...new Set(pairs.map((p) => p.nc))];
  // A wall time's rows of those days only, by the stored time (DuckDB skips the other row groups).
  const stored = dates.stored
    ? `(${dcs.map((dc) => {
        const day = dates.dayOf[dc];
        return day === day ? `(${request.date} >= TIMESTAMP '${isoDate(day)}' AND ${request.date} < TIMESTAMP '${isoDate(day + 1)}')` : `${request.date} IS NULL`;
      }).join(' OR ')})`
    : undefined;
  const order = `CASE ${pairs.map((p) => `WHEN dc = ${p.dc} AND nc = ${p.nc} THEN ${p.rank}`).join(' ')} ELSE ${rank + 1} END`;
  const found = await duck.rows(`SELECT dc, nc, CAST(rn AS INTEGER), sc, em, cm FROM ${commentRowsOf(request, stored)} WHERE dc IN (${dcs.join(', ')}) AND nc IN (${ncs.join(', ')}) ORDER BY ${order}, rn LIMIT ${MAX_COMMENTS}`);
  const byPair = new Map<string, CommentGroupRow[]>();
  for (const g of candidates) {
    const key = `${g.dc} ${g.nc}`;
    if (rankOf.has(key)) byPair.set(key, [...(byPair.get(key) ?? []), g]);
  }
  for (const [dc, nc, rn, sc, em, cm] of found) {
    const group = byPair.get(`${dc} ${nc}`)?.find((g) => Object.is(g.raw, cm));
    if (!group) return undefined;
    out.set(group, [...(out.get(group) ?? []), { rn: rn as number, segment: sc as number | null, email: em }]);
  }
  return out;
}

interface PeriodRequest {
  from: string;
  dates: ReturnType<typeof dateCodes>;
  /** SQL of the time column as stored, and the columns `from` gives the mapping's values as. */
  date: string;
  selectCols: string[];
  /** The slots of the reported period, the one before and the undated rows. */
  cur: number;
  prev: number;
  undated: number;
  /** Per score column: the SQL of its value's code (valueCodes) and which codes read as used answers. */
  scored: { code: string; used: Uint8Array }[];
  /** SQL of the segment's and the NPS answer's codes, and of the comment's raw value. */
  segment: string | undefined;
  comment: string | undefined;
  nps: string | undefined;
  /** Per column whose cells' places the report names: the SQL of its code, and its codes needing places in the reported period and among the undated rows. */
  places: { code: string; current: number[]; undated: number[] }[];
}

interface PeriodSums {
  /** The reported period's rows, and those with a used answer in a score column. */
  rowsInPeriod: number;
  responses: number;
  /** The rows of the reported period and the undated ones (the first pass's count of them, if the file did not change). */
  read: number;
  /** Per score column: the reported period's rows by segment code and used answer's code, with the first row (0-based). */
  segments: { segment: number; code: number; count: number; first: number }[][];
  /** The comment rows of the reported period and the one before, by date code, NPS code and comment. */
  comments: CommentGroupRow[];
  /** Per column of `places`: each date code's first MAX_PLACES rows (0-based) of a value code needing places. */
  places: { dc: number; code: number; rows: number[] }[][];
}

/**
 * What the counting pass sums from a Parquet file's rows of the reported period (the undated rows
 * and the previous period's comment rows with them), summed by DuckDB in one read instead of each
 * row handed to Node (issue 18): the period's rows and responses, its answers by segment with each
 * segment's first row (segments are named in the order they come), the comment rows grouped by
 * day, NPS answer and text, and each day's first MAX_PLACES rows of a value whose places the
 * report names (a period's first places are among its days'). GROUPING SETS, one scan; a row's
 * date code and values are the small integers of the streaming pass.
 */
async function parquetPeriod(duck: Duck, request: PeriodRequest): Promise<PeriodSums> {
  const { dates, cur, prev, undated, scored, comment } = request;
  const { places } = request;
  // Each column's code computed once a row (the NPS answer's serves its score, its comment groups and its places alike).
  const aliases = new Map<string, string>();
  const alias = (code: string) => aliases.get(code) ?? (aliases.set(code, `x${aliases.size}`), `x${aliases.size - 1}`);
  const ks = request.segment ? alias(request.segment) : '';
  const k = scored.map(({ code }) => alias(code));
  const kn = comment ? alias(request.nps ?? '0') : '';
  const p = places.map(({ code }) => alias(code));
  // The grouping sets (the score codes are grouped only with a segment; they count responses all the same).
  const sets = [['dc'], ...(request.segment ? k.map((x) => ['dc', ks, x]) : []), ...(comment ? [['dc', kn, 'cm']] : []), ...p.map((x) => ['dc', x])];
  const keys = [...new Set(sets.flat())];
  // The rows whose places the report names: a left-out cell in the reported period, a cell not blank among the undated.
  const within = (slot: number, list: number[], j: number) => (list.length > 0 ? [`(${codesWhere(dates.slotOf, (s) => s === slot)} AND ${p[j]} IN (${list.join(', ')}))`] : []);
  const named = places.flatMap((place, j) => [...within(cur, place.current, j), ...within(undated, place.undated, j)]);
  const answered =
    scored.length > 0
      ? scored
          .map(({ used }, j) => {
            const codes = [...used].flatMap((u, code) => (u ? [code] : []));
            return codes.length > 0 ? `${k[j]} IN (${codes.join(', ')})` : 'FALSE';
          })
          .join(' OR ')
      : 'FALSE';
  const placing = (s: number) => s === cur || s === undated;
  const rows = comment && prev >= 0 ? `(${codesWhere(dates.slotOf, placing)} OR (${codesWhere(dates.slotOf, (s) => s === prev)} AND ${comment} IS NOT NULL))` : codesWhere(dates.slotOf, placing);
  const stored = dates.stored ? ` AND ${dates.stored(request.date, (s) => placing(s) || (comment !== undefined && s === prev))}` : '';
  const inner = `SELECT dc${[...aliases].map(([code, name]) => `, ${code} AS ${name}`).join('')}${comment ? `, ${comment} AS cm` : ''}, rn
    FROM (SELECT ${dates.sql} AS dc, ${request.selectCols.join(', ')}, rn, ${request.date} FROM ${request.from}) WHERE ${rows}${stored}`;
  const sql = `SELECT CAST(GROUPING(${keys.join(', ')}) AS INTEGER), ${keys.join(', ')}, CAST(count(*) AS INTEGER), CAST(min(rn) AS INTEGER), CAST(max(rn) AS INTEGER), CAST(count(*) FILTER (WHERE ${answered}) AS INTEGER)${named.length > 0 ? `, min(CAST(rn AS INTEGER), ${MAX_PLACES}) FILTER (WHERE ${named.join(' OR ')})` : ''}
    FROM (${inner}) GROUP BY GROUPING SETS (${sets.map((set) => `(${set.join(', ')})`).join(', ')})`;
  const gidOf = (set: string[]) => keys.reduce((gid, key, i) => gid | (set.includes(key) ? 0 : 1 << (keys.length - 1 - i)), 0);
  const daySet = gidOf(['dc']);
  const segmentSets = request.segment ? k.map((x) => gidOf(['dc', ks, x])) : [];
  const commentSet = comment ? gidOf(['dc', kn, 'cm']) : -1;
  const placeSets = p.map((x) => gidOf(['dc', x]));
  const at = (key: string) => 1 + keys.indexOf(key);
  const n = keys.length;
  const sums: PeriodSums = { rowsInPeriod: 0, responses: 0, read: 0, segments: scored.map(() => []), comments: [], places: places.map(() => []) };
  await duck.chunks(sql, (chunk) => {
    const gid = chunk.ints(0);
    const dc = chunk.ints(1);
    const count = chunk.ints(n + 1);
    const first = chunk.ints(n + 2);
    const latest = chunk.ints(n + 3);
    const answers = chunk.ints(n + 4);
    for (let r = 0; r < chunk.rowCount; r++) {
      // A date code the first pass did not give (the file changed meanwhile): not counted, so the rows read do not match and the file is declined.
      const slot = dates.slotOf[dc[r]];
      if (gid[r] === daySet) {
        if (slot === cur) {
          sums.rowsInPeriod += count[r];
          sums.responses += answers[r];
        }
        if (placing(slot)) sums.read += count[r];
      } else if (gid[r] === commentSet) {
        if (slot !== cur && slot !== prev) continue;
        const raw = chunk.value(at('cm'), r);
        if (raw !== null) sums.comments.push({ dc: dc[r], nc: chunk.ints(at(kn))[r], raw, count: count[r], latest: latest[r] });
      } else if (placeSets.includes(gid[r])) {
        const j = placeSets.indexOf(gid[r]);
        const code = chunk.ints(at(p[j]))[r];
        const wanted = slot === cur ? places[j].current : slot === undated ? places[j].undated : [];
        if (!wanted.includes(code)) continue;
        const rows = (chunk.value(n + 5, r) as number[] | null) ?? [];
        sums.places[j].push({ dc: dc[r], code, rows: rows.map((rn) => rn - 1) });
      } else if (slot === cur) {
        const j = segmentSets.indexOf(gid[r]);
        if (j < 0) continue;
        const code = chunk.ints(at(k[j]))[r];
        if (scored[j].used[code] === 1) sums.segments[j].push({ segment: chunk.ints(at(ks))[r], code, count: count[r], first: first[r] - 1 });
      }
    }
  });
  if (comment) say(`${sums.comments.reduce((s, g) => s + g.count, 0)} comment rows of the reported period and the one before, grouped by DuckDB into ${sums.comments.length} of one day, answer and text`);
  say(`the first places of ${sums.places.reduce((s, list) => s + list.length, 0)} groups of left-out or undated cells by day, from DuckDB: no row read for them`);
  return sums;
}

/** A CSV file's lines as the pre-scan kept them, for the counting pass. */
interface CsvLines {
  keys: LineKeys;
  path: string;
  delimiter: string;
  width: number;
}

/**
 * The line hashes whose runs hold exactly the rows to read again (`read`: by date key), each with
 * the date code of its rows, or undefined where they do not (placesFromLines' checks), where keys
 * of one hash would have other codes' slots or days, or where the rows are too many or too
 * scattered for Node to read them faster than DuckDB (LINE_KEY_LIMITS).
 */
function runsToRead(keys: LineKeys, dateKeys: Distinct['dateKeys'], codeOf: Map<string, number>, slotOf: Int32Array, dayOf: Float64Array, read: (key: string) => boolean, records: number): Map<number, number> | undefined {
  if (!placesFromLines(keys, dateKeys, read, records)) return undefined;
  // Many runs apart (a file out of date order) are many small reads: DuckDB's one pass is better.
  let ranges = 0;
  const readHashes = new Set(dateKeys.filter((k) => read(k.key)).map((k) => keyHash(k.key.slice(1))));
  for (let r = 0; r < keys.runs; r++) if (readHashes.has(keys.hashes[r]) && (r === 0 || !readHashes.has(keys.hashes[r - 1]))) ranges++;
  // Node splits lines on one thread: past a share of the file, DuckDB's parallel pass is faster.
  let rows = 0;
  for (const k of dateKeys) if (read(k.key)) rows += k.count;
  if (ranges > LINE_KEY_LIMITS.ranges || rows > records * LINE_KEY_LIMITS.share) return undefined;
  const codes = new Map<number, number>();
  for (const { key } of dateKeys) {
    if (!read(key)) continue;
    const code = codeOf.get(key);
    if (code === undefined) return undefined;
    const hash = keyHash(key.slice(1));
    const other = codes.get(hash);
    if (other === undefined) codes.set(hash, code);
    else if (slotOf[other] !== slotOf[code] || !(dayOf[other] === dayOf[code] || (dayOf[other] !== dayOf[other] && dayOf[code] !== dayOf[code]))) return undefined;
  }
  return codes;
}

/**
 * The places (0-based data rows) of a CSV's rows that pass `keep` (SQL over `rows`' columns), from
 * an ordered pass that hands one integer a row: the file is read in parallel, in file order
 * (preserve_insertion_order), and a row's place is its place in the stream. Null when the pass did
 * not read `records` rows (the file changed since the first pass).
 */
async function placesOf(duck: Duck, rows: string, keep: string, records: number): Promise<Int32Array | null> {
  let places = new Int32Array(4096);
  let kept = 0;
  let row = 0;
  await duck.chunks(`SELECT CAST(${keep} AS INTEGER) FROM ${rows}`, (chunk) => {
    const n = chunk.rowCount;
    const flags = chunk.ints(0);
    if (kept + n > places.length) {
      const larger = new Int32Array(Math.max(places.length * 2, kept + n));
      larger.set(places.subarray(0, kept));
      places = larger;
    }
    for (let r = 0; r < n; r++) if (flags[r] === 1) places[kept++] = row + r;
    row += n;
  });
  return row === records ? places.subarray(0, kept) : null;
}

/**
 * Each row's date as a small integer, and what it stands for: for date keys (a CSV, Parquet text),
 * the key's place in an ENUM of the keys, ordered so that the reported period's come first and the
 * previous period's next; for a Parquet wall time, its day from the first readable one. The slot
 * and day of a code are looked up here, so the SQL computes no day and no period.
 * `current` and `shown`: the codes of the reported period, and of it and the one before.
 * `dateText`: the SQL of the date column's text, when it is text.
 */
function dateCodes(readings: Readings, frame: ReturnType<typeof framePeriod>, slotOfDay: (day: number) => number, dayOf: string | undefined, dateKey: string, dateText: string | undefined, toRead?: (slot: number) => boolean) {
  const read = toRead ?? (() => true);
  const periodOf = (day: number) => (frame.kind === 'all' ? frame.index : day === day ? frame.indexOf(day) : NaN);
  if (dayOf) {
    const first = readings.span?.first ?? 0;
    const days = (readings.span ? readings.span.last - first + 1 : 0) + 1;
    const dayOfCode = Float64Array.from({ length: days }, (_, k) => (k < days - 1 ? first + k : NaN));
    const range = (from: number, to: number): [number, number] => (frame.kind === 'all' ? [0, days] : [from - first, to - first]);
    const start = (i: number) => dayOfLocalDate(frame.startOf(i));
    const slotOf = Int32Array.from(dayOfCode, slotOfDay);
    /** The days read (or those of the slots `keep` passes) as a condition on the stored time `x`: a run of days as a range of times, the undated code as NULL. */
    const stored = (x: string, keep: (slot: number) => boolean = read) => {
      const ranges: string[] = [];
      for (let c = 0; c < days; c++) {
        if (!keep(slotOf[c])) continue;
        if (c === days - 1) {
          ranges.push(`${x} IS NULL`);
          continue;
        }
        let end = c;
        while (end + 1 < days - 1 && keep(slotOf[end + 1])) end++;
        ranges.push(`(${x} >= TIMESTAMP '${isoDate(first + c)}' AND ${x} < TIMESTAMP '${isoDate(first + end + 1)}')`);
        c = end;
      }
      return ranges.length > 0 ? `(${ranges.join(' OR ')})` : 'FALSE';
    };
    return {
      sql: `CAST(coalesce(${dayOf} - ${first}, ${days - 1}) AS INTEGER)`,
      where: codesWhere(slotOf, read),
      stored,
      read,
      slotOf,
      dayOf: dayOfCode,
      current: range(start(frame.index), start(frame.index + 1)),
      shown: range(start(frame.index - 1), start(frame.index + 1)),
      codeOf: undefined,
    };
  }
  // The keys in the order: the reported period's, the previous one's, the rest.
  const rank = (day: number) => {
    const period = periodOf(day);
    return period === frame.index ? 0 : period === frame.index - 1 ? 1 : 2;
  };
  // Only the keys of the slots read, when not every row is (the others' rows get -1).
  const keys = [...readings.dayOf].filter(([, day]) => read(slotOfDay(day))).sort((a, b) => rank(a[1]) - rank(b[1]));
  const current = keys.filter(([, day]) => rank(day) === 0).length;
  const shown = keys.filter(([, day]) => rank(day) <= 1).length;
  // Where the first pass found every date to be ISO text, each row's key is its first ten characters:
  // the same rows, read again, need no pattern matched.
  const iso = dateText !== undefined && keys.every(([key]) => key[0] === 'F');
  const keySql = iso ? `substr(${dateText}, 1, 10)` : `(${dateKey})`;
  const members = keys.map(([key]) => sqlText(iso ? key.slice(1) : key)).join(', ');
  return {
    sql: !toRead ? `CAST(enum_code(CAST(${keySql} AS ENUM(${members}))) AS INTEGER)` : keys.length === 0 ? '-1' : `CAST(coalesce(enum_code(TRY_CAST(${keySql} AS ENUM(${members}))), -1) AS INTEGER)`,
    where: 'dc >= 0',
    stored: undefined,
    read,
    slotOf: Int32Array.from(keys, ([, day]) => slotOfDay(day)),
    dayOf: Float64Array.from(keys, ([, day]) => day),
    current: [0, current] as [number, number],
    shown: [0, shown] as [number, number],
    /** A date key's code (its place among the members). */
    codeOf: new Map(keys.map(([key], code) => [key, code])),
  };
}

/** The date codes whose slot passes `keep`, as a condition on dc (runs of codes as ranges). */
function codesWhere(slots: Int32Array, keep: (slot: number) => boolean): string {
  const ranges: string[] = [];
  for (let c = 0; c < slots.length; c++) {
    if (!keep(slots[c])) continue;
    let end = c;
    while (end + 1 < slots.length && keep(slots[end + 1])) end++;
    ranges.push(end === c ? `dc = ${c}` : `dc BETWEEN ${c} AND ${end}`);
    c = end;
  }
  return ranges.length > 0 ? `(${ranges.join(' OR ')})` : 'FALSE';
}

/** Keeps the MAX_PLACES least rows at first[at, at + MAX_PLACES) with `row` (rows that come in any order). */
function keepFirst(first: Int32Array, at: number, row: number): void {
  let most = at;
  for (let k = at + 1; k < at + MAX_PLACES; k++) if (first[k] > first[most]) most = k;
  if (row < first[most]) first[most] = row;
}

/**
 * A grouped column's values as small integers: the SQL of a row's code and each code's raw value
 * (the last code is NULL's). Whole numbers in a narrow range (a typed Parquet score) are their
 * distance from the least; anything else its place in an ENUM of the column's distinct values as
 * text (exact: an ENUM member is one text, and a value not among them stops the query).
 */
function valueCodes(list: Distinct['values'] extends Map<FieldId, infer V> ? V : never, column: string): { sql: string; raws: unknown[] } {
  const present = list.filter((v) => v.raw !== null);
  const numbers = present.map((v) => v.raw).filter((raw): raw is number => typeof raw === 'number' && Number.isInteger(raw));
  if (numbers.length > 0 && numbers.length === present.length) {
    const least = Math.min(...numbers);
    const span = Math.max(...numbers) - least + 1;
    if (span <= 4096) {
      const raws: unknown[] = new Array(span + 1).fill(undefined);
      for (const n of numbers) raws[n - least] = n;
      raws[span] = null;
      return { sql: `CAST(coalesce(${column} - ${least}, ${span}) AS INTEGER)`, raws };
    }
  }
  const raws = [...present.map((v) => v.raw), null];
  if (present.length === 0) return { sql: '0', raws };
  // The ENUM's members are the values in list order, so a member's code is its place in `raws`.
  return { sql: `CAST(coalesce(enum_code(CAST(CAST(${column} AS VARCHAR) AS ENUM(${present.map((v) => sqlText(v.text!)).join(', ')}))), ${present.length}) AS INTEGER)`, raws };
}

const started = performance.now();
/** With CX_METRICS_DEBUG: how long each step took and the memory so far (the JS heap and buffers apart from DuckDB's native memory), on stderr. */
function trace(step: string): void {
  if (!process.env.CX_METRICS_DEBUG) return;
  const usage = process.resourceUsage();
  // CPU time (all threads: Node's and DuckDB's) as well as the clock, which a busy machine stretches.
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  const memory = process.memoryUsage();
  const mb = (n: number) => (n / 1048576).toFixed(0);
  process.stderr.write(`cx-metrics sql: ${step} at ${(performance.now() - started).toFixed(0)} ms, CPU ${cpu.toFixed(0)} ms, peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB (now ${mb(memory.rss)}, JS heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)}, buffers ${mb(memory.external)})\n`);
}

/** The SQL path does not take the file: said with CX_METRICS_DEBUG, and the ordinary reader reads it. */
function declined(why: string): undefined {
  say(`declined: ${why}`);
  return undefined;
}

/** With CX_METRICS_DEBUG: how the SQL path reads the file, on stderr. */
function say(text: string): void {
  if (process.env.CX_METRICS_DEBUG) process.stderr.write(`cx-metrics sql: ${text}\n`);
}
