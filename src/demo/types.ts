/**
 * A workbook as plain data: what the demo generator makes and what the emulator loads.
 * The emulator (src/emulator) and the command line load this same shape.
 */
export interface WorkbookData {
  name: string;
  /** IANA zone, e.g. `Asia/Ho_Chi_Minh`. */
  timeZone: string;
  /** e.g. `en_US`, `vi_VN`. */
  locale: string;
  sheets: SheetData[];
}

export interface SheetData {
  name: string;
  /** Row by row; '' for empty; Dates for date cells; strings starting with '=' are formulas. */
  rows: unknown[][];
  frozenRows?: number;
}
