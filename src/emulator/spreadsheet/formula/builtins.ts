/**
 * The Sheets built-in functions the dashboard needs, one small entry each; add more here.
 * Behaviour follows https://support.google.com/docs/table/25273 (Google Sheets function list).
 */
import { dateToSerial, displayValue, fromZonedParts, zonedParts } from '../format';
import { ARRAY_BUILTINS } from './arrays';
import { FormulaError, RangeValue, cellsOf, isError, scalar, toBoolean, toNumber, toText, type Value } from './values';

export interface BuiltinContext {
  timeZone: string;
  locale: string;
  now(): Date;
}

/** Arguments arrive evaluated, except for lazy functions (IF, IFERROR) which get thunks. */
export type Builtin = (args: Value[], ctx: BuiltinContext) => Value;

export interface BuiltinEntry {
  fn: Builtin;
  /** Evaluate arguments lazily: the function receives zero-argument thunks. */
  lazy?: boolean;
  /** Evaluate arguments as arrays: comparisons and arithmetic over ranges give ranges (FILTER's conditions). */
  arrayArgs?: boolean;
}

function numbersIn(args: Value[], fn: string, ctx: BuiltinContext): number[] | FormulaError {
  const out: number[] = [];
  let position = 0;
  for (const arg of args) {
    position += 1;
    if (arg instanceof RangeValue) {
      for (const row of arg.rows)
        for (const v of row) {
          if (isError(v)) return v;
          // In ranges only numbers (and dates, which are numbers in Sheets) count.
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

/** COUNTIF criteria: `5`, `">=5"`, `"<>x"`, `"ab*"` (wildcards), case-insensitive text. */
function criterionMatcher(criterion: Value, timeZone: string): (v: Value) => boolean {
  const c = scalar(criterion);
  if (typeof c === 'number') return (v) => typeof v === 'number' && v === c;
  if (typeof c === 'boolean') return (v) => v === c;
  const text = typeof c === 'string' ? c : String(c ?? '');
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text) ?? ['', '', text];
  const op = m[1] ?? '';
  const operand = m[2];
  const asNumber = operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : undefined;
  const toNum = (v: Value) => (typeof v === 'number' ? v : v instanceof Date ? dateToSerial(v, timeZone) : undefined);
  if (asNumber !== undefined && op !== '' && op !== '=' && op !== '<>') {
    return (v) => {
      const n = toNum(v);
      if (n === undefined) return false;
      return op === '<' ? n < asNumber : op === '>' ? n > asNumber : op === '<=' ? n <= asNumber : n >= asNumber;
    };
  }
  const pattern = new RegExp(
    `^${operand.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/~\*/g, '\u0001').replace(/\*/g, '.*').replace(/\?/g, '.').replace(/\u0001/g, '\\*')}$`,
    'is',
  );
  const equals = (v: Value) => {
    if (asNumber !== undefined) return toNum(v) === asNumber || (typeof v === 'string' && v === operand);
    if (operand === '') return v === '';
    return typeof v === 'string' && pattern.test(v);
  };
  return op === '<>' ? (v) => !equals(v) : equals;
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
};

export const BUILTINS: Record<string, BuiltinEntry> = {
  ...ARRAY_BUILTINS,
  SUM: { fn: (args, ctx) => { const ns = numbersIn(args, 'SUM', ctx); return isError(ns) ? ns : ns.reduce((a, b) => a + b, 0); } },
  AVERAGE: {
    fn: (args, ctx) => {
      const ns = numbersIn(args, 'AVERAGE', ctx);
      if (isError(ns)) return ns;
      if (ns.length === 0) return new FormulaError('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.');
      return ns.reduce((a, b) => a + b, 0) / ns.length;
    },
  },
  MIN: { fn: (args, ctx) => { const ns = numbersIn(args, 'MIN', ctx); return isError(ns) ? ns : ns.length ? Math.min(...ns) : 0; } },
  MAX: { fn: (args, ctx) => { const ns = numbersIn(args, 'MAX', ctx); return isError(ns) ? ns : ns.length ? Math.max(...ns) : 0; } },
  COUNT: { fn: (args) => [...cellsOf(args)].filter(({ value, fromRange }) => typeof value === 'number' || value instanceof Date || (!fromRange && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))).length },
  COUNTA: { fn: (args) => [...cellsOf(args)].filter(({ value, fromRange }) => !fromRange || value !== '').length },
  COUNTIF: {
    fn: (args, ctx) => {
      if (args.length !== 2) return new FormulaError('#N/A', `Wrong number of arguments to COUNTIF. Expected 2 arguments, but got ${args.length} arguments.`);
      const match = criterionMatcher(args[1], ctx.timeZone);
      return [...cellsOf([args[0]])].filter(({ value }) => match(value)).length;
    },
  },
  ROUND: {
    fn: (args, ctx) => {
      const x = toNumber(args[0], 'ROUND', 1, ctx.timeZone);
      if (isError(x)) return x;
      const d = args.length > 1 ? toNumber(args[1], 'ROUND', 2, ctx.timeZone) : 0;
      return isError(d) ? d : round(x, Math.trunc(d));
    },
  },
  ABS: { fn: (args, ctx) => { const x = toNumber(args[0], 'ABS', 1, ctx.timeZone); return isError(x) ? x : Math.abs(x); } },
  IFERROR: {
    lazy: true,
    fn: (args) => {
      const v = (args[0] as () => Value)();
      if (isError(v) || (v instanceof RangeValue && isError(scalar(v)) && v.single)) return args.length > 1 ? (args[1] as () => Value)() : '';
      return v;
    },
  },
  IF: {
    lazy: true,
    fn: (args, ctx) => {
      const cond = toBoolean((args[0] as () => Value)(), 'IF', 1, ctx.timeZone);
      if (isError(cond)) return cond;
      if (cond) return args.length > 1 ? (args[1] as () => Value)() : true;
      return args.length > 2 ? (args[2] as () => Value)() : false;
    },
  },
  AND: { fn: (args, ctx) => { for (const { value } of cellsOf(args)) { const b = toBoolean(value, 'AND', 1, ctx.timeZone); if (isError(b)) return b; if (!b) return false; } return true; } },
  OR: { fn: (args, ctx) => { for (const { value } of cellsOf(args)) { const b = toBoolean(value, 'OR', 1, ctx.timeZone); if (isError(b)) return b; if (b) return true; } return false; } },
  NOT: { fn: (args, ctx) => { const b = toBoolean(args[0], 'NOT', 1, ctx.timeZone); return isError(b) ? b : !b; } },
  TODAY: {
    fn: (_args, ctx) => {
      const p = zonedParts(ctx.now(), ctx.timeZone);
      return fromZonedParts({ ...p, hour: 0, minute: 0, second: 0 }, ctx.timeZone);
    },
  },
  NOW: { fn: (_args, ctx) => new Date(ctx.now().getTime()) },
  TEXT: {
    fn: (args, ctx) => {
      const v = scalar(args[0]);
      if (isError(v)) return v;
      const f = toText(args[1]);
      return isError(f) ? f : displayValue(v, f, ctx.timeZone, ctx.locale);
    },
  },
  CONCATENATE: {
    fn: (args) => {
      let out = '';
      for (const { value } of cellsOf(args)) {
        const t = toText(value);
        if (isError(t)) return t;
        out += t;
      }
      return out;
    },
  },
};
