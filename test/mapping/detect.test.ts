import { describe, expect, it } from 'vitest';
import { detectColumns, MIN_CONFIDENCE, DETECTION_SAMPLE_ROWS, type SheetDetection } from '../../src/mapping';
import * as sheets from '../fixtures/sheets';
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
    const nps = detectColumns('S', [['Score'], ...answers.map((v) => [v])]).fields.nps;
    expect(nps?.letter).toBe('A');
    expect(nps?.reasons).toEqual(['values look like whole numbers 0–10 (90% fit, 20 cells)']);
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
});
