import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';
import { DETECTION_SAMPLE_ROWS, HEADER_SEARCH_ROWS } from '../../src/mapping/fields';

/**
 * Step 2's date-order note says what the email will say. Detection reads a sheet's first
 * HEADER_SEARCH_ROWS + DETECTION_SAMPLE_ROWS rows; the preview, called as soon as step 2 opens,
 * reads the mapped columns whole, as the email does, and gives each date column's order as
 * decided on every row (`dateOrders`), which the page shows in place of detection's.
 */
beforeAll(() => ensureBuilt());

const SHEET = 'Survey';
const HEADER = ['Timestamp', 'How likely are you to recommend us? (0-10)'];
/** `11/1/2019 9:00:00`, `11/2/2019 9:00:00` …: 11 January… read day first, 1 November… month first. */
const ambiguous = (i: number) => `11/${(i % 12) + 1}/2019 9:00:00`;

function workbookOf(timestamps: string[]): WorkbookData {
  const rows = [HEADER, ...timestamps.map((stamp, i) => [stamp, i % 11])];
  return { name: 'Late proof', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: SHEET, rows, frozenRows: 1 }] };
}

function detectAndPreview(workbook: WorkbookData) {
  const emu = openDemo({ workbook, userLocale: 'en' });
  type DateOrder = { order: string; why: { en: string }; proved?: boolean; fewCells?: { text: { en: string; vi: string }; cells: number } };
  const detected = emu.call<{ mapping: unknown; sheets: { columns: { letter: string; dateOrder?: DateOrder }[] }[] }>('detectMapping', { lang: 'en', sheets: [SHEET] });
  const preview = emu.call<{ dateOrders?: { sheet: string; letter: string; dateOrder: DateOrder }[] }>('previewMetrics', { lang: 'en', mapping: detected.mapping });
  return { sample: detected.sheets[0].columns.find((c) => c.letter === 'A')!.dateOrder, whole: preview.dateOrders?.find((d) => d.sheet === SHEET && d.letter === 'A')?.dateOrder };
}

const sampled = HEADER_SEARCH_ROWS + DETECTION_SAMPLE_ROWS;

describe("the preview's date order is the whole column's, as the email reads it", () => {
  it('a day-first cell past detection\'s rows: detection says month first by the locale, the preview that one cell made its 11/1/2019 … day first', () => {
    const stamps = Array.from({ length: 420 }, (_, i) => ambiguous(i));
    const late = sampled + 100;
    stamps[late] = '13/11/2019 9:00:00';
    const moved = stamps.filter((s, i) => i !== late && !s.startsWith('11/11/')).length;
    const { sample, whole } = detectAndPreview(workbookOf(stamps));
    expect(sample).toMatchObject({ order: 'mdy', why: { en: 'month first (the locale en_US)' } });
    expect(sample?.fewCells).toBeUndefined();
    expect(whole).toMatchObject({ order: 'dmy', proved: true, why: { en: `day first: 13/11/2019 9:00:00 in row ${late + 2}` } });
    expect(whole?.fewCells).toEqual({
      cells: 1,
      text: {
        en: `dates are read day first because of 1 cell, 13/11/2019 9:00:00 ('Survey'!A${late + 2}); read month first, ${moved} other dates would fall in another month (11/1/2019 9:00:00 is read as 2019-01-11, 2019-11-01 the other way).`,
        vi: `ngày tháng được đọc ngày trước tháng chỉ vì 1 ô, 13/11/2019 9:00:00 ('Survey'!A${late + 2}); nếu đọc tháng trước ngày, ${moved} ngày khác sẽ rơi vào tháng khác (11/1/2019 9:00:00 được đọc là 2019-01-11, đọc cách kia là 2019-11-01).`,
      },
    });
  });

  it('one day-first cell in detection\'s rows, hundreds more below: the sample rests on one cell, the whole column does not, and the preview has no such note', () => {
    const stamps = Array.from({ length: 420 }, (_, i) => (i < sampled ? ambiguous(i) : `25/${(i % 12) + 1}/2019 9:00:00`));
    stamps[10] = '13/11/2019 9:00:00';
    const { sample, whole } = detectAndPreview(workbookOf(stamps));
    expect(sample?.fewCells?.cells).toBe(1);
    expect(whole).toMatchObject({ order: 'dmy', proved: true, why: { en: "day first: 13/11/2019 9:00:00 in row 12" } });
    expect(whole?.fewCells).toBeUndefined();
  });

  it('a column whose values prove nothing needs no second word: the preview sends nothing for it', () => {
    const { sample, whole } = detectAndPreview(workbookOf(Array.from({ length: 300 }, (_, i) => ambiguous(i))));
    expect(sample?.order).toBe('mdy');
    expect(whole).toBeUndefined();
  });
});
