import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/index';

/**
 * A ticket sheet whose "Time to resolve" column is formatted as a duration ([h]:mm:ss), as people
 * make one in Sheets. Apps Script hands such cells to a custom function as Date objects ("Duration
 * values in Sheets also become Date objects": https://developers.google.com/apps-script/guides/sheets/functions),
 * and =ART over them gives the mean in hours (metrics-spec.md section 1.2). The bundle is the built
 * dist/Code.js, unchanged, in a Vietnamese spreadsheet whose zone had a local mean time in 1899.
 */
describe('=ART over a duration-formatted column, in the emulator', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = createEmulator({
      workbook: {
        name: 'Tickets',
        timeZone: 'Asia/Ho_Chi_Minh',
        locale: 'vi_VN',
        // 2:30:00, 26:30:00 and 0:45:00 as serials (days since 1899-12-30), then a text column in hours.
        sheets: [
          {
            name: 'Support tickets',
            rows: [
              ['Ticket', 'Time to resolve', 'Thời gian xử lý (giờ)'],
              ['T-1', 2.5 / 24, '49,5'],
              ['T-2', 26.5 / 24, '2:30'],
              ['T-3', 0.75 / 24, '2 giờ 30 phút'],
            ],
          },
          { name: 'CX', rows: [] },
        ],
      },
      now: new Date('2026-10-20T03:00:00Z'),
    });
    emu.load('dist/Code.js');
    emu.spreadsheet.app.getActive().getSheetByName('Support tickets')!.getRange('B2:B4').setNumberFormat('[h]:mm:ss');
  });

  it('the cells reach the function as Date objects and are read as durations (as plain numbers they would be 0.4 h)', () => {
    const cx = emu.spreadsheet.app.getActive().getSheetByName('CX')!;
    cx.getRange('A1').setFormula("=ART('Support tickets'!B2:B4)");
    expect(cx.getRange('A1').getValue()).toBeCloseTo((2.5 + 26.5 + 0.75) / 3, 9);
  });

  it('with the header in the range, and in minutes', () => {
    const cx = emu.spreadsheet.app.getActive().getSheetByName('CX')!;
    cx.getRange('A2').setFormula("=ART('Support tickets'!B1:B, , \"minutes\")");
    expect(cx.getRange('A2').getValue()).toBeCloseTo(((2.5 + 26.5 + 0.75) / 3) * 60, 9);
  });

  it('text durations: 49,5 hours under a (giờ) header, 2:30 and 2 giờ 30 phút', () => {
    const cx = emu.spreadsheet.app.getActive().getSheetByName('CX')!;
    cx.getRange('A3').setFormula("=ART('Support tickets'!C1:C)");
    expect(cx.getRange('A3').getValue()).toBeCloseTo((49.5 + 2.5 + 2.5) / 3, 9);
  });
});
