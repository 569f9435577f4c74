import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../src/demo/index';
import { withSheetEnv } from '../../src/functions/env';
import { CX_PHRASES, CX_THEMES } from '../../src/functions/themes';
import { columnIndex } from '../../src/mapping/text';
import { openDemo } from '../../src/emulator/demo-session';

const col = (...cells: unknown[]) => cells.map((c) => [c]);

describe('=CX_THEMES(comments, [scores], [top_n], [themes])', () => {
  it('lists themes with comments, share, negative share and the NPS of those customers against everyone else', () => {
    const table = CX_THEMES(col('Giá hơi đắt', 'Nhân viên thân thiện', 'ok', 'nhân viên không nhiệt tình'), col(3, 10, 8, 5));
    expect(table[0]).toEqual(['Theme', 'Comments', 'Share of comments %', 'Negative %', 'NPS of these customers', 'Everyone else', 'Difference']);
    expect(table[1]).toEqual(['Staff and service', 2, 50, 50, 0, -50, 50]);
    expect(table[2]).toEqual(['Price', 1, 25, 0, -100, 0, -100]);
    expect(table[table.length - 1]).toEqual(['No known theme', 1, 25, '', '', '', '']);
  });

  it('speaks the sheet\'s language', () => {
    const table = withSheetEnv({ timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' }, () => CX_THEMES(col('Giá hơi đắt', 'ok')));
    expect(table[0]).toEqual(['Chủ đề', 'Số bình luận', 'Tỷ lệ bình luận %', 'Tiêu cực %']);
    expect(table[1]).toEqual(['Giá cả', 1, 50, 0]);
    expect(table[2]).toEqual(['Chưa thuộc chủ đề nào', 1, 50, '']);
  });

  it('gives the average instead of NPS for scores that are not 0–10 answers, and skips a header row of both columns', () => {
    const table = CX_THEMES(col('Comment', 'Đóng gói đẹp', 'giao hàng tận nơi', 'ok'), col('Score', 2, 5, 4));
    expect(table[0][4]).toBe('Average score of these customers');
    expect(table[1]).toEqual(['Delivery', 2, (100 * 2) / 3, 0, 3.5, 4, -0.5]);
  });

  it('takes a person\'s own themes from a range (a Themes sheet)', () => {
    const table = CX_THEMES(col('wifi yếu', 'Wifi chậm', 'bị chém giá'), undefined, 5, [['Theme', 'Words'], ['Wifi', 'wifi, mạng'], ['Giá cả', 'chém']]);
    expect(table.slice(1, 3).map((r) => r.slice(0, 2))).toEqual([['Wifi', 2], ['Price', 1]]);
  });

  it('keeps to top_n themes', () => {
    const table = CX_THEMES(col('price', 'staff', 'delivery', 'app'), undefined, 2);
    expect(table).toHaveLength(1 + 2 + 1);
  });

  it('refuses what it cannot read, naming the argument and the place, in both languages', () => {
    expect(() => CX_THEMES(col('', ''))).toThrow('CX_THEMES: no comments in the range');
    expect(() => CX_THEMES(col('ok', true))).toThrow('CX_THEMES: TRUE is not a comment (comments are text) (row 2 of comments)');
    expect(() => CX_THEMES(col('ok', '#REF!'))).toThrow('CX_THEMES: the cell holds the error #REF! (row 2 of comments)');
    expect(() => CX_THEMES(col('a', 'b'), col(1))).toThrow('CX_THEMES: comments and scores must be the same size, not 2×1 and 1×1');
    expect(() => CX_THEMES(col('a'), undefined, 0)).toThrow(/CX_THEMES: top_n/);
    expect(() => CX_THEMES(col('a'), undefined, 5, [['Wifi', '']])).toThrow('CX_THEMES: the theme "Wifi" has no words; add them in the column beside it, separated by commas');
    expect(() => withSheetEnv({ timeZone: 'UTC', locale: 'vi_VN' }, () => CX_THEMES(col('', '')))).toThrow('CX_THEMES: không có bình luận nào trong vùng');
  });

  it('does not change when blanks are added (property)', () => {
    const comment = fc.constantFrom('Giá hơi đắt', 'Nhân viên thân thiện', 'chờ lâu', 'ok', 'dirty tables', 'not clean');
    fc.assert(
      fc.property(fc.array(comment, { minLength: 1, maxLength: 20 }), fc.array(fc.nat(25), { maxLength: 10 }), (comments, blankAt) => {
        const withBlanks: string[] = [...comments];
        for (const at of blankAt) withBlanks.splice(at % (withBlanks.length + 1), 0, '');
        expect(CX_THEMES(col(...withBlanks))).toEqual(CX_THEMES(col(...comments)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('=CX_PHRASES(comments)', () => {
  it('proposes frequent phrases no theme covers', () => {
    expect(CX_PHRASES(col('wifi yếu quá', 'Wifi yếu', 'wifi yếu, chờ lâu', 'ok'))).toEqual([['Phrase', 'Comments'], ['wifi yếu', 3]]);
  });
});

describe('CX_THEMES typed in the demo workbook', () => {
  const workbook = demoWorkbook();
  const columnOf = (sheet: string, letter: string) => {
    const rows = workbook.sheets.find((s) => s.name === sheet)!.rows;
    return rows.slice(1).map((row) => [row[columnIndex(letter)] ?? '']);
  };

  it('gives the engine\'s table over the English and the Vietnamese survey', () => {
    const emu = openDemo();
    const sheet = emu.spreadsheet.app.getActive().insertSheet('Themes formulas');
    const cases: [string, () => unknown][] = [
      ["=CX_THEMES('Form Responses 1'!H2:H, 'Form Responses 1'!C2:C)", () => CX_THEMES(columnOf('Form Responses 1', 'H'), columnOf('Form Responses 1', 'C'))],
      ['=CX_THEMES(\'Khảo sát\'!G2:G, \'Khảo sát\'!C2:C)', () => CX_THEMES(columnOf('Khảo sát', 'G'), columnOf('Khảo sát', 'C'))],
    ];
    cases.forEach(([formula, expected], i) => {
      const want = withSheetEnv({ timeZone: workbook.timeZone, locale: workbook.locale }, expected) as unknown[][];
      const cell = sheet.getRange(1 + i * 30, 1);
      cell.setFormula(formula);
      expect(emu.spreadsheet.formulaError('Themes formulas', cell.getA1Notation())).toBeNull();
      const got = sheet.getRange(1 + i * 30, 1, want.length, want[0].length).getValues();
      expect(got).toEqual(want);
      // The demo's comments are about something: most of them fall in a theme.
      expect(want.length).toBeGreaterThan(3);
    });
  });
});
