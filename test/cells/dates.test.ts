import { describe, expect, it } from 'vitest';
import { dateText, wallOfText } from '../../src/cells/dates';
import { durationInText, unitOfHeader } from '../../src/cells/durations';
import { numberReadings } from '../../src/cells/numbers';
import { readDate, readNumber } from '../../src/cells/read';
import { ART } from '../../src/functions/art';
import { CHURN } from '../../src/functions/churn';
import { withSheetEnv } from '../../src/functions/env';
import { CX_TREND } from '../../src/functions/trend';

const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const us = { timeZone: 'UTC', locale: 'en_US' };
const vn = { timeZone: 'UTC', locale: 'vi_VN' };

function shown(env: typeof us, formula: () => unknown): string {
  try {
    withSheetEnv(env, formula);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the formula gave a value');
}

describe('date text (metrics-spec.md section 1.2)', () => {
  // Every example of the spec, read day first where the order matters.
  const EXAMPLES: [text: string, wall: number][] = [
    ['2026-10-13', Date.UTC(2026, 9, 13)],
    ['2026-10-13 08:15', Date.UTC(2026, 9, 13, 8, 15)],
    ['2026-10-13 08:15:00', Date.UTC(2026, 9, 13, 8, 15)],
    ['2026-10-13T08:15:00', Date.UTC(2026, 9, 13, 8, 15)],
    ['13/10/2026 08:15:00', Date.UTC(2026, 9, 13, 8, 15)],
    ['2/9/2026 8:27', Date.UTC(2026, 8, 2, 8, 27)],
    ['13-10-2026', Date.UTC(2026, 9, 13)],
    ['13.10.2026', Date.UTC(2026, 9, 13)],
    ['31-Jul-18', Date.UTC(2018, 6, 31)],
    ['31 Jul 2018', Date.UTC(2018, 6, 31)],
    ['Jul 31, 2018', Date.UTC(2018, 6, 31)],
    ['31 tháng 7, 2018', Date.UTC(2018, 6, 31)],
    ['31 thg 7, 2018', Date.UTC(2018, 6, 31)],
    ['02/09/2026 8:27:26 PM', Date.UTC(2026, 8, 2, 20, 27, 26)],
    ['02/09/2026 12:05 AM', Date.UTC(2026, 8, 2, 0, 5)],
    ['02/09/26', Date.UTC(2026, 8, 2)],
    ['02/09/69', Date.UTC(2069, 8, 2)],
    ['02/09/70', Date.UTC(1970, 8, 2)],
  ];
  for (const [text, wall] of EXAMPLES) {
    it(`${text}`, () => {
      const parts = dateText(text)!;
      expect(parts, text).toBeDefined();
      expect(wallOfText(parts, 'dmy')).toBe(wall);
      expect(readDate(text, undefined, 'dmy')).toBe(wall);
    });
  }

  it('offsets: Z and ±hh:mm are exact instants; text without one is placed in the sheet zone', () => {
    expect(readDate('2026-10-13T08:15:00Z')).toBe(Date.UTC(2026, 9, 13, 8, 15));
    expect(readDate('2026-10-13T08:15:00+07:00')).toBe(Date.UTC(2026, 9, 13, 1, 15));
    expect(readDate('13/10/2026 08:15', (wall) => wall - 7 * 3_600_000, 'dmy')).toBe(Date.UTC(2026, 9, 13, 1, 15));
  });

  it('month first reads the same text the other way; impossible days are problems, not guesses', () => {
    expect(readDate('2/9/2026 8:27', undefined, 'mdy')).toBe(Date.UTC(2026, 1, 9, 8, 27));
    expect(() => readDate('13/10/2026', undefined, 'mdy')).toThrow('"13/10/2026" is not a date when read month first like the rest of the column');
    expect(() => readDate('31/02/2026', undefined, 'dmy')).toThrow('"31/02/2026" is not a date when read day first like the rest of the column');
    expect(dateText('2026-02-30')).toBeUndefined();
    expect(dateText('13/10/2026 25:00')).toBeUndefined();
  });
});

describe('day-first text in custom functions, decided per column', () => {
  // A vi_VN Forms export: 2 September, ..., 13 September proves day first.
  const opened = col('Opened', '02/09/2026 08:00:00', '13/09/2026 08:00:00');
  const resolved = col('Resolved', '02/09/2026 10:00:00', '13/09/2026 12:00:00');

  it('=ART(opened, resolved) reads both columns day first because their values say so, in any locale', () => {
    expect(withSheetEnv(us, () => ART(opened, resolved))).toBe(3);
  });

  it('undecided by the values, the spreadsheet locale decides: vi_VN day first, en_US month first', () => {
    const when = col('Date', '02/09/2026', '02/10/2026');
    const scores = col('Score', 10, 0);
    // vi_VN: 2 September and 2 October; en_US: 9 and 10 February.
    expect(withSheetEnv(vn, () => CX_TREND('NPS', scores, when, 'month'))).toEqual([
      [new Date(Date.UTC(2026, 8, 1)), 1, 100],
      [new Date(Date.UTC(2026, 9, 1)), 1, -100],
    ]);
    expect(withSheetEnv(us, () => CX_TREND('NPS', scores, when, 'month'))).toEqual([[new Date(Date.UTC(2026, 1, 1)), 2, 0]]);
  });

  it('a column proving both orders is an error naming one cell of each, in English and Vietnamese', () => {
    const mixed = col('Opened', '13/09/2026 08:00', '09/14/2026 08:00');
    const done = col('Resolved', '13/09/2026 09:00', '');
    expect(shown(us, () => ART(mixed, done))).toBe(
      'ART: the column holds dates day first ("13/09/2026 08:00", row 2 of opened) and month first ("09/14/2026 08:00", row 3 of opened); write them all in one order (row 2 of opened)',
    );
    expect(shown(vn, () => ART(mixed, done))).toBe(
      'ART: cột có ngày viết ngày trước tháng ("13/09/2026 08:00", hàng 2 của opened) và tháng trước ngày ("09/14/2026 08:00", hàng 3 của opened); hãy viết tất cả theo một thứ tự (hàng 2 của opened)',
    );
  });
});

describe('number text (metrics-spec.md section 1.3)', () => {
  it('each form read both ways; the text proves a mark where only one reading is a number', () => {
    expect(numberReadings('1,234.5')).toEqual({ point: 1234.5, comma: NaN });
    expect(numberReadings('1.234,5')).toEqual({ point: NaN, comma: 1234.5 });
    expect(numberReadings('2,5')).toEqual({ point: NaN, comma: 2.5 });
    expect(numberReadings('1.250')).toEqual({ point: 1.25, comma: 1250 });
    expect(numberReadings('50%')).toEqual({ point: 0.5, comma: 0.5 });
    expect(numberReadings('1.250.000 ₫')).toEqual({ point: NaN, comma: 1250000 });
    expect(numberReadings('$1,250')).toEqual({ point: 1250, comma: 1.25 });
    expect(numberReadings('1 250 000')).toEqual({ point: 1250000, comma: 1250000 });
    expect(numberReadings('Total')).toBeUndefined();
  });

  it('readNumber takes the column mark for text that reads both ways, and says so when there is none', () => {
    expect(readNumber('1.250', ',')).toBe(1250);
    expect(readNumber('1.250', '.')).toBe(1.25);
    expect(() => readNumber('1.250')).toThrow('"1.250" could be 1.25 or 1250 (write it as 1.25 or 1250 without a thousands mark)');
  });

  it('=CHURN over counts with thousands dots in a Vietnamese sheet', () => {
    expect(withSheetEnv(vn, () => CHURN('1.000', '900', '0'))).toBe(10);
  });
});

describe('durations (metrics-spec.md section 1.2)', () => {
  it('text forms and header units', () => {
    expect(durationInText('2:30')).toBe(2.5 * 3_600_000);
    expect(durationInText('2 h 30 min')).toBe(2.5 * 3_600_000);
    expect(durationInText('2 giờ 30 phút')).toBe(2.5 * 3_600_000);
    expect(durationInText('2h30')).toBe(2.5 * 3_600_000);
    expect(durationInText('90 phút')).toBe(1.5 * 3_600_000);
    expect(durationInText('1,5 giờ')).toBe(1.5 * 3_600_000);
    expect(durationInText('soon')).toBeNaN();
    expect(unitOfHeader('Thời gian xử lý (giờ)')).toBe('hours');
    expect(unitOfHeader('Handle time (hours)')).toBe('hours');
    expect(unitOfHeader('Handle time (minutes)')).toBe('minutes');
    expect(unitOfHeader('Thời gian (phút)')).toBe('minutes');
    expect(unitOfHeader('Duration')).toBeUndefined();
  });

  it('=ART over a text duration column: 49,5 hours under a (giờ) header, h:mm and words', () => {
    expect(withSheetEnv(vn, () => ART(col('Thời gian xử lý (giờ)', '49,5', '2:30', '2 giờ 30 phút', '1,5')))).toBe((49.5 + 2.5 + 2.5 + 1.5) / 4);
    // Numbers under a (phút) header are minutes; the mean is in the header's unit unless a unit is given.
    expect(withSheetEnv(vn, () => ART(col('Thời gian (phút)', 90, 30)))).toBe(60);
    expect(withSheetEnv(vn, () => ART(col('Thời gian (phút)', 90, 30), undefined, 'hours'))).toBe(1);
  });

  it('=ART over duration-formatted cells (Dates from 1899-12-30 on the sheet clock)', () => {
    // 2:30:00 and 26:30:00 as Sheets hands them in a UTC sheet.
    const cells = col('Time', new Date(Date.UTC(1899, 11, 30, 2, 30)), new Date(Date.UTC(1899, 11, 31, 2, 30)));
    expect(withSheetEnv(us, () => ART(cells))).toBe(14.5);
    expect(shown(us, () => ART(col(new Date(Date.UTC(2026, 9, 13)))))).toBe(
      'ART: the date 2026-10-13 is a date, not a duration (give ART the opened and resolved dates)',
    );
    expect(shown(vn, () => ART(col('Time', '')))).toBe('ART: không có thời lượng nào trong vùng');
    expect(shown(vn, () => ART(col('Time', 2, 'soon')))).toBe(
      'ART: "soon" không phải thời lượng (dùng số giờ như 2,5, 2:30 hoặc 2 giờ 30 phút) (hàng 3 của vùng)',
    );
  });
});
