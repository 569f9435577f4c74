/**
 * The array functions the dashboard's selector-driven formulas use, each as Sheets documents it:
 * - FILTER(range, condition1, [condition2, …]) https://support.google.com/docs/answer/3093197
 *   rows (or columns) of range where every condition is true (TRUE or a non-zero number);
 *   conditions are one column (row) as long as range, else #VALUE! "FILTER has mismatched range
 *   sizes…"; no match is #N/A "No matches are found in FILTER evaluation."
 * - UNIQUE(range) https://support.google.com/docs/answer/10522653 rows in order of first
 *   appearance, duplicates dropped (exact, case-sensitive comparison).
 * - SORT(range, [sort_column], [is_ascending]) https://support.google.com/docs/answer/3093150
 *   numbers before text, text case-insensitively, blanks last.
 * - MEDIAN(value1, …) https://support.google.com/docs/answer/3094025 numbers only (text and
 *   blanks in ranges ignored); none is #NUM! "MEDIAN has no valid input data."
 * - VLOOKUP(search_key, range, index, [is_sorted]) https://support.google.com/docs/answer/3093318
 *   exact match (is_sorted FALSE), text case-insensitively; not found is #N/A.
 * - DATE(year, month, day) https://support.google.com/docs/answer/3092969 and
 *   EDATE(start_date, months) https://support.google.com/docs/answer/3092974, as dates.
 * Condition arguments of FILTER are evaluated as arrays (the engine broadcasts comparisons and
 * arithmetic over ranges there), as Sheets does inside FILTER without ARRAYFORMULA.
 */
import { dateToSerial, fromZonedParts, scriptValue, serialToDate, zonedParts } from '../format';
import type { BuiltinContext, BuiltinEntry } from './builtins';
import { FormulaError, RangeValue, isError, scalar, toBoolean, toNumber, toText, type Value } from './values';

const rowsOf = (v: Value): unknown[][] => (v instanceof RangeValue ? v.rows : Array.isArray(v) ? (v as unknown[][]) : [[v]]);

function numbersOf(args: Value[], ctx: BuiltinContext, fn: string): number[] | FormulaError {
  const out: number[] = [];
  let position = 0;
  for (const arg of args) {
    position += 1;
    if (arg instanceof RangeValue || Array.isArray(arg)) {
      for (const row of rowsOf(arg))
        for (const v of row) {
          if (isError(v)) return v;
          if (typeof v === 'number') out.push(v);
          else if (v instanceof Date) out.push(dateToSerial(v, ctx.timeZone));
        }
    } else {
      const n = toNumber(arg, fn, position, ctx.timeZone);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

/**
 * A cell a function picks out of a range keeps what its format makes it: a number under a date,
 * time or duration format stays a date (Sheets tracks whether a value "was interpreted as a
 * date" through formulas: https://support.google.com/docs/answer/3094220), so FILTER, UNIQUE and
 * SORT of date cells give dates, which a custom function then receives as Date objects.
 */
function typedRows(v: Value, rows: unknown[][], ctx: BuiltinContext, keep?: (i: number) => boolean): unknown[][] {
  const formatOf = v instanceof RangeValue ? v.formatOf : undefined;
  const out: unknown[][] = [];
  rows.forEach((row, i) => {
    if (keep && !keep(i)) return;
    out.push(formatOf ? row.map((x, j) => scriptValue(x, formatOf(i, j), ctx.timeZone)) : row);
  });
  return out;
}

const truthy = (v: unknown): boolean => v === true || (typeof v === 'number' && v !== 0) || (v instanceof Date);

function filter(args: Value[], ctx: BuiltinContext): Value {
  if (args.length < 2) return new FormulaError('#N/A', `Wrong number of arguments to FILTER. Expected at least 2 arguments, but got ${args.length} arguments.`);
  const range = rowsOf(args[0]);
  const height = range.length;
  const width = height ? range[0].length : 0;
  const conditions = args.slice(1).map(rowsOf);
  const byRows = conditions.every((c) => c.length === height && c.every((r) => r.length === 1));
  const byColumns = !byRows && conditions.every((c) => c.length === 1 && c[0].length === width);
  if (!byRows && !byColumns) {
    const c = conditions.find((x) => x.length !== height || x.some((r) => r.length !== 1)) ?? conditions[0];
    return new FormulaError('#VALUE!', `FILTER has mismatched range sizes. Expected row count: ${height}. column count: 1. Actual row count: ${c.length}, column count: ${c[0]?.length ?? 0}.`);
  }
  for (const c of conditions) for (const row of c) for (const v of row) if (isError(v)) return v;
  let out: unknown[][];
  if (byRows) out = typedRows(args[0], range, ctx, (i) => conditions.every((c) => truthy(c[i][0])));
  else {
    const keep = Array.from({ length: width }, (_, j) => conditions.every((c) => truthy(c[0][j])));
    out = typedRows(args[0], range, ctx).map((row) => row.filter((_, j) => keep[j]));
    if (out[0]?.length === 0) out = [];
  }
  if (out.length === 0) return new FormulaError('#N/A', 'No matches are found in FILTER evaluation.');
  return new RangeValue(out, false);
}

/** Same cell for UNIQUE: same type and value (dates by instant). */
const cellKey = (v: unknown) => (v instanceof Date ? `d${v.getTime()}` : `${typeof v}:${String(v)}`);

function compareCells(a: unknown, b: unknown, timeZone: string): number {
  const rank = (v: unknown) => (v === '' ? 3 : typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'string' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) {
    const na = a instanceof Date ? dateToSerial(a, timeZone) : (a as number);
    const nb = b instanceof Date ? dateToSerial(b, timeZone) : (b as number);
    return na - nb;
  }
  if (ra === 1) {
    const x = (a as string).toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

const asDate = (serial: number, ctx: BuiltinContext) => serialToDate(serial, ctx.timeZone);

export const ARRAY_BUILTINS: Record<string, BuiltinEntry> = {
  // https://support.google.com/docs/answer/3093292 ROWS(range): the number of rows.
  ROWS: { fn: (args) => (isError(args[0]) ? args[0] : rowsOf(args[0]).length) },
  FILTER: { arrayArgs: true, fn: (args, ctx) => filter(args, ctx) },
  UNIQUE: {
    fn: (args, ctx) => {
      const seen = new Set<string>();
      const out: unknown[][] = [];
      for (const row of typedRows(args[0], rowsOf(args[0]), ctx)) {
        const k = row.map(cellKey).join('\u0001');
        if (!seen.has(k)) {
          seen.add(k);
          out.push(row);
        }
      }
      return new RangeValue(out, false);
    },
  },
  SORT: {
    fn: (args, ctx) => {
      const rows = typedRows(args[0], rowsOf(args[0]), ctx);
      const column = args.length > 1 ? toNumber(args[1], 'SORT', 2, ctx.timeZone) : 1;
      if (isError(column)) return column;
      const ascending = args.length > 2 ? toBoolean(args[2], 'SORT', 3, ctx.timeZone) : true;
      if (isError(ascending)) return ascending;
      if (rows.length && (column < 1 || column > rows[0].length)) return new FormulaError('#VALUE!', `SORT has an invalid sort column: ${column}.`);
      rows.sort((a, b) => {
        const c = compareCells(a[column - 1], b[column - 1], ctx.timeZone);
        // Blanks go last whichever the order.
        if (a[column - 1] === '' || b[column - 1] === '') return c;
        return ascending ? c : -c;
      });
      return new RangeValue(rows, false);
    },
  },
  MEDIAN: {
    fn: (args, ctx) => {
      const ns = numbersOf(args, ctx, 'MEDIAN');
      if (isError(ns)) return ns;
      if (ns.length === 0) return new FormulaError('#NUM!', 'MEDIAN has no valid input data.');
      const sorted = [...ns].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    },
  },
  VLOOKUP: {
    fn: (args, ctx) => {
      const key = scalar(args[0]);
      if (isError(key)) return key;
      const rows = rowsOf(args[1]);
      const index = toNumber(args[2], 'VLOOKUP', 3, ctx.timeZone);
      if (isError(index)) return index;
      if (rows.length && (index < 1 || index > rows[0].length)) {
        return new FormulaError('#REF!', `VLOOKUP evaluates to an out of bounds range.`);
      }
      const same = (v: unknown) =>
        typeof key === 'string' && typeof v === 'string' ? key.toLowerCase() === v.toLowerCase() : compareCells(key, v, ctx.timeZone) === 0 && typeof key === typeof v;
      const hit = rows.find((row) => same(row[0]) || (key instanceof Date && row[0] instanceof Date && key.getTime() === row[0].getTime()));
      if (!hit) return new FormulaError('#N/A', `Did not find value '${String(toText(key))}' in VLOOKUP evaluation.`);
      return hit[index - 1];
    },
  },
  DATE: {
    fn: (args, ctx) => {
      const parts = [0, 1, 2].map((i) => toNumber(args[i], 'DATE', i + 1, ctx.timeZone));
      const bad = parts.find(isError);
      if (bad) return bad;
      const [y, m, d] = (parts as number[]).map(Math.trunc);
      // Months and days overflow into the next year/month, as in Sheets (DATE(2026, 13, 1) = 2027-01-01).
      const utc = Date.UTC(y < 1900 ? y + 1900 : y, m - 1, d);
      const day = new Date(utc);
      return fromZonedParts({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0, second: 0 }, ctx.timeZone);
    },
  },
  EDATE: {
    fn: (args, ctx) => {
      const start = toNumber(args[0], 'EDATE', 1, ctx.timeZone);
      if (isError(start)) return start;
      const months = toNumber(args[1], 'EDATE', 2, ctx.timeZone);
      if (isError(months)) return months;
      const p = zonedParts(asDate(Math.floor(start), ctx), ctx.timeZone);
      const total = p.year * 12 + (p.month - 1) + Math.trunc(months);
      const year = Math.floor(total / 12);
      const month = (total % 12) + 1;
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return fromZonedParts({ year, month, day: Math.min(p.day, last), hour: 0, minute: 0, second: 0 }, ctx.timeZone);
    },
  },
};
