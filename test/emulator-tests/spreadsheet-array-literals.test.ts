import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

// https://support.google.com/docs/answer/6208276
describe('array literals in formulas', () => {
  it('pass a column {"a";"b"} or a row {1,2} to a function as a range, and refuse ragged rows', () => {
    const seen: unknown[] = [];
    const f = fixture([{ name: 'S', rows: [] }], { functions: { ECHO: (arg) => (seen.push(arg), 'ok') } });
    const sheet = f.sheet('S');
    sheet.getRange('A1').setFormula('=ECHO({"Friend or colleague";"Word of mouth"})');
    expect(sheet.getRange('A1').getValue()).toBe('ok');
    sheet.getRange('A2').setFormula('=ECHO({1,2})');
    sheet.getRange('A2').getValue();
    expect(seen).toEqual([[['Friend or colleague'], ['Word of mouth']], [[1, 2]]]);
    sheet.getRange('A3').setFormula('=ECHO({1,2;3})');
    expect(sheet.getRange('A3').getValue()).toBe('#VALUE!');
  });

  it('stack ranges: {C1:C2;D1:D3} is one column of both, and ranges of other widths do not stack', () => {
    const seen: unknown[] = [];
    const f = fixture([{ name: 'S', rows: [['', '', 9, 1], ['', '', 10, 2], ['', '', '', 3]] }], { functions: { ECHO: (arg) => (seen.push(arg), 'ok') } });
    const sheet = f.sheet('S');
    sheet.getRange('A1').setFormula('=ECHO({C1:C2;D1:D3})');
    expect(sheet.getRange('A1').getValue()).toBe('ok');
    expect(seen).toEqual([[[9], [10], [1], [2], [3]]]);
    sheet.getRange('A2').setFormula('=ECHO({C1:D1;C2:C2})');
    expect(sheet.getRange('A2').getValue()).toBe('#VALUE!');
  });
});
