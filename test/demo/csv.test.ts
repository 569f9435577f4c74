import { describe, expect, it } from 'vitest';
import { demoWorkbook, localTime, workbookToCsv, workbookToCsvFiles } from '../../src/demo';
import { detectColumns } from '../../src/mapping';
import { parseCsv } from '../mapping/csv';

describe('workbookToCsv', () => {
  it('quotes commas, quotes, line breaks and edge spaces; writes dates as local wall time', () => {
    const csv = workbookToCsv({
      name: 'Notes',
      rows: [
        ['Note', 'At', 'Score', 'Done'],
        ['Fast delivery, friendly staff', localTime(2026, 10, 5, 9, 30, 12), 9, true],
        ['The "express" option', localTime(2026, 10, 1), '', false],
        ['Great app.\nPlease add a dark mode.', null, ' 7 ', undefined],
      ],
    });
    expect(csv).toBe(
      'Note,At,Score,Done\n' +
        '"Fast delivery, friendly staff",2026-10-05 09:30:12,9,TRUE\n' +
        '"The ""express"" option",2026-10-01,,FALSE\n' +
        '"Great app.\nPlease add a dark mode.",," 7 ",\n',
    );
  });

  it('reads back cell for cell', () => {
    const rows = [['a', 'b,c'], ['"q"', 'line\nbreak']];
    expect(parseCsv(workbookToCsv({ name: 'S', rows }))).toEqual(rows);
  });

  it('a demo sheet exported to CSV is still detected the same way', () => {
    const workbook = demoWorkbook();
    const form = workbook.sheets[0];
    const [csv] = workbookToCsvFiles({ ...workbook, sheets: [form] }).map((file) => file.csv);
    const fromCsv = detectColumns(form.name, parseCsv(csv).slice(0, 201));
    const fromSheet = detectColumns(form.name, form.rows.slice(0, 201));
    const letters = (d: typeof fromCsv) => Object.fromEntries(Object.entries(d.fields).map(([f, m]) => [f, m.letter]));
    expect(letters(fromCsv)).toEqual(letters(fromSheet));
    expect(parseCsv(csv)[1][0]).toMatch(/^2025-09-01 \d\d:\d\d:\d\d$/);
  });

  it('names files after sheets, safe for any file system', () => {
    const files = workbookToCsvFiles({ name: 'W', timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US', sheets: [{ name: 'Q3/Q4: "final"', rows: [] }] });
    expect(files).toEqual([{ fileName: 'Q3_Q4_ _final_.csv', csv: '' }]);
  });
});
