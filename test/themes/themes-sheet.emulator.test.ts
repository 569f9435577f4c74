import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';

beforeAll(() => ensureBuilt());

describe('the Themes sheet people edit for CX_THEMES', () => {
  it('is in the add-on menu', () => {
    const emu = openDemo();
    emu.open('LIMITED');
    expect(emu.ui.menus[0].items.filter((i) => i.kind === 'item').map((i) => i.functionName)).toContain('showThemesSheet');
  });

  it('is created once with the built-in themes, keeps what people typed, and feeds CX_THEMES', () => {
    const emu = openDemo();
    const book = emu.spreadsheet.app.getActive();
    emu.call('showThemesSheet');
    const sheet = book.getSheetByName('Themes')!;
    const table = sheet.getDataRange().getValues();
    expect(table[0].slice(0, 2)).toEqual(['Theme', 'Words (separated by commas; wait* = any ending)']);
    expect(table.slice(1).map((r) => r[0]).filter(Boolean)).toHaveLength(12);
    expect(String(table[1][1])).toContain('price*, pricey');

    // A person adds a theme of their own and a word to a built-in one.
    sheet.getRange('A14:B14').setValues([['Wifi', 'wifi, mạng yếu']]);
    const price = sheet.getRange('B2');
    price.setValue(`${price.getValue()}, chém`);
    emu.call('showThemesSheet');
    expect(book.getSheetByName('Themes')!.getRange('A14').getValue()).toBe('Wifi');
    expect(String(book.getSheetByName('Themes')!.getRange('B2').getValue()).endsWith(', chém')).toBe(true);
    expect(book.getSheets().filter((s) => s.getName().startsWith('Themes'))).toHaveLength(1);

    const scratch = book.insertSheet('Scratch');
    scratch.getRange('A1:A3').setValues([['wifi yếu quá'], ['bị chém'], ['ok']]);
    scratch.getRange('C1').setFormula('=CX_THEMES(A1:A3, , 10, Themes!A2:B)');
    expect(emu.spreadsheet.formulaError('Scratch', 'C1')).toBeNull();
    const out = scratch.getRange('C1:D4').getValues();
    expect(out.slice(1, 3).map((r) => r[0]).sort()).toEqual(['Price', 'Wifi']);
  });

  it('never touches a sheet of the user\'s called Themes, and speaks the sheet\'s language', () => {
    const emu = openDemo();
    const book = emu.spreadsheet.app.getActive();
    const mine = book.insertSheet('Chủ đề');
    mine.getRange('A1').setValue('my notes');
    book.setSpreadsheetLocale('vi_VN');
    emu.call('showThemesSheet');
    expect(mine.getRange('A1').getValue()).toBe('my notes');
    const ours = book.getSheetByName('Chủ đề (2)')!;
    expect(ours.getRange('A1:B1').getValues()[0]).toEqual(['Chủ đề', 'Từ khóa (cách nhau bằng dấu phẩy; wait* = mọi đuôi)']);
    expect(ours.getRange('A2').getValue()).toBe('Giá cả');
  });
});
