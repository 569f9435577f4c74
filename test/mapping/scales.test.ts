import { describe, expect, it } from 'vitest';
import { detectColumns, detectWorkbook, headerScale, inferScale, mappingFromDetection, scaleReasons } from '../../src/mapping';
import { parseStoredMapping, serializeMapping } from '../../src/mapping/schema';
import { profileColumn } from '../../src/mapping/sniff';
import * as sheets from '../fixtures/sheets';

const at = (day: number) => new Date(Date.UTC(2026, 9, day, 3));

/** A shop that asks satisfaction out of ten and effort on a five-point agreement scale. */
const CSAT_10 = [9, 10, 7, 8, 10, 6, 9, 3, 10, 8, 9, 5];
const CES_5 = [5, 4, 4, 2, 5, 3, 4, 5, 1, 4, 5, 3];
const tenAndFive = [
  ['Timestamp', 'How likely are you to recommend us?', 'How satisfied were you with your order?', 'It was easy to get my issue handled'],
  ...CSAT_10.map((csat, i) => [at(i + 1), (i * 7) % 11, csat, CES_5[i]]),
];

describe('the answer scales, given a sheet', () => {
  it('a 1–10 CSAT question and a 1–5 CES question: found as CSAT and CES, on 10 and 5', () => {
    const detection = detectColumns('Form Responses 1', tenAndFive);
    expect(detection.fields.csat).toMatchObject({ letter: 'C', scale: { scale: 10, confidence: 0.9, reasons: ['answers go up to 10 (12 cells)'] } });
    expect(detection.fields.csat?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(detection.fields.ces).toMatchObject({ letter: 'D', scale: { scale: 5, confidence: 0.9, reasons: ['answers go up to 5 (12 cells)'] } });
    expect(detection.fields.nps?.letter).toBe('B');
  });

  it('the mapping written from that detection carries 10 and 5, and reads back unchanged', () => {
    const mapping = mappingFromDetection(detectWorkbook([{ name: 'Form Responses 1', values: tenAndFive }]));
    expect(mapping.scales).toEqual({ csat: { scale: 10 }, ces: { scale: 5, method: 'mean' } });
    expect(parseStoredMapping(serializeMapping(mapping))).toEqual({ ok: true, mapping });
  });

  it('a 1–10 satisfaction question with no recommend question is still CSAT, not NPS', () => {
    const values = [['Overall satisfaction (1-10)'], ...CSAT_10.map((v) => [v])];
    const detection = detectColumns('S', values);
    expect(Object.keys(detection.fields)).toEqual(['csat']);
    expect(detection.fields.csat?.scale).toEqual({
      scale: 10,
      confidence: 1,
      reasons: ['header says a 1–10 scale', 'answers go up to 10 (12 cells)'],
      evidence: { header: 10, top: 10, answers: 12 },
    });
  });

  it('the existing fixtures keep the spec defaults: CSAT 5, CES 7', () => {
    const english = detectColumns('Form Responses 1', sheets.englishForm);
    expect(english.fields.csat?.scale).toMatchObject({ scale: 5, confidence: 0.9 });
    expect(english.fields.ces?.scale).toMatchObject({ scale: 7, confidence: 0.9 });
    expect(detectColumns('Feedback', sheets.oddOrder).fields.csat?.scale).toMatchObject({ scale: 5, confidence: 1 });
    expect(mappingFromDetection(detectWorkbook([{ name: 'Form Responses 1', values: sheets.englishForm }])).scales).toEqual({
      csat: { scale: 5 },
      ces: { scale: 7, method: 'mean' },
    });
  });

  it('says why in Vietnamese too', () => {
    const values = [['Mức độ hài lòng (trên thang 10)'], ...CSAT_10.slice(0, 4).map((v) => [v])];
    expect(detectColumns('Khảo sát', values, 'vi').fields.csat?.scale).toMatchObject({
      scale: 10,
      confidence: 1,
      reasons: ['tiêu đề ghi thang 1–10', 'câu trả lời cao nhất là 10 (4 ô)'],
    });
  });
});

describe('inferScale: the rules', () => {
  it('words the same evidence in either language, for a page that switches language', () => {
    const guess = inferScale('ces', 'Effort', profileColumn([1, 3, 5, 4]));
    expect(scaleReasons(guess, 'en')).toEqual(['answers go up to 5 (4 cells)']);
    expect(scaleReasons(guess, 'vi')).toEqual(['câu trả lời cao nhất là 5 (4 ô)']);
  });

  const profile = (answers: unknown[]) => profileColumn(answers);

  it.each([
    [[1, 2, 3, 2], 3],
    [[1, 4, 2, 3], 5],
    [[2, 6, 7, 5], 7],
    [[8, 9, 6, 7], 10],
  ])('CSAT answers %j are on a 1–%i scale', (answers, scale) => {
    expect(inferScale('csat', 'Satisfaction', profile(answers)).scale).toBe(scale);
  });

  it('CES answers up to 5 are on 5, anything higher on 7', () => {
    expect(inferScale('ces', 'Effort', profile([1, 3, 5, 4])).scale).toBe(5);
    expect(inferScale('ces', 'Effort', profile([1, 3, 6, 4])).scale).toBe(7);
  });

  it('a header naming the scale wins over answers that stop short of its top', () => {
    expect(inferScale('csat', 'Rate us out of 10', profile([4, 5, 3, 5]))).toMatchObject({ scale: 10, confidence: 1 });
    expect(inferScale('ces', 'Effort (1–7)', profile([4, 5, 3, 5]))).toMatchObject({ scale: 7, confidence: 1 });
  });

  it('answers above the header’s scale win, less surely: they would not fit otherwise', () => {
    expect(inferScale('csat', 'Satisfaction (1-5)', profile([6, 7, 3, 5]))).toMatchObject({ scale: 7, confidence: 0.6 });
  });

  it('too few answers and no header hint: the spec default, said to be a guess', () => {
    expect(inferScale('csat', 'Satisfaction', profile([9]))).toMatchObject({ scale: 5, confidence: 0.3, reasons: ['too few answers to tell; the usual 1–5 scale'] });
    expect(inferScale('ces', 'Effort', profile([]))).toMatchObject({ scale: 7, confidence: 0.3 });
  });

  it('answers above 10 fit no CSAT scale: the default, and a reason to check the column', () => {
    expect(inferScale('csat', 'Satisfaction', profile([40, 80, 100]))).toMatchObject({
      scale: 5,
      confidence: 0.2,
      reasons: ['answers go up to 100 (3 cells)', 'an answer of 100 is above every allowed scale; check the column'],
    });
  });

  it.each([
    ['How satisfied are you? (1–10)', 10],
    ['Satisfaction, 1 to 7', 7],
    ['Score out of 10', 10],
    ['Mức độ hài lòng trên thang 10', 10],
    ['Thang điểm 5', 5],
    ['5-point satisfaction', 5],
    ['Scale of 3', 3],
    ['How satisfied are you?', null],
    ['Q1 satisfaction', null],
  ])('the header “%s” names scale %s', (header, scale) => {
    expect(headerScale(header)).toBe(scale);
  });
});
