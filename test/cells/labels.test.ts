import { describe, expect, it } from 'vitest';
import { CellProblem } from '../../src/cells/errors';
import { isNonAnswer, numberedAnswer, verbalScore } from '../../src/cells/labels';
import { readDate, readFlag, readScore } from '../../src/cells/read';
import { CES } from '../../src/functions/ces';
import { CSAT, CSAT_AVG } from '../../src/functions/csat';
import { withSheetEnv } from '../../src/functions/env';
import { FCR } from '../../src/functions/flags';
import { NPS } from '../../src/functions/nps';

const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const english = { timeZone: 'Europe/London', locale: 'en_US' };
const vietnamese = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' };

/** The message a formula shows, in a spreadsheet of this locale. */
function shown(env: typeof english, formula: () => unknown): string {
  try {
    withSheetEnv(env, formula);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the formula gave a value');
}

// metrics-spec.md section 1.1, every label of every scale: [scale family, scale top, label, score].
const SCALES: [family: 'csat' | 'ces', high: number, labels: [string, number][]][] = [
  ['csat', 5, [
    ['Very dissatisfied', 1], ['Dissatisfied', 2], ['Neutral', 3], ['Neither satisfied nor dissatisfied', 3], ['Satisfied', 4], ['Very satisfied', 5],
    ['Rất không hài lòng', 1], ['Hoàn toàn không hài lòng', 1], ['Không hài lòng', 2], ['Bình thường', 3], ['Trung lập', 3], ['Hài lòng', 4], ['Rất hài lòng', 5], ['Hoàn toàn hài lòng', 5],
  ]],
  ['ces', 7, [
    ['Strongly disagree', 1], ['Disagree', 2], ['Somewhat disagree', 3], ['Neither agree nor disagree', 4], ['Somewhat agree', 5], ['Agree', 6], ['Strongly agree', 7],
    ['Hoàn toàn không đồng ý', 1], ['Không đồng ý', 2], ['Hơi không đồng ý', 3], ['Trung lập', 4], ['Không đồng ý cũng không phản đối', 4], ['Hơi đồng ý', 5], ['Đồng ý', 6], ['Hoàn toàn đồng ý', 7],
  ]],
  ['ces', 5, [
    ['Strongly disagree', 1], ['Disagree', 2], ['Neutral', 3], ['Agree', 4], ['Strongly agree', 5],
    ['Hoàn toàn không đồng ý', 1], ['Không đồng ý', 2], ['Trung lập', 3], ['Đồng ý', 4], ['Hoàn toàn đồng ý', 5],
    ['Very difficult', 1], ['Difficult', 2], ['Neither', 3], ['Easy', 4], ['Very easy', 5],
    ['Rất khó', 1], ['Khó', 2], ['Bình thường', 3], ['Dễ', 4], ['Rất dễ', 5],
  ]],
];

describe('answer labels (metrics-spec.md section 1.1)', () => {
  for (const [family, high, labels] of SCALES) {
    it(`${family.toUpperCase()} 1–${high}: every English and Vietnamese label gives its score`, () => {
      for (const [label, score] of labels) {
        expect(verbalScore(label, family, high), label).toBe(score);
        expect(readScore(label, { low: 1, high, family }), label).toBe(score);
      }
    });
  }

  it('matching ignores case, extra spaces and NFC/NFD forms of the marks', () => {
    const scale = { low: 1, high: 5, family: 'csat' as const };
    expect(readScore('  RẤT   hài LÒNG ', scale)).toBe(5);
    expect(readScore('Rất hài lòng'.normalize('NFD'), scale)).toBe(5);
    expect(readScore('very SATISFIED', scale)).toBe(5);
  });

  it('leading-number answers, x/5, stars and ★ on any scale', () => {
    expect(numberedAnswer('10 - Extremely likely')).toEqual({ score: 10 });
    expect(numberedAnswer('0 – Chắc chắn không')).toEqual({ score: 0 });
    expect(numberedAnswer('4: Satisfied')).toEqual({ score: 4 });
    expect(numberedAnswer('4/5')).toEqual({ score: 4, outOf: 5 });
    expect(numberedAnswer('4 stars')).toEqual({ score: 4 });
    expect(numberedAnswer('4 sao')).toEqual({ score: 4 });
    expect(numberedAnswer('★★★★☆')).toEqual({ score: 4, outOf: 5 });
    // Dates and decimals are not numbered answers.
    expect(numberedAnswer('13-10-2026')).toBeUndefined();
    expect(numberedAnswer('4.5')).toBeUndefined();
  });

  it('=NPS over "10 - Extremely likely" answers counts them, the score-0 customer too', () => {
    const answers = col('How likely are you to recommend us?', '10 - Extremely likely', '9', '0 - Not at all likely', '7', '0 – Chắc chắn không');
    // 2 promoters, 1 passive, 2 detractors of 5.
    expect(withSheetEnv(english, () => NPS(answers))).toBe(0);
  });

  it('=CSAT(D2:D) over a column of labels works as it is, in either language', () => {
    const english5 = col('Overall satisfaction', 'Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied', 'Very dissatisfied', 'Satisfied');
    expect(withSheetEnv(english, () => CSAT(english5))).toBe(50);
    expect(withSheetEnv(english, () => CSAT_AVG(english5))).toBeCloseTo(19 / 6, 12);
    const vietnamese5 = col('Mức độ hài lòng', 'Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng', 'Hài lòng');
    expect(withSheetEnv(vietnamese, () => CSAT(vietnamese5))).toBe(50);
    expect(withSheetEnv(english, () => CSAT(col('★★★★★', '★★☆☆☆', '4/5', '5 sao')))).toBe(75);
  });

  it('=CES over agreement labels: a label set fixes the scale when none is given', () => {
    // "Neutral" is only on the 5-point agreement scale, so "Agree" is 4 of 5, not 6 of 7.
    const five = col('It was easy', 'Agree', 'Neutral', 'Strongly agree', 'Disagree');
    expect(withSheetEnv(english, () => CES(five))).toBe((4 + 3 + 5 + 2) / 4);
    expect(withSheetEnv(english, () => CES(five, undefined, 'percent'))).toBe(50);
    const seven = col('Somewhat agree', 'Agree', 'Strongly agree');
    expect(withSheetEnv(english, () => CES(seven))).toBe(6);
    expect(withSheetEnv(english, () => CES(col('Very easy', 'Easy', 'Difficult')))).toBeCloseTo(11 / 3, 12);
  });

  it('a label of another scale is an error naming it and the cell, in English and Vietnamese', () => {
    expect(shown(english, () => CES(col('Somewhat agree', 'Neutral'), 7))).toBe('CES: "Neutral" is an answer on a 5-point scale, not the 1–7 scale (row 2 of the range)');
    expect(shown(vietnamese, () => CES(col('Hơi đồng ý', 'Neutral'), 7))).toBe('CES: "Neutral" là câu trả lời của thang 5 mức, không phải thang 1–7 (hàng 2 của vùng)');
    expect(shown(english, () => NPS(col(9, '4/5')))).toBe('NPS: "4/5" is an answer on a 5-point scale, not the 0–10 scale (row 2 of the range)');
    expect(shown(english, () => CSAT(col(5, 'Very satisfied'), 7))).toBe('CSAT: "Very satisfied" is an answer on a 5-point scale, not the 1–7 scale (row 2 of the range)');
  });

  it('a label outside the lists is an error that names it (the spec example), in English and Vietnamese', () => {
    const column = col('Điểm', 9, 10, 'Tốt');
    expect(shown(english, () => NPS(column))).toBe('NPS: "Tốt" is not an answer on the 0–10 scale (row 4 of the range)');
    expect(shown(vietnamese, () => NPS(column))).toBe('NPS: "Tốt" không phải câu trả lời trên thang 0–10 (hàng 4 của vùng)');
    const named = { ...vietnamese, formulaCell: { formula: "=NPS('Form Responses 1'!C10:C13)", sheetName: 'CX' } };
    expect(shown(named, () => NPS(column))).toBe("NPS: \"Tốt\" không phải câu trả lời trên thang 0–10 (hàng 4 của vùng, ô 'Form Responses 1'!C13)");
  });
});

describe('non-answers (metrics-spec.md section 1)', () => {
  const NON_ANSWERS = ['N/A', 'n/a', '-', '—', "Don't know", 'Don’t know', 'No answer', 'Không biết', 'Không trả lời', 'KHÔNG BIẾT'.normalize('NFD')];

  it('are skipped by every reader (score, flag, date), not errors', () => {
    for (const text of NON_ANSWERS) {
      expect(isNonAnswer(text), text).toBe(true);
      expect(readScore(text), text).toBeNaN();
      expect(readFlag(text), text).toBeNaN();
      expect(readDate(text), text).toBeNaN();
    }
  });

  it('in a range they are skipped below the first row too, so the number is the answers given', () => {
    expect(withSheetEnv(english, () => NPS(col('Score', 10, 'N/A', 0, 'Không biết', '-')))).toBe(0);
    expect(withSheetEnv(english, () => FCR(col('Resolved first?', 'yes', 'N/A', 'no', "Don't know")))).toBe(50);
    expect(shown(english, () => NPS(col('Score', 'N/A', '—')))).toBe('NPS: no scores in the range');
  });

  it('"No" is an answer, not a non-answer: a flag, and an error as a score', () => {
    expect(isNonAnswer('No')).toBe(false);
    expect(() => readScore('No')).toThrow(CellProblem);
  });
});
