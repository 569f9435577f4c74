import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { openDemo } from '../../src/emulator/demo-session';

/**
 * "Send a test now" through dist/Code.js in the emulator (metrics-spec §6): nobody chose a period,
 * so it is the latest complete month **that has data**, not simply the calendar month before
 * today; and the email it sends says what each number is made of (§7), with the banner when a
 * metric lost more than 5% of its cells.
 */

const SHEET = 'Form Responses 1';

/** Answers that ended in April 2026 (today is 5 Nov 2026): 40 in April, three of them with a timestamp nobody can read (rows 35 to 37). */
function oldSurvey(): WorkbookData {
  const rows: unknown[][] = [['Timestamp', 'How likely are you to recommend us?']];
  for (let i = 0; i < 30; i++) rows.push([new Date(Date.UTC(2026, 2, 2 + (i % 27), 9)), 9]);
  for (let i = 0; i < 40; i++) rows.push([new Date(Date.UTC(2026, 3, 1 + (i % 28), 9)), i % 4 === 0 ? 3 : 10]);
  rows[34][0] = 'sometime in April';
  rows[35][0] = 'sometime in April';
  rows[36][0] = '15/04/26?';
  return { name: 'Old survey', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: SHEET, rows }] };
}

function savedSurvey(workbook: WorkbookData, userLocale = 'en_US') {
  const emu = openDemo({ workbook, userLocale });
  const sheetId = emu.spreadsheet.app.getActive().getSheetByName(SHEET)!.getSheetId();
  emu.call('saveMapping', {
    lang: 'en',
    mapping: { version: 2, sources: [{ sheetName: SHEET, sheetId, headerRow: 1, columns: { timestamp: 'A', nps: 'B' } }], scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } } },
  });
  return emu;
}

describe('"Send a test now" on data that ended months ago', () => {
  it('sends April, the latest complete month with data, not October, the calendar month before today', () => {
    const emu = savedSurvey(oldSurvey());
    const sent = emu.call<{ subject: string; period: string }>('sendTestReport', { lang: 'en' });
    expect(sent.period).toBe('month:2026-04-01');
    expect(sent.subject).toContain('April 2026');
    const [mail] = emu.outbox.messages;
    expect(mail.body).not.toContain('No metric has data');
    expect(mail.body).toContain(`${SHEET}: data runs 2026-03-02 → 2026-04-28`);
  });

  it('the email carries each metric’s coverage line and, as 3 of 40 April answers could not be placed (more than 5%), the banner', () => {
    const emu = savedSurvey(oldSurvey());
    emu.call('sendTestReport', { lang: 'en' });
    const [mail] = emu.outbox.messages;
    const line = `n = 37 · 3 left out: 3 no readable date (first: '${SHEET}'!A35, A36, A37)`;
    expect(mail.body).toContain(line);
    expect(mail.htmlBody).toContain(line.replace(/'/g, '&#39;').replace('n = ', 'n &#61; '));
    expect(mail.body).toContain(`! 1 of 1 metrics are missing data: Net Promoter Score (NPS) left out 3 cells (7.5%): 3 no readable date (first: '${SHEET}'!A35`);
    // The banner comes before the metrics: at the top, where it is read.
    expect(mail.body.indexOf('missing data')).toBeLessThan(mail.body.indexOf(line));
  });

  it('in Vietnamese: the same month, coverage and banner in Vietnamese', () => {
    const emu = savedSurvey(oldSurvey(), 'vi_VN');
    const sent = emu.call<{ subject: string; period: string }>('sendTestReport', { lang: 'vi' });
    expect(sent.period).toBe('month:2026-04-01');
    const [mail] = emu.outbox.messages;
    expect(mail.body).toContain(`n = 37 · 3 bị bỏ qua: 3 không có ngày đọc được (đầu tiên: '${SHEET}'!A35, A36, A37)`);
    expect(mail.body).toMatch(/^! 1\/1 chỉ số thiếu dữ liệu: .*\(NPS\) bỏ qua 3 ô \(7,5%\)/m);
  });
});
