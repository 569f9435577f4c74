import { utcOffset, wallClockIn } from './calendar';
import { describeRef, newCoverage, noteLeftOut, noteUsed, type CellRef, type Coverage, type LeftOutReason } from './coverage';
import { dateText, type DateOrder } from './dates';
import {
  bothMarksProblem,
  bothOrdersProblem,
  decideDateOrder,
  decideDecimalMark,
  textsOf,
  type DateOrderDecision,
  type DecimalMarkDecision,
  type Evidence,
} from './decide';
import { durationInText, durationOfDateCell, MS_PER_UNIT, unitOfHeader, type DurationUnit } from './durations';
import { CellProblem } from './errors';
import { foldLabel, labelTableOf, scaleProvedBy, type LabelTable } from './labels';
import { cellTexts, type Text } from './messages';
import { isAmbiguous, numberReadings, type DecimalMark } from './numbers';
import { inDateRange, isBlank, isDateCell, readDate, readFlag, readNumber, readScore, type ScoreScale } from './read';
import { isPacked, type Cells } from './packed';
import type { Cell } from './types';

/**
 * Reading a whole column (the cells of one mapped column, header row excluded) the way the
 * report, the sidebar preview and the command line all do: every cell is used, or left out for
 * a counted reason with its place (a Coverage), and what depends on the whole column (date
 * order, decimal mark, label scale, duration unit) is decided once, with its evidence, so it can
 * be shown next to the mapping. A column reader never throws for a cell: it leaves it out.
 *
 * @example
 *   const refOf = (i: number) => ({ sheet: 'Form Responses 1', column: 'C', row: i + 2 });
 *   const { values, coverage } = readScoreColumn(['10 - Extremely likely', 'N/A', '9'], { low: 0, high: 10, refOf });
 *   // values: [10, NaN, 9]; coverage: used 2, noAnswer 1 at 'Form Responses 1'!C3
 */

export interface ColumnOptions {
  /** Where the cell at 0-based `index` of the column is, for coverage places and messages. */
  refOf?: (index: number) => CellRef;
  /** The spreadsheet's or file's locale (`vi_VN`, `en_US`), used when the values decide nothing. */
  locale?: string;
  /** Called for every cell left out with a problem (not blanks or non-answers), in order. */
  onProblem?: (index: number, problem: CellProblem) => void;
  /** The decimal mark as decided on more rows than these (a group's rows read as their whole column decided): used instead of deciding on these cells. */
  decimalMark?: DecimalMarkDecision;
}

export interface ColumnRead<D> {
  /** One value per cell; NaN where the cell was left out (see coverage). */
  values: Float64Array;
  coverage: Coverage;
  /** What the column's values decided, with the evidence to show. */
  decision: D;
  /** The first problem of each reason, with its place, to say in words. */
  problems: { index: number; reason: LeftOutReason; problem: CellProblem }[];
}

/** The place of a cell in words, both languages: `'Form Responses 1'!C20`, or `row 20` without refOf. */
export function placeText(index: number, refOf?: (index: number) => CellRef): Text {
  if (refOf) {
    const ref = refOf(index);
    return { en: describeRef(ref, 'en'), vi: describeRef(ref, 'vi') };
  }
  return { en: `row ${index + 1}`, vi: `hàng ${index + 1}` };
}

/**
 * Cells a column reader would return as they are, read without calling it: numbers from `low`
 * to `high` (whole ones only when `whole`), 1 and 0 as flags (`flags`: −0 too, read as 0), or
 * valid Date cells within the years a sheet holds (`dates`). The usual cell of a million-row
 * column costs a type test, not a call.
 */
export type FastCells = { low: number; high: number; whole: boolean } | 'flags' | 'dates';

/** Distinct texts a column reader remembers the reading of; past this many it stops remembering. */
const MAX_TEXTS = 4096;

/** Runs `read` over each cell, filling values and coverage; problems become left-out cells. */
function readEach<D>(cells: Cells, read: (cell: Cell, index: number) => number, options: ColumnOptions, decision: D, fast?: FastCells): ColumnRead<D> {
  if (isPacked(cells)) return cells.readEach(read, options, decision, fast);
  const values = new Float64Array(cells.length);
  const coverage = newCoverage();
  const problems: ColumnRead<D>['problems'] = [];
  const { refOf, onProblem } = options;
  const numbers = typeof fast === 'object' ? fast : undefined;
  const flags = fast === 'flags';
  const low = numbers ? numbers.low : 1;
  const high = numbers ? numbers.high : 0;
  const whole = numbers ? numbers.whole : false;
  const dates = fast === 'dates';
  let texts: Map<string, number | CellProblem> | undefined = new Map();
  let used = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === 'number') {
      if (cell >= low && cell <= high && (!whole || Number.isInteger(cell))) {
        values[i] = cell;
        used++;
        continue;
      }
      if (flags && (cell === 1 || cell === 0)) {
        values[i] = cell === 1 ? 1 : 0;
        used++;
        continue;
      }
    } else if (dates && cell instanceof Date) {
      const ms = cell.getTime();
      if (inDateRange(ms)) {
        values[i] = ms;
        used++;
        continue;
      }
    }
    // A text's reading depends on its text alone (the column's decisions are made before the
    // loop): each distinct text is read once, its value or its problem remembered.
    let value: number;
    let known = typeof cell === 'string' && texts !== undefined ? texts.get(cell) : undefined;
    if (known === undefined) {
      try {
        known = read(cell, i);
      } catch (error) {
        if (!(error instanceof CellProblem)) throw error;
        known = error;
      }
      if (typeof cell === 'string' && texts !== undefined) {
        texts.set(cell, known);
        if (texts.size >= MAX_TEXTS) texts = undefined; // a column of distinct texts (timestamps) gains nothing
      }
    }
    if (typeof known !== 'number') {
      const problem = known;
      values[i] = NaN;
      noteLeftOut(coverage, problem.reason, refOf?.(i));
      if (!problems.some((p) => p.reason === problem.reason)) problems.push({ index: i, reason: problem.reason, problem });
      onProblem?.(i, problem);
      continue;
    }
    value = known;
    values[i] = value;
    if (value === value) used++;
    else noteLeftOut(coverage, isBlank(cell) ? 'blank' : 'noAnswer', isBlank(cell) ? undefined : refOf?.(i));
  }
  noteUsed(coverage, used);
  return { values, coverage, decision, problems };
}

/** The decimal mark of the column's number text, and the reader's guard for a column proving both. */
function markOf(cells: Cells, options: ColumnOptions, setting?: DecimalMark) {
  const decision = options.decimalMark ?? decideDecimalMark(textsOf(cells), options.locale, setting);
  const conflict = decision.conflict && bothMarksProblem(decision.conflict, (i) => placeText(i, options.refOf));
  const guard = (cell: Cell) => {
    if (conflict && typeof cell === 'string') {
      const readings = numberReadings(cell);
      if (readings && isAmbiguous(readings)) throw conflict;
    }
  };
  return { decision, guard };
}

// ---- scores ---------------------------------------------------------------------------------

/** One distinct answer text found in a score column: what sidebar step 2's label table lists. */
export interface LabelFound {
  /** As first written (trimmed). */
  label: string;
  count: number;
  /** Its score on the column's scale; undefined when nobody gave it one yet. */
  score?: number;
  /** Where the score comes from: the mapping's table, the built-in lists (or a number in it), or nowhere. */
  from: 'table' | 'builtin' | 'none';
}

export interface ScoreDecision {
  low: number;
  high: number;
  /** `given`: the caller's scale; `labels`: fixed by an answer that proves it (`Neutral`, `4/5`). */
  scaleBy: 'given' | 'labels';
  scaleEvidence?: Evidence;
  mark: DecimalMarkDecision;
  /** Distinct text answers (not plain numbers) with counts and scores, most frequent first, at most 100. */
  labels: LabelFound[];
}

export interface ScoreColumnOptions extends ColumnOptions {
  low: number;
  high: number;
  family?: ScoreScale['family'];
  /** The mapping's label → score table for this column (labels as people typed them). */
  labels?: Readonly<Record<string, number>>;
  /** Scales an answer may fix when the scale was not chosen (CES: [7, 5]); leave out when `high` was chosen. */
  allowed?: readonly number[];
}

const MAX_LABELS = 100;

/**
 * A score column: numbers, number text and answer labels on `low`…`high` (metrics-spec.md 1.1),
 * with the mapping's own label table first. Unknown labels are left out as `unknownLabel` (with a
 * hint to score them in the label table), scores off the scale as `outOfScale`.
 */
export function readScoreColumn(cells: Cells, options: ScoreColumnOptions): ColumnRead<ScoreDecision> {
  const table: LabelTable | undefined = labelTableOf(options.labels);
  let high = options.high;
  let scaleEvidence: Evidence | undefined;
  if (options.allowed) {
    textsOf(cells)((text, index) => {
      if (scaleEvidence) return;
      const proved = scaleProvedBy(text, options.family);
      if (proved !== undefined && options.allowed!.includes(proved)) {
        high = proved;
        scaleEvidence = { text: text.trim(), index };
      }
    });
  }
  const { decision: mark, guard } = markOf(cells, options);
  const scale: ScoreScale = { low: options.low, high, family: options.family, labels: table, mark: mark.mark };
  const hint = cellTexts.labelHint();
  const read = (cell: Cell) => {
    guard(cell);
    let score: number;
    try {
      score = readScore(cell, scale);
    } catch (error) {
      if (error instanceof CellProblem && error.reason === 'unknownLabel') {
        throw new CellProblem({ en: `${error.text.en}; ${hint.en}`, vi: `${error.text.vi}; ${hint.vi}` }, 'unknownLabel');
      }
      throw error;
    }
    if (score !== score) return NaN;
    if (score < scale.low || score > high) throw new CellProblem(cellTexts.outsideScale(score, scale.low, high), 'outOfScale');
    if (!Number.isInteger(score)) throw new CellProblem(cellTexts.notWholeScore(score, scale.low, high), 'outOfScale');
    return score;
  };
  const labels = labelsOf(cells, table, read);
  const fast = { low: options.low, high, whole: true };
  return readEach(cells, read, options, { low: options.low, high, scaleBy: scaleEvidence ? 'labels' : 'given', scaleEvidence, mark, labels }, fast);
}

/** Distinct non-number answers of a column with their counts and scores. */
function labelsOf(cells: Cells, table: LabelTable | undefined, read: (cell: Cell) => number): LabelFound[] {
  const found = new Map<string, LabelFound>();
  // Each distinct text folded once: a column of labels repeats a handful of texts.
  const keys = new Map<string, string>();
  textsOf(cells)((text) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = foldLabel(text);
      if (keys.size < MAX_TEXTS) keys.set(text, key);
    }
    const known = found.get(key);
    if (known) {
      known.count++;
      return;
    }
    if (key === '' || numberReadings(text)) return;
    let score: number | undefined;
    try {
      score = read(text);
    } catch {
      score = undefined;
    }
    if (score !== score) return; // a non-answer
    found.set(key, { label: text.trim(), count: 1, score, from: table?.has(key) ? 'table' : score === undefined ? 'none' : 'builtin' });
  });
  return [...found.values()].sort((a, b) => b.count - a.count).slice(0, MAX_LABELS);
}

// ---- flags ----------------------------------------------------------------------------------

/** A yes/no column: 1, 0, or left out (metrics-spec.md section 1). */
export function readFlagColumn(cells: Cells, options: ColumnOptions = {}): ColumnRead<undefined> {
  return readEach(cells, readFlag, options, undefined, 'flags');
}

// ---- dates ----------------------------------------------------------------------------------

export interface DateColumnOptions extends ColumnOptions {
  /** The spreadsheet's time zone, where text without an offset is placed (UTC when left out). */
  timeZone?: string;
  /** The mapping's or command line's date order, used when the values do not decide. */
  order?: DateOrder;
  /** The order as decided on more rows than these (a group's rows read as their whole column decided): used instead of deciding on these cells. */
  decision?: DateOrderDecision;
}

/** A date column as epoch-ms instants, its day/month order decided for the whole column. */
export function readDateColumn(cells: Cells, options: DateColumnOptions = {}): ColumnRead<DateOrderDecision> {
  const decision = options.decision ?? decideDateOrder(textsOf(cells), options.locale, options.order);
  const toInstant = options.timeZone ? wallClockIn(options.timeZone) : undefined;
  const conflict = decision.conflict && bothOrdersProblem(decision.conflict, (i) => placeText(i, options.refOf));
  const read = (cell: Cell) => {
    // In a column of both orders no day/month form can be trusted, whichever way it reads.
    if (conflict && typeof cell === 'string' && dateText(cell)?.kind === 'dayMonth') throw conflict;
    return readDate(cell, toInstant, decision.order);
  };
  return readEach(cells, read, options, decision, 'dates');
}

/** The decision in words, both languages: `day first: 13/09/2026 in row 20`, `day first (the locale vi_VN)`. */
export function describeDateOrder(decision: DateOrderDecision, refOf?: (index: number) => CellRef): Text {
  // A column proving both orders is not "day first": none of its day/month dates can be read until it is written one way.
  if (decision.conflict) {
    const { dayFirst, monthFirst } = decision.conflict;
    return cellTexts.bothDateOrders(dayFirst.text, rowText(dayFirst.index, refOf), monthFirst.text, rowText(monthFirst.index, refOf));
  }
  const order: Text = decision.order === 'dmy' ? { en: 'day first', vi: 'ngày trước tháng' } : { en: 'month first', vi: 'tháng trước ngày' };
  return describeDecision(order, decision.by, decision.evidence, decision.source, refOf);
}

/** The decimal mark decision in words: `decimal comma: 2,5 in row 4`. */
export function describeDecimalMark(decision: DecimalMarkDecision, refOf?: (index: number) => CellRef): Text {
  const mark: Text = decision.mark === ',' ? { en: 'decimal comma', vi: 'dấu phẩy thập phân' } : { en: 'decimal point', vi: 'dấu chấm thập phân' };
  return describeDecision(mark, decision.by, decision.evidence, decision.source, refOf);
}

function describeDecision(what: Text, by: DateOrderDecision['by'], evidence: Evidence | undefined, source: string | undefined, refOf?: (index: number) => CellRef): Text {
  if (by === 'values' && evidence) {
    const where = rowText(evidence.index, refOf);
    return { en: `${what.en}: ${evidence.text} in ${where.en}`, vi: `${what.vi}: ${evidence.text} ở ${where.vi}` };
  }
  if (by === 'setting') return { en: `${what.en} (as set in the mapping)`, vi: `${what.vi} (theo cài đặt trong ánh xạ)` };
  if (by === 'locale') return { en: `${what.en} (the locale ${source})`, vi: `${what.vi} (theo ngôn ngữ vùng ${source})` };
  return { en: `${what.en} (nothing in the column says otherwise)`, vi: `${what.vi} (không có gì trong cột cho biết khác)` };
}

/** `row 20` for a sheet cell, `line 20` for a file line. */
function rowText(index: number, refOf?: (index: number) => CellRef): Text {
  const ref = refOf?.(index);
  if (ref && 'line' in ref) return { en: `line ${ref.line}`, vi: `dòng ${ref.line}` };
  const row = ref ? ref.row : index + 1;
  return { en: `row ${row}`, vi: `hàng ${row}` };
}

// ---- numbers --------------------------------------------------------------------------------

export interface NumberColumnOptions extends ColumnOptions {
  /** An explicit decimal mark, used when the values do not decide. */
  mark?: DecimalMark;
}

/** Every finite number, which readNumber returns as it is. */
const ANY_NUMBER: FastCells = { low: -Number.MAX_VALUE, high: Number.MAX_VALUE, whole: false };

/** A number column (counts, amounts): local number text decided for the whole column (metrics-spec.md 1.3). */
export function readNumberColumn(cells: Cells, options: NumberColumnOptions = {}): ColumnRead<DecimalMarkDecision> {
  const { decision, guard } = markOf(cells, options, options.mark);
  return readEach(
    cells,
    (cell) => {
      guard(cell);
      return readNumber(cell, decision.mark);
    },
    options,
    decision,
    ANY_NUMBER,
  );
}

// ---- durations ------------------------------------------------------------------------------

export interface DurationColumnOptions extends ColumnOptions {
  /** The unit of the values returned (hours by default). */
  unit?: DurationUnit;
  /** The column's header, which may name the unit of its numbers (`Thời gian xử lý (giờ)`). */
  header?: unknown;
  /** The unit of plain numbers when the header names none (the mapping's setting); else `unit`. */
  dataUnit?: DurationUnit;
  /** The sheet's time zone, for duration-formatted cells (Dates from 1899-12-30); UTC when left out. */
  timeZone?: string;
}

export interface DurationDecision {
  /** The unit plain numbers in the column are in, and why. */
  dataUnit: DurationUnit;
  unitBy: 'header' | 'setting' | 'default';
  mark: DecimalMarkDecision;
}

/** Durations longer than this many days in a Date cell are dates, not durations (10 years). */
const MAX_DURATION_DAYS = 3650;

/**
 * A durations column in `unit` (hours by default): duration-formatted cells, numbers in the
 * column's unit, `h:mm`, `2 h 30 min`, `2 giờ 30 phút` (metrics-spec.md 1.2). Negative durations
 * are left out (`outOfScale`).
 */
export function readDurationColumn(cells: Cells, options: DurationColumnOptions = {}): ColumnRead<DurationDecision> {
  const unit = options.unit ?? 'hours';
  const fromHeader = unitOfHeader(options.header);
  const dataUnit = fromHeader ?? options.dataUnit ?? unit;
  const { decision: mark, guard } = markOf(cells, options);
  const timeZone = options.timeZone;
  const read = durationReader(unit, dataUnit, mark.mark, timeZone ? (ms) => utcOffset(ms, timeZone) : undefined, guard);
  return readEach(cells, read, options, { dataUnit, unitBy: fromHeader ? 'header' : options.dataUnit ? 'setting' : 'default', mark });
}

/**
 * A duration cell reader returning `unit`: plain numbers are in `dataUnit`, under the column's
 * decimal `mark` (or a getter of it, for a decision made lazily by `guard`); Date cells are
 * durations from 1899-12-30 on the sheet's wall clock, `offsetAt(ms)` being the zone's offset
 * (UTC when left out).
 */
export function durationReader(
  unit: DurationUnit,
  dataUnit: DurationUnit,
  mark: DecimalMark | undefined | (() => DecimalMark | undefined),
  offsetAt: (ms: number) => number = () => 0,
  guard?: (cell: Cell) => void,
) {
  const scale = MS_PER_UNIT[dataUnit] / MS_PER_UNIT[unit];
  const markNow = typeof mark === 'function' ? mark : () => mark;
  return (cell: Cell): number => {
    let value: number;
    if (isDateCell(cell) && cell.getTime() === cell.getTime()) {
      const ms = durationOfDateCell(cell, offsetAt);
      if (ms > MAX_DURATION_DAYS * MS_PER_UNIT.days) throw new CellProblem(cellTexts.dateNotDuration(cell));
      value = ms / MS_PER_UNIT[unit];
    } else if (typeof cell === 'string') {
      guard?.(cell);
      const ms = durationInText(cell);
      if (ms === ms) value = ms / MS_PER_UNIT[unit];
      else {
        try {
          value = readNumber(cell, markNow()) * scale;
        } catch (error) {
          if (error instanceof CellProblem && error.reason === 'unreadable' && !/^\s*#/.test(cell)) throw new CellProblem(cellTexts.notADuration(cell));
          throw error;
        }
      }
    } else value = readNumber(cell, markNow()) * scale;
    if (value < 0) throw new CellProblem(cellTexts.negativeDuration(value), 'outOfScale');
    return value;
  };
}
