import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

// https://developers.google.com/apps-script/reference/spreadsheet/range
const jan2 = new Date('2024-01-02T03:30:00Z');
const book = (options: { timeZone?: string; locale?: string } = {}) =>
  fixture([{ name: 'Data', rows: [['Date', 'Score', 'Share', 'Ok'], [jan2, 4.567, 0.4567, true], ['', 1234567.891, -0.05, false]] }], options);

describe('Range values', () => {
  it('returns numbers, strings, booleans, Dates and "" for empty cells, never undefined', () => {
    const values = book().sheet('Data').getRange('A1:E3').getValues();
    expect(values).toEqual([
      ['Date', 'Score', 'Share', 'Ok', ''],
      [jan2, 4.567, 0.4567, true, ''],
      ['', 1234567.891, -0.05, false, ''],
    ]);
    expect(values.flat().includes(undefined)).toBe(false);
  });

  it('hands out copies of Dates, so callers cannot change the sheet', () => {
    const s = book().sheet('Data');
    const d = s.getRange('A2').getValue() as Date;
    d.setFullYear(1999);
    expect((s.getRange('A2').getValue() as Date).toISOString()).toBe(jan2.toISOString());
  });

  it('checks the shape of setValues with Apps Script\'s exact messages', () => {
    const range = book().sheet('Data').getRange('A5:B6');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2, 3], [4, 5, 6]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow('The data has 1 but the range has 2.');
    range.setValues([[1, 'two'], [null, undefined]] as unknown as unknown[][]);
    expect(range.getValues()).toEqual([[1, 'two'], ['', '']]);
  });

  it('reads typed-looking text as Sheets does: numbers become numbers, "=" starts a formula', () => {
    const s = book().sheet('Data');
    s.getRange('F1:F3').setValues([['12.5'], ['=1+2'], ['007 Agent']]);
    expect(s.getRange('F1:F3').getValues()).toEqual([[12.5], [3], ['007 Agent']]);
    expect(s.getRange('F2').getFormula()).toBe('=1+2');
  });

  it('sets one value into every cell with setValue', () => {
    const s = book().sheet('Data');
    s.getRange('G1:H2').setValue('x');
    expect(s.getRange('G1:H2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  it('clears content but keeps formats, or both', () => {
    const s = book().sheet('Data');
    const r = s.getRange('B2').setNumberFormat('0.0').setFontWeight('bold');
    r.clearContent();
    expect([r.getValue(), r.getNumberFormat(), r.getFontWeight()]).toEqual(['', '0.0', 'bold']);
    r.clear();
    expect([r.getNumberFormat(), r.getFontWeight()]).toEqual(['0.###############', 'normal']);
  });

  it('moves with offset and reports its geometry', () => {
    const r = book().sheet('Data').getRange('B2:C3');
    const moved = r.offset(1, 1, 2, 3);
    expect(moved.getA1Notation()).toBe('C3:E4');
    expect([moved.getRow(), moved.getColumn(), moved.getNumRows(), moved.getNumColumns(), moved.getLastRow(), moved.getLastColumn()]).toEqual([3, 3, 2, 3, 4, 5]);
    expect(r.offset(0, 0).getA1Notation()).toBe('B2:C3');
    expect(() => r.offset(-2, 0)).toThrow('The starting row of the range is too small.');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
  });

  it('records styles and notes', () => {
    const r = book().sheet('Data').getRange('A1:D1');
    r.setFontWeight('bold').setBackground('#eeeeee').setFontColor('#333333').setHorizontalAlignment('center').setWrap(false).setNote('Headers');
    expect([r.getFontWeight(), r.getBackground(), r.getFontColor(), r.getHorizontalAlignment(), r.getWrap(), r.getNote()]).toEqual([
      'bold', '#eeeeee', '#333333', 'center', false, 'Headers',
    ]);
  });
});

describe('display values', () => {
  it('formats numbers per number format (General, 0, 0.0, 0.00, 0%, 0.0%, #,##0)', () => {
    const s = book().sheet('Data');
    const cell = s.getRange('B2');
    const shown = (format: string) => cell.setNumberFormat(format).getDisplayValue();
    expect(cell.getDisplayValue()).toBe('4.567');
    expect(['0', '0.0', '0.00', '0%', '0.0%', '#,##0.00'].map(shown)).toEqual(['5', '4.6', '4.57', '457%', '456.7%', '4.57']);
    s.getRange('C2:C3').setNumberFormat('0.0%');
    expect(s.getRange('C2:C3').getDisplayValues()).toEqual([['45.7%'], ['-5.0%']]);
    expect(s.getRange('B3').setNumberFormat('#,##0').getDisplayValue()).toBe('1,234,568');
    expect(s.getRange('D2:D3').getDisplayValues()).toEqual([['TRUE'], ['FALSE']]);
  });

  it('shows General numbers to 10 significant digits', () => {
    const s = book().sheet('Data');
    s.getRange('F1:F2').setValues([[1 / 3], [42]]);
    expect(s.getRange('F1:F2').getDisplayValues()).toEqual([['0.3333333333'], ['42']]);
  });

  it('formats dates in the spreadsheet time zone', () => {
    // 2024-01-02 03:30 UTC is 10:30 the same day in Ho Chi Minh City and 22:30 the day before in New York.
    const hcm = book({ timeZone: 'Asia/Ho_Chi_Minh' }).sheet('Data').getRange('A2');
    const ny = book({ timeZone: 'America/New_York' }).sheet('Data').getRange('A2');
    expect(hcm.setNumberFormat('yyyy-mm-dd').getDisplayValue()).toBe('2024-01-02');
    expect(ny.setNumberFormat('yyyy-mm-dd').getDisplayValue()).toBe('2024-01-01');
    expect(hcm.setNumberFormat('dd/MM/yyyy').getDisplayValue()).toBe('02/01/2024');
    expect(hcm.setNumberFormat('mmm yyyy').getDisplayValue()).toBe('Jan 2024');
    expect(hcm.setNumberFormat('yyyy-mm-dd hh:mm').getDisplayValue()).toBe('2024-01-02 10:30');
  });

  it('shows a date without a format as the locale shows dates', () => {
    expect(book({ timeZone: 'Asia/Ho_Chi_Minh' }).sheet('Data').getRange('A2').getDisplayValue()).toBe('1/2/2024 10:30:00');
    const midnight = fixture([{ name: 'D', rows: [[new Date('2024-05-06T00:00:00Z')]] }], { locale: 'vi_VN' });
    expect(midnight.sheet('D').getRange('A1').getDisplayValue()).toBe('06/05/2024');
  });

  it('uses the locale\'s decimal and thousands separators', () => {
    const s = book({ locale: 'vi_VN' }).sheet('Data');
    expect(s.getRange('B3').setNumberFormat('#,##0.00').getDisplayValue()).toBe('1.234.567,89');
    expect(s.getRange('C2').setNumberFormat('0.0%').getDisplayValue()).toBe('45,7%');
  });

  it('shows a date-formatted number as the day that serial number is', () => {
    const s = book().sheet('Data');
    expect(s.getRange('F1').setValue(45293).setNumberFormat('yyyy-mm-dd').getDisplayValue()).toBe('2024-01-02');
  });

  it('keeps number formats per cell', () => {
    const r = book().sheet('Data').getRange('B2:C2');
    expect(r.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    r.setNumberFormats([['0.0', '0%']]);
    expect(r.getNumberFormats()).toEqual([['0.0', '0%']]);
    expect(r.getDisplayValues()).toEqual([['4.6', '46%']]);
    expect(() => r.setNumberFormats([['0']])).toThrow('The data has 1 but the range has 2.');
  });
});

/**
 * Sheets keeps dates, times and durations as numbers and lets the format decide what a script
 * sees: getValues returns Number, Boolean, Date or String
 * (https://developers.google.com/apps-script/reference/spreadsheet/value-type), a Date for a
 * date-formatted cell, and custom functions get Dates for dates and durations
 * (https://developers.google.com/apps-script/guides/sheets/functions#data_types).
 */
describe('number formats decide what a script reads', () => {
  // 46308.375 is 2026-10-13 09:00 on the wall clock; 1.0625 is 25 h 30 min.
  const sheets = () => [{ name: 'Data', rows: [['Opened', 'Took', 'Score', 'When'], [46308.375, 1.0625, 4, jan2]] }];

  it('a number under a date, time or duration format is a Date in the sheet’s zone; under a number format it stays a number', () => {
    const book = fixture(sheets(), { timeZone: 'Asia/Ho_Chi_Minh' });
    const s = book.sheet('Data');
    s.getRange('A2').setNumberFormat('dd/mm/yyyy hh:mm');
    s.getRange('B2').setNumberFormat('[h]:mm:ss');
    s.getRange('C2').setNumberFormat('0.0');
    const [[opened, took, score]] = s.getRange('A2:C2').getValues();
    expect(opened).toEqual(new Date('2026-10-13T02:00:00Z'));
    expect(took).toBeInstanceOf(Date);
    expect(score).toBe(4);
    expect(s.getRange('A2').getValue()).toEqual(new Date('2026-10-13T02:00:00Z'));
    expect(s.getRange('A2').getDisplayValue()).toBe('13/10/2026 09:00');
  });

  it('a date under a plain number format is its serial, as Sheets shows and returns it', () => {
    const book = fixture(sheets(), { timeZone: 'UTC' });
    const s = book.sheet('Data');
    s.getRange('D2').setNumberFormat('0.00');
    expect(s.getRange('D2').getValue()).toBeCloseTo(45293 + 3.5 / 24, 9);
    s.getRange('D2').setNumberFormat('yyyy-mm-dd');
    expect(s.getRange('D2').getValue()).toEqual(jan2);
  });

  it('a custom function gets Dates for date cells picked out by FILTER, SORT or UNIQUE', () => {
    const seen: unknown[] = [];
    const book = fixture(sheets(), { timeZone: 'UTC', functions: { SEE: (x: unknown) => (seen.push(x), 'ok') } });
    const s = book.sheet('Data');
    s.getRange('A2:A').setNumberFormat('yyyy-mm-dd');
    s.getRange('F1').setFormulas([['=SEE(FILTER(A2:A2, C2:C2>0))']]);
    s.getRange('F2').setFormulas([['=SEE(SORT(A2:A2))']]);
    s.getRange('F3').setFormulas([['=SEE(UNIQUE(A2:A2))']]);
    expect(s.getRange('F1:F3').getValues()).toEqual([['ok'], ['ok'], ['ok']]);
    for (const x of seen) expect(x).toEqual([[new Date('2026-10-13T09:00:00Z')]]);
  });
});
