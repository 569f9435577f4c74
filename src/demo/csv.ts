/**
 * A sheet as CSV text (RFC 4180 quoting, `\n` line ends), for the command line's demo files.
 *
 * Dates are written as the wall time of the spreadsheet's zone, ISO-like:
 * `2026-10-05 09:30:12`, or `2026-10-01` when the time is exactly midnight (a date-only cell).
 * The zone is given as a fixed UTC offset; the demo's Asia/Ho_Chi_Minh is UTC+7 all year.
 *
 * @example workbookToCsv({ name: 'S', rows: [['Note', 'At'], ['a, "b"', localTime(2026, 10, 1)]] })
 *   // 'Note,At\n"a, ""b""",2026-10-01\n'
 */
import type { SheetData, WorkbookData } from './types';
import { DEMO_UTC_OFFSET_MINUTES } from './time';

export function workbookToCsv(sheet: SheetData, utcOffsetMinutes: number = DEMO_UTC_OFFSET_MINUTES): string {
  return sheet.rows.map((row) => row.map((cell) => csvField(cellText(cell, utcOffsetMinutes))).join(',') + '\n').join('');
}

/** Every sheet of a workbook as `{ fileName, csv }`, file names made safe for any file system. */
export function workbookToCsvFiles(workbook: WorkbookData, utcOffsetMinutes: number = DEMO_UTC_OFFSET_MINUTES): { fileName: string; csv: string }[] {
  return workbook.sheets.map((sheet) => ({
    fileName: `${sheet.name.replace(/[\\/:*?"<>|]/g, '_')}.csv`,
    csv: workbookToCsv(sheet, utcOffsetMinutes),
  }));
}

function cellText(cell: unknown, utcOffsetMinutes: number): string {
  if (cell === null || cell === undefined) return '';
  if (Object.prototype.toString.call(cell) === '[object Date]') return dateText(cell as Date, utcOffsetMinutes);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

function dateText(date: Date, utcOffsetMinutes: number): string {
  if (Number.isNaN(date.getTime())) return '';
  const wall = new Date(date.getTime() + utcOffsetMinutes * 60_000);
  const iso = wall.toISOString(); // 2026-10-05T09:30:12.000Z, read as wall time
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time}`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
