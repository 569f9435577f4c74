import type { CellPlace } from '../cells/types';
import { columnIndex, columnLetter } from '../mapping/text';

/**
 * The sheet cell behind a bad value's place in a range argument, read from the formula text:
 * `=NPS('Form Responses 1'!C2:C)` with the 12th row of the range → `'Form Responses 1'!C13`.
 * A custom function receives values, not addresses, so this is the only way to name the cell.
 * Gives up (undefined) unless the formula calls `fn` exactly once and that argument is a plain
 * A1 reference. Cost O(formula length).
 */
export function cellOfPlace(formula: string, formulaSheet: string, fn: string, argIndex: number, place: CellPlace): string | undefined {
  const args = callArguments(formula, fn);
  const ref = args?.[argIndex] !== undefined ? parseReference(args[argIndex]) : undefined;
  if (!ref) return undefined;
  const cell = `${columnLetter(ref.column - 1 + place.column - 1)}${ref.row + place.row - 1}`;
  return ref.sheet !== undefined && ref.sheet !== formulaSheet ? `${quoteSheet(ref.sheet)}!${cell}` : cell;
}

/** The argument texts of the only call to `fn` in the formula; undefined if it is called zero or several times. */
export function callArguments(formula: string, fn: string): string[] | undefined {
  const starts: number[] = [];
  const name = fn.toUpperCase();
  let quote: string | null = null;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (formula.slice(i, i + name.length).toUpperCase() === name && !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? '') && /^\s*\(/.test(formula.slice(i + name.length))) {
      starts.push(formula.indexOf('(', i + name.length) + 1);
    }
  }
  if (starts.length !== 1) return undefined;
  const args: string[] = [];
  let depth = 0;
  let from = starts[0];
  quote = null;
  for (let i = from; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === ')') {
      args.push(formula.slice(from, i).trim());
      return args;
    } else if ((ch === ',' || ch === ';') && depth === 0) {
      // Locales with a decimal comma separate arguments with semicolons.
      args.push(formula.slice(from, i).trim());
      from = i + 1;
    }
  }
  return undefined;
}

const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?\$?([A-Za-z]{1,3})\$?(\d*)(?::\$?([A-Za-z]{1,3})?\$?(\d*))?$/;

/**
 * A plain A1 reference's sheet (if named) and top-left cell (1-based; an open column starts at row 1).
 * A reference read through CX_DATES (`CX_DATES('S'!A2:A, "dmy")`, as the dashboard writes date
 * columns) is that reference: CX_DATES keeps every cell in its place.
 */
export function parseReference(text: string): { sheet?: string; column: number; row: number } | undefined {
  const inner = /^CX_DATES\s*\(/i.test(text) ? callArguments(text, 'CX_DATES')?.[0] : undefined;
  const m = REFERENCE.exec(inner ?? text);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, column: columnIndex(m[3].toUpperCase()) + 1, row: m[4] ? Number(m[4]) : 1 };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
