import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/emulator/context';
import { openDemo } from '../../src/emulator/demo-session';
import { tempDir } from '../cli/helpers/run';
import { formsWithOneDayFirst, workbookOfCsv } from '../forms-sample';
import { browserForFile, openSidebar } from './browser';

/**
 * The real Google Forms export (../shared/samples/event-survey-forms-export.csv) in a sheet, one
 * timestamp written day first (`13/11/2019 9:00:00`, row 21). Step 2 of the wizard, as the
 * marketer checks it: next to the NPS field, the two other "On a scale of 0-10, how would you
 * rate …?" columns with their whole questions, each a button that picks it; under the dates,
 * that one cell made 38 dates day first, until the marketer confirms day first.
 */
const browser = browserForFile();
let dir = '';
let workbook: WorkbookData;
beforeAll(async () => {
  dir = await tempDir('cx-trust-notes-');
  workbook = await workbookOfCsv(await formsWithOneDayFirst(dir), 'Sudzilla');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const TEXTS = {
  en: {
    next: 'Next',
    nps: 'NPS answer (0–10)',
    others: 'Other columns could be the NPS answer (0–10) too.',
    use: (letter: string) => `Use column ${letter} as the NPS answer (0–10)`,
    dates: 'Dates',
    few: "Dates are read day first because of 1 cell, 13/11/2019 9:00:00 ('forms'!A21); read month first, 38 other dates would fall in another month (11/1/2019 8:51:12 is read as 2019-01-11, 2019-11-01 the other way). If the dates are month first, correct that cell in the sheet; if day first is right, choose “Day first (13/09)” under Dates to confirm it.",
  },
  vi: {
    next: 'Tiếp',
    nps: 'Điểm NPS (0–10)',
    others: 'Các cột khác cũng có thể là Điểm NPS (0–10).',
    use: (letter: string) => `Dùng cột ${letter} làm Điểm NPS (0–10)`,
    dates: 'Ngày',
    few: "Ngày tháng được đọc ngày trước tháng chỉ vì 1 ô, 13/11/2019 9:00:00 ('forms'!A21); nếu đọc tháng trước ngày, 38 ngày khác sẽ rơi vào tháng khác",
  },
};

describe('step 2 says when detection is unsure', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`in ${lang === 'en' ? 'English' : 'Vietnamese'}: the other NPS columns, each to pick, and the date order one cell decided`, async () => {
      const t = TEXTS[lang];
      const emu = openDemo({ workbook, userLocale: lang });
      const { page, shot } = await openSidebar(browser(), emu);
      await page.getByRole('checkbox', { name: /forms/ }).waitFor();
      await page.getByRole('button', { name: t.next }).click();

      // The NPS: column B chosen, D and E named with their whole question.
      const nps = page.getByRole('combobox', { name: t.nps, exact: true });
      await nps.waitFor();
      expect(await nps.inputValue()).toBe('B');
      const note = page.locator('.candidates[data-field="nps"]');
      expect(await note.locator('.label-warning').textContent()).toContain(t.others);
      expect(await note.locator('.candidate-name').allTextContents()).toEqual([
        'D: On a scale of 0-10, how would you rate the opening keynote?',
        'E: On a scale of 0-10, how would you rate the closing keynote?',
      ]);

      // The dates: one cell decided day first for 38 others.
      const few = page.locator('.date-order-few');
      expect(await few.textContent()).toContain(t.few);
      await shot(`trust-notes-${lang}`, { whole: true });

      // Picking D from the note is picking it in the field's dropdown; B is now among the others.
      await page.getByRole('button', { name: t.use('D') }).click();
      await page.waitForFunction(() => (document.querySelector('select[data-field="nps"]') as HTMLSelectElement | null)?.value === 'D');
      expect(await note.locator('.candidate-name').allTextContents()).toEqual([
        'B: On a scale of 0-10, how would you rate Sudzilla?',
        'E: On a scale of 0-10, how would you rate the closing keynote?',
      ]);

      // Confirming day first silences the date note.
      await page.getByRole('combobox', { name: t.dates, exact: true }).selectOption('dmy');
      await page.waitForFunction(() => document.querySelector('.date-order-few') === null);
      await page.close();
    }, 90_000);
  }
});
