import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appsScriptError, createEmulator, MAIL_QUOTA_EXCEEDED, type Emulator } from '../../src/emulator/index';
import { ensureBuilt } from '../../src/emulator/demo-session';
import { createHarness } from '../../src/emulator/services/harness';

const HEADERS = ['Timestamp', 'Email Address', 'How likely are you to recommend us?', 'Anything else?', 'Branch'];
const SHEET = 'Form Responses 1';
/** Monday 2 November 2026, 09:00 in Ho Chi Minh City (UTC+7). */
const START = Date.parse('2026-11-02T02:00:00Z');
const MIN = 60_000;

/** A shop whose Google Form writes to "Form Responses 1", mapped, with alerts on to the manager. */
function shop(options: { mailQuota?: number } = {}): Emulator {
  ensureBuilt();
  const emu = createEmulator({
    now: new Date(START),
    userLocale: 'en',
    ...options,
    workbook: {
      name: 'Sen Viet Tea',
      timeZone: 'Asia/Ho_Chi_Minh',
      locale: 'en_US',
      sheets: [{ name: SHEET, rows: [HEADERS, [new Date(START - 86_400_000), 'old@x.vn', 2, 'Before alerts were on', 'Quận 1']], frozenRows: 1 }],
    },
  });
  emu.load();
  emu.call('saveMapping', {
    lang: 'en',
    mapping: {
      version: 2,
      sources: [{ sheetName: SHEET, sheetId: 0, headerRow: 1, columns: { timestamp: 'A', email: 'B', nps: 'C', comment: 'D', segment: 'E' } }],
      scales: { csat: { scale: 5 }, ces: { scale: 7, method: 'mean' } },
    },
  });
  emu.call('saveAlertSettings', { settings: alertSettings() });
  return emu;
}

const alertSettings = (overrides: Record<string, unknown> = {}) => ({
  version: 1,
  enabled: true,
  recipients: ['manager@senviet.example'],
  lang: 'vi',
  thresholds: { NPS: { on: true, max: 6 }, CSAT: { on: true, max: 2 }, CES: { on: true, max: 3 } },
  ...overrides,
});

/** A customer answers the form `minutes` after the start: the row is written, then the trigger fires (`fires` times). */
function answer(emu: Emulator, minutes: number, nps: number, comment: string, fires = 1) {
  emu.clock.setNow(new Date(START + minutes * MIN));
  return emu.submitForm(SHEET, [new Date(START + minutes * MIN), `c${minutes}@x.vn`, nps, comment, 'Quận 1'], { fires });
}

type Settings = { triggers: number; log: { outcome: string; reason: string; reasonVi?: string }[] };
const alertMails = (emu: Emulator) => emu.outbox.messages.filter((m) => m.to.includes('manager@senviet.example'));

describe('unhappy-answer alerts in the emulator', () => {
  it('a week of form answers with duplicates, double fires, quota exhaustion, a lock timeout and a storage failure: one alert per unhappy answer', () => {
    const emu = shop();
    // A detractor: alerted within the run the submission fires; the trigger fires twice.
    answer(emu, 10, 3, 'Trà nguội', 2);
    expect(alertMails(emu)).toHaveLength(1);
    expect(alertMails(emu)[0].subject).toBe('Khách hàng chấm 3/10 — Quận 1');
    // A promoter: no alert.
    answer(emu, 20, 10, 'Tuyệt vời');
    // The mail service refuses: nothing sent, logged, retried by the next run.
    emu.faults.arm('MailApp.sendEmail', () => appsScriptError(MAIL_QUOTA_EXCEEDED));
    answer(emu, 60, 5, 'Chờ lâu');
    expect(alertMails(emu)).toHaveLength(1);
    // Another run holds the lock: everything waits.
    emu.faults.arm('Lock.tryLock', () => new Error('Lock timeout'));
    answer(emu, 120, 0, 'Tệ');
    expect(alertMails(emu)).toHaveLength(1);
    // Storage refuses the intent: nothing sent.
    emu.faults.arm('Properties.setProperty', () => new Error('Unexpected error while getting the method or property setProperty on object PropertiesService.'));
    answer(emu, 180, 9, 'Ổn');
    // A burst imported from another tool: five detractors within ten minutes.
    const sheet = emu.spreadsheet.app.getActive().getSheetByName(SHEET)!;
    emu.clock.setNow(new Date(START + 615 * MIN));
    for (let i = 0; i < 5; i++) sheet.appendRow([new Date(START + (600 + 2 * i) * MIN), `b${i}@x.vn`, 1, `Burst ${i}`, 'Quận 7']);
    // The next form answer's run sends what waited (rows 5 and 6) and the burst as one email.
    answer(emu, 620, 9, 'Ổn');
    expect(alertMails(emu).length).toBe(4);
    // The daily run catches a row pasted without a form; run twice, it alerts once.
    emu.clock.setNow(new Date(START + 700 * MIN));
    sheet.appendRow([new Date(START + 690 * MIN), 'paste@x.vn', 4, 'Dán vào', 'Quận 3']);
    emu.call('runScheduledReports', {});
    emu.call('runScheduledReports', {});

    const rowsAlerted = alertMails(emu).flatMap((m) => [...m.body.matchAll(/hàng (\d+)/g)].map((x) => Number(x[1])));
    // Rows: 3 = 3/10, 5 = 5/10, 6 = 0/10, 8-12 the burst, 14 the pasted row. Never 2 (before alerts), 4, 7 or 13 (happy).
    expect(rowsAlerted.sort((a, b) => a - b)).toEqual([3, 5, 6, 8, 9, 10, 11, 12, 14]);
    expect(alertMails(emu)).toHaveLength(5);
    const burst = alertMails(emu).find((m) => m.subject.startsWith('5 '));
    expect(burst?.body).toContain('Burst 4');
    const { log } = emu.call<Settings>('getAlertSettings', {});
    const reasons = log.map((e) => e.reason).join('\n');
    expect(reasons).toContain('Service invoked too many times');
    expect(reasons).toContain('Another run');
    expect(reasons).toContain('Could not save the alert before sending');
    expect(emu.executions.every((e) => e.ok)).toBe(true);
  });

  it('groups a burst of form answers that each fire their own run: three alone at once, the rest in one email after the 15 minutes', () => {
    const emu = shop();
    for (let i = 0; i < 6; i++) answer(emu, 10 + 2 * i, 1, `Chờ ${i}`);
    expect(alertMails(emu).map((m) => m.subject)).toEqual(['Khách hàng chấm 1/10 — Quận 1', 'Khách hàng chấm 1/10 — Quận 1', 'Khách hàng chấm 1/10 — Quận 1']);
    const { log } = emu.call<Settings>('getAlertSettings', {});
    expect(log[0].reason).toContain('3 answers wait to go together in one email at the first run after 2026-11-02 09:25');
    // The next answer, a happy one, fires the run that sends the rest together.
    answer(emu, 30, 10, 'Ngon');
    expect(alertMails(emu)).toHaveLength(4);
    expect(alertMails(emu)[3].subject).toBe('3 khách hàng chưa hài lòng trong vài phút');
    expect(alertMails(emu)[3].body).toContain('Chờ 5');
    // Run again (the daily run): nothing more.
    emu.call('runScheduledReports', {});
    expect(alertMails(emu)).toHaveLength(4);
  });

  it('keeps the add-on to one form-submit trigger per document, and none when alerts are off', () => {
    const emu = shop();
    emu.call('saveAlertSettings', { settings: alertSettings({ recipients: ['cx@senviet.example'] }) });
    expect(emu.call<Settings>('getAlertSettings', {}).triggers).toBe(1);
    const off = emu.call<Settings>('saveAlertSettings', { settings: alertSettings({ enabled: false }) });
    expect(off.triggers).toBe(0);
    answer(emu, 5, 0, 'Tệ');
    expect(alertMails(emu)).toHaveLength(0);
  });

  it('fires form-submit events as Apps Script does: range, values, namedValues, triggerUid and authMode', () => {
    const emu = shop();
    const { runs, events } = answer(emu, 5, 9, 'Good');
    const [run] = runs;
    expect(run.kind).toBe('ON_FORM_SUBMIT');
    const event = events[0] as unknown as { range: { getRow(): number }; values: string[]; namedValues: Record<string, string[]>; triggerUid: string; authMode: string };
    expect(event.range.getRow()).toBe(3);
    expect(event.values[2]).toBe('9');
    expect(event.namedValues['Anything else?']).toEqual(['Good']);
    expect(event.triggerUid).toBe(run.triggerId);
    expect(String(event.authMode)).toBe('FULL');
  });

  it('refuses, on the server too, an address hiding a bidirectional override the page would have caught', () => {
    const emu = shop();
    expect(() => emu.call('saveAlertSettings', { settings: alertSettings({ recipients: ['manager@senviet\u202e.example'] }) })).toThrow(/recipients/);
    expect(JSON.parse(emu.state.properties.document.peek('cx.alerts') ?? '{}').recipients).toEqual(['manager@senviet.example']);
  });

  it('refuses a threshold outside its scale with a message that names it', () => {
    const emu = shop();
    expect(() => emu.call('saveAlertSettings', { settings: alertSettings({ thresholds: { NPS: { on: true, max: 10 }, CSAT: { on: true, max: 2 }, CES: { on: true, max: 3 } } }) })).toThrow(/NPS/);
  });
});

describe('the emulator’s add-on trigger limits', () => {
  it('allows an add-on one form-submit trigger per user per document, as Apps Script does', () => {
    const h = createHarness();
    const sheet = { getId: () => 'spreadsheet-1' } as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const formSubmit = () => h.globals.ScriptApp.newTrigger('onFormSubmitAlert').forSpreadsheet(sheet).onFormSubmit().create();
    formSubmit();
    expect(formSubmit).toThrow(/too many ON_FORM_SUBMIT triggers/);
    // One of another type is still allowed.
    expect(() => h.globals.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(sheet).onEdit().create()).not.toThrow();
  });
});

describe('the follow-up sheet', () => {
  it('gets one row per unhappy answer, keeps what people typed between runs, and leaves a user’s own sheet of that name alone', () => {
    const emu = shop();
    const book = emu.spreadsheet.app.getActive();
    // The user already has a sheet of that name: the add-on takes another.
    book.insertSheet('Theo dõi khách hàng').getRange('A1').setValue('Của tôi');
    answer(emu, 10, 3, 'Trà nguội', 2);
    answer(emu, 20, 10, 'Tuyệt vời');
    answer(emu, 30, 4, '@Lan xem giúp');
    const sheet = book.getSheetByName('Theo dõi khách hàng (2)')!;
    expect(book.getSheetByName('Theo dõi khách hàng')!.getDataRange().getValues()).toEqual([['Của tôi']]);
    const rows = () => sheet.getDataRange().getDisplayValues();
    expect(rows()[0].slice(0, 7)).toEqual(['Thời gian trả lời', 'Điểm', 'Bình luận', 'Nhóm', 'Liên hệ', 'Hàng câu trả lời', 'Trạng thái']);
    expect(rows().slice(1).map((r) => [r[1], r[2], r[4], r[6]])).toEqual([
      ['NPS 3/10', 'Trà nguội', 'c10@x.vn', 'Mới'],
      // Kept as text, never run as a formula.
      ['NPS 4/10', ' @Lan xem giúp', 'c30@x.vn', 'Mới'],
    ]);
    // A person takes the first one: status, owner, notes.
    sheet.getRange(2, 7, 1, 3).setValues([['Đã liên hệ', 'Lan', 'Gọi lại thứ Hai']]);
    emu.clock.setNow(new Date(START + 90 * MIN));
    emu.call('runScheduledReports', {});
    answer(emu, 100, 1, 'Tệ');
    expect(rows()).toHaveLength(4);
    expect(rows()[1].slice(6, 9)).toEqual(['Đã liên hệ', 'Lan', 'Gọi lại thứ Hai']);
    // The date the status was set is filled once, where it was blank.
    expect(rows()[1][10]).toMatch(/^2026-11-02/);
    expect(rows()[2][10]).toBe('');
    // The status column offers the three statuses.
    const rule = sheet.getRange(4, 7).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['Mới', 'Đã liên hệ', 'Đã xử lý']);
    // Editing the source row does not touch the person's follow-up.
    book.getSheetByName(SHEET)!.getRange(3, 4).setValue('Trà nguội, đã sửa');
    emu.clock.setNow(new Date(START + 200 * MIN));
    emu.call('runScheduledReports', {});
    expect(rows()[1].slice(6, 9)).toEqual(['Đã liên hệ', 'Lan', 'Gọi lại thứ Hai']);
    // A fixed comment is the same answer: no second row, no second alert.
    expect(rows()).toHaveLength(4);
    expect(alertMails(emu)).toHaveLength(3);
    // November's report, sent in December, says how the follow-up went, in the reader's language.
    emu.clock.setNow(new Date(Date.parse('2026-12-03T02:00:00Z')));
    emu.call('sendTestReport', { lang: 'vi' });
    const report = emu.outbox.messages[emu.outbox.messages.length - 1].body;
    expect(report).toContain('THEO DÕI KHÁCH HÀNG CHƯA HÀI LÒNG');
    expect(report).toContain('3 câu trả lời chưa hài lòng được đánh dấu trong kỳ.');
    expect(report).toContain('33% được liên hệ trong vòng 2 ngày (1 trên 3).');
    expect(report).toContain('0% đã xử lý (0 trên 3).');
    // Dated by the 10:30 run (a script's write fires no onEdit), answered at 09:10.
    expect(report).toContain('Thời gian trung vị đến lần liên hệ đầu: 1,3 giờ.');
    expect(report).toContain('Chưa xử lý xong (3):');
    expect(report).toContain('02/11/2026 09:10 · Quận 1 · Đã liên hệ · phụ trách: Lan · hàng theo dõi 2');
  });
});

describe('dating a follow-up status the moment it is set', () => {
  it('fills “Contacted on” when a person picks Contacted, keeps a date someone typed, and leaves a script’s write to the next run', () => {
    const emu = shop();
    answer(emu, 10, 3, 'Trà nguội');
    answer(emu, 20, 4, 'Chậm');
    answer(emu, 30, 2, 'Đắt');
    const name = 'Theo dõi khách hàng';
    const sheet = emu.spreadsheet.app.getActive().getSheetByName(name)!;
    const row = (r: number) => sheet.getRange(r, 1, 1, 13).getDisplayValues()[0];
    // Lan calls the first customer at 09:40 and picks "Đã liên hệ" in the dropdown.
    emu.clock.setNow(new Date(START + 40 * MIN));
    const { runs, event } = emu.edit(name, 'G2', 'Đã liên hệ');
    expect(runs.map((r) => [r.functionName, r.kind, r.ok])).toEqual([['onEdit', 'onEdit', true]]);
    expect(String(event.authMode)).toBe('LIMITED');
    expect(event.value).toBe('Đã liên hệ');
    expect(event.oldValue).toBe('Mới');
    expect(row(2)[10]).toBe('2026-11-02 09:40');
    // Minh typed when he called the second one; resolving it later keeps his date.
    emu.edit(name, 'K3', new Date(START + 25 * MIN));
    emu.clock.setNow(new Date(START + 50 * MIN));
    emu.edit(name, 'G3', 'Đã xử lý');
    expect(row(3).slice(10, 12)).toEqual(['2026-11-02 09:25', '2026-11-02 09:50']);
    // Picking Contacted again later does not move the first date.
    emu.clock.setNow(new Date(START + 60 * MIN));
    emu.edit(name, 'G2', 'Mới');
    emu.edit(name, 'G2', 'Đã liên hệ');
    expect(row(2)[10]).toBe('2026-11-02 09:40');
    // Editing another sheet, or another column, writes nothing.
    emu.edit(SHEET, 'D2', 'Sửa bình luận');
    emu.edit(name, 'I4', 'Gọi lại sau');
    expect(row(4)[10]).toBe('');
    // A script's write fires no trigger (Apps Script's simple triggers answer people's edits only): dated by the next run.
    sheet.getRange('G4').setValue('Đã liên hệ');
    expect(row(4)[10]).toBe('');
    emu.clock.setNow(new Date(START + 120 * MIN));
    emu.call('runScheduledReports', {});
    expect(row(4)[10]).toBe('2026-11-02 11:00');
    expect(emu.executions.every((e) => e.ok)).toBe(true);
  });

  it('runs the simple onEdit in AuthMode.LIMITED, where mail and triggers are refused, and installable on-edit triggers in FULL', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'cx-onedit-'));
    writeFileSync(join(dir, 'Code.js'), "function onEdit(e) { MailApp.sendEmail('a@x.vn', 'edit', String(e.value)); }\nfunction onEditInstalled(e) { MailApp.sendEmail('a@x.vn', 'installed ' + String(e.authMode), String(e.value)); }\nfunction install() { ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }\n");
    const emu = createEmulator({ now: new Date(START), workbook: { name: 'Book', timeZone: 'Asia/Ho_Chi_Minh', locale: 'en_US', sheets: [{ name: 'Sheet1', rows: [['a']] }] } });
    emu.load(join(dir, 'Code.js'));
    emu.call('install');
    const { runs } = emu.edit('Sheet1', 'A1', 'b');
    expect(runs.map((r) => [r.functionName, r.ok])).toEqual([['onEdit', false], ['onEditInstalled', true]]);
    expect(runs[0].error).toMatch(/You do not have permission to call MailApp.sendEmail/);
    expect(emu.outbox.messages.map((m) => m.subject)).toEqual(['installed FULL']);
  });
});

describe('alerts and the scheduled report share the mail quota', () => {
  it('an alert waits while the day’s report still needs the quota, says so, and goes once the quota is back', () => {
    // A consumer account with 2 recipients a day, and a monthly report to two people due on the 2nd at 08:00.
    const emu = shop({ mailQuota: 2 });
    emu.call('saveReportSettings', { lang: 'vi', schedule: { version: 1, enabled: true, recipients: ['owner@senviet.example', 'cx@senviet.example'], frequency: { kind: 'monthly', day: 2 }, hour: 8, lang: 'vi' }, targets: {} });
    // 2 November, 10:00: October's report is due and not sent yet; a customer answers 2/10.
    answer(emu, 60, 2, 'Chờ lâu');
    expect(alertMails(emu)).toHaveLength(0);
    const { log } = emu.call<Settings>('getAlertSettings', {});
    expect(log[0]).toMatchObject({ outcome: 'failed' });
    expect(log[0].reason).toContain('email quota is nearly used (2 left, 2 kept for the scheduled report), so 1 answer wait');
    expect(log[0].reasonVi).toContain('giữ 2 cho báo cáo định kỳ');
    // 3 November 08:00: the report goes first and uses the quota; the alert still waits.
    emu.runTriggers(new Date(START + 24 * 60 * MIN));
    expect(emu.outbox.messages.map((m) => m.to.join())).toEqual(['owner@senviet.example,cx@senviet.example']);
    expect(alertMails(emu)).toHaveLength(0);
    // 4 November 08:00: the quota is back and the report is sent: the daily catch-up sends the alert, once.
    emu.runTriggers(new Date(START + 48 * 60 * MIN));
    emu.runTriggers(new Date(START + 72 * 60 * MIN));
    expect(alertMails(emu).map((m) => m.subject)).toEqual(['Khách hàng chấm 2/10 — Quận 1']);
  });
});

describe('a follow-up sheet people renamed, deleted or filled with their own columns', () => {
  const name = 'Theo dõi khách hàng';
  const log = (emu: Emulator) => emu.call<Settings>('getAlertSettings', {}).log;

  it('still finds its sheet after a rename: new answers go there, none twice, no second sheet', () => {
    const emu = shop();
    const book = emu.spreadsheet.app.getActive();
    answer(emu, 10, 3, 'Trà nguội');
    book.getSheetByName(name)!.setName('Khách cần gọi');
    answer(emu, 20, 2, 'Chờ lâu', 2);
    emu.call('runScheduledReports', {});
    expect(book.getSheetByName(name)).toBeNull();
    const rows = book.getSheetByName('Khách cần gọi')!.getDataRange().getDisplayValues();
    expect(rows.slice(1).map((r) => r[2])).toEqual(['Trà nguội', 'Chờ lâu']);
    expect(book.getSheets().map((s) => s.getName())).toEqual([SHEET, 'Khách cần gọi']);
  });

  it('makes the sheet again when it was deleted, says so in both languages, and puts back the answers alerted in the last 8 days', () => {
    const emu = shop();
    const book = emu.spreadsheet.app.getActive();
    answer(emu, 10, 3, 'Trà nguội');
    answer(emu, 20, 10, 'Tuyệt vời');
    answer(emu, 30, 1, 'Tệ');
    book.deleteSheet(book.getSheetByName(name)!);
    // Two days later the daily run finds it gone; a new answer comes too.
    emu.clock.setNow(new Date(START + 2 * 1440 * MIN));
    book.getSheetByName(SHEET)!.appendRow([new Date(START + 2 * 1440 * MIN - 5 * MIN), 'new@x.vn', 0, 'Quá tệ', 'Quận 3']);
    emu.call('runScheduledReports', {});
    const rows = book.getSheetByName(name)!.getDataRange().getDisplayValues();
    expect(rows[0][0]).toBe('Thời gian trả lời');
    expect(rows.slice(1).map((r) => [r[2], r[6]])).toEqual([['Trà nguội', 'Mới'], ['Tệ', 'Mới'], ['Quá tệ', 'Mới']]);
    const said = log(emu).find((e) => e.reason.startsWith('The follow-up sheet was deleted'))!;
    expect(said.reason).toContain('made "Theo dõi khách hàng" again with 2 answers of the last 8 days');
    expect(said.reasonVi).toContain('đã tạo lại "Theo dõi khách hàng" với 2 câu trả lời');
    // Said once: the next run finds the sheet and adds nothing.
    emu.call('runScheduledReports', {});
    expect(book.getSheetByName(name)!.getLastRow()).toBe(4);
    expect(log(emu).filter((e) => e.reason.startsWith('The follow-up sheet was deleted'))).toHaveLength(1);
    expect(alertMails(emu)).toHaveLength(3);
  });

  it('writes new rows under its own headers where they moved, around a person’s own columns, and never over what was typed', () => {
    const emu = shop();
    const book = emu.spreadsheet.app.getActive();
    answer(emu, 10, 3, 'Trà nguội');
    const sheet = book.getSheetByName(name)!;
    // Lan puts her own "Gọi lúc" column first and moves "Trạng thái" right after it
    // (the emulator has no insertColumnBefore/moveColumns: the same cells, written as the move leaves them).
    const [header, row] = sheet.getRange(1, 1, 2, 13).getValues();
    const formats = sheet.getRange(1, 1, 2, 13).getNumberFormats();
    const order = [6, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12];
    sheet.getRange(1, 1, 2, 14).setNumberFormats(formats.map((f) => ['General', ...order.map((i) => f[i])]));
    sheet.getRange(1, 1, 2, 14).setValues([['Gọi lúc', ...order.map((i) => header[i])], ['sáng mai', ...order.map((i) => row[i])]]);
    sheet.getRange('P1').setValue('Ghi chú riêng');
    sheet.getRange('P2').setValue('Khách quen');
    answer(emu, 20, 2, 'Chờ lâu');
    const rows = sheet.getDataRange().getDisplayValues();
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 4)).toEqual(['sáng mai', 'Mới', '2026-11-02 09:10', 'NPS 3/10']);
    expect(rows[1][15]).toBe('Khách quen');
    // The new row: nothing in her columns, the add-on's values under its headers.
    expect([rows[2][0], rows[2][1], rows[2][3], rows[2][4], rows[2][15]]).toEqual(['', 'Mới', 'NPS 2/10', 'Chờ lâu', '']);
    expect(sheet.getRange(3, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual(['Mới', 'Đã liên hệ', 'Đã xử lý']);
  });

  it('writes nothing when a header it needs was deleted, names the sheet and header in both languages, and adds the answer once it is back', () => {
    const emu = shop();
    const book = emu.spreadsheet.app.getActive();
    answer(emu, 10, 3, 'Trà nguội');
    const sheet = book.getSheetByName(name)!;
    // Someone typed over the "Mã câu trả lời" header (M1).
    sheet.getRange('M1').setValue('Mã khách');
    answer(emu, 20, 2, 'Chờ lâu');
    expect(sheet.getLastRow()).toBe(2);
    const failed = log(emu).find((e) => e.reason.startsWith('Could not add the answers to the follow-up sheet'))!;
    expect(failed.reason).toContain('the follow-up sheet "Theo dõi khách hàng" has no "Answer id" column in row 1, so nothing was written');
    expect(failed.reasonVi).toContain('trang theo dõi "Theo dõi khách hàng" không còn cột "Mã câu trả lời" ở hàng 1');
    expect(sheet.getRange('M1').getValue()).toBe('Mã khách');
    // A deleted "Bình luận" header: the row goes in without a comment, and the log says which column was missing.
    sheet.getRange('M1').setValue('Mã câu trả lời');
    sheet.getRange('C1').setValue('');
    answer(emu, 30, 1, 'Tệ');
    const rows = sheet.getDataRange().getDisplayValues();
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toEqual([['NPS 3/10', 'Trà nguội'], ['NPS 1/10', '']]);
    const skipped = log(emu).find((e) => e.reason.includes('without "Comment"'))!;
    expect(skipped.reason).toContain('1 added to "Theo dõi khách hàng" without "Comment"');
    expect(skipped.reasonVi).toContain('thiếu "Bình luận"');
  });
});
