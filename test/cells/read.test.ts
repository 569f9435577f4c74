import { describe, expect, it } from 'vitest';
import { CellProblem } from '../../src/cells/errors';
import { readDate, readFlag, readScore, SHEETS_ERRORS } from '../../src/cells/read';

/** The problem a reader throws, in English, or the value it returns. */
function outcome(read: (cell: unknown) => number, cell: unknown): number | string {
  try {
    return read(cell);
  } catch (error) {
    expect(error).toBeInstanceOf(CellProblem);
    return `problem: ${(error as CellProblem).text.en}`;
  }
}

const date = new Date('2026-03-01T00:00:00Z');

// metrics-spec.md section 1, one row per line: cell, as a score, as a flag, as a date.
const TABLE: [label: string, cell: unknown, score: number | string, flag: number | string, asDate: number | string][] = [
  ['empty text', '', NaN, NaN, NaN],
  ['null', null, NaN, NaN, NaN],
  ['number 9', 9, 9, 'problem: 9 is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)', 'problem: 9 is not a date (use a date cell or text like 2026-03-01)'],
  ['number 1', 1, 1, 1, 'problem: 1 is not a date (use a date cell or text like 2026-03-01)'],
  ['number 0', 0, 0, 0, 'problem: 0 is not a date (use a date cell or text like 2026-03-01)'],
  ['numeric text "9"', '9', 9, 'problem: "9" is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)', 'problem: "9" is not a date (use a date cell or text like 2026-03-01)'],
  ['numeric text " 9 "', ' 9 ', 9, 'problem: "9" is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)', 'problem: "9" is not a date (use a date cell or text like 2026-03-01)'],
  ['numeric text " 1 "', ' 1 ', 1, 1, 'problem: "1" is not a date (use a date cell or text like 2026-03-01)'],
  ['TRUE', true, 'problem: TRUE is not a score', 1, 'problem: TRUE is not a date (use a date cell or text like 2026-03-01)'],
  ['FALSE', false, 'problem: FALSE is not a score', 0, 'problem: FALSE is not a date (use a date cell or text like 2026-03-01)'],
  ['yes word', 'Yes', 'problem: "Yes" is not a score', 1, 'problem: "Yes" is not a date (use a date cell or text like 2026-03-01)'],
  ['no word', 'NO', 'problem: "NO" is not a score', 0, 'problem: "NO" is not a date (use a date cell or text like 2026-03-01)'],
  // Other text is a problem for the reader; only the driver skips it, and only in the range's first row (test/cells/shape.test.ts).
  ['other text', 'Score', 'problem: "Score" is not a score', 'problem: "Score" is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)', 'problem: "Score" is not a date (use a date cell or text like 2026-03-01)'],
  ['ISO date text', '2026-03-01', 'problem: "2026-03-01" is not a score', 'problem: "2026-03-01" is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)', Date.UTC(2026, 2, 1)],
  ['Date object', date, 'problem: the date 2026-03-01 is not a score', 'problem: 2026-03-01 is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)', date.getTime()],
];

describe('reading a cell (metrics-spec.md section 1)', () => {
  for (const [label, cell, score, flag, asDate] of TABLE) {
    it(`${label}: as a score, a flag and a date`, () => {
      expect(outcome(readScore, cell)).toEqual(score);
      expect(outcome(readFlag, cell)).toEqual(flag);
      expect(outcome((c) => readDate(c), cell)).toEqual(asDate);
    });
  }

  it('undefined and whitespace-only text are empty too', () => {
    for (const cell of [undefined, '   ']) {
      expect(readScore(cell)).toBeNaN();
      expect(readFlag(cell)).toBeNaN();
      expect(readDate(cell)).toBeNaN();
    }
  });

  it('every yes word and every no word, in any case, is a flag and not a score', () => {
    for (const word of ['yes', 'y', 'true', 'x', '✓', 'có', 'rồi', 'đúng', 'YES', 'Có', 'CÓ', ' Rồi ', 'ĐÚNG']) {
      expect(readFlag(word)).toBe(1);
      expect(outcome(readScore, word)).toBe(`problem: "${word.trim()}" is not a score`);
    }
    for (const word of ['no', 'n', 'false', 'không', 'chưa', 'sai', 'No', 'KHÔNG', ' Chưa ', 'SAI']) {
      expect(readFlag(word)).toBe(0);
      expect(outcome(readScore, word)).toBe(`problem: "${word.trim()}" is not a score`);
    }
  });

  it('Vietnamese typed with combining marks (NFD) reads the same as precomposed', () => {
    expect(readFlag('co\u0301')).toBe(1); // c + o + combining acute = "có"
    expect(readFlag('kho\u0302ng')).toBe(0); // "không" with a combining circumflex
  });

  it('every Sheets error text is a problem naming it, for every reader', () => {
    expect([...SHEETS_ERRORS]).toEqual(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#ERROR!', '#NAME?', '#NUM!', '#NULL!']);
    for (const code of SHEETS_ERRORS) {
      for (const read of [readScore, readFlag, (c: unknown) => readDate(c)]) {
        expect(outcome(read, code)).toBe(`problem: the cell holds the error ${code}`);
      }
    }
  });

  it('NaN, Infinity, nested lists and objects are problems, never a TypeError', () => {
    for (const read of [readScore, readFlag, (c: unknown) => readDate(c)]) {
      expect(outcome(read, NaN)).toBe('problem: NaN is not a number a cell can hold');
      expect(outcome(read, -Infinity)).toBe('problem: -Infinity is not a number a cell can hold');
      expect(outcome(read, [[1]])).toBe('problem: a cell holds a list of values instead of one value');
      expect(outcome(read, { value: 1 })).toBe('problem: a cell holds something that is not a number, text, date or TRUE/FALSE');
      expect(outcome(read, new Date('nonsense'))).toBe('problem: the cell holds an invalid date');
    }
  });

  it('a flag number other than 1 or 0 is a problem', () => {
    expect(outcome(readFlag, 2)).toBe('problem: 2 is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)');
    expect(outcome(readFlag, 0.5)).toBe('problem: 0.5 is not a yes/no answer (use yes or no, 1 or 0, TRUE or FALSE)');
  });

  it('problems carry a Vietnamese text too', () => {
    try {
      readScore(true);
      expect.unreachable();
    } catch (error) {
      expect((error as CellProblem).text.vi).toBe('TRUE không phải là điểm');
    }
  });

  it('ISO date text: dates, times, seconds, offsets; impossible days are problems', () => {
    expect(readDate('2026-03-01T10:00')).toBe(Date.UTC(2026, 2, 1, 10));
    expect(readDate('2026-03-01 10:00:30')).toBe(Date.UTC(2026, 2, 1, 10, 0, 30));
    expect(readDate('2026-03-01T10:00Z')).toBe(Date.UTC(2026, 2, 1, 10));
    expect(readDate('2026-03-01T10:00+07:00')).toBe(Date.UTC(2026, 2, 1, 3));
    expect(outcome((c) => readDate(c), '2026-02-30')).toBe('problem: "2026-02-30" is not a date (use a date cell or text like 2026-03-01)');
    // A day/month form is read in the column's order only (test/cells/dates.test.ts); alone it says so.
    expect(outcome((c) => readDate(c), '01/03/2026')).toBe('problem: "01/03/2026" could be day first or month first (set the date order)');
    expect(outcome((c) => readDate(c), 'soon')).toBe('problem: "soon" is not a date (use a date cell or text like 2026-03-01)');
  });

  it('ISO text without an offset is placed by the converter the caller gives (the sheet time zone)', () => {
    const hoChiMinh = (wallClock: number) => wallClock - 7 * 3_600_000;
    expect(readDate('2026-03-01', hoChiMinh)).toBe(Date.UTC(2026, 1, 28, 17));
    expect(readDate('2026-03-01T00:00Z', hoChiMinh)).toBe(Date.UTC(2026, 2, 1)); // an explicit offset wins
  });

  it('Dates from another JavaScript realm (the vm context of the bundle) are dates', async () => {
    const vm = await import('node:vm');
    const foreign = vm.runInNewContext('new Date(Date.UTC(2026, 2, 1))');
    expect(foreign instanceof Date).toBe(false);
    expect(readDate(foreign)).toBe(Date.UTC(2026, 2, 1));
    expect(outcome(readScore, foreign)).toBe('problem: the date 2026-03-01 is not a score');
  });
});
