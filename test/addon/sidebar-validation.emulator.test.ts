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

type Detected = { mapping: { version: number; sources: { sheetName: string; columns: Record<string, string> }[]; scales: unknown } };

function callMessage(emu: ReturnType<typeof openDemo>, name: string, arg: unknown): string {
  try {
    emu.call(name, arg);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

describe('sidebar calls on sheets that are not there', () => {
  it('a sheet that does not exist is named, said as permanent, in the person’s language', () => {
    const emu = openDemo();
    for (const lang of ['en', 'vi'] as const) {
      const message = callMessage(emu, 'detectMapping', { lang, sheets: ['Khảo sát 2025'] });
      expect(message).toContain('“Khảo sát 2025”');
      expect(message).toContain(lang === 'en' ? 'pick your data sheets again' : 'chọn lại trang dữ liệu');
      expect(message).not.toMatch(TRY_AGAIN);
    }
  });

  it('__proto__ and constructor are sheet names like any other: missing ones are named, real ones are read', () => {
    const emu = openDemo({
      workbook: { name: 'Book', timeZone: 'Etc/UTC', locale: 'en_US', sheets: [{ name: 'constructor', rows: [['NPS'], [9], [10], [3]] }] },
    });
    expect(callMessage(emu, 'detectMapping', { lang: 'en', sheets: ['__proto__'] })).toContain('“__proto__” is not in this spreadsheet');
    const detected = emu.call<Detected>('detectMapping', { lang: 'en', sheets: ['constructor'] });
    expect(detected.mapping.sources[0].sheetName).toBe('constructor');
    expect(emu.call('saveMapping', { lang: 'en', mapping: detected.mapping })).toEqual({ saved: true });
    const preview = emu.call<{ metrics: { metric: string; value: number | null }[] }>('previewMetrics', { lang: 'en', mapping: detected.mapping });
    expect(preview.metrics.find((m) => m.metric === 'NPS')?.value).toBeCloseTo(((2 - 1) / 3) * 100);
    const bad = { ...detected.mapping, sources: [{ ...detected.mapping.sources[0], sheetName: '__proto__' }] };
    expect(callMessage(emu, 'saveMapping', { lang: 'en', mapping: bad })).toContain('“__proto__” is not in this spreadsheet');
  });

  it('a column beyond the sheet is refused before saving, naming the field and the last column', () => {
    const emu = openDemo({
      workbook: { name: 'Book', timeZone: 'Etc/UTC', locale: 'en_US', sheets: [{ name: 'Survey', rows: [['When', 'NPS'], [new Date('2026-03-01'), 9]] }] },
    });
    const detected = emu.call<Detected>('detectMapping', { lang: 'vi', sheets: ['Survey'] });
    const beyond = { ...detected.mapping, sources: [{ ...detected.mapping.sources[0], columns: { ...detected.mapping.sources[0].columns, nps: 'Q' } }] };
    const vi = callMessage(emu, 'saveMapping', { lang: 'vi', mapping: beyond });
    expect(vi).toContain('Cột Q');
    expect(vi).toContain('từ A đến B');
    expect(vi).not.toMatch(TRY_AGAIN);
    expect(callMessage(emu, 'saveMapping', { lang: 'en', mapping: beyond })).toContain('Pick a column from A to B');
    expect(emu.state.properties.document.peek('cx.mapping')).toBeNull();
  });

  it('a sheet deleted after the mapping was saved: preview and dashboard say so as permanent', () => {
    const emu = openDemo({
      workbook: {
        name: 'Book',
        timeZone: 'Etc/UTC',
        locale: 'en_US',
        sheets: [
          { name: 'Survey', rows: [['NPS'], [9], [10]] },
          { name: 'Other', rows: [['x']] },
        ],
      },
    });
    const detected = emu.call<Detected>('detectMapping', { lang: 'en', sheets: ['Survey'] });
    emu.call('saveMapping', { lang: 'en', mapping: detected.mapping });
    emu.spreadsheet.app.getActive().deleteSheet(emu.spreadsheet.app.getActive().getSheetByName('Survey')!);
    for (const [name, arg] of [
      ['previewMetrics', { lang: 'vi', mapping: detected.mapping }],
      ['buildDashboard', { lang: 'vi' }],
    ] as const) {
      const message = callMessage(emu, name, arg);
      expect(message).toContain('“Survey”');
      expect(message).not.toMatch(TRY_AGAIN);
      expect(message).not.toMatch(/\n\s+at /);
    }
  });
});

describe('recipients', () => {
  it('an address with an invisible or bidirectional character is refused, saying which', () => {
    const emu = openDemo();
    for (const address of ['boss\u200b@shop.vn', 'moc.elpmaxe@\u202eevil', 'ceo\u2066@shop.vn']) {
      const message = callMessage(emu, 'saveReportSettings', {
        lang: 'en',
        schedule: { version: 1, enabled: false, recipients: [address], frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'en' },
      });
      expect(message).toContain('invisible or direction-changing character');
    }
    expect(emu.state.properties.document.peek('cx.schedule')).toBeNull();
  });
});
