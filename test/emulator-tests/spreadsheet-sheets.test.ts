import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
const book = () =>
  fixture(
    [
      { name: 'Survey', rows: [['When', 'NPS', ''], ['d1', 9, ''], ['', '', ''], ['d3', 7, 'late']], frozenRows: 1 },
      { name: 'Tickets', rows: [] },
    ],
    { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' },
  );

describe('Spreadsheet', () => {
  it('finds sheets by name, or null when there is none', () => {
    const { ss } = book();
    expect(ss.getSheetByName('Survey')?.getName()).toBe('Survey');
    expect(ss.getSheetByName('survey')).toBeNull();
    expect(ss.getSheetByName('Missing')).toBeNull();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Survey', 'Tickets']);
  });

  it('gives every sheet a stable, unique id, the first being 0', () => {
    const { ss } = book();
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(ids[0]).toBe(0);
    expect(new Set(ids).size).toBe(2);
    const added = ss.insertSheet('Dashboard');
    expect(ids).not.toContain(added.getSheetId());
    expect(ss.getSheetById(added.getSheetId())?.getName()).toBe('Dashboard');
    expect(ss.getSheetById(424242)).toBeNull();
  });

  it('inserts sheets by name and 0-based index, makes them active, names unnamed ones SheetN', () => {
    const { ss } = book();
    const first = ss.insertSheet('Dashboard', 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Dashboard');
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Dashboard', 'Survey', 'Tickets', 'Sheet4']);
  });

  it('refuses a name already in use, with Apps Script\'s message', () => {
    const { ss, sheet } = book();
    expect(() => ss.insertSheet('Survey')).toThrow('A sheet with the name "Survey" already exists. Please enter another name.');
    expect(() => sheet('Tickets').setName('Survey')).toThrow('A sheet with the name "Survey" already exists. Please enter another name.');
    sheet('Tickets').setName('Support tickets');
    expect(ss.getSheetByName('Support tickets')).not.toBeNull();
    expect(ss.getSheetByName('Tickets')).toBeNull();
  });

  it('deletes sheets but never the last one', () => {
    const { ss } = book();
    ss.deleteSheet(ss.getSheetByName('Tickets')!);
    expect(ss.getNumSheets()).toBe(1);
    expect(() => ss.deleteSheet(ss.getSheetByName('Survey')!)).toThrow("You can't remove all the sheets in a document.");
  });

  it('keeps and changes time zone and locale', () => {
    const { ss } = book();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    ss.setSpreadsheetTimeZone('Europe/Berlin');
    ss.setSpreadsheetLocale('en_GB');
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Europe/Berlin', 'en_GB']);
  });

  it('has an id, a name and a Sheets URL', () => {
    const { ss } = book();
    expect(ss.getName()).toBe('CX demo');
    expect(ss.getId()).toMatch(/^[\w-]{44}$/);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });
});

describe('Sheet', () => {
  it('reports the last row and column with content, 0 on an empty sheet', () => {
    const { sheet } = book();
    expect(sheet('Survey').getLastRow()).toBe(4);
    expect(sheet('Survey').getLastColumn()).toBe(3);
    expect(sheet('Tickets').getLastRow()).toBe(0);
    expect(sheet('Tickets').getLastColumn()).toBe(0);
    expect([sheet('Tickets').getMaxRows(), sheet('Tickets').getMaxColumns()]).toEqual([1000, 26]);
  });

  it('spans the data range to the last content, A1 on an empty sheet', () => {
    const { sheet } = book();
    expect(sheet('Survey').getDataRange().getA1Notation()).toBe('A1:C4');
    expect(sheet('Tickets').getDataRange().getA1Notation()).toBe('A1');
  });

  it('checks getRange(row, column, numRows, numColumns) like Apps Script', () => {
    const s = book().sheet('Tickets');
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => s.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(s.getRange(3, 2).getA1Notation()).toBe('B3');
  });

  it('appends rows after the last content and grows the sheet when full', () => {
    const { sheet } = book();
    const s = sheet('Survey');
    s.appendRow(['d4', 10, 'great']);
    expect(s.getRange('A5:C5').getValues()).toEqual([['d4', 10, 'great']]);
    const t = sheet('Tickets');
    t.getRange(1000, 1).setValue('last');
    t.appendRow(['overflow']);
    expect(t.getMaxRows()).toBe(1001);
    expect(t.getRange(1001, 1).getValue()).toBe('overflow');
  });

  it('inserts rows, moving content down', () => {
    const s = book().sheet('Survey');
    s.insertRows(2, 2);
    expect(s.getRange('A1:A4').getValues()).toEqual([['When'], [''], [''], ['d1']]);
    expect(s.getMaxRows()).toBe(1002);
  });

  it('keeps frozen rows, hidden state, column widths and its parent', () => {
    const { sheet, ss } = book();
    const s = sheet('Survey');
    expect(s.getFrozenRows()).toBe(1);
    s.setFrozenRows(2);
    s.hideSheet().setColumnWidth(2, 240).autoResizeColumns(1, 3);
    expect([s.getFrozenRows(), s.isSheetHidden(), s.getColumnWidth(2), s.getColumnWidth(3)]).toEqual([2, true, 240, 100]);
    expect(s.getParent().getId()).toBe(ss.getId());
  });

  it('clears contents but keeps formats with clearContents; clear removes both', () => {
    const s = book().sheet('Survey');
    s.getRange('B2').setNumberFormat('0.0');
    s.clearContents();
    expect(s.getLastRow()).toBe(0);
    expect(s.getRange('B2').getNumberFormat()).toBe('0.0');
    s.clear();
    expect(s.getRange('B2').getNumberFormat()).toBe('0.###############');
  });
});

describe('a sheet deleted between calls', () => {
  it('makes its stale Sheet and Range objects throw', () => {
    const { ss, sheet } = book();
    const stale = sheet('Tickets');
    const range = stale.getRange('A1:B2');
    ss.deleteSheet(stale);
    expect(() => stale.getName()).toThrow(/deleted/);
    expect(() => range.getValues()).toThrow(/deleted/);
    expect(() => range.setValue(1)).toThrow(/deleted/);
    expect(() => ss.setActiveSheet(stale)).toThrow(/deleted/);
    expect(ss.getSheetByName('Tickets')).toBeNull();
  });
});
