import type { DateOrder } from './dates';
import { rangeDateReader } from './facts';
import { isBlank, isDateCell, type WallClockToInstant } from './read';
import { rangeForScan } from './shape';
import type { Cell, RangeArg } from './types';

/**
 * A range of dates as Sheets holds them: each cell the column's date reader can read (a Date
 * cell, ISO or month-name text, day/month text in the order the column's values prove, else
 * `order`, else the locale: metrics-spec.md 1.2) becomes a Date at its instant; a blank stays
 * blank; any other cell comes back as its text, so it falls in no period of a date FILTER and
 * the function reading it after still names it (the report counts it left out). The dashboard
 * wraps every date column it reads in this (=CX_DATES), so native FILTER comparisons and the
 * add-on's own functions see the dates the engine sees. Cost O(cells), one decision per range.
 * @example datesOf([['02/09/2026 08:27:26'], ['']], wallClockIn('Asia/Ho_Chi_Minh'), 'dmy') // [[2026-09-02 08:27:26 +07], ['']]
 */
export function datesOf(range: RangeArg, toInstant: WallClockToInstant, order?: DateOrder): Cell[][] {
  const scanned = rangeForScan(range);
  const read = rangeDateReader(scanned, toInstant, 'dates', { order });
  return scanned.cells.map((row) =>
    (Array.isArray(row) ? row : [row]).map((cell: Cell): Cell => {
      if (isDateCell(cell) || isBlank(cell)) return isBlank(cell) ? '' : cell;
      let instant = NaN;
      try {
        instant = read(cell);
      } catch {
        // Left as it is, as text: counted (and named) by whatever reads it next.
      }
      return instant === instant ? new Date(instant) : String(cell);
    }),
  );
}
