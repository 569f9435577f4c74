/**
 * The workbook as the emulator holds it, beneath the Apps Script objects: plain grids of
 * literal values, formulas by cell, format rules, charts and metadata. Nothing here counts
 * calls; the Spreadsheet/Sheet/Range classes do that before they touch the model.
 */
import type { WorkbookData } from '../context';

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Formats recorded by Range setters; `numberFormat` drives display values. */
export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string | null;
  background?: string | null;
  fontColor?: string | null;
  horizontalAlignment?: string | null;
  wrap?: boolean;
}

/** A later rule wins; `null`/`undefined` props reset to the default. */
export interface FormatRule {
  rect: Rect;
  format: CellFormat;
}

export interface ChartSpec {
  chartId: number;
  type: string;
  /** Sheet-qualified A1 of each range, e.g. `'Dashboard'!A1:B13` → `Dashboard!A1:B13`. */
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** Undefined for spreadsheet-level metadata. */
  sheetId?: number;
}

export class SheetModel {
  /** Literal values, row-major, ragged; missing cells are ''. Formula cells hold '' here. */
  values: unknown[][] = [];
  /** Formulas by `row,column` key (1-based), text starting with '='. */
  formulas = new Map<string, string>();
  notes = new Map<string, string>();
  formatRules: FormatRule[] = [];
  columnWidths = new Map<number, number>();
  charts: ChartSpec[] = [];
  /** Dropdowns and other validation rules, later ones winning (null: removed). */
  validations: { rect: Rect; rule: import('./rules').ValidationSpec | null }[] = [];
  /** Conditional-format rules in order (Sheet.setConditionalFormatRules replaces them all). */
  conditionalRules: import('./rules').ConditionalRuleSpec[] = [];
  /** Merged blocks; the value lives in each block's top-left cell. */
  merges: Rect[] = [];
  frozenRows = 0;
  hidden = false;
  deleted = false;

  constructor(
    readonly id: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** Raw literal at a 1-based cell ('' when empty). */
  literal(row: number, column: number): unknown {
    const r = this.values[row - 1];
    if (!r) return '';
    const v = r[column - 1];
    return v === undefined || v === null ? '' : v;
  }

  setLiteral(row: number, column: number, value: unknown): void {
    while (this.values.length < row) this.values.push([]);
    const r = this.values[row - 1];
    while (r.length < column - 1) r.push('');
    r[column - 1] = value;
  }

  /** True when the cell holds a literal or a formula. */
  occupied(row: number, column: number): boolean {
    return this.literal(row, column) !== '' || this.formulas.has(key(row, column));
  }

  /** Last row with a literal or formula (0 when empty); spilled cells are added by the caller. */
  lastLiteralRow(): number {
    let last = 0;
    for (let i = this.values.length - 1; i >= 0; i -= 1) {
      if (this.values[i].some((v) => v !== '' && v !== undefined && v !== null)) {
        last = i + 1;
        break;
      }
    }
    for (const k of this.formulas.keys()) last = Math.max(last, Number(k.split(',')[0]));
    return last;
  }

  lastLiteralColumn(): number {
    let last = 0;
    for (const r of this.values) {
      for (let j = r.length - 1; j >= last; j -= 1) {
        if (r[j] !== '' && r[j] !== undefined && r[j] !== null) {
          last = j + 1;
          break;
        }
      }
    }
    for (const k of this.formulas.keys()) last = Math.max(last, Number(k.split(',')[1]));
    return last;
  }

  /** The effective format of one cell: later rules override earlier ones. */
  formatAt(row: number, column: number): CellFormat {
    const out: CellFormat = {};
    for (const rule of this.formatRules) {
      if (!contains(rule.rect, row, column)) continue;
      for (const [k, v] of Object.entries(rule.format)) {
        if (v === undefined || v === null) delete (out as Record<string, unknown>)[k];
        else (out as Record<string, unknown>)[k] = v;
      }
    }
    return out;
  }

  /**
   * The number format of each cell of a block, or undefined when no rule over the block ever set
   * one (most reads then cost no lookups): only the rules that touch the block and carry a
   * number format are walked per cell, so a formatted sheet of 100,000 rows stays linear.
   */
  numberFormatsOver(rect: Rect): ((row: number, column: number) => string | undefined) | undefined {
    const rules = this.formatRules.filter((rule) => 'numberFormat' in rule.format && overlaps(rule.rect, rect));
    if (rules.length === 0) return undefined;
    return (row, column) => {
      for (let i = rules.length - 1; i >= 0; i -= 1) if (contains(rules[i].rect, row, column)) return rules[i].format.numberFormat ?? undefined;
      return undefined;
    };
  }

  /** Whether any format was ever set on the sheet (most ranges then need no format lookups). */
  hasFormats(): boolean {
    return this.formatRules.length > 0;
  }

  addFormat(rect: Rect, format: CellFormat): void {
    this.formatRules.push({ rect: { ...rect }, format });
  }
}

export function key(row: number, column: number): string {
  return `${row},${column}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && column >= rect.column && column < rect.column + rect.numColumns;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  metadata: MetadataEntry[] = [];
  activeSheetId = 0;
  /** Bumped on every write, so cached formula results know when to recompute. */
  version = 0;
  private sheetIdCounter = 0;
  private nextMetadataId = 1;
  private nextChartId = 1;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  static from(data: WorkbookData): WorkbookModel {
    const book = new WorkbookModel(fakeId(data.name), data.name, data.timeZone, data.locale);
    for (const sheetData of data.sheets) {
      const sheet = book.addSheet(sheetData.name, book.sheets.length);
      const width = sheetData.rows.reduce((m, r) => Math.max(m, r.length), 0);
      sheet.maxRows = Math.max(1000, sheetData.rows.length);
      sheet.maxColumns = Math.max(26, width);
      sheetData.rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (typeof v === 'string' && v.startsWith('=')) sheet.formulas.set(key(i + 1, j + 1), v);
          else if (v !== '' && v !== undefined && v !== null) sheet.setLiteral(i + 1, j + 1, v instanceof Date ? new Date(v) : v);
        }),
      );
      sheet.frozenRows = sheetData.frozenRows ?? 0;
    }
    if (book.sheets.length === 0) book.addSheet('Sheet1', 0);
    book.activeSheetId = book.sheets[0].id;
    return book;
  }

  addSheet(name: string, index: number): SheetModel {
    // Sheet ids are stable, unique and never reused. Like Sheets, the first sheet is 0 and the
    // rest are large numbers (here from a fixed sequence, so runs are repeatable).
    const id = this.sheetIdCounter === 0 ? 0 : 100_000_000 + ((this.sheetIdCounter * 782_089_613) % 1_900_000_000);
    this.sheetIdCounter += 1;
    const sheet = new SheetModel(id, name);
    this.sheets.splice(index, 0, sheet);
    this.touch();
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  newChartId(): number {
    return this.nextChartId++;
  }

  touch(): void {
    this.version += 1;
  }
}

/** A stable, Drive-like id derived from the workbook name (44 chars, URL-safe). */
function fakeId(name: string): string {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '1';
  for (let i = 0; i < 43; i += 1) {
    h = Math.imul(h ^ (h >>> 13), 1274126177) >>> 0;
    out += alphabet[h % 64];
  }
  return out;
}
