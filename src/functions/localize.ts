import { inLang, TranslatedError } from '../cells/messages';
import type { Lang } from '../cells/types';
import { cellOfPlace } from './cell-address';
import { sheetFormulaCell, sheetLang } from './env';

/**
 * Runs a custom function's body and shows its error in the sheet's language, naming the sheet
 * cell of a bad value when the formula says where it is. The engine throws English with the
 * Vietnamese attached (TranslatedError); the locale and the formula are asked for only when
 * something went wrong, because each ask is an Apps Script call.
 */
export function inSheetLang<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw inLang(withCell(error), languageOrEnglish());
  }
}

/** The sheet's language; English when there is no spreadsheet to ask (a Node caller without withSheetEnv). */
export function languageOrEnglish(): Lang {
  try {
    return sheetLang();
  } catch {
    return 'en';
  }
}

/**
 * The formula argument each named range is, per function, in the catalog's order (a test holds
 * this to src/functions/catalog.ts). A function not listed takes its range first.
 */
export const NAMED_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  CHURN: ['start', 'end', 'new'],
  RETENTION: ['start', 'end', 'new'],
  ART: ['opened', 'resolved'],
  DAU: ['users', 'dates'],
  WAU: ['users', 'dates'],
  MAU: ['users', 'dates'],
  STICKINESS: ['users', 'dates'],
  CX_TREND: ['metric', 'values', 'dates'],
  CX_BY: ['metric', 'values', 'groups'],
  CUSTOMER_CHURN: ['joined', 'left'],
  CUSTOMER_RETENTION: ['joined', 'left'],
  ACTIVITY_CHURN: ['users', 'dates'],
  CX_COHORT: ['users', 'dates'],
  CX_THEMES: ['comments', 'scores', 'top_n', 'themes'],
  CX_PHRASES: ['comments', 'top_n', 'themes'],
  CX_COVERAGE: ['metric', 'values', 'dates', 'period', 'groups', 'group', 'scale', 'labels'],
};

const CELL_WORD: Record<Lang, string> = { en: 'cell', vi: 'ô' };

/** A bad-cell error with the sheet cell added inside its place: `(row 12 of the range, cell C13)`. */
function withCell(error: unknown): unknown {
  if (!(error instanceof TranslatedError) || !error.where) return error;
  try {
    const formulaCell = sheetFormulaCell();
    if (!formulaCell) return error;
    const fn = error.texts.en.slice(0, error.texts.en.indexOf(':'));
    const { place, argName } = error.where;
    const argIndex = argName === undefined ? 0 : (NAMED_ARGUMENTS[fn] ?? []).indexOf(argName);
    if (argIndex < 0) return error;
    const cell = cellOfPlace(formulaCell.formula, formulaCell.sheetName, fn, argIndex, place);
    if (!cell) return error;
    const add = (lang: Lang) => {
      const text = error.texts[lang];
      return text.endsWith(')') ? `${text.slice(0, -1)}, ${CELL_WORD[lang]} ${cell})` : `${text} (${CELL_WORD[lang]} ${cell})`;
    };
    return new TranslatedError({ en: add('en'), vi: add('vi') }, error.where);
  } catch {
    // Naming the cell is a courtesy: if the sheet cannot be asked, the message stays as it was.
    return error;
  }
}
