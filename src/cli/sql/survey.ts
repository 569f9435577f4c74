import { readDateColumn, readScoreColumn, type ColumnOptions } from '../../cells/column';
import type { DateOrderDecision } from '../../cells/decide';
import { LEFT_OUT_REASONS, type CellRef, type LeftOutReason } from '../../cells/coverage';
import { CellProblem } from '../../cells/errors';
import { LocalDays } from '../../cells/local-days';
import { isBlank } from '../../cells/read';
import type { Cell } from '../../cells/types';
import { columnIndex, referralAnswersFor, type DataSource, type FieldId, type Mapping } from '../../mapping/index';
import { getMetric } from '../../metrics/registry';
import { textOf } from '../../report/columns';
import { reportFromCounts, type ColumnCounts, type CommentRow, type CountGroup, type SurveyCounts } from '../../report/from-counts';
import { referralFlagsFor, type ReportContext } from '../../report/from-mapping';
import { JOURNEY_STAGES, type Report } from '../../report/types';
import { matchStage } from '../../report/journey';
import { dayOfLocalDate, framePeriod } from '../../report/period';
import { csvCell } from '../sources/csv-cells';
import { cellOf, selectOf } from '../sources/parquet';
import type { FileTable, SourceSheet } from '../sources/types';
import { csvIsPlain } from './prescan';
import { dateKeyOf, dayOfKeySql, whyGroupReadsApart, MAX_LOOKED_UP } from './date-keys';
import { DuckRefused, openDuck, type Duck } from './duck';

/**
 * The survey report of a large CSV or Parquet export with DuckDB doing the counting (issue 18):
 * DuckDB reads the file (every column as text for a CSV, typed for Parquet), and Node never
 * holds its rows. Two passes:
 * 1. the distinct values of each mapped column, with their count and first row (a million rows
 *    hold a few hundred dates and a dozen answers), which the TypeScript readers classify exactly
 *    as they would the cells, whole-column decisions included (the date order, decimal marks,
 *    label scales, the referral answers: each decided over the distinct values in the order they
 *    first come, which is the order the rows would give);
 * 2. the rows grouped by period and reading, and the comment rows of the period and the one
 *    before, which reportFromCounts turns into the same report buildReport makes from cells.
 * Date text is grouped by its date part in SQL where every text of it reads to one day (ISO
 * `YYYY-MM-DD[ hh:mm[:ss]]`, Forms/Excel `10/13/2026 8:15:00`, `13/10/2026 08:15`: ./date-keys.ts),
 * each group's first text read by the TypeScript reader; other date text is grouped by value.
 * Returns undefined when the file or mapping is one it does not take (then the ordinary reader
 * runs): several sources, other sections (tickets, customers, activity), a CSV whose records are
 * not one plain line each, a date column with too many distinct values outside those forms, a time
 * zone with a clock change on a day of the data.
 */

/** Fields the SQL path reads; a mapping with any other uses the ordinary reader. */
const FIELDS: readonly FieldId[] = ['timestamp', 'nps', 'csat', 'ces', 'segment', 'comment', 'email', 'referral', 'journeyStage'];
/** Distinct values a grouped column may have (dates outside the fast form, answers, segments). */
const MAX_DISTINCT = 50_000;
/** The period of a readable day outside the report's trend (no figure uses it). */
const OUTSIDE = -999_999_999;

export interface SqlSurveyRequest {
  sheet: SourceSheet;
  source: DataSource;
  mapping: Mapping;
  context: ReportContext;
}

/** Whether the SQL path could take this mapping (it may still decline once it sees the file). */
export function sqlTakes(mapping: Mapping, sheet: SourceSheet | undefined): boolean {
  if (!sheet?.table || mapping.sources.length !== 1) return false;
  const [ds] = mapping.sources;
  const fields = Object.keys(ds.columns) as FieldId[];
  if (ds.headerRow !== 1 || !fields.includes('timestamp') || !fields.every((f) => FIELDS.includes(f))) return false;
  return fields.includes('nps') || fields.includes('csat') || fields.includes('ces');
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
}

export async function sqlSurveyReport({ sheet, source, mapping, context }: SqlSurveyRequest): Promise<{ report: Report; dateCells: Cell[] } | undefined> {
  const table = sheet.table!;
  const timeZone = context.timeZone;
  const columns = await columnsOf(table, source, timeZone);
  if (!columns) return undefined;
  const plain = table.kind === 'csv' ? csvIsPlain(table.path, table.delimiter, table.encoding) : undefined;
  const duck = await openDuck();
  try {
    const from = fromOf(table, columns, table.kind === 'csv' ? await table.width() : table.columns.length);
    const dateColumn = columns.get('timestamp')!;
    const dateKey = dateKeyOf(valueOf(dateColumn), table.kind === 'csv' ? 'text' : table.columns[dateColumn.index].kind);
    if (!dateKey) return declined('the date column is of a type read the ordinary way');
    trace('open');
    const distinct = await distinctValues(duck, from, columns, dateKey);
    trace('distinct');
    const lines = plain ? await plain : undefined;
    if (plain && !lines) return declined('the file is not one plain record per line');
    if (!distinct) return declined(`a column has more than ${MAX_DISTINCT} distinct values`);
    // Every record DuckDB read is one the ordinary parser reads, on its own line.
    if (lines && distinct.dateKeys.reduce((n, k) => n + k.count, 0) !== lines.records) return declined('DuckDB read another number of records');
    const refOf = refsOf(table, sheet, source);
    const readings = classify(distinct, columns, mapping, source, context, refOf);
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
    const counts = await countRows(duck, from, columns, dateKey, readings, frame, refOf, wallDayOf(table, dateColumn), table.kind === 'parquet');
    if (!counts) return declined(`more than ${MAX_LOOKED_UP} readable dates outside the YYYY-MM-DD form (day/month date parts and other texts)`);
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
    if (table.kind === 'csv') columns.set(field, { field, index, letter, raw: `c${index}`, cell: (raw) => (raw === null || raw === undefined ? '' : csvCell(String(raw), timeZone)) });
    else {
      const column = table.columns[index];
      columns.set(field, { field, index, letter, raw: selectOf(column), cell: (raw) => cellOf(raw, column.kind, timeZone) });
    }
  }
  return columns;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The rows, numbered from 1 in file order (`rn`), with the columns the mapping uses. */
function fromOf(table: FileTable, columns: Map<FieldId, Column>, width: number): string {
  const used = [...columns.values()];
  if (table.kind === 'csv') {
    return `(SELECT row_number() OVER () AS rn, ${used.map((c) => c.raw).join(', ')} FROM read_csv(${literal(table.path)}, header = false, skip = 1, delim = ${literal(table.delimiter)}, quote = '"', escape = '"', auto_detect = false, strict_mode = true, null_padding = false, buffer_size = 8388608, columns = {${Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}))`;
  }
  return `(SELECT file_row_number + 1 AS rn, ${used.map((c) => `${c.raw} AS c${c.index}`).join(', ')} FROM read_parquet(${literal(table.path)}, file_row_number = true))`;
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
  /** Per field: distinct raw values with their row count and first row (1-based rn), in first-row order. */
  values: Map<FieldId, { raw: unknown; count: number; first: number }[]>;
  /** The date keys: key, first row, and the raw value of that first row. */
  dateKeys: { key: string; count: number; first: number; raw: unknown }[];
}

async function distinctValues(duck: Duck, from: string, columns: Map<FieldId, Column>, dateKey: string): Promise<Distinct | undefined> {
  const grouped = [...columns.values()].filter((c) => c.field !== 'timestamp' && c.field !== 'comment' && c.field !== 'email');
  const date = columns.get('timestamp')!;
  const keys = ['dk', ...grouped.map((c) => `v${c.index}`)];
  const sql = `SELECT GROUPING(${keys.join(', ')}) AS gid, ${keys.join(', ')}, count(*) AS cnt, min(rn) AS first, arg_min(${valueOf(date)}, rn) AS rep
    FROM (SELECT rn, ${dateKey} AS dk, ${[...new Set([valueOf(date), ...grouped.map(valueOf)])].join(', ')}${grouped.map((c) => `, ${valueOf(c)} AS v${c.index}`).join('')} FROM ${from})
    GROUP BY GROUPING SETS (${keys.map((k) => `(${k})`).join(', ')})`;
  const rows = await duck.rows(sql);
  const values = new Map<FieldId, { raw: unknown; count: number; first: number }[]>(grouped.map((c) => [c.field, []]));
  const dateKeys: Distinct['dateKeys'] = [];
  for (const row of rows) {
    const gid = Number(row[0]);
    const set = keys.findIndex((_, k) => ((gid >> (keys.length - 1 - k)) & 1) === 0);
    const count = Number(row[keys.length + 1]);
    const first = Number(row[keys.length + 2]);
    if (set === 0) dateKeys.push({ key: String(row[1]), count, first, raw: row[keys.length + 3] });
    else values.get(grouped[set - 1].field)!.push({ raw: row[1 + set], count, first });
  }
  if (dateKeys.filter((k) => k.key.startsWith('V')).length > MAX_DISTINCT || [...values.values()].some((v) => v.length > MAX_DISTINCT)) return undefined;
  dateKeys.sort((a, b) => a.first - b.first);
  for (const list of values.values()) list.sort((a, b) => a.first - b.first);
  return { values, dateKeys };
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

function classify(distinct: Distinct, columns: Map<FieldId, Column>, mapping: Mapping, source: DataSource, context: ReportContext, refsOf: (letter: string) => (row: number) => CellRef): Readings | undefined {
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
  const local = new LocalDays(timeZone);
  const dayOf = new Map<string, number>();
  for (let k = 0; k < dates.length; k++) {
    const { key } = distinct.dateKeys[k];
    const day = dates[k].reason === undefined ? local.of(dates[k].value) : NaN;
    // A group of texts (one date part, many clock times) counts as its first text only where all of them read alike.
    const apart = whyGroupReadsApart(key, day, decision!, timeZone);
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

/** A JavaScript value as SQL of the column's type. */
function sqlValue(value: unknown): string {
  if (typeof value === 'string') return literal(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}::DOUBLE` : `'${value}'::DOUBLE`;
  return 'NULL';
}

async function countRows(
  duck: Duck,
  from: string,
  columns: Map<FieldId, Column>,
  dateKey: string,
  readings: Readings,
  frame: ReturnType<typeof framePeriod>,
  refsOf: (letter: string) => (row: number) => CellRef,
  dayOf: string | undefined,
  separateComments: boolean,
): Promise<Omit<SurveyCounts, 'frame' | 'sheet' | 'span' | 'dateRefOf'> | undefined> {
  // The day and period of each row from its date key (./date-keys.ts).
  const day = dayOf ?? dayOfKeySql(readings.dayOf);
  if (day === undefined) return undefined;
  const periodSql =
    frame.kind === 'all'
      ? '0'
      : `CASE WHEN day IS NULL THEN NULL ${frame.trend.map((t) => `WHEN day >= ${dayOfLocalDate(frame.startOf(t))} AND day < ${dayOfLocalDate(frame.startOf(t + 1))} THEN ${t}`).join(' ')} ELSE ${OUTSIDE} END`;
  const field = (f: FieldId) => columns.get(f);
  const col = (f: FieldId) => `c${field(f)!.index}`;
  const scored = (['nps', 'csat', 'ces'] as const).filter((f) => field(f));
  const readable = (f: FieldId) => {
    const raws = [...readings.scores.get(f)!].filter(([raw, r]) => r.reason === undefined && raw !== null).map(([raw]) => sqlValue(raw));
    return raws.length > 0 ? `${col(f)} IN (${raws.join(', ')})` : 'FALSE';
  };
  // Emails are shown for the period's detractors only (the newest five with a comment).
  const detractorRaws = [...(readings.scores.get('nps') ?? [])].filter(([raw, r]) => r.reason === undefined && r.value <= 6 && raw !== null).map(([raw]) => sqlValue(raw));
  const detractorSql = detractorRaws.length > 0 ? `${col('nps')} IN (${detractorRaws.join(', ')})` : 'FALSE';
  const cur = frame.index;
  const prev = frame.index - 1;
  const comment = field('comment');
  const sets: string[][] = [];
  const simple = (['nps', 'csat', 'ces', 'referral', 'journeyStage'] as const).filter((f) => field(f));
  for (const f of simple) sets.push(['p', col(f)]);
  if (field('segment')) for (const f of scored) sets.push(['p', 'gc', col(f)]);
  sets.push(['p', 'ans']);
  // Parquet scans cheaply, so its comment rows come from a query of their own (less memory than
  // one group per row); a CSV is read once and they come as a grouping set of their own.
  const apart = comment !== undefined && separateComments;
  if (comment && !apart) sets.push(['ck']);
  const keys = [...new Set(sets.flat())];
  // First rows are needed where cells are left out (or have no readable date) and where segments first appear.
  const leftOut = (f: FieldId) => {
    const raws = [...(readings.scores.get(f) ?? [])].filter(([raw, r]) => r.reason !== undefined && raw !== null).map(([raw]) => sqlValue(raw));
    return [`${col(f)} IS NULL`, ...(raws.length > 0 ? [`${col(f)} IN (${raws.join(', ')})`] : [])].join(' OR ');
  };
  const placed = ['p IS NULL', ...(field('segment') ? ['gc IS NOT NULL'] : []), ...[...readings.scores.keys()].map(leftOut)].map((c) => `(${c})`).join(' OR ');
  const selectCols = [...new Set([...columns.values()].map((c) => `c${c.index}`))];
  const marked = `WITH keyed AS (
      SELECT *, ${periodSql} AS p FROM (SELECT *, ${day} AS day FROM (SELECT rn, ${dayOf ? 'NULL' : dateKey} AS dk, ${selectCols.join(', ')} FROM ${from}))
    ), marked AS (
      SELECT *, (${scored.map(readable).join(' OR ')}) AS ans,
        ${field('segment') ? `CASE WHEN p = ${cur} THEN ${col('segment')} END` : 'NULL'} AS gc,
        ${comment ? `CASE WHEN (p = ${cur} OR p = ${prev}) AND ${col('comment')} IS NOT NULL THEN rn END` : 'NULL'} AS ck,
        ${field('email') && field('nps') ? `CASE WHEN p = ${cur} AND ${detractorSql} THEN ${col('email')} END` : 'NULL'} AS em
      FROM keyed
    )`;
  const sql = `${marked}
    SELECT GROUPING(${keys.join(', ')}) AS gid, ${keys.join(', ')}, count(*) AS cnt, min(rn, 3) FILTER (WHERE ${placed}) AS firsts,
      any_value(day) AS day, ${field('nps') ? `any_value(${col('nps')})` : 'NULL'} AS n, any_value(gc) AS g, ${comment ? `any_value(${col('comment')})` : 'NULL'} AS c,
      any_value(em) AS m
    FROM marked GROUP BY GROUPING SETS (${sets.map((s) => `(${s.join(', ')})`).join(', ')})`;
  const groups = new Map<FieldId, CountGroup[]>(simple.map((f) => [f, []]));
  const bySegment = new Map<FieldId, Map<string, { first: number; values: Map<number, number> }>>(scored.map((f) => [f, new Map()]));
  const atStage = new Array<number>(JOURNEY_STAGES.length).fill(0);
  let unmatched = 0;
  let rowsInPeriod = 0;
  let responses = 0;
  const commentRows: (CommentRow & { rn: number })[] = [];
  const at = (name: string) => 1 + keys.indexOf(name);
  const base = 1 + keys.length;
  const toNumber = (v: unknown) => (v === null || v === undefined ? NaN : Number(v));
  const npsReadings = readings.scores.get('nps');
  // Comments repeat; one cell per distinct text (DuckDB hands each row its own string).
  const comments = new Map<unknown, Cell>();
  const commentCell = (text: unknown): Cell => {
    let cell = comments.get(text);
    if (cell === undefined) {
      cell = readings.cellOf.get('comment')!(text);
      if (comments.size < 100_000) comments.set(text, cell);
    }
    return cell;
  };
  /** A comment row from its row number, day and raw NPS answer, segment, comment and email. */
  const commentRow = (rn: number, day: number, nps: unknown, segment: unknown, text: unknown, email: unknown): CommentRow & { rn: number } => {
    const score = npsReadings?.get(nps);
    return {
      rn,
      period: day === day ? frame.indexOf(day) : frame.undated,
      day,
      score: score && score.reason === undefined ? score.value : NaN,
      comment: commentCell(text),
      segment: segment === null ? '' : readings.segmentOf?.get(segment) ?? '',
      email: textOf(readings.cellOf.get('email')?.(email) ?? ''),
    };
  };
  await duck.eachRow(sql, (row) => {
    const gid = Number(row[0]);
    const present = new Set(keys.filter((_, k) => ((gid >> (keys.length - 1 - k)) & 1) === 0));
    const set = sets.find((s) => s.length === present.size && s.every((k) => present.has(k)))!;
    const count = Number(row[base]);
    const firsts = ((row[base + 1] as unknown[] | null) ?? []).map((v) => Number(v) - 1);
    const period = toNumber(row[at('p')]);
    if (set[0] === 'ck') {
      const rn = toNumber(row[at('ck')]);
      if (rn !== rn) return;
      commentRows.push(commentRow(rn, toNumber(row[base + 2]), row[base + 3], row[base + 4], row[base + 5], row[base + 6]));
      return;
    }
    if (set[1] === 'ans') {
      if (period === frame.index) {
        rowsInPeriod += count;
        if (row[at('ans')] === true) responses += count;
      }
      return;
    }
    if (set[1] === 'gc') {
      const f = scored.find((s) => col(s) === set[2])!;
      const raw = row[at(set[2])];
      const name = row[at('gc')] === null ? '' : readings.segmentOf?.get(row[at('gc')]) ?? '';
      const reading = readings.scores.get(f)!.get(raw);
      if (period !== frame.index || !name || !reading || reading.reason !== undefined) return;
      const segments = bySegment.get(f)!;
      const entry = segments.get(name) ?? { first: Infinity, values: new Map<number, number>() };
      entry.first = Math.min(entry.first, firsts[0]);
      entry.values.set(reading.value, (entry.values.get(reading.value) ?? 0) + count);
      segments.set(name, entry);
      return;
    }
    const f = simple.find((s) => col(s) === set[1])!;
    const raw = row[at(set[1])];
    if (f === 'journeyStage') {
      const code = readings.stageOf?.get(raw) ?? 0;
      const inScope = frame.kind === 'all' || period === frame.index;
      if (!inScope || code === 0) return;
      if (code === 6) unmatched += count;
      else atStage[code - 1] += count;
      return;
    }
    const reading = readings.scores.get(f)!.get(raw)!;
    groups.get(f)!.push({ period, value: reading.value, ...(reading.reason ? { reason: reading.reason } : {}), count, rows: firsts });
  });

  if (apart) {
    const sql = `${marked} SELECT rn, day, ${field('nps') ? col('nps') : 'NULL'}, gc, ${col('comment')}, em FROM marked WHERE ck IS NOT NULL`;
    await duck.eachRow(sql, ([rn, day, nps, segment, text, email]) => commentRows.push(commentRow(toNumber(rn), toNumber(day), nps, segment, text, email)));
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
      const ordered = [...bySegment.get(f)!].sort((a, b) => a[1].first - b[1].first);
      out.segments[f] = new Map(ordered.map(([name, entry]) => [name, entry.values]));
    }
  }
  if (comment) out.comments = commentRows.sort((a, b) => a.rn - b.rn).map(({ rn: _rn, ...rest }) => rest);
  return out;
}


const started = performance.now();
/** With CX_METRICS_DEBUG: how long each step took and the memory so far, on stderr. */
function trace(step: string): void {
  if (!process.env.CX_METRICS_DEBUG) return;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`cx-metrics sql: ${step} at ${(performance.now() - started).toFixed(0)} ms, peak RSS ${rss.toFixed(0)} MB\n`);
}

/** The SQL path does not take the file: said with CX_METRICS_DEBUG, and the ordinary reader reads it. */
function declined(why: string): undefined {
  if (process.env.CX_METRICS_DEBUG) process.stderr.write(`cx-metrics sql: declined: ${why}\n`);
  return undefined;
}
