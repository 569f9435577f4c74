/**
 * Evaluates the workbook's formulas when cells are read, the way Sheets shows them:
 * custom functions get ranges as rows of cells (open ranges end at the sheet's last row with content,
 * one cell as a scalar, dates as Date); a thrown error reads back as #ERROR! with its message;
 * a 2-D result spills right and down, or gives #REF! where it would overwrite data.
 * Results are cached until the next write to the workbook.
 */
import type { EmulatorContext } from '../../context';
import { columnLetters, type A1Ref } from '../a1';
import { dateToSerial, scriptValue } from '../format';
import { key, type SheetModel, type WorkbookModel } from '../model';
import { BUILTINS, type BuiltinContext } from './builtins';
import { FormulaParseError, parseFormula, type Node } from './parse';
import { FormulaError, RangeValue, isError, scalar, toNumber, toText, type Value } from './values';

interface Computed {
  /** The anchor cell's value (top-left of a spill), or a FormulaError. */
  value: Value;
  /** Full result when it spills (more than one cell). */
  spill?: unknown[][];
}

const CIRCULAR = () =>
  new FormulaError('#REF!', 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.');

export class FormulaEngine {
  private version = -1;
  private computed = new Map<number, Map<string, Computed>>();
  private spilled = new Map<number, Map<string, unknown>>();
  private inProgress = new Set<string>();
  /** The formula cells being evaluated, innermost last: what getActiveRange() returns to a custom function. */
  private readonly evaluating: { sheet: SheetModel; row: number; column: number }[] = [];
  /** Frames that read a cell still being evaluated: their results are provisional, never cached. */
  private readonly tainted = new Set<{ sheet: SheetModel; row: number; column: number }>();
  /** Stack heights where each pending spill probe started. */
  private readonly probeBases: number[] = [];
  /** Probes that read a pending cell (the value), skipped while it is pending. */
  private readonly failedProbes = new Map<string, string>();
  private lastBlocker: string | undefined;
  /** Cells a probe read while the formula (by its progress key) that may spill into them was pending. */
  private readonly pendingReads = new Map<string, { sheet: SheetModel; row: number; column: number }[]>();
  /** Formula results in the order they were cached, since the last write. */
  private cachedLog: [number, string][] = [];
  /** Blocks of sheets without formulas, by sheet and block, until the next write. */
  private readonly blocks = new Map<string, unknown[][]>();
  /** Formula cells by sheet, parsed (anchorsOf), until the next write. */
  private readonly anchors = new Map<number, { k: string; r: number; c: number }[]>();

  constructor(
    private readonly book: WorkbookModel,
    private readonly ctx: EmulatorContext,
  ) {}

  /** The value a cell shows: literal, formula result, spilled value, or ''. Errors stay FormulaError. */
  cellValue(sheet: SheetModel, row: number, column: number): Value {
    this.sync();
    if (sheet.formulas.has(key(row, column))) return this.evaluateAnchor(sheet, row, column).value;
    const literal = sheet.literal(row, column);
    if (literal !== '') return literal;
    if (sheet.formulas.size === 0) return '';
    this.evaluateSpillSources(sheet, row, column, true);
    return this.spilled.get(sheet.id)?.get(key(row, column)) ?? '';
  }

  /** Evaluates every formula on the sheet, so spills are placed (before reading a block). */
  evaluateSheet(sheet: SheetModel): void {
    this.sync();
    for (const k of sheet.formulas.keys()) {
      const [r, c] = k.split(',').map(Number);
      if (!this.inProgress.has(`${sheet.id}!${k}`)) this.evaluateAnchor(sheet, r, c);
    }
  }

  /** The error behind a cell showing #ERROR!/#REF!/..., or null. */
  /**
   * The cell whose formula is being recalculated, if any. In a custom function, getActiveRange()
   * is the cell that calls it (https://developers.google.com/apps-script/guides/sheets/functions).
   */
  currentCell(): { sheet: SheetModel; row: number; column: number } | undefined {
    return this.evaluating[this.evaluating.length - 1];
  }

  errorAt(sheet: SheetModel, row: number, column: number): FormulaError | null {
    const v = this.cellValue(sheet, row, column);
    return isError(v) ? v : null;
  }

  /** Last row/column holding a spilled value (0 when none). */
  spillExtent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
    this.evaluateSheet(sheet);
    let lastRow = 0;
    let lastColumn = 0;
    for (const k of this.spilled.get(sheet.id)?.keys() ?? []) {
      const [r, c] = k.split(',').map(Number);
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
    }
    return { lastRow, lastColumn };
  }

  private sync(): void {
    if (this.version === this.book.version) return;
    this.version = this.book.version;
    this.computed.clear();
    this.spilled.clear();
    this.blocks.clear();
    this.anchors.clear();
    this.failedProbes.clear();
    this.pendingReads.clear();
    this.cachedLog = [];
  }

  /**
   * Evaluates the formulas above and left of a cell, so a spill that reaches it is placed. Each is
   * a probe: if it turns out to read a cell still being evaluated, it cannot be spilling into the
   * cell being read for that evaluation (that would be a real cycle), so it is taken as not
   * spilling here, its result is not kept, and it is not probed again while that cell is pending.
   */
  private evaluateSpillSources(sheet: SheetModel, row: number, column: number, readingCell = false): void {
    for (const { k, r, c } of this.anchorsOf(sheet)) {
      if (r > row || c > column || this.computed.get(sheet.id)?.has(k)) continue;
      const progressKey = `${sheet.id}!${k}`;
      // A formula still being computed may yet spill into the cell read. Read inside a probe, the
      // read is noted: should the spill cover the cell, what was computed meanwhile is dropped
      // once it is placed (Sheets recomputes a spill's dependents). Read by a real dependent, it
      // would be a cycle; reading an open range's extent is no such read.
      if (this.inProgress.has(progressKey)) {
        if (readingCell && this.probeBases.length > 0 && this.innermostProbe() > this.frameOf(progressKey)) this.notePendingRead(progressKey, sheet, row, column);
        continue;
      }
      const blocker = this.failedProbes.get(progressKey);
      if (blocker && this.inProgress.has(blocker)) continue;
      this.probeBases.push(this.evaluating.length);
      try {
        this.evaluateAnchor(sheet, r, c);
      } finally {
        this.probeBases.pop();
      }
      if (!this.computed.get(sheet.id)?.has(k) && this.lastBlocker) this.failedProbes.set(progressKey, this.lastBlocker);
    }
  }

  /** The sheet's formula cells with their row and column, parsed once per workbook version (a snapshot asks for every blank cell). */
  private anchorsOf(sheet: SheetModel): { k: string; r: number; c: number }[] {
    let list = this.anchors.get(sheet.id);
    if (!list || list.length !== sheet.formulas.size) {
      list = [...sheet.formulas.keys()].map((k) => {
        const [r, c] = k.split(',').map(Number);
        return { k, r, c };
      });
      this.anchors.set(sheet.id, list);
    }
    return list;
  }

  private evaluateAnchor(sheet: SheetModel, row: number, column: number): Computed {
    const k = key(row, column);
    let bySheet = this.computed.get(sheet.id);
    if (!bySheet) this.computed.set(sheet.id, (bySheet = new Map()));
    const cached = bySheet.get(k);
    if (cached) return cached;
    const progressKey = `${sheet.id}!${k}`;
    if (this.inProgress.has(progressKey)) return { value: this.circularAt(sheet, row, column) };
    this.inProgress.add(progressKey);
    const logStart = this.cachedLog.length;
    const frame = { sheet, row, column };
    this.evaluating.push(frame);
    let result: Computed;
    try {
      result = this.place(sheet, row, column, this.evaluateFormula(sheet, sheet.formulas.get(k) ?? ''), this.tainted.has(frame));
    } finally {
      this.evaluating.pop();
      this.inProgress.delete(progressKey);
    }
    if (this.tainted.delete(frame)) return result;
    if (result.spill) this.dropStaleReads(progressKey, sheet, row, column, result.spill, logStart);
    else this.pendingReads.delete(progressKey);
    bySheet.set(k, result);
    this.cachedLog.push([sheet.id, k]);
    return result;
  }

  private notePendingRead(progressKey: string, sheet: SheetModel, row: number, column: number): void {
    const reads = this.pendingReads.get(progressKey) ?? [];
    reads.push({ sheet, row, column });
    this.pendingReads.set(progressKey, reads);
  }

  /**
   * The formula at (row, column) just spilled: if a probe read one of its spilled cells while it
   * was being computed (a blank, then), every result cached since it started is dropped, with
   * its spill, and is computed again when next read.
   */
  private dropStaleReads(progressKey: string, sheet: SheetModel, row: number, column: number, spill: unknown[][], logStart: number): void {
    const reads = this.pendingReads.get(progressKey);
    this.pendingReads.delete(progressKey);
    const covered = reads?.some((r) => r.sheet === sheet && r.row >= row && r.row < row + spill.length && r.column >= column && r.column < column + spill[0].length);
    if (!covered) return;
    for (const [sheetId, k] of this.cachedLog.splice(logStart)) {
      const stale = this.computed.get(sheetId)?.get(k);
      this.computed.get(sheetId)?.delete(k);
      if (!stale?.spill) continue;
      const [r0, c0] = k.split(',').map(Number);
      const spills = this.spilled.get(sheetId);
      for (let i = 0; i < stale.spill.length; i += 1) for (let j = 0; j < stale.spill[i].length; j += 1) if (i || j) spills?.delete(key(r0 + i, c0 + j));
    }
  }

  /**
   * A read of a cell still being evaluated. Everything evaluated since that cell started depends
   * on it and is not final: a cell probed only to see whether it spills (evaluateSpillSources)
   * must not keep this error, so those frames are marked and their results not cached.
   */
  private circularAt(sheet: SheetModel, row: number, column: number): FormulaError {
    this.markPending(`${sheet.id}!${key(row, column)}`);
    return CIRCULAR();
  }

  /** Marks what was evaluated since the pending cell (`sheetId!row,column`) started as provisional. */
  private markPending(progressKey: string): void {
    const at = this.frameOf(progressKey);
    // Inside a probe that reaches out of itself, only the probe's own frames are provisional.
    const probe = this.innermostProbe();
    this.taintFrom(probe > at ? probe : at + 1, progressKey);
  }

  private frameOf(progressKey: string): number {
    return this.evaluating.findIndex((e) => `${e.sheet.id}!${key(e.row, e.column)}` === progressKey);
  }

  private innermostProbe(): number {
    return this.probeBases.length ? this.probeBases[this.probeBases.length - 1] : -1;
  }

  private taintFrom(from: number, blocker: string): void {
    for (let i = from; i < this.evaluating.length; i += 1) this.tainted.add(this.evaluating[i]);
    this.lastBlocker = blocker;
  }

  private evaluateFormula(sheet: SheetModel, formula: string): Value {
    let tree: Node;
    try {
      tree = parseFormula(formula);
    } catch (e) {
      if (e instanceof FormulaParseError) return new FormulaError('#ERROR!', e.message);
      throw e;
    }
    return this.evaluate(tree, sheet);
  }

  /** Turns a formula result into the anchor's value, placing a spill when it is 2-D. */
  private place(sheet: SheetModel, row: number, column: number, result: Value, provisional = false): Computed {
    let rows: unknown[][] | undefined;
    if (result instanceof RangeValue) rows = result.rows;
    else if (Array.isArray(result)) rows = result.map((r) => (Array.isArray(r) ? r : [r]));
    if (!rows) return { value: cellOf(result) };
    if (rows.length === 0 || rows[0].length === 0) return { value: '' };
    const width = Math.max(...rows.map((r) => r.length));
    if (rows.length === 1 && width === 1) return { value: cellOf(rows[0][0]) };
    if (row + rows.length - 1 > sheet.maxRows) {
      return { value: new FormulaError('#REF!', `Result was not automatically expanded, please insert more rows (${row + rows.length - 1 - sheet.maxRows}).`) };
    }
    if (column + width - 1 > sheet.maxColumns) {
      return { value: new FormulaError('#REF!', `Result was not automatically expanded, please insert more columns (${column + width - 1 - sheet.maxColumns}).`) };
    }
    let spills = this.spilled.get(sheet.id);
    if (!spills) this.spilled.set(sheet.id, (spills = new Map()));
    if (provisional) return { value: rows[0][0] === undefined ? '' : cellOf(rows[0][0]) };
    for (let i = 0; i < rows.length; i += 1)
      for (let j = 0; j < width; j += 1) {
        if (i === 0 && j === 0) continue;
        const k = key(row + i, column + j);
        if (sheet.occupied(row + i, column + j) || spills.has(k)) {
          return { value: new FormulaError('#REF!', `Array result was not expanded because it would overwrite data in ${columnLetters(column + j)}${row + i}.`) };
        }
      }
    const grid = rows.map((r) => Array.from({ length: width }, (_, j) => cellOf(r[j])));
    for (let i = 0; i < grid.length; i += 1)
      for (let j = 0; j < width; j += 1) if (i !== 0 || j !== 0) spills.set(key(row + i, column + j), grid[i][j]);
    return { value: grid[0][0], spill: grid };
  }

  private builtinContext(): BuiltinContext {
    return { timeZone: this.book.timeZone, locale: this.book.locale, now: () => this.ctx.clock.now() };
  }

  private evaluate(node: Node, sheet: SheetModel, array = false): Value {
    switch (node.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return node.value;
      case 'name':
        return new FormulaError('#NAME?', `Unknown range name: '${node.name.toUpperCase()}'.`);
      case 'ref':
        return this.resolve(node.ref, sheet);
      case 'unary': {
        const arg = this.evaluate(node.arg, sheet, array);
        if (array && arg instanceof RangeValue && !arg.single)
          return new RangeValue(arg.rows.map((r) => r.map((v) => cellOf(this.binary(node.op, 0, v)))), false);
        const n = toNumber(arg, node.op === '-' ? 'UMINUS' : 'UPLUS', 1, this.book.timeZone);
        return isError(n) ? n : node.op === '-' ? -n : n;
      }
      case 'binary': {
        const left = this.evaluate(node.left, sheet, array);
        const right = this.evaluate(node.right, sheet, array);
        return array ? this.broadcast(node.op, left, right) : this.binary(node.op, left, right);
      }
      case 'call':
        return this.call(node.name, node.args, sheet);
      case 'array': {
        // Commas join blocks side by side (same height), semicolons stack them (same width); a
        // range is a block of its cells, so {A2:A;B2:B} is one column of both. Sizes that do not
        // fit are #VALUE! (https://support.google.com/docs/answer/6208276).
        const misfit = new FormulaError('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
        const rows: unknown[][] = [];
        for (const row of node.rows) {
          let band: unknown[][] | undefined;
          for (const item of row) {
            const v = this.evaluate(item, sheet);
            if (isError(v)) return v;
            const block = v instanceof RangeValue ? v.rows.map((r) => [...r]) : [[v]];
            if (!band) band = block;
            else if (band.length !== block.length) return misfit;
            else band = band.map((r, i) => [...r, ...block[i]]);
          }
          if (rows.length > 0 && band!.some((r) => r.length !== rows[0].length)) return misfit;
          rows.push(...band!);
        }
        return new RangeValue(rows, false);
      }
    }
  }

  private call(name: string, args: Node[], sheet: SheetModel): Value {
    const builtin = BUILTINS[name];
    if (builtin) {
      const values = builtin.lazy
        ? args.map((a) => () => this.evaluate(a, sheet))
        : args.map((a) => this.evaluate(a, sheet, builtin.arrayArgs === true));
      if (!builtin.lazy) {
        // Direct error arguments propagate; errors inside ranges are the function's business.
        // (COUNTA counts error values, but a broken reference is #REF! whatever the function.)
        const err = values.find((v) => isError(v) && (v.code === '#REF!' || (name !== 'COUNTA' && name !== 'COUNTIF')));
        if (err) return err;
      }
      return builtin.fn(values, this.builtinContext());
    }
    const custom = this.ctx.globalFunction(name) ?? this.ctx.globalFunction(name.toLowerCase());
    if (!custom) return new FormulaError('#NAME?', `Unknown function: '${name}'.`);
    const passed: unknown[] = [];
    for (const a of args) {
      const v = this.evaluate(a, sheet);
      if (isError(v)) return v;
      passed.push(v instanceof RangeValue ? asCustomArgument(v, this.book.timeZone) : v);
    }
    try {
      // Sheets runs a custom function in its own authorization mode, whoever triggered the recalculation.
      const out = this.ctx.auth.within('CUSTOM_FUNCTION', () => custom(...passed));
      if (typeof out === 'number' && !Number.isFinite(out)) return new FormulaError('#NUM!', `${name} returned a number that is not finite.`);
      // A returned array is an array value like a range's, so FILTER's conditions, comparisons and
      // COUNT read it cell by cell (Sheets: `=FILTER(A2:A, MYFN(B2:B)>0)` works on its result).
      if (Array.isArray(out)) return new RangeValue(out.map((row) => (Array.isArray(row) ? row : [row]).map(cellOf)), false);
      return out === undefined || out === null ? '' : out;
    } catch (e) {
      // The bundle's errors come from the vm's own realm, where host `instanceof Error` fails.
      const message = typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as Error).message : String(e);
      return new FormulaError('#ERROR!', message);
    }
  }

  /**
   * An operator in an array argument (FILTER's conditions): element by element over equal-sized
   * ranges, a single cell paired with every element; other sizes are #VALUE! as in Sheets.
   */
  private broadcast(op: string, left: Value, right: Value): Value {
    const multi = (v: Value) => v instanceof RangeValue && !(v.rows.length === 1 && v.rows[0].length === 1);
    if (!multi(left) && !multi(right)) return this.binary(op, left, right);
    const l = multi(left) ? (left as RangeValue).rows : undefined;
    const r = multi(right) ? (right as RangeValue).rows : undefined;
    if (l && r && (l.length !== r.length || l[0].length !== r[0].length)) {
      return new FormulaError('#VALUE!', `Array arguments to ${op} are of different size.`);
    }
    const shape = (l ?? r)!;
    const one = (v: Value) => (v instanceof RangeValue ? v.rows[0][0] : v);
    const ls = l ? undefined : one(left);
    const rs = r ? undefined : one(right);
    return new RangeValue(shape.map((row, i) => row.map((_, j) => cellOf(this.binary(op, l ? l[i][j] : ls, r ? r[i][j] : rs)))), false);
  }

  private binary(op: string, leftRaw: Value, rightRaw: Value): Value {
    const left = scalar(leftRaw);
    const right = scalar(rightRaw);
    if (isError(left)) return left;
    if (isError(right)) return right;
    const tz = this.book.timeZone;
    if (op === '&') {
      const a = toText(left);
      const b = toText(right);
      return isError(a) ? a : isError(b) ? b : a + b;
    }
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      // Two dates compare by instant (the same order as their serials, without a zone lookup per cell).
      if (left instanceof Date && right instanceof Date) return compare(op, left.getTime(), right.getTime());
      const norm = (v: Value) => (v instanceof Date ? dateToSerial(v, tz) : typeof v === 'string' ? v.toLowerCase() : v === '' ? 0 : v);
      const a = norm(left) as number | string | boolean;
      const b = norm(right) as number | string | boolean;
      // Sheets orders numbers before text before booleans: "x" > 5 is TRUE (a blank counts as 0 or "").
      const rank = (v: unknown, raw: Value) => (raw === '' ? -1 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
      const ra = rank(a, left);
      const rb = rank(b, right);
      if (ra >= 0 && rb >= 0 && ra !== rb) return compare(op, ra, rb);
      if (left === '' && typeof b === 'string') return compare(op, '', b);
      if (right === '' && typeof a === 'string') return compare(op, a, '');
      // `x<>""` (the usual "non-blank" test): a number is never equal to the empty text.
      if (right === '' && (typeof left === 'number' || left instanceof Date)) return compare(op, 0, 1);
      switch (op) {
        case '=': return a === b;
        case '<>': return a !== b;
        case '<': return a < b;
        case '>': return a > b;
        case '<=': return a <= b;
        default: return a >= b;
      }
    }
    const names: Record<string, string> = { '+': 'ADD', '-': 'MINUS', '*': 'MULTIPLY', '/': 'DIVIDE', '^': 'POW' };
    const a = toNumber(left, names[op], 1, tz);
    const b = toNumber(right, names[op], 2, tz);
    if (isError(a)) return a;
    if (isError(b)) return b;
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '^': return a ** b;
      default:
        return b === 0 ? new FormulaError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.') : a / b;
    }
  }

  /** A reference's cells as computed values; open ranges end at the sheet's edge. */
  private resolve(ref: A1Ref, from: SheetModel): Value {
    const sheet = ref.sheetName === undefined ? from : this.book.sheetByName(ref.sheetName);
    if (!sheet) return new FormulaError('#REF!', `Unresolved sheet name '${ref.sheetName}'.`);
    const openRows = ref.endRow === undefined;
    const openColumns = ref.endColumn === undefined;
    let endRow = ref.endRow ?? sheet.maxRows;
    let endColumn = ref.endColumn ?? sheet.maxColumns;
    // Formulas that could spill into an open range decide where its content ends.
    if (openRows || openColumns) this.evaluateSpillSources(sheet, openRows ? sheet.maxRows : endRow, openColumns ? sheet.maxColumns : endColumn);
    if (openRows) endRow = Math.max(ref.startRow, Math.min(endRow, this.lastContentRow(sheet)));
    if (openColumns) endColumn = Math.max(ref.startColumn, Math.min(endColumn, this.lastContentColumn(sheet)));
    for (let r = ref.startRow; r <= endRow; r += 1)
      for (let c = ref.startColumn; c <= endColumn; c += 1)
        if (this.inProgress.has(`${sheet.id}!${key(r, c)}`)) return this.circularAt(sheet, r, c);
    // A sheet without formulas holds literals only: its blocks are read once per workbook version.
    const blockKey = sheet.formulas.size === 0 ? `${sheet.id}!${ref.startRow},${ref.startColumn},${endRow},${endColumn}` : undefined;
    let rows = blockKey ? this.blocks.get(blockKey) : undefined;
    if (!rows) {
      rows = [];
      for (let r = ref.startRow; r <= endRow; r += 1) {
        const out: unknown[] = [];
        for (let c = ref.startColumn; c <= endColumn; c += 1) out.push(this.cellValue(sheet, r, c));
        rows.push(out);
      }
      if (blockKey) this.blocks.set(blockKey, rows);
    }
    // The cells' number formats decide which numbers a custom function sees as Dates (scriptValue).
    const formats = sheet.numberFormatsOver({ row: ref.startRow, column: ref.startColumn, numRows: endRow - ref.startRow + 1, numColumns: endColumn - ref.startColumn + 1 });
    const formatOf = formats && ((i: number, j: number) => formats(ref.startRow + i, ref.startColumn + j));
    // Open ranges end at the sheet's last row (column) with content, not each range's own: in
    // Sheets, B2:B and C2:C of one sheet always reach the same row, so a function pairing them
    // (ART(opened, resolved)) gets equal sizes even when the last ticket has no resolved date.
    const single = !openRows && !openColumns && ref.startRow === endRow && ref.startColumn === endColumn;
    return new RangeValue(rows, single, formatOf);
  }

  private lastContentRow(sheet: SheetModel): number {
    let last = sheet.lastLiteralRow();
    for (const k of sheet.formulas.keys()) {
      const r = Number(k.split(',')[0]);
      const c = this.computed.get(sheet.id)?.get(k);
      last = Math.max(last, r + (c?.spill ? c.spill.length - 1 : 0));
    }
    return last;
  }

  private lastContentColumn(sheet: SheetModel): number {
    let last = sheet.lastLiteralColumn();
    for (const k of sheet.formulas.keys()) {
      const c = Number(k.split(',')[1]);
      const comp = this.computed.get(sheet.id)?.get(k);
      last = Math.max(last, c + (comp?.spill ? comp.spill[0].length - 1 : 0));
    }
    return last;
  }
}

function compare(op: string, a: number | string | boolean, b: number | string | boolean): boolean {
  switch (op) {
    case '=': return a === b;
    case '<>': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    default: return a >= b;
  }
}

/** A result cell as getValues() would see it: never undefined/null. */
function cellOf(v: unknown): unknown {
  if (v === undefined || v === null) return '';
  if (v instanceof Date) return new Date(v.getTime());
  if (typeof v === 'number' && !Number.isFinite(v)) return new FormulaError('#NUM!', 'The result is not a finite number.');
  return v;
}

/**
 * What a custom function receives for a range: a scalar for one named cell, else rows of cells.
 * A number under a date, time or duration format arrives as a Date, as in Apps Script ("Duration
 * values in Sheets also become Date objects", data types of custom functions:
 * https://developers.google.com/apps-script/guides/sheets/functions): see scriptValue.
 */
function asCustomArgument(v: RangeValue, timeZone: string): unknown {
  const copy = (x: unknown, r: number, c: number) => {
    if (isError(x)) return x.code;
    const seen = v.formatOf ? scriptValue(x, v.formatOf(r, c), timeZone) : x;
    return seen instanceof Date ? new Date(seen.getTime()) : seen;
  };
  if (v.single) return copy(v.rows[0][0], 0, 0);
  return v.rows.map((row, r) => row.map((x, c) => copy(x, r, c)));
}
