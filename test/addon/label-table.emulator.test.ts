import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, openDemo } from '../../src/emulator/demo-session';

/**
 * A shop's own form asks for a rating in its own words ("Rất tốt", "Tốt", "Tệ"), which no built-in
 * list scores. In sidebar step 2 the owner gives each word a score; the mapping saves that label
 * table. The sidebar preview, the dashboard's live formulas and the monthly email must then say
 * the same NPS and CSAT on the same answers (metrics-spec.md 1.1).
 */
beforeAll(() => ensureBuilt());

const SHEET = 'Phản hồi';
const day = (d: number) => new Date(Date.UTC(2026, 9, d, 3));
// NPS: 5 promoters (Rất tốt = 10, and 9), 3 passives (Tốt = 8, and 7), 2 detractors (Tệ = 3) → 30.
// CSAT on 1–5: Rất tốt 5, Tốt 4, Hài lòng 4 (built in), Tệ 1, 3 → 8 of 10 satisfied = 80%; one N/A.
const ANSWERS: [unknown, unknown][] = [
  ['Rất tốt', 'Rất tốt'], ['Rất tốt', 'Tốt'], ['Rất tốt', 'Hài lòng'], [9, 'Rất tốt'], [10, 'Tốt'],
  ['Tốt', 'Hài lòng'], ['Tốt', 4], [7, 'Rất tốt'], ['Tệ', 'Tệ'], ['Tệ', 3], ['N/A', 'N/A'],
];
const workbook = (): WorkbookData => ({
  name: 'Quán Sen',
  timeZone: 'Asia/Ho_Chi_Minh',
  locale: 'vi_VN',
  sheets: [{ name: SHEET, rows: [['Dấu thời gian', 'Điểm giới thiệu', 'Mức độ hài lòng'], ...ANSWERS.map(([nps, csat], i) => [day(i + 1), nps, csat])] }],
});
const mapping = {
  version: 2,
  sources: [
    {
      sheetName: SHEET,
      sheetId: 0,
      headerRow: 1,
      columns: { timestamp: 'A', nps: 'B', csat: 'C' },
      labels: { nps: { 'Rất tốt': 10, Tốt: 8, Tệ: 3 }, csat: { 'Rất tốt': 5, Tốt: 4, Tệ: 1 } },
    },
  ],
  scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
};

interface Preview {
  metric: string;
  value: number | null;
  n: number;
}

describe('a labelled sheet: the report, the preview and the dashboard agree', () => {
  const emu = openDemo({ workbook: workbook(), now: new Date('2026-11-03T03:00:00Z') });
  emu.call('saveMapping', { lang: 'en', mapping });

  it('the preview reads the words by the saved table', () => {
    const preview = emu.call<{ metrics: Preview[] }>('previewMetrics', { lang: 'en', mapping }).metrics;
    const of = (metric: string) => preview.find((m) => m.metric === metric)!;
    expect([of('NPS').value, of('NPS').n]).toEqual([30, 10]);
    expect([of('CSAT').value, of('CSAT').n]).toEqual([80, 10]);
    expect(of('CSAT_AVG').value).toBeCloseTo((5 + 4 + 4 + 5 + 4 + 4 + 4 + 5 + 1 + 3) / 10, 9);
  });

  it('the dashboard’s formulas pass the table and show the same numbers and counts for October', () => {
    const built = emu.call<{ sheetName: string }>('buildDashboard', { lang: 'en' });
    const rows = emu.spreadsheet.values(built.sheetName, 'A9:F20');
    const row = (label: string) => rows.find((r) => String(r[0]).startsWith(label))!;
    expect(row('NPS')[1]).toBe('2026-10');
    expect(row('NPS').slice(3, 6)).toEqual([30, 10, 1]);
    expect(row('CSAT %').slice(3, 6)).toEqual([80, 10, 1]);
    const formulas = emu.spreadsheet.app.getActive().getSheetByName(built.sheetName)!.getRange('D9:D20').getFormulas().flat().join('\n');
    expect(formulas).toContain('{"Rất tốt",10;"Tốt",8;"Tệ",3}');
  });

  it('the dashboard’s NPS breakdown counts the words by the same table: 5 promoters, 3 passives, 2 detractors', () => {
    const sheet = emu.spreadsheet.app.getActive().getSheetByName('CX Dashboard')!;
    const formulas = sheet.getRange('A1:A80').getFormulas().map((row) => row[0]);
    const at = formulas.findIndex((f) => f.includes('NPS_BREAKDOWN('));
    expect(formulas[at]).toContain('{"Rất tốt",10;"Tốt",8;"Tệ",3}');
    const table = emu.spreadsheet.values('CX Dashboard', `A${at + 1}:C${at + 6}`);
    expect(table.slice(1, 5).map((row) => row[1])).toEqual([5, 3, 2, 10]);
    expect(table[5][2]).toBe(30);
  });

  it('a formula typed by hand takes the same table as its last argument', () => {
    const sheet = emu.spreadsheet.app.getActive().getSheetByName(SHEET)!;
    sheet.getRange('E1:E2').setFormulas([['=NPS(B2:B, {"Rất tốt",10;"Tốt",8;"Tệ",3})'], ['=CSAT(C2:C, 5, , {"Rất tốt",5;"Tốt",4;"Tệ",1})']]);
    expect(sheet.getRange('E1:E2').getValues()).toEqual([[30], [80]]);
    sheet.getRange('E3').setFormula('=CSAT(C2:C, 5, , {"Tốt",7})');
    // The sheet is Vietnamese, so is the message on hover.
    expect(emu.spreadsheet.formulaError(SHEET, 'E3')).toBe('CSAT: điểm của "Tốt" trong labels phải là số nguyên từ 1 đến 5, không phải 7');
  });

  it('the email says the same', () => {
    emu.call('sendTestReport', { lang: 'en' });
    const body = emu.outbox.messages.at(-1)!.body;
    expect(body).toContain('Net Promoter Score (NPS): 30.0 (n = 10)');
    expect(body).toContain('Satisfaction (CSAT): 80.0% (n = 10)');
  });
});
