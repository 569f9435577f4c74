import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../src/demo/index';
import * as engine from '../../src/functions/index';
import { withSheetEnv } from '../../src/functions/env';
import { columnIndex } from '../../src/mapping/text';
import { openDemo } from '../../src/emulator/demo-session';

const workbook = demoWorkbook();
const env = { timeZone: workbook.timeZone, locale: workbook.locale };

/** A column from row 2 to the sheet's last row with content, as Sheets passes `Sheet!C2:C`. */
function column(sheetName: string, letter: string): unknown[][] {
  const rows = workbook.sheets.find((s) => s.name === sheetName)!.rows;
  let last = rows.length - 1;
  while (last > 0 && rows[last].every((cell) => cell === '' || cell === null || cell === undefined)) last--;
  const index = columnIndex(letter);
  return rows.slice(1, last + 1).map((row) => [row[index] ?? '']);
}
const sum = (range: unknown[][]) => range.flat().reduce<number>((total, v) => total + (typeof v === 'number' ? v : 0), 0);

const survey = (l: string) => column('Form Responses 1', l);
const tickets = (l: string) => column('Support tickets', l);
const subs = (l: string) => column('Subscriptions', l);
const activity = (l: string) => column('Activity', l);

/** Each function as a shop owner would type it on the demo workbook, and the same call on the engine. */
const CASES: [string, () => unknown][] = [
  ["=NPS('Form Responses 1'!C2:C)", () => engine.NPS(survey('C'))],
  ["=NPS_BREAKDOWN('Form Responses 1'!C2:C)", () => engine.NPS_BREAKDOWN(survey('C'))],
  ["=NPS_CI('Form Responses 1'!C2:C, 0.9)", () => engine.NPS_CI(survey('C'), 0.9)],
  ["=CSAT('Form Responses 1'!D2:D)", () => engine.CSAT(survey('D'))],
  ["=CSAT_AVG('Form Responses 1'!D2:D)", () => engine.CSAT_AVG(survey('D'))],
  ["=CES('Form Responses 1'!E2:E, 7, \"percent\")", () => engine.CES(survey('E'), 7, 'percent')],
  ['=CHURN(Subscriptions!B2:B, Subscriptions!D2:D, Subscriptions!C2:C)', () => engine.CHURN(subs('B'), subs('D'), subs('C'))],
  ['=RETENTION(Subscriptions!B2:B, Subscriptions!D2:D, Subscriptions!C2:C)', () => engine.RETENTION(subs('B'), subs('D'), subs('C'))],
  ["=FCR('Support tickets'!D2:D)", () => engine.FCR(tickets('D'))],
  ["=ART('Support tickets'!B2:B, 'Support tickets'!C2:C, \"days\")", () => engine.ART(tickets('B'), tickets('C'), 'days')],
  ['=REFERRAL_RATE(SUM(Subscriptions!G2:G), SUM(Subscriptions!C2:C))', () => engine.REFERRAL_RATE(sum(subs('G')), sum(subs('C')))],
  ['=TRIAL_CONVERSION(SUM(Subscriptions!F2:F), SUM(Subscriptions!E2:E))', () => engine.TRIAL_CONVERSION(sum(subs('F')), sum(subs('E')))],
  ['=DAU(Activity!A2:A, Activity!B2:B)', () => engine.DAU(activity('A'), activity('B'))],
  ['=WAU(Activity!A2:A, Activity!B2:B)', () => engine.WAU(activity('A'), activity('B'))],
  ['=MAU(Activity!A2:A, Activity!B2:B)', () => engine.MAU(activity('A'), activity('B'))],
  ['=STICKINESS(Activity!A2:A, Activity!B2:B)', () => engine.STICKINESS(activity('A'), activity('B'))],
  ["=CX_TREND(\"NPS\", 'Form Responses 1'!C2:C, 'Form Responses 1'!A2:A)", () => engine.CX_TREND('NPS', survey('C'), survey('A'))],
  ["=CX_BY(\"CSAT\", 'Form Responses 1'!D2:D, 'Form Responses 1'!F2:F)", () => engine.CX_BY('CSAT', survey('D'), survey('F'))],
];

const plain = (v: unknown): unknown => (Array.isArray(v) ? v.map(plain) : v instanceof Date ? v.toISOString() : v);
const asRows = (v: unknown): unknown[][] => (Array.isArray(v) ? (Array.isArray(v[0]) ? (v as unknown[][]) : [v as unknown[]]) : [[v]]);

describe('every custom function, typed in the demo workbook, gives the engine\'s answer', () => {
  const emu = openDemo();
  const scratch = emu.spreadsheet.app.getActive().insertSheet('Formulas');

  it('covers all 18 functions', () => {
    const names = new Set(CASES.map(([formula]) => formula.slice(1, formula.indexOf('('))));
    expect(names.size).toBe(18);
  });

  CASES.forEach(([formula, expected], i) => {
    it(formula, () => {
      const want = asRows(withSheetEnv(env, expected));
      const row = 1 + i * 40;
      const cell = scratch.getRange(row, 1);
      cell.setFormula(formula);
      const got = scratch.getRange(row, 1, want.length, want[0].length).getValues();
      expect(emu.spreadsheet.formulaError('Formulas', cell.getA1Notation())).toBeNull();
      expect(plain(got)).toEqual(plain(want));
    });
  });
});

describe('a bad answer in the sheet', () => {
  it('shows #ERROR! with a message that names its cell, in the sheet\'s language', () => {
    const emu = openDemo();
    const book = emu.spreadsheet.app.getActive();
    book.getSheetByName('Form Responses 1')!.getRange('C13').setValue(11);
    const dashboard = book.insertSheet('Mine');
    dashboard.getRange('B2').setFormula("=NPS('Form Responses 1'!C2:C)");
    expect(dashboard.getRange('B2').getValue()).toBe('#ERROR!');
    expect(emu.spreadsheet.formulaError('Mine', 'B2')).toBe("NPS: 11 is outside the 0–10 scale (row 12 of the range, cell 'Form Responses 1'!C13)");

    book.setSpreadsheetLocale('vi_VN');
    dashboard.getRange('B3').setFormula("=NPS('Form Responses 1'!C2:C)");
    expect(emu.spreadsheet.formulaError('Mine', 'B3')).toMatch(/^NPS: .*\(hàng 12 của vùng, ô 'Form Responses 1'!C13\)$/);
  });
});
