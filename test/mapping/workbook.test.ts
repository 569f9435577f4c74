import { describe, expect, it } from 'vitest';
import { detectWorkbook, mappingFromDetection } from '../../src/mapping';
import { parseStoredMapping, serializeMapping } from '../../src/mapping/schema';
import * as sheets from '../fixtures/sheets';
import { readSample } from './csv';

const workbook = [
  { name: 'To do', values: sheets.noUsableColumn },
  { name: 'Event survey', values: readSample('event-survey-forms-export.csv') },
  { name: 'Form Responses 1', values: sheets.englishForm },
  { name: 'Phiếu hỗ trợ', values: sheets.vietnameseTickets },
  { name: 'Subscriptions', values: sheets.subscriptions },
  { name: 'events', values: sheets.activity },
];

describe('detectWorkbook: the best sheet for each kind of data', () => {
  const detection = detectWorkbook(workbook);

  it('picks the survey sheet with the most survey questions, the others as alternatives', () => {
    expect(detection.families.survey).toEqual({
      sheetName: 'Form Responses 1',
      score: 3,
      fields: ['nps', 'csat', 'ces'],
      alternatives: [{ sheetName: 'Event survey', score: 0.78 }],
    });
  });

  it('finds tickets, subscriptions and activity on their own sheets', () => {
    expect(detection.families.tickets?.sheetName).toBe('Phiếu hỗ trợ');
    expect(detection.families.subscriptions?.sheetName).toBe('Subscriptions');
    expect(detection.families.activity).toMatchObject({ sheetName: 'events', fields: ['customerId', 'timestamp'] });
  });

  it('a survey sheet with ids and dates is not mistaken for an activity log', () => {
    const onlySurvey = detectWorkbook([{ name: 'Khảo sát', values: sheets.vietnameseNoMarks }]);
    expect(onlySurvey.families).toEqual({ survey: expect.objectContaining({ sheetName: 'Khảo sát' }) });
  });

  it('keeps every sheet\'s column detection, in the order given', () => {
    expect(detection.sheets.map((s) => s.sheetName)).toEqual(workbook.map((s) => s.name));
    expect(detection.sheets[0].fields).toEqual({});
  });

  it('becomes a saved mapping: one source per chosen sheet, ready to store', () => {
    const mapping = mappingFromDetection(detection, { 'Form Responses 1': 0, Subscriptions: 77 });
    expect(mapping.sources.map((s) => [s.sheetName, s.sheetId])).toEqual([
      ['Form Responses 1', 0],
      ['Phiếu hỗ trợ', null],
      ['Subscriptions', 77],
      ['events', null],
    ]);
    expect(mapping.sources[0].columns).toEqual({ timestamp: 'A', email: 'B', nps: 'C', csat: 'D', ces: 'E', segment: 'F', comment: 'G' });
    expect(parseStoredMapping(serializeMapping(mapping))).toEqual({ ok: true, mapping });
  });
});
