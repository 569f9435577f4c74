import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, openSidebar } from './browser';
import { openDemo, mapColumns } from '../../src/emulator/demo-session';

/**
 * The Email reports panel in headless Chromium, talking to dist/Code.js in the emulator on the
 * demo workbook (Asia/Ho_Chi_Minh, UTC+7; the clock is 2026-11-05 10:00 local). A person
 * schedules the monthly report, sends a test, sees the daily run in the log and turns it off.
 * Screenshots go to test-artifacts/sidebar-reports-*.png.
 */

const browser = browserForFile();

type Emu = ReturnType<typeof openDemo>;
type Settings = { triggers: number; schedule: unknown; log: { outcome: string }[] };

const MANAGERS = ['manager@senviet.example', 'cx@senviet.example'];
/** 09:00 on 6 November in Ho Chi Minh City: the 08:00 daily run after the schedule is saved has fired. */
const NEXT_MORNING = new Date('2026-11-06T02:00:00Z');

function shop(userLocale: string): Emu {
  const emu = openDemo({ userLocale });
  mapColumns(emu);
  return emu;
}

const storedSchedule = (emu: Emu) => JSON.parse(emu.state.properties.document.peek('cx.schedule') ?? 'null') as unknown;
const reportTriggers = (emu: Emu) => emu.state.triggers.triggers.filter((t) => t.handler === 'runScheduledReports');
const idle = (page: Page) => page.waitForFunction(() => document.getElementById('panel')?.getAttribute('aria-busy') === 'false' && !document.querySelector('#status .spinner'));

/** Nothing may be wider than the 300 px sidebar: no sideways scrolling. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= 300 && document.getElementById('panel')!.scrollWidth <= 300);

/** Everything the spoken status line says from now on, to check that each call shows progress. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = ((window as unknown as { __said: string[] }).__said = []);
    // The ✓ is aria-hidden: a screen reader hears only the words.
    new MutationObserver(() => said.push((document.getElementById('status')!.textContent ?? '').replace(/^✓/, ''))).observe(document.getElementById('status')!, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __said: string[] }).__said.filter((text) => text !== ''));
}

async function openReports(emu: Emu) {
  const opened = await openSidebar(browser(), emu, 'showReports');
  await opened.page.locator('#report-status').waitFor();
  return opened;
}

describe('Email reports in English', () => {
  it('schedules the monthly report, sends a test, shows the daily run in the log, and turns off', async () => {
    const emu = shop('en_US');
    const { page, called, shot } = await openReports(emu);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Email reports');
    expect(await page.getByRole('button', { name: 'Email reports' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('#report-status').textContent()).toContain('Reports are off');
    expect(await page.getByText('Sends last month’s report to you only, at owner@example.com.').isVisible()).toBe(true);

    const said = await recordStatus(page);
    await page.getByRole('textbox', { name: 'Recipients' }).fill(MANAGERS.join('\n'));
    await page.getByRole('group', { name: 'How often' }).getByRole('radio', { name: 'Every month' }).check();
    await page.getByRole('combobox', { name: 'Day of the month' }).selectOption('1');
    await page.getByRole('combobox', { name: 'Time' }).selectOption({ label: '08:00' });
    expect(await page.getByText('Sent around this hour, spreadsheet time (Asia/Ho_Chi_Minh).').isVisible()).toBe(true);
    await shot('reports-en-1-form', { whole: true });

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved. Reports are on.').waitFor();
    const status = await page.locator('#report-status').textContent();
    expect(status).toContain('Reports are on');
    // October was due on 1 November and is unsent, so tomorrow's 08:00 run sends it.
    expect(status).toContain('Next: the October 2026 report on Fri, Nov 6, around 08:00.');
    expect(reportTriggers(emu)).toHaveLength(1);
    expect(emu.call<Settings>('getReportSettings', {}).triggers).toBe(1);
    expect(storedSchedule(emu)).toEqual({ version: 1, enabled: true, recipients: MANAGERS, frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'en' });
    await shot('reports-en-2-saved', { whole: true });

    await page.getByRole('button', { name: 'Send a test now' }).click();
    await page.getByText('Test report for October 2026 sent to owner@example.com.').waitFor();
    expect(emu.outbox.messages).toHaveLength(1);
    expect(emu.outbox.messages[0].to).toEqual(['owner@example.com']);
    expect(called).toEqual(['getReportSettings', 'saveReportSettings', 'sendTestReport', 'getReportSettings']);
    expect(await said()).toEqual(['Saving the schedule…', 'Saved. Reports are on.', 'Sending a test report…']);
    await page.close();

    // The daily trigger runs the next morning; reopening the panel shows what it did.
    emu.runTriggers(NEXT_MORNING);
    expect(emu.outbox.messages).toHaveLength(2);
    expect(emu.outbox.messages[1].to).toEqual(MANAGERS);
    const again = await openReports(emu);
    const entry = again.page.locator('#report-log li').first();
    expect(await entry.locator('.log-outcome').textContent()).toBe('Sent');
    expect(await entry.textContent()).toContain('October 2026 report');
    expect(await entry.textContent()).toContain('Sent to 2 recipients.');
    expect(await entry.locator('time').textContent()).toBe('Nov 6, 2026, 08:00');
    expect(await again.page.getByRole('textbox', { name: 'Recipients' }).inputValue()).toBe(MANAGERS.join('\n'));
    expect(await again.page.locator('#report-status').textContent()).toContain('Next: the November 2026 report on Tue, Dec 1, around 08:00.');
    expect(await fitsWidth(again.page)).toBe(true);
    await again.shot('reports-en-3-log', { whole: true });

    const saidAgain = await recordStatus(again.page);
    await again.page.getByRole('button', { name: 'Turn off' }).click();
    await again.page.getByRole('status').getByText('Reports are off. Nothing more will be sent.').waitFor();
    expect(await again.page.locator('#report-status').textContent()).toContain('Reports are off');
    expect(reportTriggers(emu)).toHaveLength(0);
    expect(emu.call<Settings>('getReportSettings', {}).triggers).toBe(0);
    expect(await saidAgain()).toEqual(['Turning reports off…', 'Reports are off. Nothing more will be sent.']);
    expect(await again.page.getByRole('button', { name: 'Turn off' }).isDisabled()).toBe(true);
    await again.page.close();
  }, 90_000);

  it('refuses a bad address before anything is saved, naming it', async () => {
    const emu = shop('en_US');
    const { page, called, shot } = await openReports(emu);
    const recipients = page.getByRole('textbox', { name: 'Recipients' });
    await recipients.fill('a@b.com\nBcc: x@y.z');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('“Bcc:” is not a valid email address.').waitFor();
    // The field takes the focus and carries the message, so a screen reader reads it there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recipients');
    expect(await recipients.getAttribute('aria-invalid')).toBe('true');
    expect(await recipients.getAttribute('aria-describedby')).toContain('recipients-error');
    await shot('reports-en-bad-address', { whole: true });

    await recipients.fill('boss');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('“boss” is not a valid email address.').waitFor();
    await recipients.fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Add at least one recipient.').waitFor();
    await recipients.fill(Array.from({ length: 51 }, (_, i) => `person${i}@shop.example`).join('\n'));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('You entered 51 addresses; reports go to at most 50.').waitFor();

    expect(called).toEqual(['getReportSettings']);
    expect(storedSchedule(emu)).toBeNull();
    expect(reportTriggers(emu)).toHaveLength(0);
    await page.close();
  }, 60_000);

  it('keeps changed maturity targets, checks their range, and restores the defaults', async () => {
    const emu = shop('en_US');
    const { page, shot } = await openReports(emu);
    await page.getByRole('textbox', { name: 'Recipients' }).fill('manager@senviet.example');
    await page.getByText('Maturity targets').click();
    const art = page.getByRole('spinbutton', { name: 'Average resolution time, at most' });
    expect(await art.getAttribute('placeholder')).toBe('24');
    expect(await page.locator('#target-artHours-default').textContent()).toBe('Default 24 h');
    expect(await page.locator('.target-row').count()).toBe(8);
    await page.getByRole('spinbutton', { name: 'Customer effort (1–7), at least' }).fill('9');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Customer effort (1–7), at least: enter a number from 1 to 7.').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(storedSchedule(emu)).toBeNull();
    await shot('reports-en-targets', { whole: true });

    await page.getByRole('spinbutton', { name: 'Customer effort (1–7), at least' }).fill('6');
    await art.fill('12');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved. Reports are on.').waitFor();
    expect(JSON.parse(emu.state.properties.document.peek('cx.targets') ?? '{}')).toMatchObject({ artHours: 12, ces: 6, nps: 50 });
    expect(await art.inputValue()).toBe('12');

    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved. Reports are on.').waitFor();
    expect(JSON.parse(emu.state.properties.document.peek('cx.targets') ?? '{}')).toMatchObject({ artHours: 24, ces: 5.5 });
    await page.close();
  }, 60_000);
});

describe('Email reports in Vietnamese', () => {
  it('follows the same path in the user’s language', async () => {
    const emu = shop('vi_VN');
    const { page, shot } = await openReports(emu);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Báo cáo email');
    expect(await page.getByRole('combobox', { name: 'Ngôn ngữ báo cáo' }).inputValue()).toBe('vi');
    await page.getByRole('textbox', { name: 'Người nhận' }).fill(MANAGERS.join(', '));
    await page.getByRole('combobox', { name: 'Ngày trong tháng' }).selectOption('1');
    await page.getByRole('combobox', { name: 'Giờ gửi' }).selectOption({ label: '08:00' });
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').getByText('Đã lưu. Báo cáo đang bật.').waitFor();
    expect(await page.locator('#report-status').textContent()).toContain('Báo cáo đang bật');
    expect(reportTriggers(emu)).toHaveLength(1);
    expect(storedSchedule(emu)).toMatchObject({ recipients: MANAGERS, frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'vi' });
    await shot('reports-vi-1-saved', { whole: true });

    await page.getByRole('button', { name: 'Gửi thử ngay' }).click();
    await page.getByText(/Đã gửi báo cáo thử .* tới owner@example\.com\./).waitFor();
    expect(emu.outbox.messages.map((m) => m.to)).toEqual([['owner@example.com']]);
    expect(emu.outbox.messages[0].htmlBody).toContain('lang="vi"');
    await page.close();

    emu.runTriggers(NEXT_MORNING);
    const again = await openReports(emu);
    const entry = again.page.locator('#report-log li').first();
    expect(await entry.locator('.log-outcome').textContent()).toBe('Đã gửi');
    expect(await entry.textContent()).toContain('Đã gửi tới 2 người nhận.');
    expect(await fitsWidth(again.page)).toBe(true);
    await again.shot('reports-vi-2-log', { whole: true });
    await again.page.getByRole('button', { name: 'Tắt' }).click();
    await again.page.getByRole('status').getByText('Đã tắt báo cáo. Sẽ không gửi thêm email nào.').waitFor();
    expect(reportTriggers(emu)).toHaveLength(0);
    await again.page.close();
  }, 90_000);
});

describe('Email reports when something goes wrong', () => {
  it('shows why a scheduled run failed in the reader’s language', async () => {
    const emu = shop('vi_VN');
    emu.call('saveReportSettings', {
      schedule: { version: 1, enabled: true, recipients: MANAGERS, frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'vi' },
    });
    // Another execution holds the document lock when the daily run comes.
    emu.faults.arm('Lock.tryLock', () => new Error('Lock timeout'));
    emu.runTriggers(NEXT_MORNING);
    const { page } = await openReports(emu);
    const entry = page.locator('#report-log li').first();
    expect(await entry.locator('.log-outcome').textContent()).not.toBe('Đã gửi');
    expect(await entry.textContent()).toContain('Một lần chạy báo cáo khác vẫn đang xử lý bảng tính này');
    expect(emu.outbox.messages).toHaveLength(0);
    await page.close();
  }, 90_000);

  it('a failing mail service shows the server’s message, and Try again sends', async () => {
    const emu = shop('en_US');
    const { page, shot } = await openReports(emu);
    emu.faults.arm('MailApp.sendEmail', () => new Error('Service invoked too many times for one day: email.'));
    await page.getByRole('button', { name: 'Send a test now' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Something went wrong').waitFor();
    expect(await alert.textContent()).toContain(
      "Google's mail service did not send the test report (Service invoked too many times for one day: email.). Wait a moment and try again; if today's quota is used up, try tomorrow.",
    );
    expect(emu.outbox.messages).toHaveLength(0);
    await idle(page);
    await shot('reports-en-error', { whole: true });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Test report for October 2026 sent to owner@example.com.').waitFor();
    expect(emu.outbox.messages).toHaveLength(1);
    await page.close();
  }, 60_000);

  it('a damaged saved schedule is explained, and saving again fixes it', async () => {
    const emu = shop('en_US');
    emu.state.properties.document.poke('cx.schedule', '{"version":1,"enabled":true,"recipients":["boss"]}');
    const { page, shot } = await openReports(emu);
    const status = page.locator('#report-status');
    expect(await status.textContent()).toContain('Your saved report schedule is damaged');
    expect(await status.textContent()).toContain('Check the settings below and press Save to replace it.');
    await shot('reports-en-damaged', { whole: true });
    await page.getByRole('textbox', { name: 'Recipients' }).fill('manager@senviet.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved. Reports are on.').waitFor();
    expect(await status.textContent()).toContain('Reports are on');
    expect(storedSchedule(emu)).toMatchObject({ recipients: ['manager@senviet.example'] });
    await page.close();
  }, 60_000);

  it('is reachable from the wizard with the keyboard, and weekly shows a weekday', async () => {
    const emu = shop('en_US');
    const { page } = await openSidebar(browser(), emu);
    await page.getByRole('checkbox').first().waitFor();
    await page.getByRole('button', { name: 'Email reports' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#report-status').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await page.locator('#stepper').isHidden()).toBe(true);
    await page.getByRole('radio', { name: 'Every week' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('combobox', { name: 'Day of the week' }).selectOption({ label: 'Monday' });
    await page.getByRole('textbox', { name: 'Recipients' }).fill('manager@senviet.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved. Reports are on.').waitFor();
    expect(storedSchedule(emu)).toMatchObject({ frequency: { kind: 'weekly', weekday: 1 } });
    // A test send now covers last week, and the hint says so.
    expect(await page.locator('#test-hint').textContent()).toBe('Sends last week’s report to you only, at owner@example.com.');
    await page.getByRole('button', { name: 'Set up metrics' }).click();
    await page.getByRole('heading', { name: 'Pick your data sheets' }).waitFor();
    await page.close();
  }, 60_000);
});

describe('Email reports when a permission was declined', () => {
  it('says, in Vietnamese, which permission is missing and what it stops', async () => {
    const emu = openDemo({ userLocale: 'vi', declinedScopes: ['https://www.googleapis.com/auth/script.send_mail'] });
    mapColumns(emu, 'vi');
    const { page } = await openReports(emu);
    const consent = page.locator('#report-consent');
    await consent.waitFor();
    expect(await consent.getAttribute('role')).toBe('alert');
    expect(await consent.textContent()).toContain('“Gửi email thay mặt bạn”');
    expect(await consent.textContent()).toContain('không gửi được báo cáo nào');
    expect(await fitsWidth(page)).toBe(true);
  });
});

describe('Email reports after a run that may have sent', () => {
  it('says in the status card that October may or may not have gone out and will not be resent', async () => {
    const emu = openDemo({ userLocale: 'vi', now: new Date('2026-10-31T10:00:00Z') });
    mapColumns(emu, 'vi');
    emu.call('saveReportSettings', { lang: 'vi', schedule: { version: 1, enabled: true, recipients: ['manager@senviet.example'], frequency: { kind: 'monthly', day: 1 }, hour: 8, lang: 'vi' } });
    // A run recorded its intent and stopped before recording the outcome.
    emu.state.properties.document.poke('cx.reportsSent', '{"v":2,"from":"month:2026-10-01","periods":{"month:2026-10-01":"sending"}}');
    emu.runTriggers(new Date('2026-11-02T02:30:00Z'));
    expect(emu.outbox.messages).toHaveLength(0);
    const { page } = await openReports(emu);
    const attention = page.locator('#report-attention');
    await attention.waitFor();
    expect(await attention.textContent()).toContain('có thể đã được gửi hoặc chưa');
    expect(await attention.textContent()).toContain('10');
    expect(await fitsWidth(page)).toBe(true);
  });
});
