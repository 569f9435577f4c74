import { isoDate, periodIndex } from '../cells/calendar';
import { mergeCoverage, quoteSheet } from '../cells/coverage';
import { describePlace } from '../cells/errors';
import { TranslatedError } from '../cells/messages';
import type { DateOrderDecision } from '../cells/decide';
import type { Cells } from '../cells/packed';
import type { Cell, Lang } from '../cells/types';
import type { DataSource, Mapping } from '../mapping/schema';
import { ReportReader, type RowNumbers } from '../report/columns';
import { activityCoverage, ownPeriod } from '../report/kpi-coverage';
import { coverageLine, coverageReasons } from '../report/coverage-text';
import { periodText } from '../report/display';
import { reportInputFromMapping } from '../report/from-mapping';
import { buildReport } from '../report/model';
import { dayOfLocalDate, framePeriod, parsePeriodText, periodKeyOf, PERIOD_FORMS } from '../report/period';
import type { ColumnPlace, Kpi, Period, PeriodChoice, ReportInput, ReportMetricId } from '../report/types';
import type * as api from './api';
import { dashboardPeriods } from './dashboard-periods';
import { dateColumn } from './dashboard-layout';
import { firstDataRow, type PlannedMetric } from './dashboard-plan';
import { PlainError } from './endpoint';
import { serverTexts } from './messages';

/**
 * What the sidebar's preview (step 3) covers and what each number is made of (metrics-spec.md
 * sections 6 and 7). The period is the one the person picked, else the latest complete month
 * that has data (the dashboard's default too, so both show the same figure); a sheet without a
 * date column has only `all`. Each value is the plan's own formula evaluated on the period's
 * rows (what the dashboard cell computes), and carries the coverage the report engine gives the
 * same cells: n used, and the cells left out by reason with their first sheet cells.
 */

/** One sheet's columns as read for the preview (data rows only), keyed by letter. */
export interface SheetRead {
  source: DataSource;
  columns: Record<string, unknown[][]>;
}

/** The period the preview shows, decided once for every sheet. */
export interface PreviewWindow {
  choice: PeriodChoice;
  period: Period;
  shown: Pick<api.PreviewMetricsResultT, 'period' | 'periods' | 'dataRanges'>;
  /** Row indexes (data rows) of a sheet inside the period; undefined: every row (all, or no dates). */
  rowsOf(read: SheetRead): number[] | undefined;
  /** The same by another date column of the sheet (ART: a ticket counts in the period it was resolved in). */
  rowsByDate(read: SheetRead, letter: string): number[] | undefined;
}

const letterPlace = (source: DataSource, letter: string): ColumnPlace => ({
  sheet: source.sheetName,
  refOf: (i) => ({ sheet: source.sheetName, column: letter, row: firstDataRow(source) + i }),
});

/**
 * A read column's cells as one flat list, made once per column however many readers ask (the
 * window, each coverage, each record figure): at 10^6 rows each copy was 8 MB more to collect.
 */
const flatColumns = new WeakMap<unknown[][], Cell[]>();
function cellsOf(column: unknown[][]): Cell[] {
  let cells = flatColumns.get(column);
  if (!cells) {
    cells = column.map((row) => row[0] as Cell);
    flatColumns.set(column, cells);
  }
  return cells;
}

/** A read column as the flat cells the report reads (the key of its date decision). */
export function cellsOfRead(read: SheetRead, letter: string): Cell[] | undefined {
  const column = read.columns[letter];
  return column && cellsOf(column);
}

/** The letters a sheet's preview reads: its metrics' columns and the column that dates its rows. */
export function previewLetters(source: DataSource, planned: readonly PlannedMetric[]): string[] {
  const date = dateColumn(source);
  return [...new Set([...planned.flatMap((metric) => metric.letters), ...(date ? [date] : [])])];
}

/**
 * The period asked for (`2026-10`, `2026-W41`, `2026-09-01..2026-10-31`, `all`…) or, without
 * one, the default; the periods that have data to offer, and each sheet's own first and last day.
 * @throws PlainError naming the accepted forms for a period that is none of them
 */
export function previewWindow(reads: readonly SheetRead[], asked: string | undefined, context: { timeZone: string; locale?: string; now: Date }): PreviewWindow {
  const reader = new ReportReader({ timeZone: context.timeZone, locale: context.locale });
  const daysOf = new Map<SheetRead, RowNumbers>();
  for (const read of reads) {
    const letter = dateColumn(read.source);
    if (letter && read.columns[letter]) daysOf.set(read, reader.days(cellsOf(read.columns[letter]), read.source.dateOrder).days);
  }
  const months = new Set<number>();
  let first = Infinity;
  let last = -Infinity;
  const dataRanges: api.PreviewMetricsResultT['dataRanges'] = [];
  for (const [read, days] of daysOf) {
    let sheetFirst = Infinity;
    let sheetLast = -Infinity;
    // The month of each distinct day once (rows come in runs of one day): a million rows are a
    // million numbers compared, not a million dates written out as text and parsed back.
    let monthDay = NaN;
    for (let i = 0; i < days.length; i++) {
      const day = days[i];
      if (day !== day) continue;
      if (day < sheetFirst) sheetFirst = day;
      if (day > sheetLast) sheetLast = day;
      if (day === monthDay) continue;
      monthDay = day;
      months.add(periodIndex(day, 'month'));
    }
    if (sheetFirst > sheetLast) continue;
    dataRanges.push({ sheet: read.source.sheetName, first: isoDate(sheetFirst), last: isoDate(sheetLast) });
    first = Math.min(first, sheetFirst);
    last = Math.max(last, sheetLast);
  }
  const offered = dashboardPeriods({ months, lastDay: last >= first ? isoDate(last) : '' }, context.now, context.timeZone, 'all');
  let choice: PeriodChoice;
  if (asked === undefined || asked.trim() === '') choice = parsePeriodText(offered.defaultLabel)!;
  else {
    const parsed = parsePeriodText(asked);
    if (!parsed) throw new PlainError(serverTexts.badPeriod(asked.trim(), PERIOD_FORMS.join(', ')));
    choice = parsed;
  }
  const span = first <= last ? { first, last } : undefined;
  const { period } = framePeriod({ period: choice, timeZone: context.timeZone }, { span, latestBefore: () => NaN });
  const label = (p: Period) => ({ en: periodText(p, 'en'), vi: periodText(p, 'vi') });
  const periods = offered.options.map((option) => {
    const parsed = parsePeriodText(option.label)!;
    const p = framePeriod({ period: parsed, timeZone: context.timeZone }, { span, latestBefore: () => NaN }).period;
    return { key: periodKeyOf(p), label: label(p) };
  });
  const [startDay, endDay] = period.kind === 'all' ? [NaN, NaN] : [dayOfLocalDate(period.start), dayOfLocalDate(period.end)];
  return {
    choice,
    period,
    shown: { period: { key: periodKeyOf(period), kind: period.kind, start: period.start, end: period.end, label: label(period) }, periods, dataRanges },
    rowsOf(read) {
      return inPeriod(daysOf.get(read));
    },
    rowsByDate(read, letter) {
      return read.columns[letter] ? inPeriod(reader.days(cellsOf(read.columns[letter]), read.source.dateOrder).days) : undefined;
    },
  };
  function inPeriod(days: RowNumbers | undefined): number[] | undefined {
    if (!days || period.kind === 'all') return undefined;
    const rows: number[] = [];
    for (let i = 0; i < days.length; i++) if (days[i] >= startDay && days[i] <= endDay) rows.push(i);
    return rows;
  }
}

/** The columns of a sheet cut to the period's rows (or as they are). */
export function periodColumns(columns: Record<string, unknown[][]>, rows: number[] | undefined): Record<string, unknown[][]> {
  if (!rows) return columns;
  const out: Record<string, unknown[][]> = {};
  for (const [letter, column] of Object.entries(columns)) out[letter] = rows.map((i) => column[i]);
  return out;
}

/** The report KPI whose coverage describes a preview metric (active users: the report's monthly or weekly count). */
const KPI_OF: Record<string, ReportMetricId> = { MAU: 'ACTIVE_USERS', DAU: 'ACTIVE_USERS', CUSTOMER_CHURN: 'CHURN', CUSTOMER_RETENTION: 'RETENTION', ACTIVITY_CHURN: 'ACTIVE_USERS' };

/**
 * What each of a sheet's metrics is made of in the window's period: the report engine on the
 * sheet's read columns alone, so left-out cells are counted by reason and named by sheet cell
 * exactly as the email names them. Keyed by report metric id.
 */
export function sheetCoverage(
  mapping: Mapping,
  read: SheetRead,
  choice: PeriodChoice,
  context: { timeZone: string; locale?: string; lang: Lang },
  /** Given, it receives each date column's day/month order as the report decided it on the whole column (keyed by cellsOfRead). */
  dateDecisions?: Map<Cells, DateOrderDecision>,
): Map<ReportMetricId, Kpi['coverage']> {
  const input = { ...sheetInput(mapping, read, choice, context), ...(dateDecisions ? { dateDecisions } : {}) };
  const out = new Map<ReportMetricId, Kpi['coverage']>();
  for (const kpi of buildReport(input).kpis) out.set(kpi.id, kpi.coverage);
  // Active users have report KPIs for months and weeks only: over another period (All, a quarter,
  // the two months activity churn compares), the log's rows in it.
  if (input.activity && !out.has('ACTIVE_USERS')) {
    const { coverage } = activityCoverage(input, input.activity);
    out.set('ACTIVE_USERS', coverage);
    out.set('STICKINESS', coverage);
  }
  return out;
}

/** The report's input for one sheet's read columns over a period, its cells named by sheet cell. */
export function sheetInput(mapping: Mapping, read: SheetRead, choice: PeriodChoice, context: { timeZone: string; locale?: string; lang: Lang }): ReportInput {
  const letters = new Set(Object.keys(read.columns));
  // Only the columns read: no segments, comments or themes to compute for a preview.
  const columns = Object.fromEntries(Object.entries(read.source.columns).filter(([, letter]) => letter !== undefined && letters.has(letter)));
  const source: DataSource = { ...read.source, columns };
  const cache = new Map<string, Cell[]>();
  return reportInputFromMapping(
    { ...mapping, sources: [source] },
    {
      columnOf: (_source, letter) => {
        let cells = cache.get(letter);
        if (!cells) cache.set(letter, (cells = cellsOf(read.columns[letter] ?? [])));
        return cells;
      },
      placeOf: (_source, letter) => letterPlace(source, letter),
    },
    { timeZone: context.timeZone, lang: context.lang, locale: context.locale, period: choice },
  );
}

/**
 * The period a figure from customer records measures itself, for its coverage: CUSTOMER_CHURN and
 * CUSTOMER_RETENTION the latest complete month on or before the list's last date (their default
 * as_of), churn flags the whole list; undefined for the others (activity churn has no report KPI).
 */
export function recordChoice(metric: PlannedMetric, read: SheetRead, context: { timeZone: string; locale?: string }): PeriodChoice | undefined {
  const own = (['CHURN', 'CUSTOMER_CHURN', 'CUSTOMER_RETENTION', 'ACTIVITY_CHURN'] as const).find((id) => id === metric.metric);
  if (!own) return undefined;
  // Join and cancel dates; for an activity log, its dates (the users' column holds none).
  return ownPeriod(own, dayColumns(read, own === 'ACTIVITY_CHURN' ? metric.letters.slice(1) : metric.letters, context));
}

/** The latest complete month on or before the last date of these columns; undefined without dates. */
export function latestCompleteMonth(read: SheetRead, letters: readonly string[], context: { timeZone: string; locale?: string }): PeriodChoice | undefined {
  return ownPeriod('CUSTOMER_CHURN', dayColumns(read, letters, context));
}

/** Columns of a sheet read as local day numbers, in the sheet's date order. */
function dayColumns(read: SheetRead, letters: readonly string[], context: { timeZone: string; locale?: string }): RowNumbers[] {
  const reader = new ReportReader({ timeZone: context.timeZone, locale: context.locale });
  return letters.map((letter) => reader.days(cellsOf(read.columns[letter] ?? []), read.source.dateOrder).days);
}

/** The coverage of a figure over several sheets ("All surveys"): each sheet's, added up, KPI by KPI. */
export function mergedCoverage(parts: readonly (Map<ReportMetricId, Kpi['coverage']> | undefined)[]): Map<ReportMetricId, Kpi['coverage']> {
  const ids = new Set(parts.flatMap((part) => [...(part?.keys() ?? [])]));
  return new Map([...ids].map((id) => [id, mergeCoverage(...parts.flatMap((part) => (part?.get(id) ? [part.get(id)!] : [])))]));
}

/** A preview metric's coverage in both languages: the card's line and the reasons shown on expand. */
export function coverageShown(metric: PlannedMetric, n: number | undefined, coverage: Map<ReportMetricId, Kpi['coverage']> | Kpi['coverage']): api.MetricPreview['coverage'] {
  const found = coverage instanceof Map ? coverage.get(KPI_OF[metric.metric] ?? (metric.metric as ReportMetricId)) : coverage;
  // A card the engine refuses has no n of its own: the cells the report could use.
  return found && coverageBoth(n ?? found.used, found);
}

/** A coverage in both languages: the line, and each reason with its first sheet cells. */
export function coverageBoth(n: number, found: Kpi['coverage']): NonNullable<api.MetricPreview['coverage']> {
  const reasons = (lang: Lang) => coverageReasons(found, lang);
  const [en, vi] = [reasons('en'), reasons('vi')];
  return {
    line: { en: coverageLine(n, found, 'en'), vi: coverageLine(n, found, 'vi') },
    reasons: en.map((reason, i) => ({ reason: reason.reason, count: reason.count, text: { en: reason.text, vi: vi[i].text } })),
  };
}

/** Which of a metric's columns (in `letters` order) an engine error's named argument is. */
const ARGUMENT_COLUMN: Record<string, number> = { opened: 0, resolved: 1, users: 0, dates: 1, joined: 0, left: 1 };

/**
 * An engine error on the preview's cells in the person's language, naming the sheet cell
 * (`'Form Responses 1'!C13`) instead of the row of the array the preview handed the engine,
 * which is neither a sheet row nor, once cut to a period, even the data row.
 */
export function previewError(error: unknown, metric: PlannedMetric, source: DataSource, rows: number[] | undefined, lang: Lang): string {
  return placedError(error, metric, [{ source, rows, start: 0, length: Infinity }], lang);
}

/** One sheet's answers inside the column "All surveys" stacks: where they start, how many, and which sheet rows they are. */
export type StackedPart = { source: DataSource; rows: number[] | undefined; start: number; length: number; letter?: string };

/**
 * A bad cell named by its sheet cell: the engine names its row among the values it was handed
 * (the period's rows, or for "All surveys" the sheets' answers stacked), which no person can find.
 */
export function placedError(error: unknown, metric: PlannedMetric, parts: readonly StackedPart[], lang: Lang): string {
  if (!(error instanceof TranslatedError)) return error instanceof Error ? error.message : String(error);
  const where = error.where;
  const column = where ? (where.argName === undefined ? 0 : ARGUMENT_COLUMN[where.argName]) : undefined;
  if (!where || column === undefined || where.place.columns !== 1) return error.texts[lang];
  const stacked = where.place.row - 1;
  const part = parts.find((p) => stacked >= p.start && stacked < p.start + p.length);
  const letter = metric.parts ? (column === 0 ? part?.letter : undefined) : metric.letters[column];
  if (!part || !letter) return error.texts[lang];
  const { source, rows } = part;
  const index = stacked - part.start;
  const row = firstDataRow(source) + (rows ? rows[index] : index);
  const place = `(${describePlace(where.place, lang, where.argName)})`;
  const cell = `(${lang === 'vi' ? 'ô' : 'cell'} ${quoteSheet(source.sheetName)}!${letter}${row})`;
  const text = error.texts[lang];
  return text.endsWith(place) ? text.slice(0, -place.length) + cell : text;
}
