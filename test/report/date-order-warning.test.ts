import { describe, expect, it } from 'vitest';
import type { CellRef } from '../../src/cells/coverage';
import type { Cell } from '../../src/cells/types';
import { buildReport, renderHtml, renderText } from '../../src/report/index';
import type { ColumnPlace, ReportInput } from '../../src/report/types';

/**
 * A Forms sheet whose timestamps look month first (`11/1/2019 8:51:12`) but hold one
 * `13/11/2019 9:00:00`: the column's values prove day first (spec §1.2), which moves the other
 * 38 answers to January–April and leaves November with n = 1. The report keeps the decision and
 * says, first thing in its summary (text and HTML), that one cell decided it, where it is, how
 * many dates it moved and what to do.
 */
const SHEET = 'Form Responses 1';
const at = (column: string): ColumnPlace => ({ sheet: SHEET, refOf: (i): CellRef => ({ sheet: SHEET, column, row: i + 2 }) });

function formsInput(lang: 'en' | 'vi', dateOrder?: 'dmy' | 'mdy'): ReportInput {
  const dates: Cell[] = Array.from({ length: 39 }, (_, i) => `11/${(i % 4) + 1}/2019 9:${String(10 + i).padStart(2, '0')}:00`);
  dates[19] = '13/11/2019 9:00:00';
  const nps: Cell[] = dates.map((_, i) => i % 11);
  return {
    timeZone: 'UTC',
    lang,
    period: { kind: 'month', start: '2019-11-01' },
    survey: { dates, nps, ...(dateOrder ? { dateOrder } : {}) },
    columns: new Map([[dates, at('A')], [nps, at('B')]]),
  };
}

describe('the report says when a few cells decided the date order', () => {
  it('given one day-first timestamp among 38 that read either way, the report keeps November at n = 1 and warns', () => {
    const report = buildReport(formsInput('en'));
    expect(report.kpis.find((k) => k.id === 'NPS')?.current?.n).toBe(1);
    expect(report.dateOrderWarnings).toEqual([
      { sheet: SHEET, order: 'dmy', proofs: [{ text: '13/11/2019 9:00:00', place: { sheet: SHEET, column: 'A', row: 21 } }], proving: 1, moved: 38, example: '11/1/2019 9:10:00' },
    ]);
    const text = renderText(report);
    const glance = text.slice(0, text.indexOf('KEY METRICS'));
    expect(glance).toContain(
      "! Form Responses 1: dates are read day first because of 1 cell, 13/11/2019 9:00:00 ('Form Responses 1'!A21); read month first, 38 other dates would fall in another month (11/1/2019 9:10:00 is read as 2019-01-11, 2019-11-01 the other way). If the dates are month first, correct that cell; if day first is right, set the date order to day first in the mapping (the sidebar's column step) to confirm it.",
    );
    const html = renderHtml(report);
    expect(html).toContain('⚠ Form Responses 1: dates are read day first because of 1 cell, 13/11/2019 9:00:00 (&#39;Form Responses 1&#39;!A21)');
  });

  it('in Vietnamese', () => {
    const text = renderText(buildReport(formsInput('vi')));
    expect(text).toContain("! Form Responses 1: ngày tháng được đọc ngày trước tháng chỉ vì 1 ô, 13/11/2019 9:00:00 ('Form Responses 1'!A21); nếu đọc tháng trước ngày, 38 ngày khác sẽ rơi vào tháng khác");
    expect(text).toContain('hãy đặt thứ tự ngày là ngày trước tháng trong ánh xạ');
  });

  it('two proving cells are both named, with their places, in English and Vietnamese', () => {
    const input = formsInput('en');
    input.survey!.dates![29] = '14/11/2019 9:30:00';
    const [warning] = buildReport(input).dateOrderWarnings!;
    expect(warning).toMatchObject({ proving: 2, moved: 37 });
    expect(renderText(buildReport(input))).toContain(
      "dates are read day first because of 2 cells, 13/11/2019 9:00:00 ('Form Responses 1'!A21) and 14/11/2019 9:30:00 ('Form Responses 1'!A31); read month first, 37 other dates",
    );
    expect(renderText(buildReport({ ...input, lang: 'vi' }))).toContain(
      "chỉ vì 2 ô, 13/11/2019 9:00:00 ('Form Responses 1'!A21) và 14/11/2019 9:30:00 ('Form Responses 1'!A31); nếu đọc tháng trước ngày, 37 ngày khác",
    );
  });

  it('a mapping that sets day first confirms it: the same numbers, no warning', () => {
    const report = buildReport(formsInput('en', 'dmy'));
    expect(report.kpis.find((k) => k.id === 'NPS')?.current?.n).toBe(1);
    expect(report.dateOrderWarnings).toBeUndefined();
    expect(renderText(report)).not.toContain('dates are read day first');
  });
});
