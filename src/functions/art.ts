import { utcOffset, wallClockIn } from '../cells/calendar';
import type { WallClockToInstant } from '../cells/read';
import type { RangeArg } from '../cells/types';
import { artOf } from '../metrics/art';
import type { FunctionDoc } from './catalog';
import { sheetTimeZone } from './env';
import { inSheetLang } from './localize';

/** Average resolution time: mean of durations, or of resolved − opened in hours, minutes or days. */
export function ART(durations: RangeArg, resolved?: RangeArg, unit?: unknown): number {
  return inSheetLang(() => artOf('ART', durations, resolved, unit, inSheetZone(), sheetOffset()).value);
}

/**
 * Places ISO date text without an offset in the spreadsheet's time zone. The zone is asked for
 * only when such text appears (Date cells need no zone), because each ask is an Apps Script call.
 */
function inSheetZone(): WallClockToInstant {
  let convert: WallClockToInstant | undefined;
  return (wallClockAsUtcMs) => {
    if (!convert) {
      try {
        convert = wallClockIn(sheetTimeZone());
      } catch {
        convert = (ms) => ms; // no spreadsheet to ask (a Node caller): read the text as UTC
      }
    }
    return convert(wallClockAsUtcMs);
  };
}

/**
 * The sheet zone's offset at an instant, for duration-formatted cells (Dates on the sheet's wall
 * clock from 1899-12-30); the zone is asked for only when such a cell appears.
 */
function sheetOffset(): (ms: number) => number {
  let zone: string | undefined;
  return (ms) => {
    if (zone === undefined) {
      try {
        zone = sheetTimeZone();
        utcOffset(ms, zone);
      } catch {
        zone = 'UTC';
      }
    }
    return utcOffset(ms, zone);
  };
}

export const docs = (): FunctionDoc[] => [
  {
    name: 'ART',
    summary: 'Average resolution time of support tickets: the mean of durations, or of resolved minus opened dates (open tickets are skipped).',
    params: [
      {
        name: 'durations',
        type: 'number[][]',
        description: 'Time each ticket took, e.g. I2:I: hours (or the unit its header names, "(phút)"), 2:30, "2 h 30 min" or duration cells; or the opened dates, e.g. B2:B, when resolved is given.',
      },
      { name: 'resolved', type: 'Date[][]', optional: true, description: 'Resolved dates, same size as the opened dates, e.g. C2:C; blank while a ticket is open.' },
      { name: 'unit', type: 'string', optional: true, description: 'Unit of the result: "hours" (the default), "minutes" or "days".' },
    ],
    returns: '{number} the average time to resolve',
    example: '=ART(B2:B, C2:C, "hours")',
  },
];
