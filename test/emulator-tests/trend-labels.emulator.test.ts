import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index';

/**
 * A Vietnamese Forms response sheet whose CSAT and CES questions were multiple choice, so the
 * answers are words. The built bundle, unchanged: `=CX_TREND("CSAT", C2:C, A2:A)` and
 * `=CX_BY("CES", D2:D, B2:B)` read the labels as `=CSAT` and `=CES` do (metrics-spec.md 1.1), the
 * ease labels (`Rất dễ … Rất khó`, a 1–5 list only) fixing CES at 1–5, and the day-first timestamps by the sheet's
 * vi_VN locale (1.2), and `as_of` typed `02/10/2026` is 2 October.
 */
describe('CX_TREND, CX_BY and as_of over a Vietnamese Forms sheet, in the emulator', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = createEmulator({
      workbook: {
        name: 'Khảo sát',
        timeZone: 'Asia/Ho_Chi_Minh',
        locale: 'vi_VN',
        sheets: [
          {
            name: 'Câu trả lời biểu mẫu 1',
            rows: [
              ['Dấu thời gian', 'Chi nhánh', 'Bạn hài lòng thế nào?', 'Được hỗ trợ có dễ không?', 'Mã khách'],
              ['02/09/2026 08:27:26', 'Hà Nội', 'Rất hài lòng', 'Rất dễ', 'K1'],
              ['05/09/2026 10:00:00', 'Đà Nẵng', 'Không hài lòng', 'Bình thường', 'K2'],
              ['01/10/2026 09:15:00', 'Hà Nội', 'Hài lòng', 'Dễ', 'K1'],
              ['02/10/2026 11:00:00', 'Đà Nẵng', 'Không biết', 'Khó', 'K3'],
              ['03/10/2026 16:40:00', 'Hà Nội', 'Rất không hài lòng', 'Dễ', 'K4'],
            ],
          },
          { name: 'CX', rows: [] },
        ],
      },
      now: new Date('2026-10-20T03:00:00Z'),
    });
    emu.load('dist/Code.js');
  });

  const sheet = () => emu.spreadsheet.app.getActive().getSheetByName('CX')!;

  it('CX_TREND("CSAT") gives September and October from the labels, the N/A-like answer left out', () => {
    sheet().getRange('A1').setFormula("=CX_TREND(\"CSAT\", 'Câu trả lời biểu mẫu 1'!C1:C6, 'Câu trả lời biểu mẫu 1'!A1:A6)");
    const rows = sheet().getRange('A1:C2').getValues();
    expect(rows.map((row) => [row[1], row[2]])).toEqual([
      [2, 50],
      [2, 50],
    ]);
    expect((rows[0][0] as Date).getTime()).toBe(new Date('2026-08-31T17:00:00Z').getTime()); // 1 September, Ho Chi Minh City
  });

  it('CX_BY("CES") is on 1–5 because the ease labels prove it, as =CES reads them', () => {
    sheet().getRange('E1').setFormula("=CX_BY(\"CES\", 'Câu trả lời biểu mẫu 1'!D1:D6, 'Câu trả lời biểu mẫu 1'!B1:B6)");
    expect(sheet().getRange('E1:G2').getValues()).toEqual([
      ['Hà Nội', 3, (5 + 4 + 4) / 3],
      ['Đà Nẵng', 2, (3 + 2) / 2],
    ]);
    sheet().getRange('E4').setFormula("=CES('Câu trả lời biểu mẫu 1'!D1:D6)");
    expect(sheet().getRange('E4').getValue()).toBe((5 + 3 + 4 + 2 + 4) / 5);
  });

  it('MAU with as_of typed as the sheet writes dates', () => {
    sheet().getRange('I1').setFormula("=MAU('Câu trả lời biểu mẫu 1'!E2:E6, 'Câu trả lời biểu mẫu 1'!A2:A6, \"02/10/2026\")");
    expect(sheet().getRange('I1').getValue()).toBe(3); // 3 Sep … 2 Oct: K2 (5 Sep), K1, K3
  });
});
