import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForFile, openSidebar } from './browser';
import { DEMO_NOW, mapColumns, openDemo } from '../../src/emulator/demo-session';

/**
 * The Alerts panel (issue 16 item 5) in headless Chromium, talking to dist/Code.js in the emulator
 * on the demo workbook. A person turns alerts on for two managers, sends a test alert, a customer
 * answers badly and the panel shows the alert that went; every validation message names its field,
 * in English and Vietnamese. Screenshots go to test-artifacts/sidebar-alerts-*.png.
 */

const browser = browserForFile();
type Emu = ReturnType<typeof openDemo>;
const MANAGERS = ['manager@senviet.example', 'cx@senviet.example'];

function shop(userLocale: string): { emu: Emu; survey: string } {
  const emu = openDemo({ userLocale });
  const { mapping } = mapColumns(emu);
  const survey = (mapping as { sources: { sheetName: string; columns: { nps?: string } }[] }).sources.find((s) => s.columns.nps)!.sheetName;
  return { emu, survey };
}

const stored = (emu: Emu) => JSON.parse(emu.state.properties.document.peek('cx.alerts') ?? 'null') as Record<string, unknown> | null;
const formTriggers = (emu: Emu) => emu.state.triggers.triggers.filter((t) => t.handler === 'onFormSubmitAlert');
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= 300 && document.getElementById('panel')!.scrollWidth <= 300);

async function openAlerts(emu: Emu) {
  const opened = await openSidebar(browser(), emu, 'showAlerts');
  await opened.page.locator('#alert-status').waitFor();
  return opened;
}

/** A customer answers the demo survey form badly, five minutes after the panel was saved. */
function unhappyAnswer(emu: Emu, survey: string) {
  const at = new Date(DEMO_NOW.getTime() + 5 * 60_000);
  emu.clock.setNow(at);
  emu.submitForm(survey, [at, 'minh@mail.example.com', 2, 1, 2, 'Website', 'Search', 'Giao hàng trễ ba ngày', '']);
}

describe('the Alerts panel in English', () => {
  it('turns alerts on for two managers, sends a test alert, and shows the alert a bad answer sent', async () => {
    const { emu, survey } = shop('en_US');
    const { page, called, shot } = await openAlerts(emu);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Alerts');
    expect(await page.getByRole('button', { name: 'Alerts', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('#alert-status').textContent()).toContain('Alerts are off');
    // The defaults: on, NPS ≤ 6 on 0–10, CSAT ≤ 2 on 1–5, CES ≤ 3 on the mapping's 1–7.
    expect(await page.getByRole('checkbox', { name: 'Send alerts for unhappy answers' }).isChecked()).toBe(true);
    expect(await page.getByRole('spinbutton', { name: 'Recommend (NPS): alert at or below' }).inputValue()).toBe('6');
    expect(await page.getByRole('spinbutton', { name: 'Satisfaction (CSAT): alert at or below' }).inputValue()).toBe('2');
    expect(await page.getByRole('spinbutton', { name: 'Ease (CES): alert at or below' }).inputValue()).toBe('3');
    expect(await page.locator('#threshold-CES-scale').textContent()).toBe('on 1–7');
    expect(await page.getByText('Sends a sample alert to you only, at owner@example.com, in the alert language.').isVisible()).toBe(true);

    await page.getByRole('textbox', { name: 'Alert recipients' }).fill(MANAGERS.join('\n'));
    await page.getByRole('combobox', { name: 'Alert language' }).selectOption('vi');
    await page.getByRole('checkbox', { name: 'Alert on Ease (CES)' }).uncheck();
    expect(await page.getByRole('spinbutton', { name: 'Ease (CES): alert at or below' }).isDisabled()).toBe(true);
    await shot('alerts-en-1-form', { whole: true });

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved. Alerts are on.').waitFor();
    expect(await page.locator('#alert-status').textContent()).toContain('An unhappy answer is emailed to 2 people.');
    expect(stored(emu)).toMatchObject({ enabled: true, recipients: MANAGERS, lang: 'vi', thresholds: { NPS: { on: true, max: 6 }, CSAT: { on: true, max: 2 }, CES: { on: false, max: 3 } } });
    expect(formTriggers(emu)).toHaveLength(1);

    await page.getByRole('button', { name: 'Send a test alert' }).click();
    await page.getByText('Test alert sent to owner@example.com.').waitFor();
    expect(emu.outbox.messages.map((m) => [m.to, m.subject])).toEqual([[['owner@example.com'], '[Thử] Khách hàng chấm 3/10 — Chi nhánh mẫu']]);
    expect(called).toEqual(['getAlertSettings', 'saveAlertSettings', 'sendTestAlert']);
    await shot('alerts-en-2-saved', { whole: true });
    await page.close();

    unhappyAnswer(emu, survey);
    expect(emu.outbox.messages[1].to).toEqual(MANAGERS);
    const again = await openAlerts(emu);
    const entry = again.page.locator('#alert-log li').first();
    expect(await entry.locator('.log-outcome').textContent()).toBe('Sent');
    expect(await entry.textContent()).toContain('Alert about 1 answer sent to 2 recipients.');
    expect(await again.page.getByRole('textbox', { name: 'Alert recipients' }).inputValue()).toBe(MANAGERS.join('\n'));
    expect(await fitsWidth(again.page)).toBe(true);
    await again.shot('alerts-en-3-log', { whole: true });
    await again.page.close();
  }, 90_000);

  it('names the field in every validation message, and saves nothing until it is fixed', async () => {
    const { emu } = shop('en_US');
    const { page, called, shot } = await openAlerts(emu);
    const recipients = page.getByRole('textbox', { name: 'Alert recipients' });
    const save = () => page.getByRole('button', { name: 'Save' }).click();

    await save();
    await page.getByText('Alert recipients: add at least one address.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('alert-recipients');
    expect(await recipients.getAttribute('aria-invalid')).toBe('true');

    await recipients.fill('boss');
    await save();
    await page.getByText('Alert recipients: “boss” is not a valid email address.', { exact: false }).waitFor();
    // An address with a zero-width space pasted from a document looks right and is not.
    await recipients.fill('boss\u200b@shop.example');
    await save();
    await page.getByText('Alert recipients: “boss⟨U+200B⟩@shop.example” contains a hidden character', { exact: false }).waitFor();
    // A right-to-left override makes an address read as another one.
    await recipients.fill('boss@shop\u202e.example');
    await save();
    await page.getByText('Alert recipients: “boss@shop⟨U+202E⟩.example” contains a hidden character (U+202E)', { exact: false }).waitFor();
    await recipients.fill(Array.from({ length: 51 }, (_, i) => `person${i}@shop.example`).join('\n'));
    await save();
    await page.getByText('Alert recipients: you entered 51 addresses; alerts go to at most 50.').waitFor();
    await recipients.fill('manager@senviet.example');

    const nps = page.getByRole('spinbutton', { name: 'Recommend (NPS): alert at or below' });
    await nps.fill('10');
    await save();
    await page.getByText('Recommend (NPS): enter a whole number from 0 to 9 (an answer at or below it is alerted).').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('threshold-NPS');
    expect(await nps.getAttribute('aria-describedby')).toContain('threshold-NPS-error');
    await shot('alerts-en-bad-threshold', { whole: true });
    await nps.fill('6');
    await page.getByRole('spinbutton', { name: 'Satisfaction (CSAT): alert at or below' }).fill('2.5');
    await save();
    await page.getByText('Satisfaction (CSAT): enter a whole number from 1 to 4 (an answer at or below it is alerted).').waitFor();
    await page.getByRole('spinbutton', { name: 'Satisfaction (CSAT): alert at or below' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Ease (CES): alert at or below' }).fill('0');
    await save();
    await page.getByText('Ease (CES): enter a whole number from 1 to 6 (an answer at or below it is alerted).').waitFor();

    for (const name of ['Alert on Recommend (NPS)', 'Alert on Satisfaction (CSAT)', 'Alert on Ease (CES)']) await page.getByRole('checkbox', { name }).uncheck();
    await save();
    await page.getByText('Alerts: tick at least one score to alert on.').waitFor();

    expect(called).toEqual(['getAlertSettings']);
    expect(stored(emu)).toBeNull();
    expect(formTriggers(emu)).toHaveLength(0);
    expect(await fitsWidth(page)).toBe(true);
    await page.close();
  }, 60_000);
});

describe('the Alerts panel in Vietnamese', () => {
  it('follows the same path, with every message in the user’s language', async () => {
    const { emu, survey } = shop('vi_VN');
    const { page, shot } = await openAlerts(emu);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Cảnh báo');
    expect(await page.locator('#alert-status').textContent()).toContain('Cảnh báo đang tắt');
    const recipients = page.getByRole('textbox', { name: 'Người nhận cảnh báo' });
    const save = () => page.getByRole('button', { name: 'Lưu' }).click();

    await save();
    await page.getByText('Người nhận cảnh báo: hãy thêm ít nhất một địa chỉ.').waitFor();
    await recipients.fill('sep');
    await save();
    await page.getByText('Người nhận cảnh báo: “sep” không phải là địa chỉ email hợp lệ.', { exact: false }).waitFor();
    await recipients.fill('sep\u200b@senviet.example');
    await save();
    await page.getByText('Người nhận cảnh báo: “sep⟨U+200B⟩@senviet.example” có ký tự ẩn', { exact: false }).waitFor();
    await recipients.fill(Array.from({ length: 51 }, (_, i) => `nv${i}@senviet.example`).join(', '));
    await save();
    await page.getByText('Người nhận cảnh báo: bạn đã nhập 51 địa chỉ; cảnh báo chỉ gửi tối đa 50 người.').waitFor();
    await page.getByRole('spinbutton', { name: 'Giới thiệu (NPS): cảnh báo khi bằng hoặc thấp hơn' }).fill('11');
    await recipients.fill(MANAGERS.join(', '));
    await save();
    await page.getByText('Giới thiệu (NPS): hãy nhập số nguyên từ 0 đến 9 (câu trả lời bằng hoặc thấp hơn sẽ được cảnh báo).').waitFor();
    await page.getByRole('spinbutton', { name: 'Giới thiệu (NPS): cảnh báo khi bằng hoặc thấp hơn' }).fill('6');
    await page.getByRole('spinbutton', { name: 'Hài lòng (CSAT): cảnh báo khi bằng hoặc thấp hơn' }).fill('5');
    await save();
    await page.getByText('Hài lòng (CSAT): hãy nhập số nguyên từ 1 đến 4 (câu trả lời bằng hoặc thấp hơn sẽ được cảnh báo).').waitFor();
    await page.getByRole('spinbutton', { name: 'Hài lòng (CSAT): cảnh báo khi bằng hoặc thấp hơn' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Dễ dàng (CES): cảnh báo khi bằng hoặc thấp hơn' }).fill('7');
    await save();
    await page.getByText('Dễ dàng (CES): hãy nhập số nguyên từ 1 đến 6 (câu trả lời bằng hoặc thấp hơn sẽ được cảnh báo).').waitFor();
    await shot('alerts-vi-bad-threshold', { whole: true });
    for (const name of ['Cảnh báo theo Giới thiệu (NPS)', 'Cảnh báo theo Hài lòng (CSAT)', 'Cảnh báo theo Dễ dàng (CES)']) await page.getByRole('checkbox', { name }).uncheck();
    await save();
    await page.getByText('Cảnh báo: hãy chọn ít nhất một loại điểm để cảnh báo.').waitFor();
    for (const name of ['Cảnh báo theo Giới thiệu (NPS)', 'Cảnh báo theo Hài lòng (CSAT)', 'Cảnh báo theo Dễ dàng (CES)']) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('spinbutton', { name: 'Dễ dàng (CES): cảnh báo khi bằng hoặc thấp hơn' }).fill('3');
    expect(stored(emu)).toBeNull();

    await save();
    await page.getByRole('status').getByText('Đã lưu. Cảnh báo đang bật.').waitFor();
    expect(await page.locator('#alert-status').textContent()).toContain('Câu trả lời chưa hài lòng được gửi email tới 2 người.');
    expect(await page.getByRole('combobox', { name: 'Ngôn ngữ cảnh báo' }).inputValue()).toBe('vi');
    await page.getByRole('button', { name: 'Gửi cảnh báo thử' }).click();
    await page.getByText('Đã gửi cảnh báo thử tới owner@example.com.').waitFor();
    expect(emu.outbox.messages[0].subject).toBe('[Thử] Khách hàng chấm 3/10 — Chi nhánh mẫu');
    await shot('alerts-vi-1-saved', { whole: true });
    await page.close();

    unhappyAnswer(emu, survey);
    const again = await openAlerts(emu);
    const entry = again.page.locator('#alert-log li').first();
    expect(await entry.locator('.log-outcome').textContent()).toBe('Đã gửi');
    expect(await entry.textContent()).toContain('Đã gửi cảnh báo về 1 câu trả lời tới 2 người nhận.');
    expect(await fitsWidth(again.page)).toBe(true);
    await again.shot('alerts-vi-2-log', { whole: true });
    await again.page.close();
  }, 90_000);
});
