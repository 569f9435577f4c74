import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

/**
 * A formula that reads another formula's spilled cells sees the values the spill put there, as in
 * Sheets, where an array result is "automatically expanded into neighboring cells"
 * (https://support.google.com/docs/answer/3093275) and a cell reading them shows those values.
 * The emulator finds spills by evaluating the formulas above and left of a cell; a formula it
 * evaluated only to see whether it spills, while the spilling formula was still being computed,
 * once kept a blank for good.
 */
const TREND = (...args: unknown[]) => {
  // Reads its list (an open range on the dashboard itself) as CX_TREND reads its columns.
  const months = (args[0] as unknown[][]).flat().filter((m) => m !== '');
  return [['Month', 'n', 'NPS'], ...months.map((month, i) => [month, 10 + i, 20 + 10 * i])];
};
const COVERAGE = () => [[36, 4, '4 unreadable (B12)']];

function dashboard() {
  const f = fixture([{ name: 'Dash', rows: [] }], {
    functions: { TREND, COVERAGE, TOTAL: (range) => (range as unknown[][]).flat().reduce((sum: number, v) => sum + (typeof v === 'number' ? v : 0), 0) },
  });
  const dash = f.sheet('Dash');
  // The months the trend lists, in J (a helper list, as the dashboard keeps its lists right of the tables).
  dash.getRange('J2:J5').setValues([['Jan'], ['Feb'], ['Mar'], ['Apr']]);
  return { ...f, dash };
}

describe('formulas reading a spilled result', () => {
  it('a KPI cell and a lookup read the trend spilled in A1:C5, whichever is evaluated first', () => {
    const { dash } = dashboard();
    dash.getRange('A1').setFormula('=TREND(J2:J)');
    dash.getRange('E2').setFormula('=C3');
    dash.getRange('F2').setFormula('=VLOOKUP("Mar",A1:C5,3)');
    dash.getRange('G2').setFormula('=TOTAL(B2:B5)');
    dash.getRange('H2').setFormula('=IFERROR(C5,"")');
    // Read as a block: the sheet's formulas are evaluated in the order they were written.
    expect(dash.getRange('A1:H5').getValues()).toEqual([
      ['Month', 'n', 'NPS', '', '', '', '', ''],
      ['Jan', 10, 20, '', 30, 40, 46, 50],
      ['Feb', 11, 30, '', '', '', '', ''],
      ['Mar', 12, 40, '', '', '', '', ''],
      ['Apr', 13, 50, '', '', '', '', ''],
    ]);
    expect(dash.getRange('E2').getValue()).toBe(30);
  });

  it('the KPI row reads its coverage spilled across S:U, the coverage formula reading a list of its own sheet', () => {
    const { dash } = dashboard();
    dash.getRange('S8').setFormula('=COVERAGE(J2:J)');
    dash.getRange('E8:G8').setFormulas([['=S8', '=T8', '=U8']]);
    expect(dash.getRange('E8:G8').getValues()).toEqual([[36, 4, '4 unreadable (B12)']]);
    expect(dash.getRange('S8:U8').getValues()).toEqual([[36, 4, '4 unreadable (B12)']]);
  });

  it('after the data changes, the readers follow the new spill', () => {
    const { dash } = dashboard();
    dash.getRange('A1').setFormula('=TREND(J2:J)');
    dash.getRange('E2').setFormula('=C5');
    expect(dash.getRange('E2').getValue()).toBe(50);
    dash.getRange('J6').setValue('May');
    dash.getRange('E3').setFormula('=C6');
    expect(dash.getRange('E2:E3').getValues()).toEqual([[50], [60]]);
  });
});
