/**
 * Section 2: the in-sheet activity functions (=DAU, =WAU, =MAU, =STICKINESS, =ACTIVITY_CHURN,
 * =CX_COHORT, =CX_TREND by month) on an activity log as Sheets passes it (2-D arrays of user ids,
 * Date cells and NPS answers), against
 *  - the physical limit in V8: a bare Map/Set loop over the same 2-D arrays, with only the
 *    typeof/instanceof checks, no validation or messages (target ≤ 1.5×);
 *  - what a Sheets user would type instead (COUNTUNIQUE(FILTER(…)), COUNTIFS per month), as
 *    recalculated by HyperFormula after one edit (target ≤ 0.05×).
 * DuckDB is no yardstick here: nobody can run it inside a formula (it stays the CLI's, cli.ts).
 *
 * The bench zone (Asia/Ho_Chi_Minh) has no daylight saving, so the bare loops may use a fixed
 * UTC+7 offset for local days; the functions handle any zone. Each bare loop's answer is checked
 * against the function's before timing, so both measure the same thing, and each checks every
 * row's user as the functions must (lastActiveDay), not only the window's.
 */
import { ACTIVITY_CHURN, CX_COHORT, CX_TREND, DAU, MAU, STICKINESS, WAU } from '../../src/functions/index';
import { withSheetEnv } from '../../src/functions/env';
import { activityEvents, TIME_ZONE, type Column, type Events } from './data';
import { row, timeMs, type BenchRow } from './measure';
import { recalculationMs, type Recalculation, type SheetCell } from './native-formula';

export const ACTIVITY_SIZES = [100_000, 1_000_000] as const;
const TIMING = { warmup: 5, warmupMs: 300, reps: 7, minSampleMs: 20 };
/** Users are a tenth of the events. */
const USERS_PER_EVENT = 0.1;
/** HyperFormula builds a dependency graph per cell: about 1 GB at 10^5 events × 3 columns. */
export const NATIVE_MAX_EVENTS = 100_000;

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const dayOf = (ms: number) => Math.floor((ms + OFFSET_MS) / DAY_MS);
const dayStartMs = (day: number) => day * DAY_MS - OFFSET_MS;
/** Month number (year·12 + month) of a local day. */
const monthOfDay = (day: number) => {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthStartDay = (month: number) => Math.round(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS);

function firstDay(events: Events): number {
  let min = Infinity;
  for (const ms of events.flat.epochMs) if (ms < min) min = ms;
  return dayOf(min);
}

function lastDay(dates: Column): number {
  let max = -Infinity;
  for (let r = 0; r < dates.length; r++) {
    const d = dates[r][0];
    if (d instanceof Date && d.getTime() > max) max = d.getTime();
  }
  return dayOf(max);
}

/**
 * The latest day of the log's events, doing the job its functions must do on every row, not only
 * the window's: a row counts only with a user (a blank user leaves the row out, whatever its
 * date), and a user cell that is no id (a Sheets error such as #REF!) fails the call wherever it
 * is. A loop that read the dates alone measured less than any correct function can do.
 */
function lastActiveDay(events: Events): number {
  let max = -Infinity;
  for (let r = 0; r < events.dates.length; r++) {
    const user = events.users[r][0];
    if (user === '') continue;
    if (typeof user !== 'string' || user.charCodeAt(0) === 35) throw new Error(`bench: row ${r + 1} holds no user id`);
    const d = events.dates[r][0];
    if (d instanceof Date && d.getTime() > max) max = d.getTime();
  }
  return dayOf(max);
}

/** Distinct users in the `days` days ending on the latest day. */
function bareWindow(events: Events, days: number): number {
  const last = lastActiveDay(events);
  const from = dayStartMs(last - days + 1);
  const to = dayStartMs(last + 1);
  const seen = new Set<unknown>();
  for (let r = 0; r < events.dates.length; r++) {
    const d = events.dates[r][0];
    if (!(d instanceof Date)) continue;
    const t = d.getTime();
    if (t >= from && t < to) seen.add(events.users[r][0]);
  }
  return seen.size;
}

function bareStickiness(events: Events): number {
  const last = lastActiveDay(events);
  const first = last - 29;
  const from = dayStartMs(first);
  const masks = new Map<unknown, number>();
  for (let r = 0; r < events.dates.length; r++) {
    const d = events.dates[r][0];
    if (!(d instanceof Date)) continue;
    const offset = Math.floor((d.getTime() - from) / DAY_MS);
    if (offset < 0 || offset >= 30) continue;
    const user = events.users[r][0];
    masks.set(user, (masks.get(user) ?? 0) | (1 << offset));
  }
  let userDays = 0;
  for (let mask of masks.values()) for (; mask; mask &= mask - 1) userDays++;
  return (100 * (userDays / 30)) / masks.size;
}

/** The latest month that has ended by the latest day. */
function latestCompleteMonth(events: Events): number {
  const last = lastActiveDay(events);
  return monthOfDay(last + 1) !== monthOfDay(last) ? monthOfDay(last) : monthOfDay(last) - 1;
}

function bareActivityChurn(events: Events): number {
  const month = latestCompleteMonth(events);
  const from = dayStartMs(monthStartDay(month - 1));
  const start = dayStartMs(monthStartDay(month));
  const to = dayStartMs(monthStartDay(month + 1));
  const seen = new Map<unknown, number>();
  for (let r = 0; r < events.dates.length; r++) {
    const d = events.dates[r][0];
    if (!(d instanceof Date)) continue;
    const t = d.getTime();
    if (t < from || t >= to) continue;
    const user = events.users[r][0];
    seen.set(user, (seen.get(user) ?? 0) | (t < start ? 1 : 2));
  }
  let before = 0;
  let gone = 0;
  for (const bits of seen.values()) {
    if (!(bits & 1)) continue;
    before++;
    if (!(bits & 2)) gone++;
  }
  return (100 * gone) / before;
}

/** Month slot (0 = the first month) of each local day from `first` to `last`: a table lookup per event. */
function monthSlots(first: number, last: number): Int32Array {
  const slots = new Int32Array(last - first + 1);
  const firstMonth = monthOfDay(first);
  for (let day = first; day <= last; day++) slots[day - first] = monthOfDay(day) - firstMonth;
  return slots;
}

/** Per user: a bit per month active (the log spans ≤ 31 months), then the table. */
function bareCohorts(events: Events): number[] {
  const first = firstDay(events);
  const last = lastActiveDay(events);
  const slots = monthSlots(first, last);
  const months = slots[slots.length - 1] + 1;
  const masks = new Map<unknown, number>();
  for (let r = 0; r < events.dates.length; r++) {
    const d = events.dates[r][0];
    if (!(d instanceof Date)) continue;
    const user = events.users[r][0];
    masks.set(user, (masks.get(user) ?? 0) | (1 << slots[dayOf(d.getTime()) - first]));
  }
  const size = new Array<number>(months).fill(0);
  const active = Array.from({ length: months }, () => new Array<number>(12).fill(0));
  for (const mask of masks.values()) {
    const cohort = 31 - Math.clz32(mask & -mask);
    size[cohort]++;
    for (let k = 0; k < 12 && cohort + k < months; k++) if (mask & (1 << (cohort + k))) active[cohort][k]++;
  }
  // An empty cohort has a size (0) and blank cells.
  return size.flatMap((n, c) => [n, ...(n === 0 ? [] : active[c].filter((_, k) => c + k < months).map((a) => (100 * a) / n))]);
}

/** NPS by month from the first month with data to the last: n and value per month. */
function bareTrend(events: Events): number[] {
  const first = firstDay(events);
  const slots = monthSlots(first, lastDay(events.dates));
  const months = slots[slots.length - 1] + 1;
  const promoters = new Int32Array(months), detractors = new Int32Array(months), n = new Int32Array(months);
  for (let r = 0; r < events.dates.length; r++) {
    const d = events.dates[r][0];
    const v = events.scores[r][0];
    if (!(d instanceof Date) || typeof v !== 'number') continue;
    const m = slots[dayOf(d.getTime()) - first];
    n[m]++;
    if (v >= 9) promoters[m]++;
    else if (v <= 6) detractors[m]++;
  }
  return Array.from(n).flatMap((count, m) => [count, (100 * (promoters[m] - detractors[m])) / count]);
}

interface ActivityFunction {
  label: string;
  ours(events: Events): number[];
  bare(events: Events): number[];
  /** What a Sheets user would type (HyperFormula), when there is a formula that is not quadratic. */
  native?(events: Events, ours: number[]): Omit<Recalculation, 'sheet' | 'edit'> & { edit?: Recalculation['edit'] };
}

const numbers = (table: (Date | number | string)[][], from: number) => table.flatMap((r) => r.slice(from).filter((v): v is number => typeof v === 'number'));

/** Columns of the native sheet: A users, B local date serials, C NPS answers; formulas from E. */
const N = (events: Events) => events.users.length + 1;
const users = (events: Events) => `A2:A${N(events)}`;
const dates = (events: Events) => `B2:B${N(events)}`;
const scores = (events: Events) => `C2:C${N(events)}`;
const SERIAL_EPOCH = 25_569; // 1970-01-01 as a Sheets date serial
const serialOfDay = (day: number) => day + SERIAL_EPOCH;

const windowFormula = (days: number) => (e: Events, ours: number[]) => ({
  formulas: [{ at: { row: 0, col: 4 }, formula: `=COUNTUNIQUE(FILTER(${users(e)}, ${dates(e)}>=INT(MAX(${dates(e)}))-${days - 1}))` }],
  expected: [{ at: { row: 0, col: 4 }, value: ours[0] }],
});

const ACTIVITY_FUNCTIONS: ActivityFunction[] = [
  { label: '=DAU(A2:A, B2:B)', ours: (e) => [DAU(e.users, e.dates)], bare: (e) => [bareWindow(e, 1)], native: windowFormula(1) },
  { label: '=WAU(A2:A, B2:B)', ours: (e) => [WAU(e.users, e.dates)], bare: (e) => [bareWindow(e, 7)], native: windowFormula(7) },
  { label: '=MAU(A2:A, B2:B)', ours: (e) => [MAU(e.users, e.dates)], bare: (e) => [bareWindow(e, 30)], native: windowFormula(30) },
  {
    label: '=STICKINESS(A2:A, B2:B)',
    ours: (e) => [STICKINESS(e.users, e.dates)],
    bare: (e) => [bareStickiness(e)],
    // A helper column of 30 daily counts, then their average over the month's count.
    native: (e, ours) => ({
      formulas: [
        ...Array.from({ length: 30 }, (_, k) => ({ at: { row: k, col: 5 }, formula: `=COUNTUNIQUE(FILTER(${users(e)}, INT(${dates(e)})=INT(MAX(${dates(e)}))-${29 - k}))` })),
        { at: { row: 0, col: 4 }, formula: `=100*AVERAGE(F1:F30)/COUNTUNIQUE(FILTER(${users(e)}, ${dates(e)}>=INT(MAX(${dates(e)}))-29))` },
      ],
      expected: [{ at: { row: 0, col: 4 }, value: ours[0] }],
    }),
  },
  {
    label: '=ACTIVITY_CHURN(A2:A, B2:B, "month")',
    ours: (e) => [ACTIVITY_CHURN(e.users, e.dates, 'month')],
    bare: (e) => [bareActivityChurn(e)],
    // |before \ now| = |before ∪ now| − |now|, each a COUNTUNIQUE(FILTER(…)) between month starts typed in cells.
    native: (e, ours) => {
      const month = latestCompleteMonth(e);
      const [before, start, end] = [month - 1, month, month + 1].map((m) => serialOfDay(monthStartDay(m)));
      const between = (from: number, to: number) => `COUNTUNIQUE(FILTER(${users(e)}, ${dates(e)}>=${from}, ${dates(e)}<${to}))`;
      return {
        formulas: [{ at: { row: 0, col: 4 }, formula: `=100*(${between(before, end)}-${between(start, end)})/${between(before, start)}` }],
        expected: [{ at: { row: 0, col: 4 }, value: ours[0] }],
      };
    },
  },
  // No formula for cohorts: a user's first month needs MINIFS per row, quadratic in the events.
  { label: '=CX_COHORT(A2:A, B2:B, "month")', ours: (e) => numbers(CX_COHORT(e.users, e.dates, 'month'), 1), bare: bareCohorts },
  {
    label: '=CX_TREND("NPS", C2:C, B2:B, "month")',
    ours: (e) => numbers(CX_TREND('NPS', e.scores, e.dates, 'month'), 1),
    bare: bareTrend,
    // One row per month: its start in G, NPS from COUNTIFS in H.
    native: (e, ours) => {
      const months = ours.length / 2;
      const first = monthOfDay(firstDay(e));
      const starts = Array.from({ length: months + 1 }, (_, i) => ({ at: { row: i, col: 6 }, formula: String(serialOfDay(monthStartDay(first + i))) }));
      const inMonth = (i: number) => `${dates(e)},">="&G${i + 1},${dates(e)},"<"&G${i + 2}`;
      const formulas = Array.from({ length: months }, (_, i) => ({
        at: { row: i, col: 7 },
        formula: `=(COUNTIFS(${inMonth(i)},${scores(e)},">=9")-COUNTIFS(${inMonth(i)},${scores(e)},"<=6"))/COUNTIFS(${inMonth(i)},${scores(e)},">=0")*100`,
      }));
      // A promoter's answer edited 9 ↔ 10: every month's formula recomputes, the values stay.
      const promoter = e.scores.findIndex(([s]) => s === 9) + 1;
      return { formulas: [...starts, ...formulas], expected: formulas.map((f, i) => ({ at: f.at, value: ours[2 * i + 1] })), edit: { at: { row: promoter, col: 2 }, values: [10, 9] } };
    },
  },
];

function sameValues(label: string, ours: number[], bare: number[]): void {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (ours.length !== bare.length || ours.some((v, i) => !close(v, bare[i]))) {
    throw new Error(`bench: ${label} gives [${ours.slice(0, 6).join(', ')}…] (${ours.length}) but the bare loop [${bare.slice(0, 6).join(', ')}…] (${bare.length}): they do not measure the same thing`);
  }
}

/** The events as a sheet: header row, then users, local date serials and scores (blank cells null). */
function nativeSheet(events: Events): SheetCell[][] {
  const sheet: SheetCell[][] = [['User', 'Date', 'Score']];
  for (let r = 0; r < events.users.length; r++) {
    const d = events.dates[r][0];
    const s = events.scores[r][0];
    sheet.push([
      events.users[r][0] === '' ? null : (events.users[r][0] as string),
      d instanceof Date ? (d.getTime() + OFFSET_MS) / DAY_MS + SERIAL_EPOCH : null,
      typeof s === 'number' ? s : null,
    ]);
  }
  return sheet;
}

export interface ActivityOptions {
  notes: string[];
  /** Largest log HyperFormula recalculates (default NATIVE_MAX_EVENTS). */
  nativeMaxEvents?: number;
  sizes?: readonly number[];
}

export function activityRows({ notes, nativeMaxEvents = NATIVE_MAX_EVENTS, sizes = ACTIVITY_SIZES }: ActivityOptions): BenchRow[] {
  const rows: BenchRow[] = [];
  withSheetEnv({ timeZone: TIME_ZONE, locale: 'en_US' }, () => {
    for (const size of sizes) {
      const events = activityEvents(size, Math.round(size * USERS_PER_EVENT));
      const sheet = size <= nativeMaxEvents ? nativeSheet(events) : undefined;
      // An old row, outside every window, edited between two users of the log: the answers stay.
      const editRow = events.users.findIndex(([u]) => u !== '') + 1;
      for (const fn of ACTIVITY_FUNCTIONS) {
        const ours = fn.ours(events);
        sameValues(fn.label, ours, fn.bare(events));
        // Enough warm-up calls for V8 to have optimized both (two calls of 5 ms left ours half-compiled at 10^5).
        const oursMs = timeMs(() => fn.ours(events), TIMING);
        const bareMs = timeMs(() => fn.bare(events), TIMING);
        rows.push(row(fn.label, size, oursMs, 'bare Map/Set loop', bareMs, 1.5));
        if (!sheet || !fn.native) {
          if (size <= nativeMaxEvents) notes.push(`${fn.label}: no native formula (a first month per user needs MINIFS per row, quadratic in the events)`);
          continue;
        }
        const native = fn.native(events, ours);
        const ms = recalculationMs(`${fn.label} over ${size.toLocaleString('en-US')} events`, { sheet, edit: { at: { row: editRow, col: 0 }, values: ['U000000', 'U000001'] }, ...native, reps: 3 }, notes);
        if (ms !== undefined) rows.push(row(fn.label, size, oursMs, 'HyperFormula COUNTUNIQUE(FILTER)/COUNTIFS', ms, 0.05));
      }
      if (size > nativeMaxEvents) notes.push(`activity at ${size.toLocaleString('en-US')} events: no HyperFormula rows (above ${nativeMaxEvents.toLocaleString('en-US')} events it needs several GB)`);
    }
  });
  return rows;
}
