import { LocalDays } from '../cells/local-days';
import { readDateColumn, type ColumnOptions } from '../cells/column';
import { LEFT_OUT_REASONS, newCoverage, noteLeftOut, noteUsed, type CellRef, type Coverage, type LeftOutReason } from '../cells/coverage';
import type { DateOrder } from '../cells/dates';
import type { DateOrderDecision, DecimalMarkDecision } from '../cells/decide';
import { CellProblem } from '../cells/errors';
import { TranslatedError } from '../cells/messages';
import { cellAt, cellsOf, DATE_CODE, isPacked, NUMBER_CODE, type Cells, type PackedCells } from '../cells/packed';
import { activityOfEvents, readActivity, type Activity } from '../metrics/activity';
import { isBlank } from '../cells/read';
import type { Cell, Lang } from '../cells/types';
import { metricName } from './display';
import { COVERAGE_TEXTS } from './messages';
import type { PeriodFrame } from './period';
import type { ActivityColumns, ColumnPlace, ReportInput, ReportMetricId, ReportProblem } from './types';

/**
 * Reading report columns cell by cell. Unlike a custom function, a report does not fail on one
 * bad cell: a manager would get no email at all. The cell is left out and counted by reason
 * with its place (metrics-spec.md section 7), and every KPI carries the coverage of its period.
 */

export type Section = ReportProblem['section'];

/**
 * A number a row that is a day number or a period index: whole numbers far inside Float32's exact
 * range (years 1–9999 are days −719,162…2,932,896, under 2^24) or NaN, so ReportReader and
 * periodsOfDays hold them in four bytes a row (a Float32Array), not eight; callers may pass either.
 */
export type RowNumbers = Float32Array | Float64Array;

/** A column read once: each row's value (NaN = not used) and, for rows not used, why. */
export interface ReadColumn {
  values: Float64Array;
  /** 0 for a used cell, else 1 + the index of its reason in LEFT_OUT_REASONS. */
  reasons: Uint8Array;
  /** Where row `index` (0-based, data rows) is, when the caller said where the column is. */
  refOf(index: number): CellRef | undefined;
}

const REASON_CODE = new Map<LeftOutReason, number>(LEFT_OUT_REASONS.map((reason, i) => [reason, i + 1]));
export const codeOf = (reason: LeftOutReason): number => REASON_CODE.get(reason)!;
export const reasonOfCode = (code: number): LeftOutReason => LEFT_OUT_REASONS[code - 1];
const BLANK = codeOf('blank');

/**
 * One sheet's column in a stack ("All surveys"): its cells, and the date order and label table
 * its own sheet reads them with. A sheet that lacks the column gives blanks of its row count.
 */
export interface StackPart {
  cells: Cells;
  dateOrder?: DateOrder;
  labels?: Record<string, number>;
}

/** The reason a reader's CellProblem gives (the readers' contract: `reason`, 'unreadable' by default). */
function reasonOf(problem: CellProblem): LeftOutReason {
  const reason = (problem as { reason?: unknown }).reason;
  return typeof reason === 'string' && REASON_CODE.has(reason as LeftOutReason) ? (reason as LeftOutReason) : 'unreadable';
}

/** One cell through `read` into row `i`: its value, and for a cell not used its reason code. Non-CellProblem errors are bugs and propagate. */
function readInto(cell: Cell, read: (cell: Cell) => number, values: Float64Array, reasons: Uint8Array, i: number): void {
  try {
    const value = read(cell);
    values[i] = value;
    // The readers' contract: NaN only for a blank or a non-answer ("N/A", "Không biết").
    if (value !== value) reasons[i] = isBlank(cell) ? BLANK : codeOf('noAnswer');
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    values[i] = NaN;
    reasons[i] = codeOf(reasonOf(error));
  }
}

/**
 * The report's reading of its input: every column read once (dates too, so the default period
 * can look at the data before any section runs), the data's span, and whole computations that
 * failed (inconsistent counts), which the report lists in `problems`.
 */
/** The decimal mark a whole-column reader decided: a number column's decision is one, a score's or duration's carries one. */
function markDecisionOf(decision: unknown): DecimalMarkDecision | undefined {
  if (!decision || typeof decision !== 'object' || !('mark' in decision)) return undefined;
  const mark = (decision as { mark: unknown }).mark;
  if (typeof mark === 'string') return 'by' in decision ? (decision as DecimalMarkDecision) : undefined;
  return mark && typeof mark === 'object' && 'by' in mark ? (mark as DecimalMarkDecision) : undefined;
}

/** Distinct texts ReportReader.column remembers the reading of. */
const MAX_TEXTS = 4096;

export class ReportReader {
  private readonly dayColumns = new Map<Cells, { column: ReadColumn; days: RowNumbers }>();
  private readonly instantColumns = new Map<Cells, ReadColumn>();
  /** Each date column's (or stack part's) day/month order decision, for the report's warnings. */
  private readonly dateDecisions: Map<Cells, DateOrderDecision>;
  /** Each number text column's (or stack part's) decimal mark, decided once (or handed in, as dates are). */
  private readonly markDecisions: Map<Cells, DecimalMarkDecision>;
  readonly failures: ReportProblem[] = [];

  /** Stacked columns: each part and the row it starts at. */
  private readonly stacks = new Map<Cells, { part: StackPart; offset: number }[]>();

  constructor(private readonly input: Pick<ReportInput<Cells>, 'timeZone' | 'columns' | 'locale' | 'dateDecisions' | 'markDecisions'>) {
    // Orders decided before (a group's whole column) are used; the ones decided here are added.
    this.dateDecisions = input.dateDecisions ?? new Map();
    this.markDecisions = input.markDecisions ?? new Map();
  }

  /** Where a column's cells are, when the caller said. */
  placeOf(cells: Cells): ColumnPlace | undefined {
    return this.input.columns?.get(cells);
  }

  /**
   * Several sheets' columns one after another, for a figure over all of them ("All surveys").
   * Each part is read as its own sheet reads it (its date order, label table and whole-column
   * decisions, never the other sheets'), and a row left out is named by its own sheet's cell.
   */
  stack(parts: readonly StackPart[]): Cells {
    const entries: { part: StackPart; offset: number }[] = [];
    let rows = 0;
    for (const part of parts) {
      entries.push({ part, offset: rows });
      rows += part.cells.length;
    }
    let cells: Cells;
    const packed = parts.find((part) => isPacked(part.cells))?.cells as PackedCells | undefined;
    if (packed) cells = packed.stack(parts.map((part) => part.cells));
    else {
      const all: Cell[] = [];
      for (const part of parts) for (const cell of part.cells as readonly Cell[]) all.push(cell);
      cells = all;
    }
    this.stacks.set(cells, entries);
    return cells;
  }

  /** The place of each row of a column (a stack's rows at their own sheets' cells). */
  private refsOf(cells: Cells): (index: number) => CellRef | undefined {
    const stacked = this.stacks.get(cells);
    if (stacked) {
      return (index) => {
        let at = 0;
        while (at + 1 < stacked.length && stacked[at + 1].offset <= index) at++;
        return this.refsOf(stacked[at].part.cells)(index - stacked[at].offset);
      };
    }
    const place = this.placeOf(cells);
    return (index) => place?.refOf(index);
  }

  /** Each cell through `read`; skipped and unreadable cells are NaN, with their reason. Non-CellProblem errors are bugs and propagate. */
  column(cells: Cells, read: (cell: Cell) => number): ReadColumn {
    if (isPacked(cells)) return this.packedColumn(cells, read);
    const values = new Float64Array(cells.length);
    const reasons = new Uint8Array(cells.length);
    // A text's reading depends on its text alone: each distinct text (a referral column's
    // "Facebook", "Zalo" …) is read once and its value and reason code remembered, up to MAX_TEXTS.
    let texts: Map<string, { value: number; reason: number }> | undefined = new Map();
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      const known = typeof cell === 'string' && texts !== undefined ? texts.get(cell) : undefined;
      if (known) {
        values[i] = known.value;
        reasons[i] = known.reason;
        continue;
      }
      readInto(cell, read, values, reasons, i);
      if (typeof cell === 'string' && texts !== undefined) {
        texts.set(cell, { value: values[i], reason: reasons[i] });
        if (texts.size >= MAX_TEXTS) texts = undefined; // a column of distinct texts gains nothing
      }
    }
    return { values, reasons, refOf: this.refsOf(cells) };
  }

  /** column() over a packed column: the same reading row by row, each distinct cell read once, Dates and numbers kept by value read each. */
  private packedColumn(cells: PackedCells, read: (cell: Cell) => number): ReadColumn {
    const values = new Float64Array(cells.length);
    const reasons = new Uint8Array(cells.length);
    const { codes, distinct } = cells;
    const known = new Float64Array(distinct.length);
    const knownReason = new Int16Array(distinct.length).fill(-1);
    for (let i = 0; i < cells.length; i++) {
      const code = codes[i];
      if (code !== DATE_CODE && code !== NUMBER_CODE && knownReason[code] >= 0) {
        values[i] = known[code];
        reasons[i] = knownReason[code];
        continue;
      }
      const cell = code === DATE_CODE || code === NUMBER_CODE ? cells.at(i) : distinct[code];
      readInto(cell, read, values, reasons, i);
      if (code !== DATE_CODE && code !== NUMBER_CODE) {
        known[code] = values[i];
        knownReason[code] = reasons[i];
      }
    }
    return { values, reasons, refOf: this.refsOf(cells) };
  }

  /**
   * A column read by one of src/cells/column.ts's whole-column readers (labels, decimal marks,
   * date order, duration units decided for the column): each row's reason comes from the
   * reader's problems, and a NaN without one is a blank or a non-answer. `read` gets the cells
   * to read: the column's own, or for a stack each part in turn (with its label table).
   */
  wrap(cells: Cells, read: (options: ColumnOptions, part: StackPart) => { values: Float64Array }): ReadColumn {
    const parts = this.stacks.get(cells) ?? [{ part: { cells }, offset: 0 }];
    let values: Float64Array | undefined;
    const reasons = new Uint8Array(cells.length);
    for (const { part, offset } of parts) {
      const place = this.placeOf(part.cells);
      const refOf = place ? (index: number) => place.refOf(index) : undefined;
      const decidedMark = this.markDecisions.get(part.cells);
      const read1 = read({ refOf, locale: this.input.locale, ...(decidedMark ? { decimalMark: decidedMark } : {}), onProblem: (index, problem) => (reasons[offset + index] = codeOf(reasonOf(problem))) }, part);
      const mark = markDecisionOf((read1 as { decision?: unknown }).decision);
      if (mark) this.markDecisions.set(part.cells, mark);
      // A column of one part keeps its reader's values (no second 8 MB a million rows).
      if (parts.length === 1 && read1.values.length === cells.length) values = read1.values;
      else (values ??= new Float64Array(cells.length)).set(read1.values, offset);
    }
    values ??= new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) if (values[i] !== values[i] && reasons[i] === 0) reasons[i] = isBlank(cellAt(cells, i)) ? BLANK : codeOf('noAnswer');
    return { values, reasons, refOf: this.refsOf(cells) };
  }

  /** A date column as instants (epoch ms), day/month text in the column's order (its values, then the mapping's, then the locale), read once; a stack's parts each in their own sheet's order. */
  instants(cells: Cells, order?: DateOrder): ReadColumn {
    let column = this.instantColumns.get(cells);
    if (!column) {
      const timeZone = this.input.timeZone;
      column = this.wrap(cells, (options, part) => {
        const decided = this.dateDecisions.get(part.cells);
        const read = readDateColumn(part.cells, { ...options, timeZone, order: part.dateOrder ?? order, ...(decided ? { decision: decided } : {}) });
        this.dateDecisions.set(part.cells, read.decision);
        return read;
      });
      this.instantColumns.set(cells, column);
    }
    return column;
  }

  /** How a date column read so far decided its day/month order (undefined before it is read). */
  dateDecision(cells: Cells): DateOrderDecision | undefined {
    return this.dateDecisions.get(cells);
  }

  /** A date column as local day numbers in the spreadsheet's zone (NaN when blank or unreadable), read once. */
  days(cells: Cells, order?: DateOrder): { column: ReadColumn; days: RowNumbers } {
    let entry = this.dayColumns.get(cells);
    if (!entry) {
      const column = this.instants(cells, order);
      // One offset per UTC day, not the zone's rules per row (LocalDays gives localDay exactly).
      const local = LocalDays.in(this.input.timeZone);
      const days = new Float32Array(column.values.length);
      for (let i = 0; i < days.length; i++) days[i] = local.of(column.values[i]);
      entry = { column, days };
      this.dayColumns.set(cells, entry);
    }
    return entry;
  }

  /** Every date column read so far, as day numbers. */
  allDays(): RowNumbers[] {
    return [...this.dayColumns.values()].map((entry) => entry.days);
  }

  /** A row-level problem worth a sentence of its own (a customer on two rows that disagree), besides its count in the coverage. */
  note(section: Section, metric: ReportMetricId, problem: CellProblem): void {
    const text = (lang: Lang) => COVERAGE_TEXTS[lang].sectionFailed(metricName(metric, lang), problem.text[lang]);
    this.failures.push({ section, metric, message: { en: text('en'), vi: text('vi') } });
  }

  /** A whole computation that failed (e.g. inconsistent counts): its message in both languages, named for a person. */
  failure(section: Section, metric: ReportMetricId, what: string | undefined, error: unknown): void {
    const texts: Record<Lang, string> =
      error instanceof TranslatedError ? error.texts : { en: String((error as Error)?.message ?? error), vi: String((error as Error)?.message ?? error) };
    const text = (lang: Lang) => COVERAGE_TEXTS[lang].sectionFailed(what ? `${metricName(metric, lang)}, ${what}` : metricName(metric, lang), texts[lang]);
    this.failures.push({ section, metric, message: { en: text('en'), vi: text('vi') } });
  }
}

/**
 * The period index of each day (NaN stays NaN, except for `all`, which holds undated rows too).
 * Each distinct day's period is worked out once (a table over the days' span): 10^6 rows fall
 * on a few hundred days, and the calendar arithmetic per row was most of a report's time.
 */
export function periodsOfDays(days: RowNumbers, frame: PeriodFrame): RowNumbers {
  // The survey, its referral flags and its journey stages share one date column: one array for all (read only).
  const known = periodsKnown.get(days);
  if (known?.frame === frame) return known.periods;
  const periods = periodsOfDaysOnce(days, frame);
  periodsKnown.set(days, { frame, periods });
  return periods;
}

const periodsKnown = new WeakMap<RowNumbers, { frame: PeriodFrame; periods: RowNumbers }>();

function periodsOfDaysOnce(days: RowNumbers, frame: PeriodFrame): RowNumbers {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const periods = new Float32Array(days.length);
  const whole = Number.isInteger(first) && Number.isInteger(last) && last - first < MAX_TABLE_DAYS;
  const table = whole ? new Float64Array(last - first + 1).fill(NaN) : undefined;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day !== day) {
      periods[i] = frame.undated;
      continue;
    }
    const slot = day - first;
    if (table && (slot | 0) === slot) {
      let period = table[slot];
      if (period !== period) table[slot] = period = frame.indexOf(day);
      periods[i] = period;
    } else periods[i] = frame.indexOf(day);
  }
  return periods;
}

/** Longest span of days periodsOfDays keeps a table for (about 180 years). */
const MAX_TABLE_DAYS = 1 << 16;

/** Every row in the `all` period (a column with no dates). */
export function undatedPeriods(rows: number, frame: PeriodFrame): RowNumbers {
  return new Float32Array(rows).fill(frame.undated);
}

/**
 * What the value of period `index` is made of: its used cells, and the cells left out by reason
 * with their places, among the rows in that period. A row whose date is missing or unreadable
 * cannot be placed in any period, so when its value cell is not blank it counts as left out for
 * "no readable date", at the date cell (it might belong to this period). Blank rows are blank.
 */
export function periodCoverage(column: ReadColumn, periods: RowNumbers, index: number, dates?: ReadColumn): Coverage {
  const coverage = newCoverage();
  const { reasons } = column;
  for (let i = 0; i < reasons.length; i++) {
    const period = periods[i];
    if (period === index) {
      if (reasons[i] === 0) noteUsed(coverage);
      else noteLeftOut(coverage, reasonOfCode(reasons[i]), column.refOf(i));
    } else if (period !== period && reasons[i] !== BLANK) {
      noteLeftOut(coverage, 'noDate', dates?.refOf(i) ?? column.refOf(i));
    }
  }
  return coverage;
}

/** A cell as trimmed one-line text ('' for blanks and non-text junk such as nested lists). */
export function textOf(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

/**
 * Each row's text (textOf its cell) for a segment column, worked out on demand: for packed cells once
 * per distinct cell, so a million-row column costs no array of a million strings.
 */
export function rowTexts(cells: Cells): (row: number) => string {
  return isPacked(cells) ? cells.perRow(textOf) : (row) => textOf(cells[row]);
}

/**
 * The rows of an activity log the report can use (active users, cohorts), as readActivity takes them: a user id (text or a
 * number) and a date the report can read (as instants, so the column's day/month order holds).
 * What the figures are made of: the used rows up to `lastDay` (the reported month's last day),
 * and the rows left out by reason with their places, so one unreadable cell is counted, not fatal.
 * `activity(fn)` is those rows' Activity, from the instants already read (activityOfEvents), else
 * through readActivity over the rows' users and Dates, which says what it refuses as it does.
 */
export function usableEvents(activity: ActivityColumns<Cells>, reader: ReportReader, lastDay: number): { coverage: Coverage; activity(fn: string, timeZone: string): Activity } {
  const { column, days } = reader.days(activity.dates, activity.dateOrder);
  const userPlace = reader.placeOf(activity.users);
  const instants = new Float64Array(days.length).fill(NaN);
  const coverage = newCoverage();
  for (let i = 0; i < days.length; i++) {
    const user = cellAt(activity.users, i);
    const hasUser = textOf(user) !== '';
    const readableUser = (typeof user === 'string' && user.trim() !== '') || (typeof user === 'number' && Number.isFinite(user));
    if (days[i] !== days[i]) {
      if (hasUser) noteLeftOut(coverage, column.reasons[i] === codeOf('blank') ? 'noDate' : reasonOfCode(column.reasons[i]), column.refOf(i));
      continue;
    }
    if (!readableUser) {
      if (hasUser && days[i] <= lastDay) noteLeftOut(coverage, 'unreadable', userPlace?.refOf(i));
      continue;
    }
    instants[i] = column.values[i];
    if (days[i] <= lastDay) noteUsed(coverage);
  }
  return {
    coverage,
    activity: (fn, timeZone) => {
      const users = cellsOf(activity.users);
      const read = activityOfEvents(users, instants, timeZone);
      if (read) return read;
      const rows: Cell[][] = [];
      const dates: Cell[][] = [];
      for (let i = 0; i < instants.length; i++) if (instants[i] === instants[i]) rows.push([users[i]]), dates.push([new Date(instants[i])]);
      return readActivity(fn, rows, dates, timeZone);
    },
  };
}
