import { datesOf } from '../cells/as-dates';
import { localDay, wallClockIn } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { readDateArgument } from '../cells/facts';
import { failCall, showValue, type Text } from '../cells/messages';
import { singleValue, wordChoice } from '../cells/options';
import { isDateCell } from '../cells/read';
import type { Cell, RangeArg } from '../cells/types';
import type { FunctionDoc } from './catalog';
import { sheetTimeZone } from './env';
import { inSheetLang } from './localize';

/**
 * A column of dates, text ones included, as real dates (src/cells/as-dates.ts): what the
 * dashboard's FILTERs, MAX and the add-on's date functions read, so a day-first text export is
 * read day first there too. `date_order` is the mapping's setting ("dmy" or "mdy").
 */
export function CX_DATES(dates: RangeArg, date_order?: unknown): Cell[][] {
  return inSheetLang(() => datesOf(dates, wallClockIn(sheetTimeZone()), orderOf('CX_DATES', date_order)));
}

/**
 * TRUE for each row whose date, read as CX_DATES reads it, falls on or after `start` and before
 * `end` (local days of the spreadsheet), FALSE otherwise (a blank or no date is in no period): a
 * FILTER condition, one call per FILTER, as the dashboard writes its period filter.
 */
export function CX_IN_PERIOD(dates: RangeArg, start: unknown, end: unknown, date_order?: unknown): boolean[][] {
  return inSheetLang(() => {
    const fn = 'CX_IN_PERIOD';
    const timeZone = sheetTimeZone();
    const toInstant = wallClockIn(timeZone);
    const from = dayOf(fn, start, 'start', toInstant, timeZone);
    const to = dayOf(fn, end, 'end', toInstant, timeZone);
    return datesOf(dates, toInstant, orderOf(fn, date_order)).map((row) =>
      row.map((cell) => {
        if (!isDateCell(cell)) return false;
        const day = localDay(cell.getTime(), timeZone);
        return day >= from && day < to;
      }),
    );
  });
}

function orderOf(fn: string, arg: unknown): 'dmy' | 'mdy' | undefined {
  const order = wordChoice(fn, arg, 'date_order', ['auto', 'dmy', 'mdy'] as const, 'auto');
  return order === 'auto' ? undefined : order;
}

/** The local day of a date argument; an error naming it when it is none. */
function dayOf(fn: string, arg: unknown, argName: string, toInstant: (wall: number) => number, timeZone: string): number {
  const value = singleValue(fn, arg, argName);
  let instant = NaN;
  try {
    instant = readDateArgument(value, toInstant);
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
  }
  if (!Number.isFinite(instant)) throw failCall(fn, dateTexts.notADay(argName, value));
  return localDay(instant, timeZone);
}

/** User-facing texts of the date helpers (the part after `FN: `). */
export const dateTexts = {
  notADay: (argName: string, value: unknown): Text => ({
    en: `${argName} must be a date such as DATE(2026, 9, 1), not ${showValue(value)}`,
    vi: `${argName} phải là một ngày, ví dụ DATE(2026; 9; 1), không phải ${showValue(value)}`,
  }),
};

export const docs = (): FunctionDoc[] => [
  {
    name: 'CX_DATES',
    summary:
      'Dates written as text (13/09/2026 08:15, 2026-09-13, 31 Jul 2018) as real dates, for FILTER, MAX, charts and the other CX functions. Day/month text is read day first or month first as the column’s own dates show (13/09 can only be day first), else as date_order says, else as the spreadsheet’s locale writes dates. A cell that is no date comes back as text.',
    params: [
      { name: 'dates', type: 'Date[][]', description: 'The dates, e.g. A2:A: dates, or text such as "02/09/2026 08:27:26".' },
      { name: 'date_order', type: 'string', optional: true, description: '"dmy" (day first), "mdy" (month first) or "auto" (the default), used when the column’s own dates do not decide.' },
    ],
    returns: '{Array} the same cells as dates (blank stays blank)',
    example: '=CX_DATES(A2:A, "dmy")',
  },
  {
    name: 'CX_IN_PERIOD',
    summary: 'TRUE for each row whose date (text dates read as CX_DATES reads them) is on or after start and before end, for FILTER: the rows of one period.',
    params: [
      { name: 'dates', type: 'Date[][]', description: 'The dates, e.g. A2:A: dates, or text such as "02/09/2026 08:27:26".' },
      { name: 'start', type: 'Date', description: 'The first day of the period, e.g. DATE(2026, 9, 1).' },
      { name: 'end', type: 'Date', description: 'The day after the period, e.g. DATE(2026, 10, 1) for September.' },
      { name: 'date_order', type: 'string', optional: true, description: '"dmy" (day first), "mdy" (month first) or "auto" (the default), used when the column’s own dates do not decide.' },
    ],
    returns: '{Array} TRUE or FALSE for each row',
    example: '=FILTER(C2:C, CX_IN_PERIOD(A2:A, DATE(2026, 9, 1), DATE(2026, 10, 1)))',
  },
];
