import { foldCase } from './fold';

/**
 * Durations as sheets and exports hold them (metrics-spec.md section 1.2): a duration-formatted
 * cell, which Sheets hands a custom function as a Date counted from 1899-12-30; numbers in the
 * column's unit (`49,5`, `2.5`); `h:mm[:ss]`; and words (`2 h 30 min`, `2 giờ 30 phút`, `90 phút`).
 * The unit of plain numbers comes from the header (`Thời gian xử lý (giờ)`, `(minutes)`) or the
 * caller. Cost O(length) per text.
 */

export const DURATION_UNITS = ['hours', 'minutes', 'days'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const MS_PER_UNIT: Record<DurationUnit, number> = { hours: 3_600_000, minutes: 60_000, days: 86_400_000 };

/** Sheets' day zero: a duration of 0 is 1899-12-30 00:00 on the sheet's wall clock. */
export const SHEETS_EPOCH_WALL = Date.UTC(1899, 11, 30);

const UNIT_WORDS: [RegExp, DurationUnit | 'seconds'][] = [
  [/^(?:h|hr|hrs|hour|hours|giờ|g|tiếng)$/, 'hours'],
  [/^(?:m|min|mins|minute|minutes|phút|p)$/, 'minutes'],
  [/^(?:d|day|days|ngày)$/, 'days'],
  [/^(?:s|sec|secs|second|seconds|giây)$/, 'seconds'],
];

function unitOfWord(word: string): DurationUnit | 'seconds' | undefined {
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return unit;
  return undefined;
}

const MS_OF: Record<DurationUnit | 'seconds', number> = { ...MS_PER_UNIT, seconds: 1000 };

/**
 * The unit a header names for its numbers: `Thời gian xử lý (giờ)` → hours, `Time (minutes)` →
 * minutes, `Handle time in mins` → minutes; undefined when it names none.
 */
export function unitOfHeader(header: unknown): DurationUnit | undefined {
  if (typeof header !== 'string') return undefined;
  const t = foldCase(header);
  const m = /\(([^()]+)\)\s*$/.exec(t) ?? /\b(?:in|theo|tính bằng)\s+(\S+)\s*$/u.exec(t);
  const unit = m ? unitOfWord(m[1].trim()) : undefined;
  return unit === 'seconds' ? undefined : unit;
}

const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/;
// Sticky: each piece must start where the last one ended (after spaces), so a long run of digits
// with no unit is tried once, not again from each of its digits (quadratic, issue 15).
const PIECE = /\s*(\d+(?:[.,]\d+)?)\s*([a-zà-ỹđ]+)/uy;

/**
 * A duration written as a clock or with units, in ms: `2:30` → 2.5 h, `2 h 30 min`, `2h30`,
 * `2 giờ 30 phút`, `90 phút`, `1,5 giờ`. NaN for other text (plain numbers are the caller's,
 * since their unit is the column's).
 */
export function durationInText(text: string): number {
  const t = foldCase(text);
  const clock = CLOCK.exec(t);
  if (clock) return ((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3] ?? 0)) * 1000;
  // "2h30": minutes after hours without their own unit.
  const bare = /^(\d+)\s*(?:h|giờ|g)\s*(\d{1,2})$/u.exec(t);
  if (bare) return (Number(bare[1]) * 60 + Number(bare[2])) * 60_000;
  let total = 0;
  let consumed = 0;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(t); m; m = PIECE.exec(t)) {
    const unit = unitOfWord(m[2]);
    if (!unit) return NaN;
    total += Number(m[1].replace(',', '.')) * MS_OF[unit];
    consumed = PIECE.lastIndex;
  }
  return consumed > 0 && consumed === t.length ? total : NaN;
}

/**
 * A duration-formatted cell's length in ms: its wall clock in the sheet's zone, counted from
 * 1899-12-30 00:00. `offsetAt(ms)` is the zone's offset at an instant (calendar.utcOffset); the
 * zone's offset of 1899 (often a local mean time, +7:06:40 in Hanoi) cancels out this way.
 */
export function durationOfDateCell(date: Date, offsetAt: (ms: number) => number): number {
  const ms = date.getTime();
  return ms + offsetAt(ms) - SHEETS_EPOCH_WALL;
}
