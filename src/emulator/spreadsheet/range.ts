/**
 * Range: a block of cells on one sheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 * Every public method counts one `Range.<method>` call, whatever the block's size.
 */
import { formatA1, columnLetters } from './a1';
import { enterOn, outputValue, type Env } from './env';
import { exception, messages } from './errors';
import { DEFAULT_NUMBER_FORMAT, displayValue, scriptValue } from './format';
import { checkShape, clearBlock, readBlock, writeBlock } from './grid';
import { key, type CellFormat, type Rect, type SheetModel } from './model';
import { breakApart, EmulatedDataValidation, mergeCells, setValidation, validationAt } from './rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class EmulatedRange {
  constructor(
    private readonly env: Env,
    private readonly sheetModel: SheetModel,
    private readonly rect: Rect,
    /** Open ends from A1 like `C2:C` or `A:A`, kept for getA1Notation. */
    private readonly open: { rows: boolean; columns: boolean } = { rows: false, columns: false },
  ) {}

  private enter(method: string): void {
    enterOn(this.env, 'Range', method, this.sheetModel);
  }

  private map<T>(fn: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.rect.numRows }, (_, i) =>
      Array.from({ length: this.rect.numColumns }, (_, j) => fn(this.rect.row + i, this.rect.column + j)),
    );
  }

  private format(fmt: CellFormat): this {
    this.sheetModel.addFormat(this.rect, fmt);
    this.env.book.touch();
    return this;
  }

  // --- values -------------------------------------------------------------------------
  /**
   * Numbers, booleans, Dates and text, '' for empty cells; a date-, time- or duration-formatted
   * number cell comes back as a Date, as in Apps Script (scriptValue in ./format).
   */
  getValues(): unknown[][] {
    this.enter('getValues');
    const rows = readBlock(this.env, this.sheetModel, this.rect).map((r) => r.map(outputValue));
    const formats = this.sheetModel.numberFormatsOver(this.rect);
    if (!formats) return rows;
    const { timeZone } = this.env.book;
    return rows.map((r, i) => r.map((v, j) => scriptValue(v, formats(this.rect.row + i, this.rect.column + j), timeZone)));
  }

  getValue(): unknown {
    this.enter('getValue');
    const { row, column } = this.rect;
    const value = outputValue(this.env.engine.cellValue(this.sheetModel, row, column));
    const formats = this.sheetModel.numberFormatsOver({ row, column, numRows: 1, numColumns: 1 });
    return formats ? scriptValue(value, formats(row, column), this.env.book.timeZone) : value;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues */
  setValues(values: unknown[][]): this {
    this.enter('setValues');
    writeBlock(this.env, this.sheetModel, this.rect, checkShape(values, this.rect, 'setValues'));
    return this;
  }

  /** Sets every cell of the range to the value (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue). */
  setValue(value: unknown): this {
    this.enter('setValue');
    writeBlock(this.env, this.sheetModel, this.rect, this.map(() => value));
    return this;
  }

  getDisplayValues(): string[][] {
    this.enter('getDisplayValues');
    return this.display(readBlock(this.env, this.sheetModel, this.rect));
  }

  getDisplayValue(): string {
    this.enter('getDisplayValue');
    const v = this.env.engine.cellValue(this.sheetModel, this.rect.row, this.rect.column);
    return this.display([[v]])[0][0];
  }

  private display(values: unknown[][]): string[][] {
    const { timeZone, locale } = this.env.book;
    return values.map((r, i) =>
      r.map((v, j) => {
        const out = outputValue(v);
        const fmt = this.sheetModel.formatRules.length ? this.sheetModel.formatAt(this.rect.row + i, this.rect.column + j).numberFormat : undefined;
        return displayValue(out, fmt, timeZone, locale);
      }),
    );
  }

  // --- formulas -----------------------------------------------------------------------
  /** Sets the formula in every cell (references are not shifted per cell). */
  setFormula(formula: string): this {
    this.enter('setFormula');
    const text = formula.startsWith('=') ? formula : `=${formula}`;
    writeBlock(this.env, this.sheetModel, this.rect, this.map(() => text));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.enter('setFormulas');
    const cells = checkShape(formulas, this.rect, 'setFormulas').map((r) => r.map((f) => (f === '' ? '' : String(f))));
    writeBlock(this.env, this.sheetModel, this.rect, cells);
    return this;
  }

  /** The top-left cell's formula, or '' (https://developers.google.com/apps-script/reference/spreadsheet/range#getformula). */
  getFormula(): string {
    this.enter('getFormula');
    return this.sheetModel.formulas.get(key(this.rect.row, this.rect.column)) ?? '';
  }

  getFormulas(): string[][] {
    this.enter('getFormulas');
    return this.map((r, c) => this.sheetModel.formulas.get(key(r, c)) ?? '');
  }

  // --- number formats and styles ------------------------------------------------------
  setNumberFormat(numberFormat: string): this {
    this.enter('setNumberFormat');
    return this.format({ numberFormat });
  }

  setNumberFormats(numberFormats: string[][]): this {
    this.enter('setNumberFormats');
    checkShape(numberFormats, this.rect, 'setNumberFormats').forEach((r, i) =>
      r.forEach((numberFormat, j) =>
        this.sheetModel.addFormat({ row: this.rect.row + i, column: this.rect.column + j, numRows: 1, numColumns: 1 }, { numberFormat: String(numberFormat) }),
      ),
    );
    this.env.book.touch();
    return this;
  }

  getNumberFormat(): string {
    this.enter('getNumberFormat');
    return this.sheetModel.formatAt(this.rect.row, this.rect.column).numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    this.enter('getNumberFormats');
    return this.map((r, c) => this.sheetModel.formatAt(r, c).numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  setFontWeight(fontWeight: string | null): this {
    this.enter('setFontWeight');
    return this.format({ fontWeight });
  }

  getFontWeight(): string {
    this.enter('getFontWeight');
    return this.sheetModel.formatAt(this.rect.row, this.rect.column).fontWeight ?? 'normal';
  }

  setBackground(color: string | null): this {
    this.enter('setBackground');
    return this.format({ background: color });
  }

  getBackground(): string {
    this.enter('getBackground');
    return this.sheetModel.formatAt(this.rect.row, this.rect.column).background ?? '#ffffff';
  }

  setFontColor(color: string | null): this {
    this.enter('setFontColor');
    return this.format({ fontColor: color });
  }

  getFontColor(): string {
    this.enter('getFontColor');
    return this.sheetModel.formatAt(this.rect.row, this.rect.column).fontColor ?? '#000000';
  }

  setHorizontalAlignment(alignment: string | null): this {
    this.enter('setHorizontalAlignment');
    return this.format({ horizontalAlignment: alignment });
  }

  getHorizontalAlignment(): string {
    this.enter('getHorizontalAlignment');
    return this.sheetModel.formatAt(this.rect.row, this.rect.column).horizontalAlignment ?? 'general';
  }

  setWrap(isWrapEnabled: boolean): this {
    this.enter('setWrap');
    return this.format({ wrap: isWrapEnabled });
  }

  getWrap(): boolean {
    this.enter('getWrap');
    return this.sheetModel.formatAt(this.rect.row, this.rect.column).wrap ?? true;
  }

  setNote(note: string | null): this {
    this.enter('setNote');
    for (const row of this.map((r, c) => key(r, c)))
      for (const k of row) {
        if (note === null || note === '') this.sheetModel.notes.delete(k);
        else this.sheetModel.notes.set(k, String(note));
      }
    return this;
  }

  getNote(): string {
    this.enter('getNote');
    return this.sheetModel.notes.get(key(this.rect.row, this.rect.column)) ?? '';
  }

  // --- dropdowns and merges ------------------------------------------------------------
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationrule (null removes it). */
  setDataValidation(rule: EmulatedDataValidation | null): this {
    this.enter('setDataValidation');
    if (rule !== null && !(rule instanceof EmulatedDataValidation)) {
      throw exception("The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
    }
    setValidation(this.env, this.sheetModel, this.rect, rule ? { ...rule.spec } : null);
    return this;
  }

  /** The top-left cell's rule, or null. */
  getDataValidation(): EmulatedDataValidation | null {
    this.enter('getDataValidation');
    const spec = validationAt(this.sheetModel, this.rect.row, this.rect.column);
    return spec ? new EmulatedDataValidation(spec) : null;
  }

  clearDataValidations(): this {
    this.enter('clearDataValidations');
    setValidation(this.env, this.sheetModel, this.rect, null);
    return this;
  }

  merge(): this {
    this.enter('merge');
    mergeCells(this.env, this.sheetModel, this.rect, (rect) => clearBlock(this.env, this.sheetModel, rect));
    return this;
  }

  breakApart(): this {
    this.enter('breakApart');
    breakApart(this.env, this.sheetModel, this.rect);
    return this;
  }

  isPartOfMerge(): boolean {
    this.enter('isPartOfMerge');
    const r = this.rect;
    return this.sheetModel.merges.some((m) => m.row < r.row + r.numRows && r.row < m.row + m.numRows && m.column < r.column + r.numColumns && r.column < m.column + m.numColumns);
  }

  getMergedRanges(): EmulatedRange[] {
    this.enter('getMergedRanges');
    const r = this.rect;
    return this.sheetModel.merges
      .filter((m) => m.row < r.row + r.numRows && r.row < m.row + m.numRows && m.column < r.column + r.numColumns && r.column < m.column + m.numColumns)
      .map((m) => new EmulatedRange(this.env, this.sheetModel, { ...m }));
  }

  // --- clearing -----------------------------------------------------------------------
  /** Clears content and formats (https://developers.google.com/apps-script/reference/spreadsheet/range#clear). */
  clear(): this {
    this.enter('clear');
    clearBlock(this.env, this.sheetModel, this.rect);
    this.sheetModel.addFormat(this.rect, { numberFormat: undefined, fontWeight: null, background: null, fontColor: null, horizontalAlignment: null, wrap: undefined });
    return this;
  }

  /** Clears content, keeping formats. */
  clearContent(): this {
    this.enter('clearContent');
    clearBlock(this.env, this.sheetModel, this.rect);
    return this;
  }

  clearFormat(): this {
    this.enter('clearFormat');
    this.sheetModel.addFormat(this.rect, { numberFormat: undefined, fontWeight: null, background: null, fontColor: null, horizontalAlignment: null, wrap: undefined });
    this.env.book.touch();
    return this;
  }

  // --- geometry -----------------------------------------------------------------------
  /** `A1:B2`; open ranges keep their open form (`C2:C`, `A:A`, `2:2`). */
  getA1Notation(): string {
    this.enter('getA1Notation');
    const { row, column, numRows, numColumns } = this.rect;
    if (this.open.rows && this.open.columns) return `${formatA1(row, column, 1, 1)}`;
    if (this.open.rows) {
      const first = columnLetters(column);
      const last = columnLetters(column + numColumns - 1);
      return row === 1 ? `${first}:${last}` : `${first}${row}:${last}`;
    }
    if (this.open.columns) return column === 1 ? `${row}:${row + numRows - 1}` : `${columnLetters(column)}${row}:${row + numRows - 1}`;
    return formatA1(row, column, numRows, numColumns);
  }

  getRow(): number {
    this.enter('getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.enter('getColumn');
    return this.rect.column;
  }

  getNumRows(): number {
    this.enter('getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.enter('getNumColumns');
    return this.rect.numColumns;
  }

  /** The range's own last row (not the last row with content). */
  getLastRow(): number {
    this.enter('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.enter('getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }

  getSheet(): Sheet {
    this.enter('getSheet');
    return this.env.sheet(this.sheetModel) as Sheet;
  }

  getCell(row: number, column: number): EmulatedRange {
    this.enter('getCell');
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numColumns) throw exception(messages.outsideSheet);
    return new EmulatedRange(this.env, this.sheetModel, { row: this.rect.row + row - 1, column: this.rect.column + column - 1, numRows: 1, numColumns: 1 });
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#offsetrowoffset,-columnoffset,-numrows,-numcolumns */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmulatedRange {
    this.enter('offset');
    const rect: Rect = {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    };
    if (rect.row < 1) throw exception(messages.startRowTooSmall);
    if (rect.column < 1) throw exception(messages.startColumnTooSmall);
    if (rect.numRows < 1) throw exception(messages.rowsAtLeastOne);
    if (rect.numColumns < 1) throw exception(messages.columnsAtLeastOne);
    if (rect.row + rect.numRows - 1 > this.sheetModel.maxRows || rect.column + rect.numColumns - 1 > this.sheetModel.maxColumns) throw exception(messages.outsideSheet);
    return new EmulatedRange(this.env, this.sheetModel, rect);
  }

  /** For charts and tests: sheet, block and A1 with the sheet name, uncounted. */
  __location(): { sheet: SheetModel; rect: Rect; a1: string } {
    return { sheet: this.sheetModel, rect: { ...this.rect }, a1: formatA1(this.rect.row, this.rect.column, this.rect.numRows, this.rect.numColumns) };
  }
}
