import { CellProblem } from './errors';
import { cellTexts } from './messages';
import type { Cell } from './types';

/**
 * Reading one spreadsheet cell as a score, a yes/no flag or a date: the table in
 * metrics-spec.md section 1, row by row. Each reader returns a number, NaN when the cell is
 * skipped, and throws CellProblem (never TypeError) for anything it cannot read, whatever
 * junk it is given. The driver in ./shape.ts adds the function name and the place.
 */

/** The error values Sheets puts into a range it passes to a custom function, as text. */
export const SHEETS_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#ERROR!', '#NAME?', '#NUM!', '#NULL!',
]);

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
    const code = cell.trim().toUpperCase();
    return SHEETS_ERRORS.has(code) ? new CellProblem(cellTexts.sheetsError(code)) : undefined;
  }
  if (typeof cell === 'boolean') return undefined;
  if (isDateCell(cell)) return Number.isNaN(cell.getTime()) ? new CellProblem(cellTexts.invalidDate()) : undefined;
  if (Array.isArray(cell)) return new CellProblem(cellTexts.nestedList());
  return new CellProblem(cellTexts.notAValue());
}

/**
 * A cell as a score: numbers and numeric text are used; blanks and other text (a header,
 * "yes") are skipped like AVERAGE does; TRUE/FALSE, dates and Sheets errors are problems.
 * The scale is the metric's business, not the reader's.
 * @example readScore(' 9 ') // 9;  readScore('Score') // NaN;  readScore(true) // throws CellProblem
 */
export function readScore(cell: Cell): number {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === 'string') return numberInText(cell);
  if (typeof cell === 'boolean') throw new CellProblem(cellTexts.booleanNotScore(cell));
  throw new CellProblem(cellTexts.dateNotScore(cell as Date));
}

/** Lower-cased, NFC-normalized, trimmed text, so "CÓ" typed with combining marks still matches "có". */
function wordOf(text: string): string {
  return text.trim().normalize('NFC').toLowerCase();
}

/**
 * A cell as a yes/no flag: 1 for yes, 0 for no, NaN for blank. Yes is 1, TRUE or a yes word
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
  }
  throw new CellProblem(cellTexts.notAFlag(cell));
}

// 2026-03-01, 2026-03-01T10:00, 2026-03-01 10:00:30.5, optionally ending in Z or +07:00.
const ISO_DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Turns a wall-clock time (its fields read as if UTC) into the instant it names in the
 * spreadsheet's time zone. The default reads ISO text without an offset as UTC.
 */
export type WallClockToInstant = (wallClockAsUtcMs: number) => number;

const wallClockAsUtc: WallClockToInstant = (ms) => ms;

/** ISO date text as epoch ms, or NaN when the text is not an ISO date or names a day that does not exist. */
export function instantInIsoText(text: string, toInstant: WallClockToInstant = wallClockAsUtc): number {
  const match = ISO_DATE_TEXT.exec(text.trim());
  if (!match) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', offset] = match;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0')));
  // Date.UTC rolls 2026-02-30 over into March; a day that does not exist is not a date.
  if (new Date(wall).getUTCDate() !== day) return NaN;
  if (!offset) return toInstant(wall);
  if (offset.toUpperCase() === 'Z') return wall;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * A cell as an instant in epoch ms: Date cells (Sheets already placed them in the sheet's time
 * zone) and ISO date text such as `2026-03-01` or `2026-03-01T10:00`. ISO text without an
 * offset is a wall-clock time in the spreadsheet's zone: pass `toInstant` from the calendar
 * module to place it there (the default reads it as UTC). Blanks are NaN; numbers, TRUE/FALSE,
 * other text and Sheets errors are problems.
 * @example readDate('2026-03-01') // 1772323200000;  readDate(45000) // throws CellProblem
 */
export function readDate(cell: Cell, toInstant?: WallClockToInstant): number {
  if (isDateCell(cell)) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) throw new CellProblem(cellTexts.invalidDate());
    return ms;
  }
  if (isBlank(cell)) return NaN;
  const junk = junkProblem(cell);
  if (junk) throw junk;
  if (typeof cell === 'string') {
    const ms = instantInIsoText(cell, toInstant);
    if (Number.isFinite(ms)) return ms;
  }
  throw new CellProblem(cellTexts.notADate(cell));
}
