import { describe, expect, it } from 'vitest';
import { answersOfSheet, keyCells } from '../../src/report/alert-answers';
import { answerId, DEFAULT_THRESHOLDS, flagAnswer } from '../../src/report/alerts';

const source = { sheetName: 'Khảo sát', sheetId: 7, headerRow: 1, columns: { timestamp: 'A', nps: 'B', csat: 'C', comment: 'D', segment: 'E' } } as const;
const reading = { timeZone: 'Asia/Ho_Chi_Minh', csatScale: 5, cesScale: 7 };

describe('a survey sheet read as answers for the alerts', () => {
  it('reads scores as the report does, labels included, and gives each row a stable id', () => {
    const rows = [
      ['Thời gian', 'NPS', 'Hài lòng', 'Góp ý', 'Chi nhánh'],
      [new Date('2026-11-02T02:00:00Z'), 3, 'Rất không hài lòng', 'Trà nguội', 'Quận 1'],
      [new Date('2026-11-02T03:00:00Z'), 'N/A', '', '', 'Quận 3'],
      ['2026-11-02 10:30', '9', 5, '', ''],
    ];
    const { answers, noTime } = answersOfSheet({ ...source, columns: { ...source.columns } }, 7, rows, reading);
    expect(noTime).toBe(0);
    // The row with no score at all is no answer.
    expect(answers.map((a) => a.row)).toEqual([2, 4]);
    expect(answers[0]).toMatchObject({ nps: 3, csat: 1, comment: 'Trà nguội', segment: 'Quận 1', id: answerId(7, keyCells(source, rows[1])) });
    // Text time in the spreadsheet's zone: 10:30 in Ho Chi Minh City is 03:30 UTC.
    expect(answers[1].at).toBe(Date.parse('2026-11-02T03:30:00Z'));
    expect(flagAnswer(answers[0], DEFAULT_THRESHOLDS)?.reasons.map((r) => r.metric)).toEqual(['NPS', 'CSAT']);
    expect(flagAnswer(answers[1], DEFAULT_THRESHOLDS)).toBeUndefined();
  });

  it('counts answered rows without a readable time instead of dropping them silently', () => {
    const rows = [['Thời gian', 'NPS', 'Hài lòng', 'Góp ý', 'Chi nhánh'], ['', 2, '', '', ''], ['hôm qua', 1, '', '', '']];
    const { answers, noTime } = answersOfSheet({ ...source, columns: { ...source.columns } }, 7, rows, reading);
    expect(answers).toEqual([]);
    expect(noTime).toBe(2);
  });

  it('keeps an answer’s id when someone fixes its comment, and not when its score or time changes', () => {
    const header = ['Thời gian', 'NPS', 'Hài lòng', 'Góp ý', 'Chi nhánh'];
    const idOf = (row: unknown[]) => answersOfSheet(source, 7, [header, row], reading).answers[0].id;
    const row = ['2026-11-02 09:10', 3, '', 'Tra nguoi', 'Quận 1'];
    expect(idOf([...row.slice(0, 3), 'Trà nguội', 'Quận 1'])).toBe(idOf(row));
    expect(idOf(['2026-11-02 09:10', 4, '', 'Tra nguoi', 'Quận 1'])).not.toBe(idOf(row));
    expect(idOf(['2026-11-02 09:11', 3, '', 'Tra nguoi', 'Quận 1'])).not.toBe(idOf(row));
  });
});
