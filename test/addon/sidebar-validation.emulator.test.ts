import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';

/**
 * What the sidebar's calls say when the request cannot work: permanent problems are said as
 * permanent, in the person's language, and never as "wait a moment and try again".
 */
beforeAll(() => ensureBuilt());

const TRY_AGAIN = /wait a moment|đợi một lát/i;

/** Forty survey sheets with long Vietnamese names: a mapping of fewer than 9,216 characters but more bytes. */
function manyVietnameseSheets(): WorkbookData {
  const sheets = Array.from({ length: 40 }, (_, i) => ({
    name: `Phản hồi chi nhánh ${String(i).padStart(2, '0')} ${'ệ'.repeat(70)}`,
    rows: [['Điểm NPS'], [9], [10]],
  }));
  return { name: 'Chuỗi cửa hàng', timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN', sheets };
}

describe('saveMapping', () => {
  it('refuses a mapping over 9 KB of UTF-8 (though under 9,216 characters) with a permanent message, in Vietnamese', () => {
    const book = manyVietnameseSheets();
    const emu = openDemo({ workbook: book, userLocale: 'vi' });
    const mapping = {
      version: 2,
      sources: book.sheets.map((s) => ({ sheetName: s.name, sheetId: null, headerRow: 1, columns: { nps: 'A' } })),
      scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
    };
    const json = JSON.stringify(mapping);
    expect(json.length).toBeLessThan(9 * 1024);
    expect(Buffer.byteLength(json, 'utf8')).toBeGreaterThan(9 * 1024);
    let message = '';
    try {
      emu.call('saveMapping', { lang: 'vi', mapping });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('quá lớn để lưu');
    expect(message).toContain('Thử lại cũng không được');
    expect(message).not.toMatch(TRY_AGAIN);
    expect(emu.state.properties.document.peek('cx.mapping')).toBeNull();
  });
});
