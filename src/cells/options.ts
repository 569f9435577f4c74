import { labelTableOf, type LabelTable } from './labels';
import { numberInText } from './read';
import { callTexts, failCall } from './messages';
import type { Cell } from './types';

/**
 * Optional and scalar arguments of custom functions (a scale, a threshold, a method, a count),
 * validated like the data: a bad one is an error that names the argument, e.g.
 * `CSAT: scale must be 3, 5, 7 or 10, not 4`.
 */

/** Sheets passes an omitted argument as undefined; an empty cell reference as '' or null. */
export function isOmitted(arg: unknown): boolean {
  return arg === undefined || arg === null || (typeof arg === 'string' && arg.trim() === '');
}

/**
 * Whether an argument that picks a function's form (FCR's total, ART's resolved) was left out.
 * Stricter than isOmitted: a reference to an empty cell still picks the second form.
 */
export function isNotGiven(arg: unknown): boolean {
  return arg === undefined || arg === null;
}

/** The one value of a scalar argument; a 1×1 range is its cell, a larger range is an error. */
export function singleValue(fn: string, arg: unknown, argName: string): Cell {
  let value = arg;
  while (Array.isArray(value)) {
    if (value.length !== 1) throw failCall(fn, callTexts.optionMustBeOne(argName));
    value = value[0];
  }
  return value;
}

/** A number or numeric text as a number; NaN for anything else. */
export function numberOf(value: Cell): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value === 'string') return numberInText(value);
  return NaN;
}

/** One of a few allowed numbers, or `fallback` when omitted. */
export function numberChoice<T extends number>(fn: string, arg: unknown, argName: string, allowed: readonly T[], fallback: T): T {
  const value = singleValue(fn, arg, argName);
  if (isOmitted(value)) return fallback;
  const number = numberOf(value);
  if ((allowed as readonly number[]).includes(number)) return number as T;
  const words = allowed.length === 2 ? `${allowed[0]} or ${allowed[1]}` : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  throw failCall(fn, callTexts.optionChoice(argName, words, value));
}

/** One of a few allowed words (any case), or `fallback` when omitted. */
export function wordChoice<T extends string>(fn: string, arg: unknown, argName: string, allowed: readonly T[], fallback: T): T {
  const value = singleValue(fn, arg, argName);
  if (isOmitted(value)) return fallback;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const match = allowed.find((a) => a === word);
  if (match !== undefined) return match;
  const words = allowed.map((a) => `"${a}"`);
  const listed = `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
  throw failCall(fn, callTexts.optionChoice(argName, listed, value));
}

/** A whole number from `low` to `high`, or `fallback` when omitted. */
export function wholeInRange(fn: string, arg: unknown, argName: string, low: number, high: number, fallback: number): number {
  const value = singleValue(fn, arg, argName);
  if (isOmitted(value)) return fallback;
  const number = numberOf(value);
  if (Number.isInteger(number) && number >= low && number <= high) return number;
  throw failCall(fn, callTexts.optionRange(argName, low, high, value));
}

/** A required whole count ≥ 0 given as one value (FCR's first_count, total). */
export function wholeCount(fn: string, arg: unknown, argName: string): number {
  const value = singleValue(fn, arg, argName);
  const number = numberOf(value);
  if (Number.isInteger(number) && number >= 0) {
    // Past 2^53 whole numbers are not exact, and 100 × a count could overflow to Infinity.
    if (number > Number.MAX_SAFE_INTEGER) throw failCall(fn, callTexts.countTooLarge(argName, value));
    return number;
  }
  throw failCall(fn, callTexts.countArg(argName, value));
}

/**
 * A labels argument: the column's own answers and the score each counts as, two columns
 * (answer, score), as a range (`H2:I6`) or an array literal (`{"Tốt",4;"Rất tốt",5}`), the same
 * table the mapping saves from sidebar step 2 (metrics-spec.md 1.1). Blank rows are skipped, and
 * a first row whose score is text is its header. Undefined when omitted.
 * @example labelsArgument('CSAT', [['Tốt', 4], ['Rất tốt', 5]], 1, 5) // Map { 'tốt' → 4, 'rất tốt' → 5 }
 * @throws `CSAT: labels must be two columns, answer and score, e.g. {"Tốt",4;"Rất tốt",5}`;
 *   `CSAT: the score of "Tốt" in labels must be a whole number from 1 to 5, not 7`.
 */
export function labelsArgument(fn: string, arg: unknown, low: number, high: number): LabelTable | undefined {
  if (isOmitted(arg)) return undefined;
  const rows = Array.isArray(arg) ? (arg as unknown[]) : [arg];
  const table: Record<string, number> = {};
  rows.forEach((row, i) => {
    const [label, score, ...rest] = Array.isArray(row) ? (row as unknown[]) : [row];
    if (isOmitted(label) && isOmitted(score)) return;
    if (rest.some((x) => !isOmitted(x)) || typeof label !== 'string' || isOmitted(label)) throw failCall(fn, callTexts.labelsShape());
    const number = numberOf(score as Cell);
    if (i === 0 && typeof score === 'string' && number !== number) return;
    if (!Number.isInteger(number) || number < low || number > high) throw failCall(fn, callTexts.labelScore(label.trim(), low, high, score));
    table[label] = number;
  });
  return labelTableOf(table);
}
