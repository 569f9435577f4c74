import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../src/demo/index';
import { detectWorkbook, mappingFromDetection } from '../../src/mapping/index';
import { referralFlagsFor, reportInputFromMapping } from '../../src/report/from-mapping';
import { PROPOSED_REFERRAL_ANSWERS } from '../../src/metrics/referral';

describe('a saved mapping becomes the report input', () => {
  const workbook = demoWorkbook();
  const byName = new Map(workbook.sheets.map((s) => [s.name, s.rows]));
  const mapping = mappingFromDetection(detectWorkbook(workbook.sheets.map((s) => ({ name: s.name, values: s.rows.slice(0, 201) }))));
  const input = reportInputFromMapping(mapping, (source) => byName.get(source.sheetName)!, { timeZone: workbook.timeZone, lang: 'en' });

  it('takes every data family of the demo workbook from its sheet, header rows left out', () => {
    const survey = byName.get('Form Responses 1')!;
    expect(input.survey?.nps).toHaveLength(survey.length - 1);
    expect(input.survey?.nps?.[0]).toBe(survey[1][2]);
    expect(input.survey?.dates[0]).toBe(survey[1][0]);
    expect(input.tickets?.opened).toHaveLength(byName.get('Support tickets')!.length - 1);
    expect(input.subscriptions?.start[0]).toBe(byName.get('Subscriptions')![1][1]);
    expect(input.activity?.users).toHaveLength(byName.get('Activity')!.length - 1);
    expect(input.journey?.stages.length).toBe(survey.length - 1);
    expect(input.csatScale).toBe(5);
    expect(input.cesScale).toBe(7);
  });

  it('gives the same input from columns as from rows, for callers that keep only mapped columns', () => {
    const byColumns = reportInputFromMapping(
      mapping,
      {
        columnOf: (source, letter) => {
          const index = letter.charCodeAt(0) - 65;
          return byName.get(source.sheetName)!.slice(source.headerRow).map((row) => row[index] ?? '');
        },
      },
      { timeZone: workbook.timeZone, lang: 'en' },
    );
    expect(byColumns).toEqual(input);
  });

  it('reads an acquisition source as referred or not by the referral answers, leaving yes/no answers alone', () => {
    const referralFlag = referralFlagsFor(PROPOSED_REFERRAL_ANSWERS);
    expect(referralFlag('Friend or colleague')).toBe('yes');
    expect(referralFlag('FRIEND or colleague ')).toBe('yes');
    expect(referralFlagsFor(['Zalo group'])('Friend or colleague')).toBe('no');
    expect(referralFlagsFor(['Zalo group'])('zalo GROUP')).toBe('yes');
    expect(referralFlag('Được bạn bè giới thiệu')).toBe('yes');
    expect(referralFlag('Facebook')).toBe('no');
    expect(referralFlag('Có')).toBe('Có');
    expect(referralFlag('')).toBe('');
    expect(referralFlag(1)).toBe(1);
  });
});
