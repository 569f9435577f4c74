/**
 * A workbook as plain data: what the demo generator makes and what the emulator loads.
 *
 * Structurally identical to `WorkbookData`/`SheetData` in test/emulator/context.ts. It is
 * declared again here because src/ may not import from test/; TypeScript's structural typing
 * lets one be passed where the other is expected.
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
