import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

/**
 * The Sheets features the dashboard's selectors rely on, as Sheets documents them: FILTER with
 * array conditions (https://support.google.com/docs/answer/3093197), UNIQUE, SORT, MEDIAN,
 * VLOOKUP, DATE, EDATE, ROWS; dropdowns (data validation), merged cells and colour scales.
 */
const oct = new Date('2026-10-03T03:00:00Z');
const sep = new Date('2026-09-20T03:00:00Z');
const data = {
  name: 'Answers',
  rows: [['When', 'Score', 'Channel'], [oct, 9, 'Store'], [sep, 3, 'Web'], [oct, 0, 'Web'], ['', 7, 'Store'], [oct, 'n/a', 'Store']],
};

function book() {
  const f = fixture([data, { name: 'Dash', rows: [] }], { timeZone: 'Asia/Ho_Chi_Minh' });
  return { ...f, dash: f.sheet('Dash') };
}

const value = (dash: ReturnType<typeof book>['dash'], formula: string) => {
  dash.getRange('A1').setFormula(formula);
  return dash.getRange('A1').getValues();
};

describe('FILTER', () => {
  it('keeps the rows where every condition holds, comparing dates and text element by element', () => {
    const { dash } = book();
    dash.getRange('H1').setFormula('=DATE(2026, 10, 1)');
    dash.getRange('H2').setFormula('=EDATE(H1, 1)');
    dash.getRange('H3').setValue('Web');
    dash.getRange('A1').setFormula('=FILTER(Answers!B2:B, Answers!A2:A>=$H$1, Answers!A2:A<$H$2, (Answers!C2:C=$H$3)+($H$3="All"))');
    expect(dash.getRange('A1:A2').getValues()).toEqual([[0], ['']]);
    dash.getRange('H3').setValue('All');
    expect(dash.getRange('A1:A3').getValues()).toEqual([[9], [0], ['n/a']]);
  });

  it('says #N/A with Sheets words when nothing matches, and #VALUE! for conditions of another size', () => {
    const { dash, formulaError } = book();
    expect(value(dash, '=FILTER(Answers!B2:B, Answers!C2:C="Phone")')).toEqual([['#N/A']]);
    expect(formulaError('Dash', 'A1')).toBe('No matches are found in FILTER evaluation.');
    expect(value(dash, '=FILTER(Answers!B2:B6, Answers!C2:C4="Web")')).toEqual([['#VALUE!']]);
    expect(formulaError('Dash', 'A1')).toMatch(/^FILTER has mismatched range sizes/);
  });

  it('counts non-blank cells with ROWS, where COUNTA would count the no-match error as a value', () => {
    const { dash } = book();
    expect(value(dash, '=IFERROR(ROWS(FILTER(Answers!B2:B, Answers!C2:C="Phone", Answers!B2:B<>"")), 0)')).toEqual([[0]]);
    expect(value(dash, '=COUNTA(FILTER(Answers!B2:B, Answers!C2:C="Phone"))')).toEqual([[1]]);
    // A score of 0 is not blank.
    expect(value(dash, '=ROWS(FILTER(Answers!B2:B, Answers!B2:B<>""))')).toEqual([[5]]);
  });
});

describe('UNIQUE, SORT, MEDIAN, VLOOKUP, EDATE', () => {
  it('list the distinct channels in order', () => {
    const { dash } = book();
    dash.getRange('A1').setFormula('=SORT(UNIQUE(FILTER(Answers!C2:C, Answers!C2:C<>"")))');
    expect(dash.getRange('A1:A3').getValues()).toEqual([['Store'], ['Web'], ['']]);
  });

  it('take the median of numbers only, and say so when there are none', () => {
    const { dash, formulaError } = book();
    expect(value(dash, '=MEDIAN(Answers!B2:B)')).toEqual([[5]]);
    expect(value(dash, '=MEDIAN(Answers!C2:C)')).toEqual([['#NUM!']]);
    expect(formulaError('Dash', 'A1')).toBe('MEDIAN has no valid input data.');
  });

  it('look up a label exactly, case-insensitively, and name the missing one', () => {
    const { dash, formulaError } = book();
    dash.getRange('D1:E2').setValues([['2026-10', 1], ['All', 0]]);
    expect(value(dash, '=VLOOKUP("all", D1:E2, 2, FALSE)')).toEqual([[0]]);
    expect(value(dash, '=VLOOKUP("2027-01", D1:E2, 2, FALSE)')).toEqual([['#N/A']]);
    expect(formulaError('Dash', 'A1')).toBe("Did not find value '2027-01' in VLOOKUP evaluation.");
  });

  it('move a date by months, keeping the day within the month', () => {
    const { dash } = book();
    dash.getRange('B1').setFormula('=EDATE(DATE(2026, 1, 31), 1)');
    dash.getRange('B1').setNumberFormat('yyyy-mm-dd');
    expect(dash.getRange('B1').getDisplayValue()).toBe('2026-02-28');
    dash.getRange('B1').setFormula('=EDATE(DATE(2026, 3, 1), -12)');
    expect(dash.getRange('B1').getDisplayValue()).toBe('2025-03-01');
  });
});

describe('dropdowns, merges and colour scales', () => {
  it('records a dropdown from a range and lets a person pick only what it offers', () => {
    const { dash, app, dropdownOptions, choose } = book();
    dash.getRange('D1:D3').setValues([['2026-10'], ['2026-09'], ['All']]);
    const rule = app.newDataValidation().requireValueInRange(dash.getRange('D1:D10'), true).setAllowInvalid(false).build();
    dash.getRange('B1').setDataValidation(rule);
    expect(String(dash.getRange('B1').getDataValidation()!.getCriteriaType())).toBe('VALUE_IN_RANGE');
    expect(dropdownOptions('Dash', 'B1')).toEqual(['2026-10', '2026-09', 'All']);
    choose('Dash', 'B1', '2026-09');
    expect(dash.getRange('B1').getValue()).toBe('2026-09');
    expect(() => choose('Dash', 'B1', '2031-01')).toThrow(/does not offer/);
    expect(() => choose('Dash', 'B2', 'All')).toThrow(/has no dropdown/);
    expect(dash.getRange('B2').getDataValidation()).toBeNull();
    dash.getRange('B1').clearDataValidations();
    expect(dash.getRange('B1').getDataValidation()).toBeNull();
  });

  it('refuses a dropdown list longer than Sheets allows', () => {
    const { app } = book();
    expect(() => app.newDataValidation().requireValueInList(Array.from({ length: 501 }, (_, i) => String(i)), true)).toThrow(/more items than the limit of 500/);
  });

  it('merges a block keeping the top-left value, and refuses to merge across part of a merge', () => {
    const { dash } = book();
    dash.getRange('A1:C1').setValues([['Title', 'x', 'y']]);
    dash.getRange('A1:C1').merge();
    expect(dash.getRange('A1:C1').getValues()).toEqual([['Title', '', '']]);
    expect(dash.getRange('B1').isPartOfMerge()).toBe(true);
    expect(() => dash.getRange('B1:D1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    dash.getRange('A1:C1').breakApart();
    expect(dash.getRange('B1').isPartOfMerge()).toBe(false);
  });

  it('keeps the colour-scale rules a sheet is given, replacing the old ones', () => {
    const { dash, app } = book();
    const rule = app.newConditionalFormatRule().setGradientMinpoint('#ffffff').setGradientMaxpoint('#1e8e3e').setRanges([dash.getRange('B2:D5')]).build();
    dash.setConditionalFormatRules([rule]);
    expect(dash.getConditionalFormatRules()).toHaveLength(1);
    dash.setConditionalFormatRules([]);
    expect(dash.getConditionalFormatRules()).toHaveLength(0);
  });
});
