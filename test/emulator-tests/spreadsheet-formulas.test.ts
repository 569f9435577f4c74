import { describe, expect, it } from 'vitest';
import { fixture } from '../../src/emulator/spreadsheet/testing';

// Custom functions as Sheets calls them: https://developers.google.com/apps-script/guides/sheets/functions
const d1 = new Date('2024-01-05T02:00:00Z');
const survey = { name: 'Form Responses 1', rows: [['When', 'NPS'], [d1, 9], ['', 10], [d1, 3], ['', '']] };

function withSeen(extra: Record<string, (...args: unknown[]) => unknown> = {}) {
  const seen: unknown[][] = [];
  const f = fixture([survey, { name: 'Dashboard', rows: [] }], {
    timeZone: 'Asia/Ho_Chi_Minh',
    functions: {
      ECHO: (...args) => (seen.push(args), 'ok'),
      NPS: (scores) => {
        if (!Array.isArray(scores)) throw new Error('NPS: expects a range like C2:C');
        const xs = scores.flat().filter((v): v is number => typeof v === 'number');
        return Math.round(((xs.filter((x) => x >= 9).length - xs.filter((x) => x <= 6).length) / xs.length) * 100);
      },
      BYMONTH: () => [['Month', 'NPS'], ['Jan', 33], ['Feb', 50]],
      LIST: () => ['a', 'b'],
      ...extra,
    },
  });
  return { ...f, seen, dash: f.sheet('Dashboard') };
}

describe('custom functions in cells', () => {
  it('are evaluated when read and keep their formula text', () => {
    const { dash } = withSeen();
    dash.getRange('B2').setFormula("=NPS('Form Responses 1'!B2:B)");
    expect(dash.getRange('B2').getValue()).toBe(33);
    expect(dash.getRange('B2').getFormula()).toBe("=NPS('Form Responses 1'!B2:B)");
    expect(dash.getRange('B2').getDisplayValue()).toBe('33');
  });

  it('receive open ranges as rows of cells, trailing empty rows trimmed, dates as Date', () => {
    const { dash, seen } = withSeen();
    dash.getRange('A1').setFormula("=ECHO('Form Responses 1'!A2:B, 'Form Responses 1'!B2, 5, \"x\", TRUE)");
    dash.getRange('A1').getValue();
    const [rows, single, n, text, flag] = seen[0];
    expect(rows).toEqual([[d1, 9], ['', 10], [d1, 3]]);
    expect((rows as unknown[][])[0][0]).toBeInstanceOf(Date);
    expect([single, n, text, flag]).toEqual([9, 5, 'x', true]);
  });

  it('receive open ranges of one sheet at the same length, ending at the sheet\'s last row with content', () => {
    const seen: unknown[][] = [];
    const opened = new Date('2024-01-05T02:00:00Z');
    const { sheet } = fixture(
      [{ name: 'Tickets', rows: [['Opened', 'Resolved'], [opened, opened], [opened, '']] }, { name: 'Dashboard', rows: [] }],
      { functions: { ECHO: (...args) => (seen.push(args), 'ok') } },
    );
    // The last ticket is still open: Resolved is blank in the sheet's last row, yet both columns reach it.
    sheet('Dashboard').getRange('A1').setFormula('=ECHO(Tickets!A2:A, Tickets!B2:B)');
    sheet('Dashboard').getRange('A1').getValue();
    const [openedCells, resolvedCells] = seen[0] as unknown[][][];
    expect(openedCells).toHaveLength(2);
    expect(resolvedCells).toEqual([[opened], ['']]);
  });

  it('receive closed ranges whole, empty rows included', () => {
    const { dash, seen } = withSeen();
    dash.getRange('A1').setFormula("=ECHO('Form Responses 1'!B4:B6)");
    dash.getRange('A1').getValue();
    expect(seen[0][0]).toEqual([[3], [''], ['']]);
  });

  it('read back a thrown error as #ERROR! with the message kept', () => {
    const { dash, formulaError } = withSeen();
    dash.getRange('C3').setFormula("=NPS('Form Responses 1'!B2)");
    expect(dash.getRange('C3').getValue()).toBe('#ERROR!');
    expect(dash.getRange('C3').getDisplayValue()).toBe('#ERROR!');
    expect(formulaError('Dashboard', 'C3')).toBe('NPS: expects a range like C2:C');
    expect(formulaError('Form Responses 1', 'B2')).toBeNull();
  });

  it('spill a 2-D result right and down', () => {
    const { dash } = withSeen();
    dash.getRange('B2').setFormula('=BYMONTH()');
    expect(dash.getRange('B2:C4').getValues()).toEqual([['Month', 'NPS'], ['Jan', 33], ['Feb', 50]]);
    expect(dash.getRange('C3').getFormula()).toBe('');
    expect(dash.getLastRow()).toBe(4);
    expect(dash.getLastColumn()).toBe(3);
    expect(dash.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  it('spill a 1-D result down a column', () => {
    const { dash } = withSeen();
    dash.getRange('A1').setFormula('=LIST()');
    expect(dash.getRange('A1:A2').getValues()).toEqual([['a'], ['b']]);
  });

  it('give #REF! when a spill would overwrite data, and spill once the way is clear', () => {
    const { dash, formulaError } = withSeen();
    dash.getRange('C4').setValue('in the way');
    dash.getRange('B2').setFormula('=BYMONTH()');
    expect(dash.getRange('B2:C3').getValues()).toEqual([['#REF!', ''], ['', '']]);
    expect(formulaError('Dashboard', 'B2')).toBe('Array result was not expanded because it would overwrite data in C4.');
    dash.getRange('C4').clearContent();
    expect(dash.getRange('B4:C4').getValues()).toEqual([['Feb', 50]]);
  });

  it('give #NAME? for an unknown function', () => {
    const { dash, formulaError } = withSeen();
    dash.getRange('A1').setFormula('=NOPE(1)');
    expect(dash.getRange('A1').getValue()).toBe('#NAME?');
    expect(formulaError('Dashboard', 'A1')).toBe("Unknown function: 'NOPE'.");
  });

  it('recompute after the data they read changes', () => {
    const { dash, sheet } = withSeen();
    dash.getRange('A1').setFormula("=NPS('Form Responses 1'!B2:B)");
    expect(dash.getRange('A1').getValue()).toBe(33);
    sheet('Form Responses 1').appendRow(['', 10]);
    expect(dash.getRange('A1').getValue()).toBe(50);
  });
});

describe('built-in functions', () => {
  const calc = (formula: string, rows: unknown[][] = [[1], [2], ['x'], [''], [4]]) => {
    const f = fixture([{ name: 'S', rows }], { timeZone: 'Asia/Ho_Chi_Minh', now: '2024-03-15T20:00:00Z' });
    const cell = f.sheet('S').getRange('D1').setFormula(formula);
    return { value: cell.getValue(), display: cell.getDisplayValue(), error: f.formulaError('S', 'D1') };
  };

  it('SUM, AVERAGE, COUNT, COUNTA, MIN, MAX skip text and blanks in ranges', () => {
    expect(calc('=SUM(A1:A5)').value).toBe(7);
    expect(calc('=AVERAGE(A:A)').value).toBeCloseTo(7 / 3);
    expect(calc('=COUNT(A1:A5)').value).toBe(3);
    expect(calc('=COUNTA(A1:A5)').value).toBe(4);
    expect([calc('=MIN(A1:A5)').value, calc('=MAX(A1:A5, 10)').value]).toEqual([1, 10]);
  });

  it('COUNTIF matches numbers, comparisons and text case-insensitively', () => {
    const rows = [[9], [10], [3], ['Yes'], ['yes'], ['no']];
    expect(calc('=COUNTIF(A1:A6, ">=9")', rows).value).toBe(2);
    expect(calc('=COUNTIF(A1:A6, 3)', rows).value).toBe(1);
    expect(calc('=COUNTIF(A1:A6, "YES")', rows).value).toBe(2);
    expect(calc('=COUNTIF(A1:A6, "<>no")', rows).value).toBe(5);
  });

  it('ROUND, IF, IFERROR and arithmetic', () => {
    expect(calc('=ROUND(2.345, 2)').value).toBe(2.35);
    expect(calc('=ROUND(-2.5)').value).toBe(-3);
    expect(calc('=IF(A1>0, "up", "down")').value).toBe('up');
    expect(calc('=IFERROR(1/0, "n/a")').value).toBe('n/a');
    expect(calc('=IFERROR(NOPE(), )').value).toBe('');
    expect(calc('=(A1+A2)*2-A5/4^2').value).toBe(5.75);
    expect(calc('="NPS: "&A5').value).toBe('NPS: 4');
  });

  it('report errors with Sheets\' codes and messages', () => {
    expect(calc('=1/0')).toMatchObject({ value: '#DIV/0!', error: 'Function DIVIDE parameter 2 cannot be zero.' });
    expect(calc('=AVERAGE(B1:B3)').value).toBe('#DIV/0!');
    expect(calc('=SUM(A1, "x")').value).toBe('#VALUE!');
    expect(calc('=SUM(Nowhere!A1)').value).toBe('#REF!');
    expect(calc('=SUM(D1)')).toMatchObject({ value: '#REF!', error: expect.stringMatching(/^Circular dependency/) });
    expect(calc('=SUM(1,')).toMatchObject({ value: '#ERROR!', error: 'Formula parse error.' });
  });

  it('TODAY is midnight of the current day in the spreadsheet time zone; TEXT formats', () => {
    // 2024-03-15 20:00 UTC is already 16 March in Ho Chi Minh City.
    const today = calc('=TODAY()').value as Date;
    expect(today.toISOString()).toBe('2024-03-15T17:00:00.000Z');
    expect(calc('=TEXT(TODAY(), "yyyy-mm-dd")').value).toBe('2024-03-16');
    expect(calc('=TEXT(0.256, "0.0%")').value).toBe('25.6%');
  });
});

describe('the active range', () => {
  it('is the cell being recalculated while a custom function runs, and A1 of the active sheet otherwise', () => {
    const functions: Record<string, (...args: unknown[]) => unknown> = {};
    const f = fixture([{ name: 'Dashboard', rows: [] }], { functions });
    functions.WHERE = () => {
      const cell = f.app.getActiveRange()!;
      return `${cell.getSheet().getName()}!${cell.getA1Notation()} ${cell.getFormula()}`;
    };
    f.sheet('Dashboard').getRange('C7').setFormula('=WHERE()');
    expect(f.sheet('Dashboard').getRange('C7').getValue()).toBe('Dashboard!C7 =WHERE()');
    expect(f.app.getActiveRange()!.getA1Notation()).toBe('A1');
  });
});
