import { steadyOffsetOver, wallClockIn } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { LocalDays } from '../cells/local-days';
import { cellTexts, failCall, showValue, type Text } from '../cells/messages';
import { rangeDateReader, type DateReading } from '../cells/facts';
import { isDateCell, MAX_DATE_MS, MIN_DATE_MS, SHEETS_ERRORS } from '../cells/read';
import { rangeForScan, rangeOf, readAt, requireSameSize, type CellReader, type Range } from '../cells/shape';
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

/**
 * The text a user is known by: a number as its text, text trimmed. An id that starts and ends
 * with a printable ASCII character has nothing to trim (trim removes only whitespace), so the usual
 * id is its own key without a new string.
 */
function userKey(cell: string | number): string {
  if (typeof cell === 'number') return String(cell);
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
}

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
    return this.byText.get(cell) ?? this.ofText(userKey(cell));
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

/** A day in ms; every zone's offset from UTC is less than one (tz data stays within ±15 hours). */
const DAY_MS = 86_400_000;

/**
 * An activity log whose every cell has been read and checked: the instant of each event is
 * known; its local day is taken, and its user interned, when someone asks for events
 * (`events`, `between`): =MAU(…) over a year of events takes the day of its 30 days' events only.
 */
export class Activity {
  private all: Events | undefined;

  constructor(
    private readonly userRange: Range,
    /** Instant of the event in each cell (flat index), NaN for cells left out. */
    private readonly instantOfCell: Float64Array,
    private readonly localDays: LocalDays,
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

  /**
   * How many distinct users have events on days `from` … `to` (DAU, WAU, MAU): the window's users
   * collected by their key, without interning them.
   */
  usersBetween(from: number, to: number): number {
    if (this.all) {
      const { users, days, userCount } = this.all;
      const seen = new Uint8Array(userCount);
      let count = 0;
      for (let i = 0; i < users.length; i++) {
        if (days[i] < from || days[i] > to || seen[users[i]] === 1) continue;
        seen[users[i]] = 1;
        count++;
      }
      return count;
    }
    const { cells, columns } = this.userRange;
    const instants = this.instantOfCell;
    const localDays = this.localDays;
    const seen = new Set<string>();
    const low = (from - 1) * DAY_MS;
    const high = (to + 2) * DAY_MS;
    for (let index = 0; index < instants.length; index++) {
      const instant = instants[index];
      if (!(instant >= low && instant < high)) continue;
      const day = localDays.of(instant);
      if (day < from || day > to) continue;
      const r = columns === 1 ? index : Math.floor(index / columns);
      seen.add(userKey(cells[r][index - r * columns] as string | number));
    }
    return seen.size;
  }

  private read(from: number, to: number): Events {
    const { cells, columns } = this.userRange;
    const instants = this.instantOfCell;
    const localDays = this.localDays;
    const ids = new UserIds();
    // An instant of local day d lies within a day of d's UTC day, whatever the zone's offset:
    // instants outside [from − 1, to + 2) UTC days are no events of the days asked for, and those
    // inside are checked by their local day.
    const low = (from - 1) * DAY_MS;
    const high = (to + 2) * DAY_MS;
    // The whole log is `size` events; a window grows its arrays as it finds its events.
    let users: Int32Array = new Int32Array(from === -Infinity && to === Infinity ? this.size : Math.min(this.size, 1024));
    let days: Int32Array = new Int32Array(users.length);
    let kept = 0;
    // Over the instants, touching the cells only for events in the window.
    for (let index = 0; index < instants.length; index++) {
      const instant = instants[index];
      if (!(instant >= low && instant < high)) continue;
      const day = localDays.of(instant);
      if (day < from || day > to) continue;
      if (kept === users.length) {
        users = grown(users);
        days = grown(days);
      }
      const r = columns === 1 ? index : Math.floor(index / columns);
      users[kept] = ids.numberOf(cells[r][index - r * columns] as string | number);
      days[kept] = day;
      kept++;
    }
    return { users: users.subarray(0, kept), days: days.subarray(0, kept), userCount: ids.count };
  }
}

/** The array twice as long, its values kept. */
function grown(array: Int32Array): Int32Array {
  const longer = new Int32Array(Math.max(16, array.length * 2));
  longer.set(array);
  return longer;
}

/**
 * The first and last local day of the events (instants, NaN for none) from `minMs` to `maxMs`.
 * Offsets differ by less than two days, so an instant two days before another never has a later
 * day; and where the offset holds still over the two days before the latest instant, the days
 * there follow the instants: the latest day is the latest instant's. Only where a clock changed
 * in those two days (a zone whose clock went back across midnight has an earlier instant on a
 * later day) are their instants' days compared one by one; the same for the first day.
 */
function dayRange(instants: Float64Array, minMs: number, maxMs: number, localDays: LocalDays): { firstDay: number; lastDay: number } {
  const { timeZone } = localDays;
  let firstDay = localDays.of(minMs);
  let lastDay = localDays.of(maxMs);
  const minUtcDay = Math.floor(minMs / DAY_MS);
  const maxUtcDay = Math.floor(maxMs / DAY_MS);
  const firstSteady = steadyOffsetOver(minUtcDay, minUtcDay + 2, timeZone);
  const lastSteady = steadyOffsetOver(maxUtcDay - 2, maxUtcDay, timeZone);
  if (firstSteady && lastSteady) return { firstDay, lastDay };
  for (let i = 0; i < instants.length; i++) {
    const instant = instants[i];
    if (!firstSteady && instant <= minMs + 2 * DAY_MS) firstDay = Math.min(firstDay, localDays.of(instant));
    if (!lastSteady && instant >= maxMs - 2 * DAY_MS) lastDay = Math.max(lastDay, localDays.of(instant));
  }
  return { firstDay, lastDay };
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

/**
 * The Activity of events whose instants were read already (the report reads its date column once,
 * in the column's order): `users` one cell a row, `instants` each row's event, NaN for a row not
 * used. It is the Activity readActivity gives over those rows' users and Dates (the same users in
 * the same order, the same instants), without a Date object and a row array per event; undefined
 * wherever readActivity would throw (a user cell it refuses, an instant outside the years a sheet
 * holds, no event at all), for the caller to run readActivity and say it as readActivity does.
 */
export function activityOfEvents(users: readonly Cell[], instants: Float64Array, timeZone: string): Activity | undefined {
  const own = new Float64Array(instants.length).fill(NaN);
  let size = 0;
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let i = 0; i < instants.length; i++) {
    const instant = instants[i];
    if (instant !== instant) continue;
    try {
      if (!isUserCell(users[i])) continue;
    } catch {
      return undefined;
    }
    if (!(instant >= MIN_MS && instant <= MAX_MS)) return undefined;
    own[i] = instant;
    size++;
    if (instant < minMs) minMs = instant;
    if (instant > maxMs) maxMs = instant;
  }
  if (size === 0) return undefined;
  const localDays = LocalDays.in(timeZone);
  const { firstDay, lastDay } = dayRange(own, minMs, maxMs, localDays);
  // The users as one row of cells: an event's flat index is its row.
  return new Activity({ rows: 1, columns: users.length, cells: [users] }, own, localDays, size, firstDay, lastDay);
}

/** readActivity's loop over two ranges of the same size whose rows are not checked yet. */
function readEvents(fn: string, userRange: Range, dateRange: Range, timeZone: string, checkShapes: () => void, dateReading?: DateReading): Activity {
  const { rows, columns } = userRange;
  const readDateHere = rangeDateReader(dateRange, wallClockIn(timeZone), 'dates', dateReading);
  const localDays = LocalDays.in(timeZone);
  const instantOfCell = new Float64Array(rows * columns).fill(NaN);
  const size = readInstants(fn, userRange, dateRange, readDateHere, checkShapes, instantOfCell);
  if (size === 0) throw failCall(fn, activityTexts.noActivity());
  const { firstDay, lastDay } = dayRange(instantOfCell, readMinMs, readMaxMs, localDays);
  return new Activity(userRange, instantOfCell, localDays, size, firstDay, lastDay);
}

/**
 * readEvents' loop: the instant of each row's event into `instantOfCell`, and how many there are.
 * Its earliest and latest instants are left in readMinMs and readMaxMs. A function of its own that ends with the loop: V8 compiles a long loop while it runs (on-stack
 * replacement), before the code after it has ever run, and that code then threw the compiled
 * loop away at the end of every call (a deopt per call, bench "activity").
 */
function readInstants(fn: string, userRange: Range, dateRange: Range, readDateHere: CellReader, checkShapes: () => void, instantOfCell: Float64Array): number {
  const { rows, columns } = userRange;
  let size = 0;
  let minMs = Infinity;
  let maxMs = -Infinity;
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
      instantOfCell[index] = instant;
      size++;
      if (instant < minMs) minMs = instant;
      if (instant > maxMs) maxMs = instant;
    }
  }
  readMinMs = minMs;
  readMaxMs = maxMs;
  return size;
}

/** The earliest and latest instant readInstants last read (module variables: storing them needs no type feedback). */
let readMinMs = NaN;
let readMaxMs = NaN;
