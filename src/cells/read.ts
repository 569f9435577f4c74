import { dateText, wallOfText, type DateOrder } from './dates';
import { CellProblem } from './errors';
import { foldLabel, folded, isNonAnswer, type LabelTable } from './labels';
import { cellTexts } from './messages';
import { isAmbiguous, numberReadings, numberWithMark, type DecimalMark } from './numbers';
import type { Cell } from './types';

/**
 * Reading one spreadsheet cell as a score, a yes/no flag or a date: the table in
 * metrics-spec.md section 1, row by row. Each reader returns a number, NaN when the cell is
 * skipped (a blank, or a non-answer such as `N/A`: tell them apart with isBlank), and throws
 * CellProblem (never TypeError) for anything it cannot read, whatever junk it is given; the
 * problem's `reason` says how a column reader counts it. Whatever depends on the whole column
 * (the decimal mark, the date order, a label table) comes in as an argument: ./column.ts decides
 * it for report and CLI columns, ./facts.ts for custom-function ranges. The drivers in ./shape.ts
 * add the function name and the place, and skip the range's first-row text as a header.
 */

/** The error values Sheets puts into a range it passes to a custom function, as text. */
export const SHEETS_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#ERROR!', '#NAME?', '#NUM!', '#NULL!',
]);

/** Whether text is a Sheets error value (`#N/A`, ` #ref! `): each starts with '#', so other text needs no upper-case copy. */
export function isSheetsError(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.charCodeAt(0) === 35 && SHEETS_ERRORS.has(trimmed.toUpperCase());
}

/** Words that mean yes or no, compared after trimming, NFC-normalizing and lower-casing. */
export const YES_WORDS: ReadonlySet<string> = new Set(['yes', 'y', 'true', 'x', '✓', 'có', 'rồi', 'đúng']);
export const NO_WORDS: ReadonlySet<string> = new Set(['no', 'n', 'false', 'không', 'chưa', 'sai']);

// Plain decimal notation only: "9", " 9 ", "-1.5", "1e3". Not "0x10", "Infinity" or "" (which Number() accepts).
// One way to split each text (`\d+(?:\.\d*)?`, not `\d+\.?\d*`), so a long run of digits that is
// not a number fails in linear time instead of backtracking over every split (issue 15).
const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number in numeric text such as `" 9 "`, or NaN for any other text. */
export function numberInText(text: string): number {
  const trimmed = text.trim();
  return NUMERIC_TEXT.test(trimmed) ? Number(trimmed) : NaN;
}

/** Empty as Sheets means it: '' (also whitespace only), null or undefined. */
export function isBlank(cell: Cell): boolean {
  return cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A Date cell, also one made in another JavaScript realm (the emulator runs the bundle in a
 * node:vm context, where `instanceof Date` is false for the host's Dates).
 */
export function isDateCell(cell: Cell): cell is Date {
  return cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]';
}

/** Problems every reader shares: Sheets errors, NaN/Infinity, nested lists and other objects. */
function junkProblem(cell: Cell): CellProblem | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? undefined : new CellProblem(cellTexts.notFinite(cell));
  if (typeof cell === 'string') {
    const trimmed = cell.trim();
    // Every Sheets error starts with '#': other text needs no upper-case copy to be told apart.
    if (trimmed.charCodeAt(0) !== 35) return undefined;
    const code = trimmed.toUpperCase();
    return SHEETS_ERRORS.has(code) ? new CellProblem(cellTexts.sheetsError(code)) : undefined;
  }
  if (typeof cell === 'boolean') return undefined;
  if (isDateCell(cell)) return Number.isNaN(cell.getTime()) ? new CellProblem(cellTexts.invalidDate()) : undefined;
  if (Array.isArray(cell)) return new CellProblem(cellTexts.nestedList());
  return new CellProblem(cellTexts.notAValue());
}

/** What a score reader knows of the column: its scale, verbal labels, own label table and decimal mark. */
export interface ScoreScale {
  low: number;
  high: number;
  /** Whose verbal labels the column may hold (CSAT's satisfaction words, CES's agreement or ease words). */
  family?: 'csat' | 'ces';
  /** The mapping's label → score table for the column, checked before the built-in labels. */
  labels?: LabelTable;
  /** The column's decimal mark, for number text such as `1,250` that reads both ways. */
  mark?: DecimalMark;
}

/** Number text under the column's mark; NaN when it is not number text; a problem when only the mark could say. */
function numberOfText(text: string, mark: DecimalMark | undefined): number | CellProblem {
  const readings = numberReadings(text);
  if (!readings) return NaN;
  if (mark) {
    const value = numberWithMark(readings, mark);
    return value === value ? value : readings.point === readings.point ? readings.point : readings.comma;
  }
  if (isAmbiguous(readings)) return new CellProblem(cellTexts.ambiguousNumber(text, readings.point, readings.comma));
  return readings.point === readings.point ? readings.point : readings.comma;
}

/**
 * A cell as a score: numbers and number text are used; answer labels (`Rất hài lòng`,
 * `10 - Extremely likely`, `4/5`, `★★★★☆`) give their score; blanks and non-answers are NaN.
 * Any other text is a problem naming it (reason `unknownLabel`), as are TRUE/FALSE, dates and
 * Sheets errors. Range checks are the metric's (scoreReader in src/metrics/scale.ts), except
 * that a label of another scale (`4/5` on 0–10) is a problem here (`outOfScale`).
 * @example readScore(' 9 ') // 9;  readScore('Very satisfied', { low: 1, high: 5, family: 'csat' }) // 5;  readScore('N/A') // NaN
 */
export function readScore(cell: Cell, scale?: ScoreScale): number {
  const score = scoreOrProblem(cell, scale);
  if (typeof score === 'number') return score;
  throw score;
}

/**
 * readScore with the problem returned instead of thrown. A range's first row is often a header
 * that no reader can read, and throwing its problem cost more than reading it (a throw walks
 * the stack): the drivers ask this way there (CellReader.orProblem in ./shape.ts).
 */
export function scoreOrProblem(cell: Cell, scale?: ScoreScale): number | CellProblem {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) return junk;
  if (typeof cell === 'string') return scoreOfText(cell, scale);
  if (typeof cell === 'boolean') return new CellProblem(cellTexts.booleanNotScore(cell));
  return new CellProblem(cellTexts.dateNotScore(cell as Date));
}

function scoreOfText(text: string, scale: ScoreScale | undefined): number | CellProblem {
  const label = foldLabel(text);
  if (folded.isNonAnswer(label)) return NaN;
  const own = scale?.labels?.get(label);
  if (own !== undefined) return own;
  const number = numberOfText(text, scale?.mark);
  if (typeof number !== 'number' || number === number) return number;
  const numbered = folded.numberedAnswer(label);
  if (numbered) {
    if (scale && numbered.outOf !== undefined && numbered.outOf !== scale.high) {
      return new CellProblem(cellTexts.labelOffScale(text, numbered.outOf, scale.low, scale.high), 'outOfScale');
    }
    return numbered.score;
  }
  if (scale?.family) {
    const score = folded.verbalScore(label, scale.family, scale.high);
    if (score !== undefined) return score;
    const highs = folded.labelScales(label, scale.family);
    if (highs.length > 0) return new CellProblem(cellTexts.labelOffScale(text, highs[0], scale.low, scale.high), 'outOfScale');
  }
  return new CellProblem(cellTexts.notAnAnswer(text, scale), 'unknownLabel');
}

/**
 * A cell as a plain number (a count, a duration in the column's unit, an amount): numbers and
 * number text in any local form (`1.250`, `2,5`, `50%`, `1.250.000 ₫`) under the column's
 * `mark`; blanks and non-answers are NaN; other text, TRUE/FALSE, dates and errors are problems.
 * @example readNumber('1.250.000 ₫') // 1250000;  readNumber('2,5') // 2.5;  readNumber('1,250', ',') // 1.25
 */
export function readNumber(cell: Cell, mark?: DecimalMark): number {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === 'string') {
    if (isNonAnswer(cell)) return NaN;
    const number = numberOfText(cell, mark);
    if (typeof number !== 'number') throw number;
    if (number === number) return number;
    throw new CellProblem(cellTexts.notANumber(cell));
  }
  if (typeof cell === 'boolean') throw new CellProblem(cellTexts.booleanNotScore(cell));
  throw new CellProblem(cellTexts.dateNotScore(cell as Date));
}

/** Lower-cased, NFC-normalized, trimmed text, so "CÓ" typed with combining marks still matches "có". */
function wordOf(text: string): string {
  return text.trim().normalize('NFC').toLowerCase();
}

/**
 * A cell as a yes/no flag: 1 for yes, 0 for no, NaN for blank and non-answers. Yes is 1, TRUE or a yes word
 * (yes y true x ✓ có rồi đúng); no is 0, FALSE or a no word (no n false không chưa sai).
 * Any other number or text, a date or a Sheets error is a problem.
 * @example readFlag('Có') // 1;  readFlag(0) // 0;  readFlag('maybe') // throws CellProblem
 */
export function readFlag(cell: Cell): number {
  if (cell === 1 || cell === true) return 1;
  if (cell === 0 || cell === false) return 0;
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === 'string') {
    const number = numberInText(cell);
    if (number === 1 || number === 0) return number;
    const word = wordOf(cell);
    if (YES_WORDS.has(word)) return 1;
    if (NO_WORDS.has(word)) return 0;
    if (isNonAnswer(cell)) return NaN;
  }
  throw new CellProblem(cellTexts.notAFlag(cell));
}

/**
 * Turns a wall-clock time (its fields read as if UTC) into the instant it names in the
 * spreadsheet's time zone. The default reads ISO text without an offset as UTC.
 */
export type WallClockToInstant = (wallClockAsUtcMs: number) => number;

const wallClockAsUtc: WallClockToInstant = (ms) => ms;

/**
 * A cell as an instant in epoch ms: Date cells (Sheets already placed them in the sheet's time
 * zone) and date text (./dates.ts: ISO, day/month forms, month names). Text without an offset is
 * a wall-clock time in the spreadsheet's zone: pass `toInstant` from the calendar module to place
 * it there (the default reads it as UTC). A day/month form needs the column's `order`; without
 * one it is a problem that says so. Blanks and non-answers are NaN; numbers, TRUE/FALSE, other
 * text and Sheets errors are problems.
 * @example readDate('2026-03-01') // 1772323200000;  readDate('13/10/2026', undefined, 'dmy') // Date.UTC(2026, 9, 13);  readDate(45000) // throws CellProblem
 */
export function readDate(cell: Cell, toInstant: WallClockToInstant = wallClockAsUtc, order?: DateOrder): number {
  const ms = readDateUnbounded(cell, toInstant, order);
  if (ms === ms && !inDateRange(ms)) throw new CellProblem(cellTexts.dateOutOfRange());
  return ms;
}

/**
 * The dates a spreadsheet holds: years 1 to 9999. Beyond them JavaScript's own date range (±8.64e15
 * ms) is a few hours' offset away, so a local day or a formatted date would throw RangeError.
 */
export const MIN_DATE_MS = new Date('0001-01-01T00:00:00Z').getTime();
export const MAX_DATE_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Whether an instant is a date a spreadsheet can hold (years 1–9999). */
export function inDateRange(ms: number): boolean {
  return ms >= MIN_DATE_MS && ms <= MAX_DATE_MS;
}

function readDateUnbounded(cell: Cell, toInstant: WallClockToInstant, order?: DateOrder): number {
  if (isDateCell(cell)) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) throw new CellProblem(cellTexts.invalidDate());
    return ms;
  }
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === 'string') {
    const parts = dateText(cell);
    if (parts?.kind === 'fixed') return parts.offsetMs === undefined ? toInstant(parts.wall) : parts.wall - parts.offsetMs;
    if (parts) {
      if (!order) throw new CellProblem(cellTexts.dateNeedsOrder(cell));
      const wall = wallOfText(parts, order);
      if (wall === wall) return toInstant(wall);
      throw new CellProblem(cellTexts.notADateInOrder(cell, order));
    }
    if (isNonAnswer(cell)) return NaN;
  }
  throw new CellProblem(cellTexts.notADate(cell));
}
