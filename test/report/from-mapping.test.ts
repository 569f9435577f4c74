import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../src/demo/index';
import { detectWorkbook, mappingFromDetection } from '../../src/mapping/index';
import { referralFlagsFor, reportInputFromMapping } from '../../src/report/from-mapping';
import { PROPOSED_REFERRAL_ANSWERS } from '../../src/metrics/referral';
import { buildReport } from '../../src/report/model';

describe('a saved mapping becomes the report input', () => {
  const workbook = demoWorkbook();
  const byName = new Map(workbook.sheets.map((s) => [s.name, s.rows]));
  const mapping = mappingFromDetection(detectWorkbook(workbook.sheets.map((s) => ({ name: s.name, values: s.rows.slice(0, 201) }))));
  const input = reportInputFromMapping(mapping, (source) => byName.get(source.sheetName)!, { timeZone: workbook.timeZone, lang: 'en' });

  it('takes every data family of the demo workbook from its sheet, header rows left out', () => {
    const survey = byName.get('Form Responses 1')!;
    expect(input.survey?.nps).toHaveLength(survey.length - 1);
    expect(input.survey?.nps?.[0]).toBe(survey[1][2]);
    expect(input.survey?.dates?.[0]).toBe(survey[1][0]);
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
    const { columns: _placesByColumns, ...sameColumns } = byColumns;
    const { columns: places, ...sameRows } = input;
    expect(sameColumns).toEqual(sameRows);
    // From rows, each column knows its sheet cells: data row 0 of the survey is sheet row 2.
    expect(places?.get(input.survey!.nps!)?.refOf(0)).toEqual({ sheet: 'Form Responses 1', column: 'C', row: 2 });
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

describe('a Vietnamese shop exports its Forms answers and tickets as people keep them (issue 10)', () => {
  // 40 answers a day from 2 September to 30 October, timestamps day first as a vi_VN sheet writes them.
  const CSAT_LABELS = ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng', 'Tốt'];
  const NPS_LABELS = ['10 - Extremely likely', '9', '8', '0 – Chắc chắn không', 'N/A'];
  const survey: unknown[][] = [['Dấu thời gian', 'Khả năng giới thiệu (0-10)', 'Mức độ hài lòng']];
  const tickets: unknown[][] = [['Mã', 'Ngày tạo', 'Thời gian xử lý (giờ)']];
  for (let day = 0; day < 59; day++) {
    const date = new Date(Date.UTC(2026, 8, 2 + day));
    const text = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/2026 08:27:26`;
    survey.push([text, NPS_LABELS[day % 5], CSAT_LABELS[day % 6]]);
    tickets.push([`T-${day}`, text, day % 2 ? '49,5' : '2:30']);
  }
  const sheets = new Map([['Form Responses 1', survey], ['Tickets', tickets]]);
  const mapping = {
    version: 2 as const,
    scales: { csat: { scale: 5 as const }, ces: { scale: 7 as const, method: 'mean' as const } },
    sources: [
      { sheetName: 'Form Responses 1', sheetId: 0, headerRow: 1, columns: { timestamp: 'A', nps: 'B', csat: 'C' }, labels: { csat: { Tốt: 4 } } },
      { sheetName: 'Tickets', sheetId: 1, headerRow: 1, columns: { timestamp: 'B', ticketDuration: 'C' } },
    ],
  };
  const input = reportInputFromMapping(mapping, (source) => sheets.get(source.sheetName)!, { timeZone: 'Asia/Ho_Chi_Minh', lang: 'vi', locale: 'vi_VN', period: { kind: 'month', start: '2026-10-01' } });
  const report = buildReport(input);
  const kpi = (id: string) => report.kpis.find((k) => k.id === id)!;

  it('reads the dates day first (13/09 proves it), so October holds its 30 days of answers', () => {
    // October: 30 answers, a fifth of them N/A → 24 NPS answers: 6 × 10, 6 × 9, 6 × 8, 6 × 0 → NPS 25.
    expect(kpi('NPS').current).toMatchObject({ n: 24, value: 25 });
    expect(report.problems).toEqual([]);
  });

  it("scores the labels, and 'Tốt' from the mapping's label table", () => {
    // October days 29…58 of the cycle of 6: 5 of each label; satisfied = Rất hài lòng, Hài lòng, Tốt (4).
    expect(kpi('CSAT').current).toMatchObject({ n: 30, value: 50 });
  });

  it('takes ART from the duration column: 49,5 hours under a (giờ) header and 2:30', () => {
    expect(kpi('ART').current?.n).toBe(30);
    expect(kpi('ART').current?.value).toBeCloseTo((15 * 49.5 + 15 * 2.5) / 30, 12);
  });
});
