import { langOfLocale, type Lang } from '../cells/types';
import { BUILT_IN_THEMES } from '../metrics/themes/dictionary';
import { findOwnSheet, freeSheetName } from './dashboard';
import { themesSheetTexts as T } from './messages';

/**
 * The Themes sheet (Extensions → CX Metrics → Comment themes): the built-in themes and their
 * words as a table people can edit and extend, for CX_THEMES's fourth argument
 * (`=CX_THEMES(G2:G, C2:C, 10, Themes!A2:B)`). The add-on finds its sheet by developer metadata,
 * like the dashboard; it writes the table only when it creates the sheet, so what people typed is
 * never overwritten, and a user's own sheet called "Themes" is never touched.
 */
export const THEMES_KEY = 'cx.themes';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The rows of the table: header, then each built-in theme with its words (amounts are matched without a word). */
export function themesTable(lang: Lang): string[][] {
  const rows = BUILT_IN_THEMES.map((theme) => [theme[lang], theme.words.split('|').filter((w) => !w.startsWith('#')).join(', ')]);
  return [[T.themeHeader[lang], T.wordsHeader[lang]], ...rows];
}

/** Menu item: opens the add-on's Themes sheet, creating it with the built-in themes the first time. */
export function showThemesSheet(): void {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  let lang: Lang = 'en';
  try {
    lang = langOfLocale(book.getSpreadsheetLocale());
  } catch {
    // English when the locale cannot be read.
  }
  let sheet = findOwnSheet(book, THEMES_KEY);
  if (!sheet) {
    sheet = book.insertSheet(freeSheetName(book, T.sheetName[lang], null));
    sheet.addDeveloperMetadata(THEMES_KEY, 'v1', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    const table = themesTable(lang);
    const range = sheet.getRange(1, 1, table.length, 2);
    // Plain text: a word can never be read as a formula or a number.
    range.setNumberFormat('@');
    range.setValues(table);
    sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.getRange(1, 4).setValue(T.howTo(sheet.getName())[lang]);
  }
  book.setActiveSheet(sheet);
}
