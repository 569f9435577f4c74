import { describe, expect, it } from 'vitest';
import { withDateOrder, withLabelScore } from '../../sidebar/reading-view';
import type { WizardMapping } from '../../src/addon/api';

const mapping: WizardMapping = {
  version: 2,
  sources: [
    { sheetName: 'Form Responses 1', sheetId: 0, headerRow: 1, columns: { timestamp: 'A', csat: 'B' } },
    { sheetName: 'Tickets', sheetId: 1, headerRow: 1, columns: { ticketOpened: 'A' } },
  ],
  scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
};

describe('step 2: the label table and the date order are saved in the mapping', () => {
  it('giving "Tốt" a score puts it in that sheet\'s CSAT label table; clearing it takes it out again', () => {
    const scored = withLabelScore(mapping, 'Form Responses 1', 'csat', 'Tốt', 4);
    expect(scored.sources[0].labels).toEqual({ csat: { Tốt: 4 } });
    expect(scored.sources[1]).toEqual(mapping.sources[1]);
    expect(withLabelScore(scored, 'Form Responses 1', 'csat', 'Tốt', null).sources[0]).toEqual(mapping.sources[0]);
  });

  it('choosing day first saves it for the sheet; "as the data says" removes the setting', () => {
    const dayFirst = withDateOrder(mapping, 'Form Responses 1', 'dmy');
    expect(dayFirst.sources[0].dateOrder).toBe('dmy');
    expect(withDateOrder(dayFirst, 'Form Responses 1', null).sources[0]).toEqual(mapping.sources[0]);
  });
});
