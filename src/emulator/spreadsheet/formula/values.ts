/**
 * Values a formula computes with: scalars as cells hold them, errors that read back as
 * `#ERROR!`/`#REF!`/..., and ranges as rows of cells.
 */
import { dateToSerial } from '../format';

/** An error value in a cell: `code` is what getValue() returns, `message` what Sheets shows on hover. */
export class FormulaError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

/** A referenced range during evaluation; `single` when the reference names one cell. */
export class RangeValue {
  constructor(
    readonly rows: unknown[][],
    readonly single: boolean,
    /** Each cell's number format by its place in the block (absent when no cell has one). */
    readonly formatOf?: (i: number, j: number) => string | undefined,
  ) {}
}

export type Value = unknown;

export const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;

/** Every cell of the arguments, ranges flattened row by row. */
export function* cellsOf(args: Value[]): Generator<{ value: Value; fromRange: boolean }> {
  for (const arg of args) {
    if (arg instanceof RangeValue) for (const row of arg.rows) for (const v of row) yield { value: v, fromRange: true };
    else yield { value: arg, fromRange: false };
  }
}

/** A range argument used where one value is expected: its only cell, else #VALUE!. */
export function scalar(v: Value): Value {
  if (!(v instanceof RangeValue)) return v;
  if (v.rows.length === 1 && v.rows[0].length === 1) return v.rows[0][0];
  return new FormulaError('#VALUE!', 'An array value could not be found.');
}

/** Number coercion as Sheets does for direct arguments; FormulaError when it cannot. */
export function toNumber(v: Value, fn: string, position: number, timeZone: string): number | FormulaError {
  const s = scalar(v);
  if (isError(s)) return s;
  if (typeof s === 'number') return s;
  if (typeof s === 'boolean') return s ? 1 : 0;
  if (s === '' || s === null || s === undefined) return 0;
  if (s instanceof Date) return dateToSerial(s, timeZone);
  if (typeof s === 'string' && s.trim() !== '' && Number.isFinite(Number(s))) return Number(s);
  return new FormulaError(
    '#VALUE!',
    `Function ${fn} parameter ${position} expects number values. But '${String(s)}' is a text and cannot be coerced to a number.`,
  );
}

export function toText(v: Value): string | FormulaError {
  const s = scalar(v);
  if (isError(s)) return s;
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  if (s instanceof Date) return s.toISOString();
  return s === null || s === undefined ? '' : String(s);
}

export function toBoolean(v: Value, fn: string, position: number, timeZone: string): boolean | FormulaError {
  const s = scalar(v);
  if (isError(s)) return s;
  if (typeof s === 'boolean') return s;
  if (typeof s === 'string' && /^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  const n = toNumber(s, fn, position, timeZone);
  return isError(n) ? n : n !== 0;
}
