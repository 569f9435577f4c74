import { CellProblem } from '../cells/errors';
import { callTexts, cellTexts, failCall } from '../cells/messages';
import { isNotGiven, isOmitted, wordChoice } from '../cells/options';
import { durationReader } from '../cells/column';
import { unitOfHeader } from '../cells/durations';
import { rangeDateReader, rangeMark } from '../cells/facts';
import type { WallClockToInstant } from '../cells/read';
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

/**
 * A cell as a duration in hours: a number ≥ 0, number text, `2:30`, `2 h 30 min`, a
 * duration-formatted Date (read as UTC: ranges go through meanDurationOfRange, which knows the
 * sheet's zone); NaN for blanks and non-answers.
 */
export const readDuration: (cell: Cell) => number = durationReader('hours', 'hours', undefined);

/** Mean of durations already read by readDuration. */
export function meanDurationOf(durations: ArrayLike<number>, fn = 'ART'): MeanSummary {
  if (durations.length === 0) throw failCall(fn, callTexts.noDurations());
  return meanOf(durations);
}

/**
 * Mean of the durations in one range argument (metrics-spec.md section 1.2). Plain numbers are
 * in the unit the header names (`Thời gian xử lý (giờ)`, `(minutes)`), else `unit`, else hours;
 * the mean is in `unit`, else the header's unit, else hours. Duration-formatted cells (Dates from
 * 1899-12-30) are read on the sheet's wall clock: `offsetAt(ms)` is its zone's offset.
 */
export function meanDurationOfRange(durations: RangeArg, fn = 'ART', unit?: ArtUnit, offsetAt?: (ms: number) => number): MeanSummary {
  const range = rangeOf(fn, durations);
  const headerUnit = range.rows > 1 && range.columns === 1 ? unitOfHeader(range.cells[0][0]) : undefined;
  const { mark, guard } = rangeMark(range);
  const read = durationReader(unit ?? headerUnit ?? 'hours', headerUnit ?? unit ?? 'hours', mark, offsetAt, guard);
  return meanDurationOf(valuesOf(fn, range, read), fn);
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
  const readOpened = rangeDateReader(opened, toInstant, 'opened');
  const readResolved = rangeDateReader(resolved, toInstant, 'resolved');
  const durations: number[] = [];
  for (let r = 0; r < opened.rows; r++) {
    for (let c = 0; c < opened.columns; c++) {
      const index = r * opened.columns + c;
      const openedAt = readAt(fn, readOpened, opened.cells[r][c], index, opened, 'opened');
      const resolvedAt = readAt(fn, readResolved, resolved.cells[r][c], index, resolved, 'resolved');
      if (resolvedAt !== resolvedAt) continue; // still open, or an empty row
      if (openedAt !== openedAt) throw problemIn(fn, new CellProblem(cellTexts.resolvedWithoutOpened(), 'noDate'), index, resolved, 'resolved');
      if (resolvedAt < openedAt) {
        throw problemIn(fn, new CellProblem(cellTexts.resolvedBeforeOpened(resolvedAt, openedAt), 'beforeOpened'), index, resolved, 'resolved');
      }
      durations.push((resolvedAt - openedAt) / MS_PER_UNIT[unit]);
    }
  }
  if (durations.length === 0) throw failCall(fn, callTexts.noResolvedTickets());
  return meanOf(durations);
}

/** Either form of ART: `(durations)` or `(opened, resolved, [unit])`. */
export function artOf(
  fn: string,
  first: RangeArg,
  resolved?: RangeArg,
  unit?: unknown,
  toInstant?: WallClockToInstant,
  offsetAt?: (ms: number) => number,
): MeanSummary {
  if (isNotGiven(resolved) || (isOmitted(resolved) && !Array.isArray(resolved))) {
    const chosen = isOmitted(unit) ? undefined : wordChoice(fn, unit, 'unit', ART_UNITS, 'hours');
    return meanDurationOfRange(first, fn, chosen, offsetAt);
  }
  return meanResolutionOfRanges(fn, first, resolved, wordChoice(fn, unit, 'unit', ART_UNITS, 'hours'), toInstant);
}
