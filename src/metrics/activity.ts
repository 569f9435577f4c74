import { wallClockIn } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { LocalDays } from '../cells/local-days';
import { cellTexts, failCall, showValue, type Text } from '../cells/messages';
import { rangeDateReader, type DateReading } from '../cells/facts';
import { isDateCell, MAX_DATE_MS, MIN_DATE_MS, SHEETS_ERRORS } from '../cells/read';
import { rangeForScan, rangeOf, readAt, requireSameSize, type Range } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';

/**
 * Reading an activity log (a users range and a same-sized dates range) for the active-user
 * metrics in ./active-users.ts. Every cell is validated when the log is read, in row order, so
 * a bad user id or date anywhere is the same error with the same place whatever is counted
 * later. Interning user ids (a hash lookup per event, most of the cost) waits until someone
 * asks for events: =MAU(…) asks only for the 30 days it counts, and interns only their users.
 */

/** User-facing texts of the active-user metrics (the part after `FN: `). */
export const activityTexts = {
  booleanNotUser: (value: boolean): Text => ({
    en: `${showValue(value)} is not a user id`,
    vi: `${showValue(value)} không phải mã người dùng`,
  }),
  dateNotUser: (value: Date): Text => ({
    en: `the date ${showValue(value)} is not a user id`,
    vi: `ngày ${showValue(value)} không phải mã người dùng`,
  }),
  noActivity: (): Text => ({
    en: 'no users with dates in the ranges',
    vi: 'không có người dùng nào kèm ngày trong các vùng',
  }),
};

/**
 * Whether a users cell holds a user id: false for a blank, true for text or a number; throws
 * CellProblem for anything that is no id. Text starting with a printable ASCII character other
 * than `#` is an id without trimming it (trim removes only whitespace, and every Sheets error
 * starts with `#`), so the usual id costs one character test.
 */
export function isUserCell(cell: Cell): boolean {
  if (typeof cell === 'string') {
    const first = cell.charCodeAt(0);
    if (first > 32 && first < 127 && first !== 35) return true;
    const text = cell.trim();
    if (text === '') return false;
    if (SHEETS_ERRORS.has(text.toUpperCase())) throw new CellProblem(cellTexts.sheetsError(text.toUpperCase()));
    return true;
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new CellProblem(cellTexts.notFinite(cell));
    return true;
  }
  if (cell === null || cell === undefined) return false;
  if (typeof cell === 'boolean') throw new CellProblem(activityTexts.booleanNotUser(cell));
  if (isDateCell(cell)) throw new CellProblem(activityTexts.dateNotUser(cell));
  if (Array.isArray(cell)) throw new CellProblem(cellTexts.nestedList());
  throw new CellProblem(cellTexts.notAValue());
}

/** isUserCell as a cell reader for readAt: 1 for an id, 0 for a blank. */
const readUserCell = (cell: Cell): number => (isUserCell(cell) ? 1 : 0);

/** Interns user ids of cells isUserCell accepted: text and numbers share one key space through their text form. */
class UserIds {
  private readonly byText = new Map<string, number>();
  private readonly byNumber = new Map<number, number>();
  count = 0;

  /** The user's number; the cell was checked by isUserCell. */
  numberOf(cell: string | number): number {
    if (typeof cell === 'number') {
      let id = this.byNumber.get(cell);
      if (id === undefined) {
        id = this.ofText(String(cell));
        this.byNumber.set(cell, id);
      }
      return id;
    }
    // Most ids have nothing to trim: look them up as typed first.
    return this.byText.get(cell) ?? this.ofText(cell.trim());
  }

  private ofText(text: string): number {
    let id = this.byText.get(text);
    if (id === undefined) {
      id = this.count++;
      this.byText.set(text, id);
    }
    return id;
  }
}

/** Events as interned user numbers (0 … userCount − 1) and local day numbers, row order kept. */
export interface Events {
  users: Int32Array;
  days: Int32Array;
  userCount: number;
}

// Module constants, not the imports: tsx and Node's CommonJS interop read an imported binding
// through a getter, once per row in readEvents (inDateRange inline, for the same reason).
const MIN_MS = MIN_DATE_MS;
const MAX_MS = MAX_DATE_MS;

/** Marks a cell of a row left out (no user, or no date) in Activity's day per cell. */
const NO_EVENT = -2147483648;

/**
 * An activity log whose every cell has been read and checked: the local day of each event is
 * known, its user is interned on demand (`events`, `between`).
 */
export class Activity {
  private all: Events | undefined;

  constructor(
    private readonly userRange: Range,
    /** Local day of the event in each cell (flat index), NO_EVENT for cells left out. */
    private readonly dayOfCell: Int32Array,
    /** Number of events. */
    readonly size: number,
    readonly firstDay: number,
    readonly lastDay: number,
  ) {}

  /** Every event, users interned once (for reports by month). */
  events(): Events {
    return (this.all ??= this.read(-Infinity, Infinity));
  }

  get users(): Int32Array {
    return this.events().users;
  }

  get days(): Int32Array {
    return this.events().days;
  }

  get userCount(): number {
    return this.events().userCount;
  }

  /** The events on days `from` … `to`, with only their users interned unless all already are. */
  between(from: number, to: number): Events {
    return this.all ?? this.read(from, to);
  }

  private read(from: number, to: number): Events {
    const { cells, columns } = this.userRange;
    const dayOfCell = this.dayOfCell;
    const ids = new UserIds();
    const capacity = from === -Infinity && to === Infinity ? this.size : this.countBetween(from, to);
    const users = new Int32Array(capacity);
    const days = new Int32Array(capacity);
    let kept = 0;
    // Over the days, touching the cells only for events in the window.
    for (let index = 0; index < dayOfCell.length; index++) {
      const day = dayOfCell[index];
      if (day === NO_EVENT || day < from || day > to) continue;
      const r = columns === 1 ? index : Math.floor(index / columns);
      users[kept] = ids.numberOf(cells[r][index - r * columns] as string | number);
      days[kept] = day;
      kept++;
    }
    return { users, days, userCount: ids.count };
  }

  private countBetween(from: number, to: number): number {
    let count = 0;
    for (let i = 0; i < this.dayOfCell.length; i++) {
      const day = this.dayOfCell[i];
      if (day !== NO_EVENT && day >= from && day <= to) count++;
    }
    return count;
  }
}

/**
 * Reads two same-sized ranges of user ids and dates into an Activity, days counted in
 * `timeZone`. A row is kept when both cells are filled; the date is read only for rows with a
 * user. Problems are thrown in row order, a row's user before its date. Day/month date text
 * is read in the order the dates' own values prove, else `dateReading`'s order, else its locale
 * (the report passes the mapping's; custom functions the spreadsheet's).
 * @throws `MAU: users and dates must be the same size, not 3×1 and 2×1`; a bad user id or date
 *   with its place (`MAU: TRUE is not a user id (row 2 of users)`); `MAU: no users with dates in the ranges`.
 */
export function readActivity(fn: string, users: RangeArg, dates: RangeArg, timeZone: string, dateReading?: DateReading): Activity {
  // Each row's width is checked as it is read, one walk over the rows instead of three. Before
  // any problem is reported, checkShapes throws what checking every row first would have
  // (rangeOf on users, on dates, then requireSameSize), so the error is the same as before.
  const checkShapes = () =>
    requireSameSize(fn, [{ name: 'users', range: rangeOf(fn, users, 'users') }, { name: 'dates', range: rangeOf(fn, dates, 'dates') }]);
  const userRange = rangeForScan(users);
  const dateRange = rangeForScan(dates);
  if (dateRange.rows !== userRange.rows || dateRange.columns !== userRange.columns) checkShapes();
  try {
    return readEvents(fn, userRange, dateRange, timeZone, checkShapes, dateReading);
  } catch (error) {
    checkShapes();
    throw error;
  }
}

/** readActivity's loop over two ranges of the same size whose rows are not checked yet. */
function readEvents(fn: string, userRange: Range, dateRange: Range, timeZone: string, checkShapes: () => void, dateReading?: DateReading): Activity {
  const { rows, columns } = userRange;
  const toInstant = wallClockIn(timeZone);
  const readDateHere = rangeDateReader(dateRange, toInstant, 'dates', dateReading);
  const localDays = LocalDays.in(timeZone);
  const dayOfCell = new Int32Array(rows * columns).fill(NO_EVENT);
  let size = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let r = 0; r < rows; r++) {
    const userRow = userRange.cells[r];
    const dateRow = dateRange.cells[r];
    if (!Array.isArray(userRow) || userRow.length !== columns || !Array.isArray(dateRow) || dateRow.length !== columns) checkShapes();
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      const userCell = userRow[c];
      // The usual id (text starting with a letter or digit) is checked here without a call.
      const first = typeof userCell === 'string' ? userCell.charCodeAt(0) : 0;
      if (!(first > 32 && first < 127 && first !== 35) && readAt(fn, readUserCell, userCell, index, userRange, 'users') === 0) continue;
      const dateCell = dateRow[c];
      const instant = dateCell instanceof Date ? dateCell.getTime() : readAt(fn, readDateHere, dateCell, index, dateRange, 'dates');
      if (!(instant >= MIN_MS && instant <= MAX_MS)) {
        if (dateCell instanceof Date) readAt(fn, readDateHere, dateCell, index, dateRange, 'dates'); // an invalid or out-of-range Date: say so
        continue;
      }
      const day = dateCell instanceof Date ? localDays.ofDate(dateCell) : localDays.of(instant);
      dayOfCell[index] = day;
      size++;
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
  }
  if (size === 0) throw failCall(fn, activityTexts.noActivity());
  return new Activity(userRange, dayOfCell, size, firstDay, lastDay);
}
