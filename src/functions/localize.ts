import { inLang } from '../cells/messages';
import type { Lang } from '../cells/types';
import { sheetLang } from './env';

/**
 * Runs a custom function's body and shows its error in the sheet's language. The engine throws
 * English with the Vietnamese attached (TranslatedError); the locale is asked for only when
 * something went wrong, because each ask is an Apps Script call.
 */
export function inSheetLang<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw inLang(error, languageOrEnglish());
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
