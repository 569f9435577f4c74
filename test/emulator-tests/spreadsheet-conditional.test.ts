import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
describe('conditional format rules with a colour scale', () => {
  it('are built, set as the sheet\'s whole list, and read back with their gradient points', () => {
    const f = fixture([{ name: 'Dash', rows: [[1, 50, 100]] }, { name: 'Other', rows: [] }]);
    const sheet = f.sheet('Dash');
    const app = f.app as unknown as { newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder; InterpolationType: Record<string, unknown> };
    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#f4c7c3', app.InterpolationType.NUMBER as GoogleAppsScript.Spreadsheet.InterpolationType, '0')
      .setGradientMaxpoint('#b7e1cd')
      .setRanges([sheet.getRange('A1:C1')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(f.conditionalFormats('Dash')).toEqual([
      { ranges: ['A1:C1'], gradient: { min: { color: '#f4c7c3', type: 'NUMBER', value: '0' }, max: { color: '#b7e1cd', type: 'MAX', value: '' } } },
    ]);
    const [back] = sheet.getConditionalFormatRules();
    expect(back.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C1']);
    expect(back.getGradientCondition()!.getMinValue()).toBe('0');
    expect(back.getGradientCondition()!.getMaxType()).toBe('MAX');
    sheet.setConditionalFormatRules([]);
    expect(f.conditionalFormats('Dash')).toEqual([]);
    expect(f.ctx.calls.count('Sheet.setConditionalFormatRules')).toBe(2);
  });

  it('refuse a rule over another sheet and anything that is not a built rule', () => {
    const f = fixture([{ name: 'Dash', rows: [] }, { name: 'Other', rows: [] }]);
    const app = f.app as unknown as { newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder };
    const elsewhere = app.newConditionalFormatRule().setGradientMaxpoint('#b7e1cd').setRanges([f.sheet('Other').getRange('A1')]).build();
    expect(() => f.sheet('Dash').setConditionalFormatRules([elsewhere])).toThrow(/different sheet/);
    expect(() => f.sheet('Dash').setConditionalFormatRules([{ ranges: [] } as never])).toThrow(/don't match the method signature/);
  });
});

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
});
