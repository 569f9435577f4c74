import type { Cell } from '../../cells/types';
import { csvCell } from './csv-cells';

/**
 * A text cell of a workbook (a shared string, an inline string, a formula's string result):
 * read by the same rules as a CSV field (metrics-spec.md §1.3), so an XLSX whose dates or
 * scores were typed as text gives what the same data as CSV gives.
 */
export function xlsxText(text: string, timeZone: string): Cell {
  return csvCell(text, timeZone);
}

/**
 * The built-in number formats that show dates or times (ECMA-376 Part 1 §18.8.30 numFmt):
 * 14–22 and 45–47, and 27–36 and 50–58, the East Asian date forms Excel writes for those locales.
 */
export function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether an Excel number format shows a date or time: it has d, m, y, h or s outside
 * quoted text, [colour] brackets and backslash escapes. Elapsed-time formats like [h]:mm
 * count as times, as they do in Sheets.
 */
export function isDateFormat(format: string): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare.replace(/E[+-]/g, ''));
}
