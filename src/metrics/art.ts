import { CellProblem } from '../cells/errors';
import { callTexts, cellTexts, failCall } from '../cells/messages';
import { isNotGiven, isOmitted, wordChoice } from '../cells/options';
import { readDate, readScore, type WallClockToInstant } from '../cells/read';
import { problemIn, rangeOf, readAt, requireSameSize, valuesOf } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';
import { meanOf } from './scale';
import type { MeanSummary } from './types';

/**
 * Average resolution time (ART) of support tickets: the mean of non-negative durations, or of
 * resolved − opened over tickets with both dates, in hours (default), minutes or days.
 * Tickets with an opened date and no resolved date are still open and skipped. Cost O(n).
 *
 * @example meanDurationOfRange([[2], [4], ['Hours']]).value // 3  (the header is skipped)
 * @example meanResolutionOfRanges('ART', [['2026-03-01T08:00']], [['2026-03-01T10:30']], 'minutes').value // 150
 * @throws `ART: no durations in the range`; `ART: -2 is not a duration (durations cannot be negative) (row 3 of the range)`;
 *   `ART: resolved 2026-03-01 is before opened 2026-03-02 (row 2 of resolved)`;
 *   `ART: opened and resolved must be the same size, not 3×1 and 2×1`; `ART: unit must be "hours", "minutes" or "days", not "weeks"`.
 */

export const ART_UNITS = ['hours', 'minutes', 'days'] as const;
export type ArtUnit = (typeof ART_UNITS)[number];

const MS_PER_UNIT: Record<ArtUnit, number> = { hours: 3_600_000, minutes: 60_000, days: 86_400_000 };

/** A cell as a duration: a number ≥ 0 (numeric text too); NaN for blanks and text. */
export function readDuration(cell: Cell): number {
  const duration = readScore(cell);
  if (duration < 0) throw new CellProblem(cellTexts.negativeDuration(duration));
  return duration;
}

/** Mean of durations already read by readDuration. */
export function meanDurationOf(durations: ArrayLike<number>, fn = 'ART'): MeanSummary {
  if (durations.length === 0) throw failCall(fn, callTexts.noDurations());
  return meanOf(durations);
}

/** Mean of the durations in one range argument. */
export function meanDurationOfRange(durations: RangeArg, fn = 'ART'): MeanSummary {
  return meanDurationOf(valuesOf(fn, rangeOf(fn, durations), readDuration), fn);
}

/**
 * Mean of resolved − opened, in `unit`, over the cells of two same-sized date ranges.
 * `toInstant` places ISO text without an offset in the sheet's time zone (see readDate).
 */
export function meanResolutionOfRanges(
  fn: string,
  openedArg: RangeArg,
  resolvedArg: RangeArg,
  unit: ArtUnit = 'hours',
  toInstant?: WallClockToInstant,
): MeanSummary {
  const opened = rangeOf(fn, openedArg, 'opened');
  const resolved = rangeOf(fn, resolvedArg, 'resolved');
  requireSameSize(fn, [{ name: 'opened', range: opened }, { name: 'resolved', range: resolved }]);
  const readInstant = (cell: Cell) => readDate(cell, toInstant);
  const durations: number[] = [];
  for (let r = 0; r < opened.rows; r++) {
    for (let c = 0; c < opened.columns; c++) {
      const index = r * opened.columns + c;
      const openedAt = readAt(fn, readInstant, opened.cells[r][c], index, opened, 'opened');
      const resolvedAt = readAt(fn, readInstant, resolved.cells[r][c], index, resolved, 'resolved');
      if (resolvedAt !== resolvedAt) continue; // still open, or an empty row
      if (openedAt !== openedAt) throw problemIn(fn, new CellProblem(cellTexts.resolvedWithoutOpened()), index, resolved, 'resolved');
      if (resolvedAt < openedAt) {
        throw problemIn(fn, new CellProblem(cellTexts.resolvedBeforeOpened(resolvedAt, openedAt)), index, resolved, 'resolved');
      }
      durations.push((resolvedAt - openedAt) / MS_PER_UNIT[unit]);
    }
  }
  if (durations.length === 0) throw failCall(fn, callTexts.noResolvedTickets());
  return meanOf(durations);
}

/** Either form of ART: `(durations)` or `(opened, resolved, [unit])`. */
export function artOf(fn: string, first: RangeArg, resolved?: RangeArg, unit?: unknown, toInstant?: WallClockToInstant): MeanSummary {
  if (isNotGiven(resolved)) {
    if (!isOmitted(unit)) throw failCall(fn, callTexts.unitWithoutDates());
    return meanDurationOfRange(first, fn);
  }
  return meanResolutionOfRanges(fn, first, resolved, wordChoice(fn, unit, 'unit', ART_UNITS, 'hours'), toInstant);
}
