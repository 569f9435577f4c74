/**
 * An in-memory SpreadsheetApp for tests and `npm start`, typed against @types/google-apps-script.
 *
 * Exports:
 * - `createSpreadsheetApp(ctx, workbook)` → `EmulatedSpreadsheetApp`:
 *   - `app`: the `SpreadsheetApp` global (getActive, getActiveSpreadsheet, getUi, flush, enums).
 *   - `Charts`: the `Charts` global's enums (ChartType.LINE, ...), for the loader to expose.
 *   - `ui`: what the add-on showed: `menus`, `sidebars`, `dialogs`, `alerts`, `prompts`, `toasts`;
 *     `ui.answer('NO')` queues the next alert/prompt answer.
 *   - `formulaError(sheetName, a1)`: the message behind a cell showing #ERROR!/#REF!/#NAME?/...,
 *     or null when the cell is not an error (uncounted).
 *   - `charts(sheetName)`: the chart specs recorded on a sheet {type, ranges, options, position}.
 *   - `snapshot()`: the workbook as data: per sheet its raw `rows` (formulas as '=...'), computed
 *     `values`, `displayValues`, `frozenRows`, `hidden`, `charts`, plus developer `metadata`.
 * - `Charts`, `Button`, `ButtonSet` enums; `columnLetters`, `parseA1` helpers.
 *
 * Every public Apps Script method starts with `ctx.enter(Service, method)` (Service is
 * SpreadsheetApp, Spreadsheet, Sheet, Range, EmbeddedChartBuilder, EmbeddedChart, Ui, Menu,
 * DeveloperMetadata, DeveloperMetadataFinder), so calls are counted and faults can be armed.
 */
import type { EmulatorContext, SheetData, WorkbookData } from '../context';
import { parseA1 } from './a1';
import { Charts } from './charts';
import { activeRange, outputValue, type Env } from './env';
import { displayValue } from './format';
import { FormulaEngine } from './formula/engine';
import { readBlock } from './grid';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './metadata';
import { WorkbookModel, key, type ChartSpec, type MetadataEntry, type Rect, type SheetModel } from './model';
import { EmulatedRange } from './range';
import { EmulatedSheet } from './sheet';
import { EmulatedSpreadsheet } from './spreadsheet';
import { createUi, createUiRecord, type UiRecord } from './ui';
import { renderSheetHtml } from './render';
import { DataValidationCriteria, EmulatedConditionalFormatRuleBuilder, EmulatedDataValidationBuilder, InterpolationType, validationAt } from './rules';

export { Charts } from './charts';
export { Button, ButtonSet, type UiRecord } from './ui';
export { columnLetters, parseA1 } from './a1';
export type { ChartSpec } from './model';

export interface SheetSnapshot extends SheetData {
  values: unknown[][];
  displayValues: string[][];
  hidden: boolean;
  charts: ChartSpec[];
}

export interface WorkbookSnapshot extends WorkbookData {
  sheets: SheetSnapshot[];
  metadata: MetadataEntry[];
}

export interface EmulatedSpreadsheetApp {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Charts: typeof Charts;
  ui: UiRecord;
  formulaError(sheetName: string, a1: string): string | null;
  charts(sheetName: string): ChartSpec[];
  snapshot(): WorkbookSnapshot;
  /** The sheet drawn as Sheets shows it (grid, formats, merges, colour scales, charts as SVG), as an HTML page. */
  renderHtml(sheetName: string): string;
  /** The name of the sheet with this id, or undefined. */
  sheetNameById(sheetId: number): string | undefined;
  /** Bumped on every change to the workbook (for pages that redraw when it changes). */
  version(): number;
  /** Computed values of a block as getValues() gives them (uncounted; only the formulas it needs are evaluated). */
  values(sheetName: string, a1: string): unknown[][];
  /** What the dropdown at a cell offers a person (list items, or a range's non-blank values), or null without one. */
  dropdownOptions(sheetName: string, a1: string): string[] | null;
  /**
   * A person picks `option` in the dropdown at a cell, as in the Sheets UI (uncounted: no script
   * runs). Throws when the cell has no dropdown or does not offer that option.
   */
  choose(sheetName: string, a1: string, option: string): void;
}

export function createSpreadsheetApp(ctx: EmulatorContext, workbook: WorkbookData): EmulatedSpreadsheetApp {
  const book = WorkbookModel.from(workbook);
  const uiState = createUiRecord();
  const sheets = new Map<SheetModel, EmulatedSheet>();
  let spreadsheet: EmulatedSpreadsheet | undefined;
  const env: Env = {
    ctx,
    book,
    engine: undefined as unknown as FormulaEngine,
    ui: uiState.record,
    spreadsheet: () => (spreadsheet ??= new EmulatedSpreadsheet(env)),
    sheet: (model) => {
      let s = sheets.get(model);
      if (!s) sheets.set(model, (s = new EmulatedSheet(env, model)));
      return s;
    },
    range: (model, rect, open) => new EmulatedRange(env, model, rect, open),
  };
  env.engine = new FormulaEngine(book, ctx);
  const ui = createUi(ctx, uiState);

  const app = {
    // Outside a document (a standalone script's trigger) there is no active spreadsheet: null.
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
    getActive: () => (ctx.enter('SpreadsheetApp', 'getActive'), ctx.auth.inDocument ? env.spreadsheet() : null),
    getActiveSpreadsheet: () => (ctx.enter('SpreadsheetApp', 'getActiveSpreadsheet'), ctx.auth.inDocument ? env.spreadsheet() : null),
    getActiveSheet: () => (ctx.enter('SpreadsheetApp', 'getActiveSheet'), env.sheet(book.sheetById(book.activeSheetId) ?? book.sheets[0])),
    getActiveRange: () => (ctx.enter('SpreadsheetApp', 'getActiveRange'), activeRange(env)),
    getUi: () => (ctx.enter('SpreadsheetApp', 'getUi'), ui),
    /** Writes apply at once here; flush only counts (and makes formulas recompute on next read). */
    flush: () => {
      ctx.enter('SpreadsheetApp', 'flush');
      book.touch();
    },
    DeveloperMetadataVisibility,
    DeveloperMetadataLocationType,
    DataValidationCriteria,
    InterpolationType,
    newDataValidation: () => (ctx.enter('SpreadsheetApp', 'newDataValidation'), new EmulatedDataValidationBuilder()),
    newConditionalFormatRule: () => (ctx.enter('SpreadsheetApp', 'newConditionalFormatRule'), new EmulatedConditionalFormatRuleBuilder()),
    // Range.setHorizontalAlignment takes strings; these enums are for other setters.
    WrapStrategy: Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' }),
  };

  function sheetNamed(name: string): SheetModel {
    const model = book.sheetByName(name);
    if (!model) throw new Error(`No sheet named ${name}`);
    return model;
  }

  return {
    app: app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    Charts,
    ui: uiState.record,
    formulaError(sheetName, a1) {
      const ref = parseA1(a1);
      const err = env.engine.errorAt(sheetNamed(sheetName), ref.startRow, ref.startColumn);
      return err ? err.message : null;
    },
    charts: (sheetName) => sheetNamed(sheetName).charts.map((c) => structuredClone(c)),
    snapshot: () => snapshot(env),
    renderHtml: (sheetName) => renderSheetHtml(env, sheetNamed(sheetName)),
    sheetNameById: (sheetId) => book.sheetById(sheetId)?.name,
    version: () => book.version,
    values(sheetName, a1) {
      const sheet = sheetNamed(sheetName);
      const ref = parseA1(a1);
      const rows: unknown[][] = [];
      for (let r = ref.startRow; r <= (ref.endRow ?? ref.startRow); r += 1) {
        const out: unknown[] = [];
        for (let c = ref.startColumn; c <= (ref.endColumn ?? ref.startColumn); c += 1) out.push(outputValue(env.engine.cellValue(sheet, r, c)));
        rows.push(out);
      }
      return rows;
    },
    dropdownOptions: (sheetName, a1) => dropdownOptions(env, sheetNamed(sheetName), a1),
    choose(sheetName, a1, option) {
      const sheet = sheetNamed(sheetName);
      const offered = dropdownOptions(env, sheet, a1);
      if (!offered) throw new Error(`${sheetName}!${a1} has no dropdown`);
      if (!offered.includes(option)) throw new Error(`${sheetName}!${a1} does not offer ${JSON.stringify(option)}: ${offered.join(', ')}`);
      const ref = parseA1(a1);
      // The dropdown stores the option's text itself.
      sheet.formulas.delete(key(ref.startRow, ref.startColumn));
      sheet.setLiteral(ref.startRow, ref.startColumn, option);
      book.touch();
    },
  };
}

function dropdownOptions(env: Env, sheet: SheetModel, a1: string): string[] | null {
  const ref = parseA1(a1);
  const rule = validationAt(sheet, ref.startRow, ref.startColumn);
  if (!rule || !rule.showDropdown) return null;
  if (rule.criteria === 'VALUE_IN_LIST') return [...(rule.list ?? [])];
  const { sheet: source, rect } = rule.source!;
  const { timeZone, locale } = env.book;
  const shown = readBlock(env, source, rect).flatMap((row, i) =>
    row.map((v, j) => displayValue(outputValue(v), source.formatAt(rect.row + i, rect.column + j).numberFormat, timeZone, locale)),
  );
  return [...new Set(shown.filter((v) => v !== ''))];
}

function snapshot(env: Env): WorkbookSnapshot {
  const { book } = env;
  return {
    name: book.name,
    timeZone: book.timeZone,
    locale: book.locale,
    metadata: book.metadata.map((m) => ({ ...m })),
    sheets: book.sheets.map((sheet) => {
      const extent = extentOf(env, sheet);
      const computed = readBlock(env, sheet, extent);
      const rows = computed.map((r, i) =>
        r.map((_, j) => sheet.formulas.get(key(i + 1, j + 1)) ?? outputValue(sheet.literal(i + 1, j + 1))),
      );
      return {
        name: sheet.name,
        rows,
        values: computed.map((r) => r.map(outputValue)),
        displayValues: computed.map((r, i) =>
          r.map((v, j) => displayValue(outputValue(v), sheet.formatAt(i + 1, j + 1).numberFormat, book.timeZone, book.locale)),
        ),
        frozenRows: sheet.frozenRows,
        hidden: sheet.hidden,
        charts: sheet.charts.map((c) => structuredClone(c)),
      };
    }),
  };
}

function extentOf(env: Env, sheet: SheetModel): Rect {
  const spill = sheet.formulas.size ? env.engine.spillExtent(sheet) : { lastRow: 0, lastColumn: 0 };
  const numRows = Math.max(sheet.lastLiteralRow(), spill.lastRow);
  const numColumns = Math.max(sheet.lastLiteralColumn(), spill.lastColumn);
  return { row: 1, column: 1, numRows, numColumns: numRows ? numColumns : 0 };
}
