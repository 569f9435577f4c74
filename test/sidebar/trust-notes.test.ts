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
    notSuggested: 'You chose column F, which detection did not suggest for the NPS answer (0–10). It chose column B, listed below with the others that could be it.',
    dates: 'Dates',
    few: "Dates are read day first because of 1 cell, 13/11/2019 9:00:00 ('forms'!A21); read month first, 38 other dates would fall in another month (11/1/2019 8:51:12 is read as 2019-01-11, 2019-11-01 the other way). If the dates are month first, correct that cell in the sheet; if day first is right, choose “Day first (13/09)” under Dates to confirm it.",
  },
  vi: {
    next: 'Tiếp',
    nps: 'Điểm NPS (0–10)',
    others: 'Các cột khác cũng có thể là Điểm NPS (0–10).',
    use: (letter: string) => `Dùng cột ${letter} làm Điểm NPS (0–10)`,
    notSuggested: 'Bạn đã chọn cột F, cột mà tính năng nhận diện không đề xuất cho Điểm NPS (0–10). Nó đã chọn cột B, ghi dưới đây cùng các cột khác cũng có thể là trường này.',
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

      // A column detection never suggested (F, the three words): the note stays, saying which
      // column detection chose and listing it with the others, each still one click away.
      await nps.selectOption('F');
      await page.waitForFunction(() => document.querySelector('.candidates[data-field="nps"] .candidate-name')?.textContent?.startsWith('B:') === true);
      expect(await note.locator('.label-warning').textContent()).toContain(t.notSuggested);
      expect(await note.locator('.candidate-name').allTextContents()).toEqual([
        'B: On a scale of 0-10, how would you rate Sudzilla?',
        'D: On a scale of 0-10, how would you rate the opening keynote?',
        'E: On a scale of 0-10, how would you rate the closing keynote?',
      ]);
      await shot(`trust-notes-not-suggested-${lang}`, { whole: true });
      await page.getByRole('button', { name: t.use('B') }).click();
      await page.waitForFunction(() => (document.querySelector('select[data-field="nps"]') as HTMLSelectElement | null)?.value === 'B');
      expect(await note.locator('.label-warning').textContent()).toContain(t.others);

      // Confirming day first silences the date note.
      await page.getByRole('combobox', { name: t.dates, exact: true }).selectOption('dmy');
      await page.waitForFunction(() => document.querySelector('.date-order-few') === null);
      await page.close();
    }, 90_000);
  }
});

/**
 * Detection reads a sheet's first 205 rows; the email reads every row. A timestamp written day
 * first at row 307 decides the whole column day first, for 384 dates like 11/1/2019 that
 * detection's rows read month first (en_US). Step 2 says it as the email will, from the preview,
 * which reads the whole column as soon as step 2 opens.
 */
describe("step 2's date note is the whole column's", () => {
  it('a day-first cell past the rows detection reads is named under the dates', async () => {
    const stamps = Array.from({ length: 420 }, (_, i) => `11/${(i % 12) + 1}/2019 9:00:00`);
    stamps[305] = '13/11/2019 9:00:00';
    const rows = [['Timestamp', 'How likely are you to recommend us? (0-10)'], ...stamps.map((stamp, i) => [stamp, i % 11])];
    const emu = openDemo({ workbook: { name: 'Late proof', timeZone: 'UTC', locale: 'en_US', sheets: [{ name: 'Survey', rows, frozenRows: 1 }] }, userLocale: 'en' });
    const { page, shot } = await openSidebar(browser(), emu);
    await page.getByRole('checkbox', { name: /Survey/ }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    const few = page.locator('.date-order-few');
    await few.waitFor();
    expect(await few.textContent()).toContain("Dates are read day first because of 1 cell, 13/11/2019 9:00:00 ('Survey'!A307); read month first, 384 other dates would fall in another month");
    expect(await page.locator('.date-order-why').textContent()).toBe('Read day first: 13/11/2019 9:00:00 in row 307');
    await shot('trust-notes-late-proof', { whole: true });
    await page.close();
  }, 90_000);
});
