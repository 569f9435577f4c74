/**
 * What Google Sheets hands a custom function: a single cell as a scalar, a range as a
 * 2-D array of rows. Cells hold numbers, strings, booleans, Dates or '' for empty.
 * Tests also feed arbitrary junk (NaN, nested arrays, objects), so readers accept `unknown`.
 */
export type Cell = unknown;

/** A range argument as Sheets passes it: a scalar, or rows of cells. */
export type RangeArg = Cell | readonly (readonly Cell[])[];

/** A 1-based place inside a range argument, for error messages. */
export interface CellPlace {
  /** 1-based item number, counting row by row. */
  item: number;
  /** 1-based row and column inside the range. */
  row: number;
  column: number;
  /** Size of the range the place is in. */
  rows: number;
  columns: number;
}

/** Languages the add-on speaks. Spreadsheet locales starting with `vi` are Vietnamese. */
export type Lang = 'en' | 'vi';

export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
