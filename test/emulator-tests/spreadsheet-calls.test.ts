import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

const bigSurvey = (rows: number) => [['When', 'NPS'], ...Array.from({ length: rows }, (_, i) => [new Date(Date.UTC(2024, 0, 1 + (i % 365))), i % 11])];

describe('call counting', () => {
  it('counts reading 100,000 rows as one getValues call', () => {
    const { sheet, ctx } = fixture([{ name: 'Survey', rows: bigSurvey(100_000) }]);
    const values = sheet('Survey').getRange('A2:B100001').getValues();
    expect(values).toHaveLength(100_000);
    expect(values[99_999][1]).toBe(99_999 % 11);
    expect(ctx.calls.count('Range.getValues')).toBe(1);
    expect(ctx.calls.snapshot()).toEqual({ 'Range.getValues': 1, 'Sheet.getRange': 1, 'Spreadsheet.getSheetByName': 1 });
  });

  it('counts one setValues for a whole block', () => {
    const { sheet, ctx } = fixture([{ name: 'Out', rows: [] }]);
    const block = Array.from({ length: 1000 }, (_, i) => [i, `row ${i}`]);
    sheet('Out').getRange(1, 1, 1000, 2).setValues(block);
    expect(ctx.calls.count('Range.setValues')).toBe(1);
    expect(sheet('Out').getLastRow()).toBe(1000);
    // A new sheet has 1,000 rows; writing past them needs rows inserted first, as in Sheets.
    expect(() => sheet('Out').getRange(1, 1, 1001, 2)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('counts a custom function over a 100,000-row open range once per read', () => {
    let calls = 0;
    const f = fixture([{ name: 'Survey', rows: bigSurvey(100_000) }, { name: 'Dash', rows: [['=COUNTALL(Survey!B2:B)']] }], {
      functions: { COUNTALL: (rows) => (calls += 1, (rows as unknown[][]).length) },
    });
    expect(f.sheet('Dash').getRange('A1').getValue()).toBe(100_000);
    f.sheet('Dash').getRange('A1').getDisplayValue();
    expect(calls).toBe(1);
  });

  it('counts calls on every service object by method', () => {
    const { app, ctx } = fixture([{ name: 'S', rows: [['a']] }]);
    const ss = app.getActiveSpreadsheet();
    ss.getSheets()[0].getDataRange().getDisplayValues();
    app.getUi().createMenu('CX').addItem('Open', 'open').addToUi();
    app.flush();
    expect(ctx.calls.snapshot()).toEqual({
      'Menu.addItem': 1,
      'Menu.addToUi': 1,
      'Range.getDisplayValues': 1,
      'Sheet.getDataRange': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.flush': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createMenu': 1,
    });
  });
});

describe('faults on demand', () => {
  it('throws an armed fault from the named method, then recovers', () => {
    const { sheet, ctx } = fixture([{ name: 'S', rows: [['a']] }]);
    ctx.faults.arm('Range.getValues', () => new Error('Service Spreadsheets timed out while accessing document'));
    const range = sheet('S').getRange('A1');
    expect(() => range.getValues()).toThrow('Service Spreadsheets timed out');
    expect(range.getValues()).toEqual([['a']]);
    expect(ctx.calls.count('Range.getValues')).toBe(2);
  });

  it('makes a sheet vanish between calls: the stale objects throw, lookups return null', () => {
    const { ss, sheet } = fixture([{ name: 'Survey', rows: [['a']] }, { name: 'Dash', rows: [['=COUNTA(Survey!A:A)']] }]);
    const survey = sheet('Survey');
    ss.deleteSheet(survey);
    expect(() => survey.getDataRange()).toThrow(/deleted/);
    expect(ss.getSheetByName('Survey')).toBeNull();
    expect(sheet('Dash').getRange('A1').getValue()).toBe('#REF!');
  });
});

describe('snapshot', () => {
  it('dumps raw rows, computed and displayed values, charts and metadata', () => {
    const f = fixture([{ name: 'Dash', rows: [['NPS', '=ROUND(2/3,2)']] }]);
    f.sheet('Dash').getRange('B1').setNumberFormat('0%');
    f.sheet('Dash').addDeveloperMetadata('cx.dashboard');
    const snap = f.snapshot();
    expect(snap).toMatchObject({ name: 'CX demo', timeZone: 'UTC', locale: 'en_US' });
    expect(snap.sheets[0]).toMatchObject({
      name: 'Dash',
      rows: [['NPS', '=ROUND(2/3,2)']],
      values: [['NPS', 0.67]],
      displayValues: [['NPS', '67%']],
      frozenRows: 0,
      hidden: false,
      charts: [],
    });
    expect(snap.metadata).toMatchObject([{ key: 'cx.dashboard', sheetId: 0 }]);
  });
});
