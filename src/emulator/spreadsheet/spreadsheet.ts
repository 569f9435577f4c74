/**
 * Spreadsheet: the file, its sheets, time zone, locale and metadata.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
import { activeRange, type Env } from './env';
import { exception, messages } from './errors';
import { rangeFromA1 } from './lookup';
import { addMetadata, createFinder, metadataObjects } from './metadata';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type SheetLike = { getSheetId(): number };

export class EmulatedSpreadsheet {
  constructor(private readonly env: Env) {}

  private enter(method: string): void {
    this.env.ctx.enter('Spreadsheet', method);
  }

  private get book() {
    return this.env.book;
  }

  /** The model behind a Sheet object, or Apps Script's error for a stale one. */
  private modelOf(sheet: SheetLike) {
    const id = (sheet as unknown as { model?: { id: number; deleted: boolean; name: string } }).model;
    if (id?.deleted) throw exception(messages.sheetDeleted(id.name));
    const model = id ? this.book.sheetById(id.id) : undefined;
    if (!model) throw exception(messages.invalidArgument('sheet'));
    return model;
  }

  getId(): string {
    this.enter('getId');
    return this.book.id;
  }

  getName(): string {
    this.enter('getName');
    return this.book.name;
  }

  rename(newName: string): void {
    this.enter('rename');
    this.book.name = newName;
  }

  getUrl(): string {
    this.enter('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }

  getSheets(): Sheet[] {
    this.enter('getSheets');
    return this.book.sheets.map((s) => this.env.sheet(s) as Sheet);
  }

  getNumSheets(): number {
    this.enter('getNumSheets');
    return this.book.sheets.length;
  }

  /** The sheet with this exact name, or null (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename). */
  getSheetByName(name: string): Sheet | null {
    this.enter('getSheetByName');
    const model = this.book.sheetByName(name);
    return model ? (this.env.sheet(model) as Sheet) : null;
  }

  /** The sheet with this id, or null (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbyidid). */
  getSheetById(id: number): Sheet | null {
    this.enter('getSheetById');
    const model = this.book.sheetById(id);
    return model ? (this.env.sheet(model) as Sheet) : null;
  }

  /**
   * insertSheet(), (sheetName), (sheetIndex) or (sheetName, sheetIndex); the index is 0-based.
   * The new sheet becomes active. Without an index it goes last.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
   */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    this.enter('insertSheet');
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.book.sheets.length);
    if (name !== undefined && this.book.sheetByName(name)) throw exception(messages.duplicateSheetName(name));
    if (name === undefined) {
      let n = this.book.sheets.length + 1;
      while (this.book.sheetByName(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    if (at < 0 || at > this.book.sheets.length) throw exception(messages.invalidArgument('sheetIndex'));
    const model = this.book.addSheet(name, at);
    this.book.activeSheetId = model.id;
    return this.env.sheet(model) as Sheet;
  }

  /** Deletes the sheet; its Sheet and Range objects then throw on use. */
  deleteSheet(sheet: SheetLike): void {
    this.enter('deleteSheet');
    const model = this.modelOf(sheet);
    if (this.book.sheets.length === 1) throw exception(messages.lastSheet);
    this.book.sheets.splice(this.book.sheets.indexOf(model), 1);
    this.book.metadata = this.book.metadata.filter((m) => m.sheetId !== model.id);
    model.deleted = true;
    if (this.book.activeSheetId === model.id) this.book.activeSheetId = this.book.sheets[0].id;
    this.book.touch();
  }

  setActiveSheet(sheet: SheetLike): Sheet {
    this.enter('setActiveSheet');
    const model = this.modelOf(sheet);
    this.book.activeSheetId = model.id;
    return this.env.sheet(model) as Sheet;
  }

  getActiveRange(): Range {
    this.enter('getActiveRange');
    return activeRange(this.env) as unknown as Range;
  }

  getActiveSheet(): Sheet {
    this.enter('getActiveSheet');
    const model = this.book.sheetById(this.book.activeSheetId) ?? this.book.sheets[0];
    return this.env.sheet(model) as Sheet;
  }

  getSpreadsheetTimeZone(): string {
    this.enter('getSpreadsheetTimeZone');
    return this.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.enter('setSpreadsheetTimeZone');
    this.book.timeZone = timezone;
    this.book.touch();
  }

  getSpreadsheetLocale(): string {
    this.enter('getSpreadsheetLocale');
    return this.book.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.enter('setSpreadsheetLocale');
    this.book.locale = locale;
    this.book.touch();
  }

  /** A1 on the active sheet, or sheet-qualified (`'Form Responses 1'!C2:C`). */
  getRange(a1Notation: string): Range {
    this.enter('getRange');
    const active = this.book.sheetById(this.book.activeSheetId) ?? this.book.sheets[0];
    return rangeFromA1(this.env, active, a1Notation);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    this.enter('addDeveloperMetadata');
    addMetadata(this.env, undefined, key, valueOrVisibility, visibility);
    return this;
  }

  /** Metadata on the spreadsheet itself (not its sheets). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.enter('getDeveloperMetadata');
    return metadataObjects(this.env, (m) => m.sheetId === undefined);
  }

  /** Searches all metadata in the file, sheets included. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.enter('createDeveloperMetadataFinder');
    return createFinder(this.env, () => true);
  }

  /** Recorded in `ui.toasts`; the default timeout is 5 seconds. */
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this.enter('toast');
    this.env.ui.toasts.push({ message: String(msg), title: String(title), timeoutSeconds });
  }
}
