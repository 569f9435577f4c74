/**
 * Sheet: one tab of the spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { EmulatedChartBuilder, EmulatedEmbeddedChart } from './charts';
import { enterOn, type Env } from './env';
import { exception, messages } from './errors';
import { clearBlock, lastColumn, lastRow, writeBlock } from './grid';
import { addMetadata, createFinder, metadataObjects } from './metadata';
import { checkRect, rangeFromA1 } from './lookup';
import { key, type SheetModel } from './model';
import { EmulatedConditionalFormatRule } from './rules';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

export class EmulatedSheet {
  constructor(
    private readonly env: Env,
    readonly model: SheetModel,
  ) {}

  private enter(method: string): void {
    enterOn(this.env, 'Sheet', method, this.model);
  }

  getName(): string {
    this.enter('getName');
    return this.model.name;
  }

  getSheetName(): string {
    this.enter('getSheetName');
    return this.model.name;
  }

  /** Renames the sheet; a name in use throws Apps Script's duplicate-name error. */
  setName(name: string): this {
    this.enter('setName');
    const other = this.env.book.sheetByName(name);
    if (other && other !== this.model) throw exception(messages.duplicateSheetName(name));
    this.model.name = name;
    this.env.book.touch();
    return this;
  }

  getSheetId(): number {
    this.enter('getSheetId');
    return this.model.id;
  }

  /** 1-based position among the sheets. */
  getIndex(): number {
    this.enter('getIndex');
    return this.env.book.sheets.indexOf(this.model) + 1;
  }

  getParent(): Spreadsheet {
    this.enter('getParent');
    return this.env.spreadsheet() as Spreadsheet;
  }

  activate(): this {
    this.enter('activate');
    this.env.book.activeSheetId = this.model.id;
    return this;
  }

  /**
   * getRange(a1) or getRange(row, column, numRows?, numColumns?), with Apps Script's argument errors.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
   */
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    this.enter('getRange');
    if (typeof a1OrRow === 'string') return rangeFromA1(this.env, this.model, a1OrRow);
    const rect = { row: a1OrRow, column: column as number, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    if (column === undefined || ![rect.row, rect.column, rect.numRows, rect.numColumns].every(isInt)) {
      throw exception(`The parameters (${[a1OrRow, column, numRows, numColumns].filter((a) => a !== undefined).map((a) => (typeof a === 'number' ? 'number' : typeof a === 'string' ? 'String' : 'Object')).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    checkRect(this.model, rect);
    return this.env.range(this.model, rect) as Range;
  }

  /** A1 through the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    this.enter('getDataRange');
    const rect = { row: 1, column: 1, numRows: Math.max(1, lastRow(this.env, this.model)), numColumns: Math.max(1, lastColumn(this.env, this.model)) };
    return this.env.range(this.model, rect) as Range;
  }

  /** Position of the last row with content; 0 on an empty sheet. */
  getLastRow(): number {
    this.enter('getLastRow');
    return lastRow(this.env, this.model);
  }

  getLastColumn(): number {
    this.enter('getLastColumn');
    return lastColumn(this.env, this.model);
  }

  getMaxRows(): number {
    this.enter('getMaxRows');
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    this.enter('getMaxColumns');
    return this.model.maxColumns;
  }

  /** Clears contents and formats. */
  clear(): this {
    this.enter('clear');
    this.model.values = [];
    this.model.formulas.clear();
    this.model.formatRules = [];
    this.env.book.touch();
    return this;
  }

  clearContents(): this {
    this.enter('clearContents');
    clearBlock(this.env, this.model, { row: 1, column: 1, numRows: this.model.maxRows, numColumns: this.model.maxColumns });
    return this;
  }

  clearFormats(): this {
    this.enter('clearFormats');
    this.model.formatRules = [];
    this.env.book.touch();
    return this;
  }

  /** Replaces every conditional-format rule of the sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setconditionalformatrulesrules). */
  setConditionalFormatRules(rules: EmulatedConditionalFormatRule[]): void {
    this.enter('setConditionalFormatRules');
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof EmulatedConditionalFormatRule))) {
      throw exception("The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
    }
    this.model.conditionalRules = rules.map((r) => ({ ...r.spec, ranges: r.spec.ranges.slice() }));
    this.env.book.touch();
  }

  getConditionalFormatRules(): EmulatedConditionalFormatRule[] {
    this.enter('getConditionalFormatRules');
    return this.model.conditionalRules.map((spec) => new EmulatedConditionalFormatRule({ ...spec, ranges: spec.ranges.slice() }));
  }

  setFrozenRows(rows: number): void {
    this.enter('setFrozenRows');
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.enter('getFrozenRows');
    return this.model.frozenRows;
  }

  /** Writes after the last row with content, growing the sheet when needed. */
  appendRow(rowContents: unknown[]): this {
    this.enter('appendRow');
    const row = lastRow(this.env, this.model) + 1;
    this.model.maxRows = Math.max(this.model.maxRows, row);
    this.model.maxColumns = Math.max(this.model.maxColumns, rowContents.length);
    if (rowContents.length) writeBlock(this.env, this.model, { row, column: 1, numRows: 1, numColumns: rowContents.length }, [rowContents]);
    return this;
  }

  /** Inserts blank rows before `rowIndex`; cells below move down (formula texts are not rewritten). */
  insertRows(rowIndex: number, numRows = 1): void {
    this.enter('insertRows');
    this.shiftRowsDown(rowIndex, numRows);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.enter('insertRowsAfter');
    this.shiftRowsDown(afterPosition + 1, howMany);
    return this;
  }

  private shiftRowsDown(rowIndex: number, numRows: number): void {
    const m = this.model;
    if (rowIndex < 1 || rowIndex > m.maxRows + 1) throw exception(messages.outsideSheet);
    if (m.values.length >= rowIndex) m.values.splice(rowIndex - 1, 0, ...Array.from({ length: numRows }, () => []));
    for (const map of [m.formulas, m.notes] as Map<string, string>[]) {
      const moved = [...map].map(([k, v]) => {
        const [r, c] = k.split(',').map(Number);
        return [r >= rowIndex ? key(r + numRows, c) : k, v] as const;
      });
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    }
    for (const rule of m.formatRules) if (rule.rect.row >= rowIndex) rule.rect.row += numRows;
    m.maxRows += numRows;
    this.env.book.touch();
  }

  /** Recorded only: the emulator has no fonts to measure. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.enter('autoResizeColumns');
    void startColumn;
    void numColumns;
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    this.enter('autoResizeColumn');
    void columnPosition;
    return this;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.enter('setColumnWidth');
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }

  /** 100 pixels unless set (Sheets' default column width). */
  getColumnWidth(columnPosition: number): number {
    this.enter('getColumnWidth');
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }

  hideSheet(): this {
    this.enter('hideSheet');
    this.model.hidden = true;
    return this;
  }

  showSheet(): this {
    this.enter('showSheet');
    this.model.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.enter('isSheetHidden');
    return this.model.hidden;
  }

  // --- charts -------------------------------------------------------------------------
  newChart(): EmulatedChartBuilder {
    this.enter('newChart');
    return new EmulatedChartBuilder(this.env, this.model);
  }

  insertChart(chart: EmulatedEmbeddedChart): void {
    this.enter('insertChart');
    const spec = { ...chart.__spec(), chartId: this.env.book.newChartId() };
    this.model.charts.push(spec);
    chart.__attach(spec.chartId);
  }

  updateChart(chart: EmulatedEmbeddedChart): void {
    this.enter('updateChart');
    const spec = chart.__spec();
    const i = this.model.charts.findIndex((c) => c.chartId === spec.chartId);
    if (i < 0) throw exception(messages.invalidArgument('chart'));
    this.model.charts[i] = spec;
  }

  removeChart(chart: EmulatedEmbeddedChart): void {
    this.enter('removeChart');
    const id = chart.__spec().chartId;
    this.model.charts = this.model.charts.filter((c) => c.chartId !== id);
  }

  getCharts(): EmulatedEmbeddedChart[] {
    this.enter('getCharts');
    return this.model.charts.map((spec) => new EmulatedEmbeddedChart(this.env, this.model, spec));
  }

  // --- developer metadata -------------------------------------------------------------
  addDeveloperMetadata(metadataKey: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.enter('addDeveloperMetadata');
    addMetadata(this.env, this.model.id, metadataKey, valueOrVisibility, visibility);
    return this;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.enter('getDeveloperMetadata');
    return metadataObjects(this.env, (m) => m.sheetId === this.model.id);
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.enter('createDeveloperMetadataFinder');
    return createFinder(this.env, (m) => m.sheetId === this.model.id);
  }
}

