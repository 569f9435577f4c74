import { describe, expect, it } from 'vitest';
import {
  describeDateOrder,
  describeDecimalMark,
  readDateColumn,
  readDurationColumn,
  readFlagColumn,
  readNumberColumn,
  readScoreColumn,
} from '../../src/cells/column';
import type { CellRef } from '../../src/cells/coverage';

/** Data rows start below the header in row 1, so cell i is row i + 2. */
const sheetRef = (column: string) => (index: number): CellRef => ({ sheet: 'Form Responses 1', column, row: index + 2 });
const fileRef = (index: number): CellRef => ({ file: 'tickets.csv', line: index + 2 });

describe('reading a whole column (report, sidebar, CLI)', () => {
  it('scores: labels, leading numbers and non-answers used or counted, with places', () => {
    const cells = ['10 - Extremely likely', 'N/A', '9', '', 'Tốt', 11, '0 – Chắc chắn không'];
    const read = readScoreColumn(cells, { low: 0, high: 10, refOf: sheetRef('C') });
    expect(Array.from(read.values)).toEqual([10, NaN, 9, NaN, NaN, NaN, 0]);
    expect(read.coverage).toEqual({
      used: 3,
      leftOut: {
        noAnswer: { count: 1, places: [{ sheet: 'Form Responses 1', column: 'C', row: 3 }] },
        blank: { count: 1, places: [] },
        unknownLabel: { count: 1, places: [{ sheet: 'Form Responses 1', column: 'C', row: 6 }] },
        outOfScale: { count: 1, places: [{ sheet: 'Form Responses 1', column: 'C', row: 7 }] },
      },
    });
    const unknown = read.problems.find((p) => p.reason === 'unknownLabel')!;
    expect(unknown.problem.text.en).toBe(
      '"Tốt" is not an answer on the 0–10 scale; give it a score in the label table of the mapping (sidebar step 2, or "labels" in the mapping file)',
    );
    expect(unknown.problem.text.vi).toBe(
      '"Tốt" không phải câu trả lời trên thang 0–10; hãy cho nó một điểm trong bảng nhãn của ánh xạ (bước 2 của thanh bên, hoặc "labels" trong tệp ánh xạ)',
    );
  });

  it("scores: the mapping's label table scores labels nobody else knows, and the labels found are listed", () => {
    const cells = ['Tốt', 'Rất tốt', 'tốt', 'Very satisfied', 'Kém', 4];
    const read = readScoreColumn(cells, { low: 1, high: 5, family: 'csat', labels: { 'Rất tốt': 5, 'Tốt ': 4 } });
    expect(Array.from(read.values)).toEqual([4, 5, 4, 5, NaN, 4]);
    expect(read.decision.labels).toEqual([
      { label: 'Tốt', count: 2, score: 4, from: 'table' },
      { label: 'Rất tốt', count: 1, score: 5, from: 'table' },
      { label: 'Very satisfied', count: 1, score: 5, from: 'builtin' },
      { label: 'Kém', count: 1, score: undefined, from: 'none' },
    ]);
  });

  it('scores: an answer that proves a scale fixes it when the scale was not chosen', () => {
    const read = readScoreColumn(['Agree', 'Neutral', 'Strongly agree'], { low: 1, high: 7, family: 'ces', allowed: [7, 5] });
    expect(read.decision).toMatchObject({ high: 5, scaleBy: 'labels', scaleEvidence: { text: 'Neutral', index: 1 } });
    expect(Array.from(read.values)).toEqual([4, 3, 5]);
  });

  it('flags: yes/no words, non-answers counted, other text left out as unreadable', () => {
    const read = readFlagColumn(['yes', 'Không', "Don't know", 'maybe'], { refOf: fileRef });
    expect(Array.from(read.values)).toEqual([1, 0, NaN, NaN]);
    expect(read.coverage.leftOut).toEqual({
      noAnswer: { count: 1, places: [{ file: 'tickets.csv', line: 4 }] },
      unreadable: { count: 1, places: [{ file: 'tickets.csv', line: 5 }] },
    });
  });

  it('dates: the order is decided by the column, with its evidence in both languages', () => {
    const cells = ['02/09/2026 08:27:26', '13/09/2026 10:00:00', '01/10/2026'];
    const read = readDateColumn(cells, { refOf: sheetRef('A') });
    expect(Array.from(read.values)).toEqual([Date.UTC(2026, 8, 2, 8, 27, 26), Date.UTC(2026, 8, 13, 10), Date.UTC(2026, 9, 1)]);
    expect(read.decision).toMatchObject({ order: 'dmy', by: 'values', evidence: { text: '13/09/2026 10:00:00', index: 1 } });
    expect(describeDateOrder(read.decision, sheetRef('A'))).toEqual({
      en: 'day first: 13/09/2026 10:00:00 in row 3',
      vi: 'ngày trước tháng: 13/09/2026 10:00:00 ở hàng 3',
    });
  });

  it('dates: undecided by the values, the setting, then the locale decides', () => {
    expect(readDateColumn(['02/09/2026'], { locale: 'vi_VN' }).values[0]).toBe(Date.UTC(2026, 8, 2));
    expect(readDateColumn(['02/09/2026'], { locale: 'en_US' }).values[0]).toBe(Date.UTC(2026, 1, 9));
    const set = readDateColumn(['02/09/2026'], { locale: 'en_US', order: 'dmy' });
    expect(set.values[0]).toBe(Date.UTC(2026, 8, 2));
    expect(describeDateOrder(set.decision)).toEqual({ en: 'day first (as set in the mapping)', vi: 'ngày trước tháng (theo cài đặt trong ánh xạ)' });
    expect(describeDateOrder(readDateColumn(['02/09/2026'], { locale: 'vi_VN' }).decision)).toEqual({
      en: 'day first (the locale vi_VN)',
      vi: 'ngày trước tháng (theo ngôn ngữ vùng vi_VN)',
    });
  });

  it('dates: a column proving both orders leaves every day/month cell out, naming one cell of each', () => {
    const read = readDateColumn(['13/09/2026', '09/14/2026', '05/06/2026', '2026-09-01'], { refOf: sheetRef('A') });
    expect(Array.from(read.values)).toEqual([NaN, NaN, NaN, Date.UTC(2026, 8, 1)]);
    expect(read.coverage.leftOut.conflict?.count).toBe(3);
    expect(read.problems[0].problem.text).toEqual({
      en: `the column holds dates day first ("13/09/2026", 'Form Responses 1'!A2) and month first ("09/14/2026", 'Form Responses 1'!A3); write them all in one order`,
      vi: `cột có ngày viết ngày trước tháng ("13/09/2026", 'Form Responses 1'!A2) và tháng trước ngày ("09/14/2026", 'Form Responses 1'!A3); hãy viết tất cả theo một thứ tự`,
    });
    // What the mapping shows (sidebar, `detect`) says the same, not "day first".
    expect(describeDateOrder(read.decision, sheetRef('A'))).toEqual({
      en: 'the column holds dates day first ("13/09/2026", row 2) and month first ("09/14/2026", row 3); write them all in one order',
      vi: 'cột có ngày viết ngày trước tháng ("13/09/2026", hàng 2) và tháng trước ngày ("09/14/2026", hàng 3); hãy viết tất cả theo một thứ tự',
    });
  });

  it('numbers: the decimal mark decided by the column, then the locale', () => {
    const vi = readNumberColumn(['1.250', '2,5', '1.250.000 ₫'], { refOf: fileRef });
    expect(Array.from(vi.values)).toEqual([1250, 2.5, 1250000]);
    expect(describeDecimalMark(vi.decision, fileRef)).toEqual({ en: 'decimal comma: 2,5 in line 3', vi: 'dấu phẩy thập phân: 2,5 ở dòng 3' });
    const en = readNumberColumn(['1,250', '$1,250', '2.5', '50%']);
    expect(Array.from(en.values)).toEqual([1250, 1250, 2.5, 0.5]);
    expect(readNumberColumn(['1.250'], { locale: 'vi_VN' }).values[0]).toBe(1250);
    expect(readNumberColumn(['1.250'], { locale: 'en_US' }).values[0]).toBe(1.25);
  });

  it('durations: unit from the header, Date cells from 1899-12-30, text forms', () => {
    const read = readDurationColumn(['49,5', '2:30', '2 giờ 30 phút', new Date(Date.UTC(1899, 11, 31, 1, 30))], { header: 'Thời gian xử lý (giờ)' });
    expect(Array.from(read.values)).toEqual([49.5, 2.5, 2.5, 25.5]);
    expect(read.decision).toMatchObject({ dataUnit: 'hours', unitBy: 'header' });
    const minutes = readDurationColumn(['90', '2 h 30 min'], { header: 'Handle time (minutes)' });
    expect(Array.from(minutes.values)).toEqual([1.5, 2.5]);
    const neg = readDurationColumn([-2, 'soon']);
    expect(neg.coverage.leftOut).toMatchObject({ outOfScale: { count: 1 }, unreadable: { count: 1 } });
  });
});
