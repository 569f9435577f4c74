import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { ensureBuilt, mapColumns, openDemo } from '../../src/emulator/demo-session';
import { tempDir } from '../cli/helpers/run';
import { formsWithOneDayFirst, workbookOfCsv } from '../forms-sample';

/**
 * The monthly email through dist/Code.js in the emulator, on the real Forms export in a sheet with
 * one timestamp written day first (row 21): that cell makes the column day first, November keeps
 * one answer, and the email says so at the top, in the manager's language, until the mapping
 * confirms day first.
 */
let dir = '';
let workbook: WorkbookData;
beforeAll(async () => {
  ensureBuilt();
  dir = await tempDir('cx-order-mail-');
  workbook = await workbookOfCsv(await formsWithOneDayFirst(dir), 'Sudzilla');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function mailed(lang: 'en' | 'vi', dateOrder?: 'dmy') {
  const emu = openDemo({ workbook, now: new Date('2019-12-05T03:00:00Z'), userLocale: lang });
  const { mapping } = mapColumns(emu, lang) as { mapping: { sources: Record<string, unknown>[] } };
  if (dateOrder) emu.call('saveMapping', { lang, mapping: { ...mapping, sources: mapping.sources.map((s) => ({ ...s, dateOrder })) } });
  const sent = emu.call<{ subject: string }>('sendTestReport', { lang });
  return { sent, mail: emu.outbox.messages.at(-1)! };
}

describe('the emailed report says when one cell decided the date order', () => {
  it('in English, first in the summary of the November email (n = 1), text and HTML', () => {
    const { sent, mail } = mailed('en');
    expect(sent.subject).toContain('November 2019');
    const warning = "! forms: dates are read day first because of 1 cell, 13/11/2019 9:00:00 ('forms'!A21); read month first, 38 other dates would fall in another month";
    expect(mail.body).toContain(warning);
    expect(mail.body.indexOf(warning)).toBeLessThan(mail.body.indexOf('KEY METRICS'));
    expect(mail.body).toContain('(n = 1)');
    expect(mail.htmlBody).toContain('⚠ forms: dates are read day first because of 1 cell');
  });

  it('in Vietnamese', () => {
    const { mail } = mailed('vi');
    expect(mail.body).toContain("! forms: ngày tháng được đọc ngày trước tháng chỉ vì 1 ô, 13/11/2019 9:00:00 ('forms'!A21)");
  });

  it('a mapping that confirms day first sends the same November without the warning', () => {
    const { mail } = mailed('en', 'dmy');
    expect(mail.body).toContain('(n = 1)');
    expect(mail.body).not.toContain('dates are read day first');
  });
});
