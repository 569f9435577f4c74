import { describe, expect, it } from 'vitest';
import { columnLetters, parseA1 } from '../../src/emulator/spreadsheet/index';
import { fixture } from '../../src/emulator/spreadsheet/testing';

// A1 notation as documented for Sheets: https://developers.google.com/sheets/api/guides/concepts#cell
describe('A1 notation', () => {
  it('reads single cells, blocks and $ absolute markers', () => {
    expect(parseA1('B2')).toEqual({ sheetName: undefined, startRow: 2, startColumn: 2, endRow: 2, endColumn: 2 });
    expect(parseA1('$A$1:$C3')).toMatchObject({ startRow: 1, startColumn: 1, endRow: 3, endColumn: 3 });
    expect(parseA1('C3:A1')).toMatchObject({ startRow: 1, startColumn: 1, endRow: 3, endColumn: 3 });
    expect(parseA1('AA10')).toMatchObject({ startColumn: 27, startRow: 10 });
  });

  it('reads open ranges: C2:C, A:A, 2:2', () => {
    expect(parseA1('C2:C')).toEqual({ sheetName: undefined, startRow: 2, startColumn: 3, endColumn: 3 });
    expect(parseA1('A:B')).toEqual({ sheetName: undefined, startRow: 1, startColumn: 1, endColumn: 2 });
    expect(parseA1('2:2')).toEqual({ sheetName: undefined, startRow: 2, startColumn: 1, endRow: 2 });
  });

  it('reads sheet-qualified and quoted sheet names', () => {
    expect(parseA1("'Form Responses 1'!C2:C")).toMatchObject({ sheetName: 'Form Responses 1', startRow: 2, startColumn: 3 });
    expect(parseA1('Survey!A1')).toMatchObject({ sheetName: 'Survey', startRow: 1 });
    expect(parseA1("'It''s mine'!B1")).toMatchObject({ sheetName: "It's mine" });
  });

  it('refuses what is not A1 with Apps Script\'s "Range not found"', () => {
    for (const bad of ['', 'A0', 'B', '1A', 'A1:B2:C3', '!A1', 'Hello world', 'A1B']) {
      expect(() => parseA1(bad), bad).toThrow('Range not found');
    }
  });

  it('numbers columns like Sheets', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('getRange by A1', () => {
  const f = () =>
    fixture([
      { name: 'Form Responses 1', rows: [['Time', 'Email', 'NPS'], ['t1', 'a@x', 9], ['t2', 'b@x', 6]] },
      { name: 'Dashboard', rows: [] },
    ]);

  it('resolves open ranges to the sheet edge, as Apps Script does (C2:C has maxRows - 1 rows)', () => {
    const { ss } = f();
    const range = ss.getRange("'Form Responses 1'!C2:C");
    expect(range.getSheet().getName()).toBe('Form Responses 1');
    expect(range.getRow()).toBe(2);
    expect(range.getNumRows()).toBe(999);
    expect(range.getValues().slice(0, 3)).toEqual([[9], [6], ['']]);
    expect(range.getA1Notation()).toBe('C2:C');
  });

  it('reads whole columns and rows', () => {
    const { sheet } = f();
    const s = sheet('Form Responses 1');
    expect(s.getRange('A:B').getNumColumns()).toBe(2);
    expect(s.getRange('A:B').getNumRows()).toBe(1000);
    expect(s.getRange('2:2').getValues()[0].slice(0, 4)).toEqual(['t1', 'a@x', 9, '']);
    expect(s.getRange('2:2').getA1Notation()).toBe('2:2');
  });

  it('gives the A1 of a block without the sheet name', () => {
    const { sheet } = f();
    expect(sheet('Dashboard').getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet('Dashboard').getRange('$B$7').getA1Notation()).toBe('B7');
  });

  it('throws "Range not found" for a missing sheet or bad A1', () => {
    const { ss, sheet } = f();
    expect(() => ss.getRange('Nowhere!A1')).toThrow('Range not found');
    expect(() => sheet('Dashboard').getRange('A1:')).toThrow('Range not found');
  });

  it('uses the active sheet when the A1 names none', () => {
    const { ss } = f();
    ss.setActiveSheet(ss.getSheetByName('Dashboard')!);
    expect(ss.getRange('A1').getSheet().getName()).toBe('Dashboard');
  });
});
