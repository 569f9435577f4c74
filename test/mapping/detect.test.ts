import { describe, expect, it } from 'vitest';
import { detectColumns, MIN_CONFIDENCE, DETECTION_SAMPLE_ROWS, proposedColumns, type SheetDetection } from '../../src/mapping';
import * as sheets from '../fixtures/sheets';
import { corpus } from '../fixtures/detection-corpus';
import { readSample } from './csv';

/** What the sidebar would propose: field → column letter. */
function lettersOf(detection: SheetDetection): Record<string, string> {
  return Object.fromEntries(Object.entries(detection.fields).map(([field, match]) => [field, match.letter]));
}

describe('detectColumns: given a sheet, the wizard proposes these columns', () => {
  it('an English Google Forms export: every question found from its wording', () => {
    const detection = detectColumns('Form Responses 1', sheets.englishForm);
    expect(lettersOf(detection)).toEqual({ timestamp: 'A', email: 'B', nps: 'C', csat: 'D', ces: 'E', segment: 'F', comment: 'G' });
    expect(detection.isFormsResponses).toBe(true);
    expect(detection.headerRow).toBe(1);
    expect(detection.fields.nps?.confidence).toBe(1);
    expect(detection.fields.nps?.reasons).toContain('header mentions “recommend”');
    expect(detection.fields.nps?.samples).toEqual(['10', '9', '3', '8', '7']);
  });

  it('a Vietnamese sheet typed without accent marks', () => {
    const detection = detectColumns('Khảo sát', sheets.vietnameseNoMarks, 'vi');
    expect(lettersOf(detection)).toEqual({ timestamp: 'A', customerId: 'B', nps: 'C', csat: 'D', segment: 'E', journeyStage: 'F', comment: 'G' });
    expect(detection.isFormsResponses).toBe(false);
    expect(detection.fields.csat?.reasons[0]).toBe('tiêu đề có “hai long”');
  });

  it('the real event-survey Forms export: three 0–10 questions, the first one wins, the others are alternatives', () => {
    const detection = detectColumns('Form Responses 1', readSample('event-survey-forms-export.csv'));
    expect(lettersOf(detection)).toEqual({ timestamp: 'A', nps: 'B', comment: 'C' });
    expect(detection.isFormsResponses).toBe(true);
    expect(detection.fields.nps?.header).toBe('On a scale of 0-10, how would you rate Sudzilla?');
    expect(detection.fields.nps?.alternatives.map((a) => a.letter)).toEqual(['D', 'E']);
    expect(detection.fields.comment?.header).toBe('...why?');
  });

  it('the real airline file: the airline is the segment, CustomerID the id, the recommend question the NPS', () => {
    const detection = detectColumns('airline-nps', readSample('airline-nps.csv', 1 + DETECTION_SAMPLE_ROWS));
    expect(lettersOf(detection)).toEqual({ segment: 'A', customerId: 'B', nps: 'C' });
    expect(detection.fields.segment?.samples).toEqual(['Prep Air', 'Schmeler, Schimmel and Collier']);
  });

  it('columns in an odd order below a title row, numbers typed as text', () => {
    const detection = detectColumns('Feedback', sheets.oddOrder);
    expect(detection.headerRow).toBe(3);
    expect(lettersOf(detection)).toEqual({ comment: 'A', segment: 'B', csat: 'C', email: 'D', nps: 'E', timestamp: 'F', customerId: 'G' });
  });

  it('a support-ticket sheet in Vietnamese: "Giải quyết ngay lần đầu" is the first-contact flag, not the resolved time', () => {
    const detection = detectColumns('Phiếu hỗ trợ', sheets.vietnameseTickets, 'vi');
    expect(lettersOf(detection)).toEqual({ ticketOpened: 'B', ticketResolved: 'C', firstContact: 'D', segment: 'E' });
    const flagColumn = detection.columns[3];
    expect(flagColumn.guesses.find((g) => g.field === 'ticketResolved')?.confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('a subscriptions sheet: monthly counts by their headers', () => {
    const detection = detectColumns('Subscriptions', sheets.subscriptions);
    expect(lettersOf(detection)).toEqual({ timestamp: 'A', subsStart: 'B', subsNew: 'C', subsEnd: 'D', trialStarted: 'E', trialConverted: 'F' });
  });

  it('an activity log: user id and event time', () => {
    const detection = detectColumns('events', sheets.activity);
    expect(lettersOf(detection)).toEqual({ customerId: 'A', timestamp: 'B' });
  });

  it('a sheet with no usable column: nothing proposed, every guess below the bar', () => {
    const detection = detectColumns('To do', sheets.noUsableColumn);
    expect(lettersOf(detection)).toEqual({});
    const best = Math.max(...detection.columns.flatMap((c) => c.guesses.map((g) => g.confidence)));
    expect(best).toBeLessThan(MIN_CONFIDENCE);
    expect(detection.columns.map((c) => c.header)).toEqual(['Task', 'Owner', 'Cost (USD)', 'Done?']);
  });

  it('values without a header row: judged by values alone, the weak channel guess left to the user', () => {
    const detection = detectColumns('Pasted', sheets.headerless);
    expect(detection.headerRow).toBe(0);
    expect(lettersOf(detection)).toEqual({ timestamp: 'A', email: 'B', nps: 'C', csat: 'D' });
    expect(detection.fields.nps?.confidence).toBeLessThan(0.8);
    expect(detection.fields.nps?.reasons[0]).toBe('no header row; judged by values alone');
    expect(detection.sampledRows).toBe(12);
  });
});

describe('detectColumns: the rules behind the proposals', () => {
  it('with several 0–10 columns, the one whose header says recommend wins whatever its position', () => {
    const values = [
      ['Rate the food 0-10', 'Rate the music 0-10', 'How likely are you to recommend us?'],
      ...Array.from({ length: 10 }, (_, i) => [i, 10 - i, (i * 3) % 11]),
    ];
    const nps = detectColumns('Event', values).fields.nps;
    expect(nps?.letter).toBe('C');
    expect(nps?.alternatives.map((a) => a.letter)).toEqual(['A', 'B']);
  });

  it('a stray text answer ("N/A", "ten") does not hide a score column', () => {
    const answers = [9, 10, 'N/A', 7, 3, 10, 8, 10, 9, 6, 0, 10, 'ten', 9, 8, 10, 2, 9, 10, 7];
    const nps = detectColumns('S', [['How likely are you to recommend us?'], ...answers.map((v) => [v])]).fields.nps;
    expect(nps?.letter).toBe('A');
    expect(nps?.maybe).toBe(false);
    expect(nps?.reasons).toEqual(['header mentions “recommend”', 'values look like whole numbers 0–10 (90% fit, 20 cells)']);
  });

  it('0–10 numbers under a header that does not ask the question ("Score") are only a maybe: offered, not proposed', () => {
    const answers = [9, 10, 7, 3, 10, 8, 10, 9, 6, 0, 10, 9, 8, 10, 2, 9, 10, 7];
    const detection = detectColumns('S', [['Score'], ...answers.map((v) => [v])]);
    expect(detection.fields.nps).toMatchObject({ letter: 'A', maybe: true });
    expect(detection.fields.nps?.reasons).toContain('only the values fit; no header says so, so it is not used unless you pick it');
    expect(proposedColumns(detection)).toEqual({});
  });

  it('never the NPS: a 0/1 senior-citizen flag, a 0/1 sentiment label, council districts 1–11, items per order, a response number', () => {
    const n = 60;
    const sheet = [
      ['SeniorCitizen', 'label', 'Council District', 'Items per order', 'ID'],
      ...Array.from({ length: n }, (_, i) => [i % 4 === 0 ? 1 : 0, i % 3 === 0 ? 0 : 1, 1 + (i % 11), i % 9 === 0 ? 40 + i : 1 + (i % 4), i + 1]),
    ];
    const detection = detectColumns('Not a survey', sheet);
    expect(proposedColumns(detection)).toEqual({});
    // The flags and the row numbers do not even fit the 0–10 answers' shape.
    for (const letter of ['A', 'B', 'E']) {
      expect(detection.columns.find((c) => c.letter === letter)?.guesses.find((g) => g.field === 'nps')).toBeUndefined();
    }
  });

  it('even under a recommend header, 0/1 answers are not 0–10 answers', () => {
    const detection = detectColumns('S', [['Would you recommend us? (1 = yes)'], ...Array.from({ length: 20 }, (_, i) => [i % 3 ? 1 : 0])]);
    expect(detection.fields.nps).toBeUndefined();
  });

  it('an intake channel is a segment, not how they heard of you; street addresses are not comments', () => {
    const channels = ['Voice In', 'Web Self Service', 'Twitter', 'Mobile App'];
    const sheet = [
      ['Created Date', 'Source', 'Incident Address', 'Complaint Type'],
      ...Array.from({ length: 30 }, (_, i) => [`2026-10-${String(1 + (i % 28)).padStart(2, '0')} 10:00`, channels[i % 4], `${100 + i * 37} W MAIN ST`, 'Noise - Residential']),
    ];
    const proposed = proposedColumns(detectColumns('311', sheet));
    expect(proposed.referral).toBeUndefined();
    expect(proposed.comment).toBeUndefined();
  });

  it('reads only a bounded sample: rows past the sample do not change the answer', () => {
    const scores = Array.from({ length: DETECTION_SAMPLE_ROWS }, (_, i) => [i % 11]);
    const values = [['Recommend?'], ...scores, ...Array.from({ length: 500 }, () => ['junk text'])];
    const detection = detectColumns('S', values);
    expect(detection.sampledRows).toBe(DETECTION_SAMPLE_ROWS);
    expect(detection.fields.nps?.confidence).toBe(1);
  });

  it('an empty sheet detects nothing and does not throw', () => {
    expect(detectColumns('Empty', []).fields).toEqual({});
    expect(detectColumns('Header only', [['NPS', 'Date']]).fields.nps?.letter).toBe('A');
  });

  it('a SurveyMonkey export has two header rows: data starts on row 3, the questions name the columns', () => {
    const detection = detectColumns('SurveyMonkey', corpus.find((sheet) => sheet.name === 'SurveyMonkey')!.values);
    expect(detection.headerRow).toBe(2);
    expect(detection.sampledRows).toBe(40);
    expect(detection.columns[10].header).toBe('Overall, how satisfied or dissatisfied are you with our company? Other (please specify)');
    expect(detection.columns[8].header).toBe('How likely is it that you would recommend this company to a friend or colleague?');
    expect(detection.fields.nps?.samples.includes('Response')).toBe(false);
  });
});

describe('answer labels in detection (metrics-spec.md 1.1, issue 10)', () => {
  const rows = (header: string[], answers: string[][]) => [header, ...Array.from({ length: 30 }, (_, i) => answers[i % answers.length])];

  it('a Forms column of satisfaction words is CSAT on 1–5, and one of leading-number answers is NPS', () => {
    const values = rows(
      ['Timestamp', 'How likely are you to recommend us?', 'How satisfied are you with the service?'],
      [
        ['02/09/2026 08:27:26', '10 - Extremely likely', 'Rất hài lòng'],
        ['13/09/2026 10:00:00', '0 - Not at all likely', 'Không hài lòng'],
        ['14/09/2026 10:00:00', '8', 'Hài lòng'],
        ['15/09/2026 10:00:00', '9', 'Bình thường'],
      ],
    );
    const detection = detectColumns('Form Responses 1', values);
    expect(lettersOf(detection)).toMatchObject({ nps: 'B', csat: 'C' });
    expect(detection.fields.csat?.scale?.scale).toBe(5);
  });

  it('5-point agreement words make a CES column on 1–5 ("Neutral" is on no 7-point list)', () => {
    const values = rows(['Date', 'The company made it easy to handle my issue'], [['2026-09-02', 'Agree'], ['2026-09-03', 'Neutral'], ['2026-09-04', 'Strongly agree']]);
    const detection = detectColumns('Survey', values);
    expect(lettersOf(detection)).toMatchObject({ ces: 'B' });
    expect(detection.fields.ces?.scale?.scale).toBe(5);
  });
});

describe('detection: a column with answers before one left empty', () => {
  const texts = ['Waited too long for a reply', 'Great tea, fast delivery', 'wifi yếu quá', 'Giá hơi đắt'];
  const header = ['Timestamp', 'How likely are you to recommend us? (0-10)', "Anything else you'd like to tell us?", 'Internal notes'];
  const rows = (comment: (i: number) => string) => [header, ...Array.from({ length: 120 }, (_, i) => [`2026-10-${String((i % 28) + 1).padStart(2, '0')} 09:00`, String(i % 11), comment(i), ''])];

  it('given four comments said again and again and an empty "Internal notes", the comments are the column with answers, the empty one another candidate', () => {
    const detection = detectColumns('Form Responses 1', rows((i) => (i % 5 === 0 ? '' : texts[i % 4])));
    expect(detection.fields.comment).toMatchObject({ letter: 'C' });
    expect(detection.fields.comment!.alternatives.map((a) => a.letter)).toContain('D');
  });

  it('given only an empty column whose header asks for comments, it is still chosen (a question added after the rows looked at), and said to be empty, in both languages', () => {
    const sheet = rows(() => '').map((row) => [row[0], row[1], row[3]]);
    const en = detectColumns('Form Responses 1', sheet);
    expect(en.fields.comment).toMatchObject({ letter: 'C' });
    expect(en.fields.comment!.reasons).toContain('empty in all 120 rows looked at');
    expect(detectColumns('Form Responses 1', sheet, 'vi').fields.comment!.reasons).toContain('trống trong cả 120 hàng đã xem');
  });
});
