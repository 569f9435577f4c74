import { dayOfDate, isoDate, MS_PER_DAY, steadyOffsetOver, utcOffset, wallClockToInstant } from '../../cells/calendar';
import { dateText, wallOfText } from '../../cells/dates';
import type { DateOrderDecision } from '../../cells/decide';
import { LocalDays } from '../../cells/local-days';
import type { Kind } from '../sources/parquet';

/**
 * How the SQL path groups a date column's cells so that a million timestamps become a few hundred
 * groups, each read once by the TypeScript date reader (src/cells/), which stays the one source of
 * every reading rule. A group's key is its kind and a text every cell of it shares:
 * - `F2026-10-13`: ISO text `YYYY-MM-DD[( |T)hh:mm[:ss]]` with a real clock time, by its date part
 *   (or a Parquet wall time, by its day); `G2026-10-13` the same with a fraction of a second;
 * - `O2026-10-13T08:1|+07:00`: ISO text with an offset or Z, by its quarter hour as written
 *   (08:15–08:29) and its offset (or a Parquet instant, by its UTC quarter hour);
 * - `D10/13/2026`: day/month text as Google Forms and Excel write it (`10/13/2026 8:15:00`,
 *   `13/10/2026 08:15`, `13.10.26`, `1/2/2026 8:15 PM`) with a real clock time, by its date part;
 * - `V…`: any other text, by its whole value (each is read as it is).
 * The SQL only groups: which day a group is, whether its texts are day or month first, two-digit
 * years, which texts are no date, all that is the reader's, on each group's first text. Every text
 * of an `F`, `G` or `D` group reads to the same local day as its first one as long as its clock time is
 * one the reader accepts (the patterns below take only such times) and no clock change moves one
 * of its times to another day; `whyGroupReadsApart` checks the second and the reader's answer for
 * each group, and the SQL path declines the file when either fails.
 */

/** Years a grouped date text may have: 19xx, 20xx, or two digits (the reader makes those 1970–2069). */
const YEAR4 = String.raw`(19|20)\d{2}`;
/** A clock time the reader's date forms accept (src/cells/dates.ts), and only such: 24-hour, or 12-hour with AM/PM. */
const CLOCK = String.raw`(([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?|(0?[1-9]|1[0-2]):[0-5]\d(:[0-5]\d)? ?[AaPp][Mm])`;
/** `13/10/2026`, `10-13-26`, `13.10.2026`: the same separator twice, as the reader requires. */
const DAY_MONTH = ['/', '-', '\\.'].map((sep) => String.raw`\d{1,2}${sep}\d{1,2}${sep}(${YEAR4}|\d{2})`).join('|');
const DAY_MONTH_TEXT = String.raw`(${DAY_MONTH})((, | )${CLOCK})?`;
const ISO_TEXT = String.raw`${YEAR4}-\d{2}-\d{2}([ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?`;
/** ISO text with an offset or Z (`2026-10-13T08:15:00+07:00`, `…Z`), as APIs and databases write instants. */
const ISO_OFFSET_TEXT = String.raw`${YEAR4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)`;
/** ISO text with a fraction of a second, as databases and pandas write it (`2026-10-13 08:15:00.123456`). */
const ISO_FRACTION_TEXT = String.raw`${YEAR4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{1,9}`;

/**
 * The SQL of a date cell's group key, given the SQL of its value; `kind` is the Parquet column's
 * type (`text` for a CSV). Undefined for a column of another type (read the ordinary way).
 */
export function dateKeyOf(x: string, kind: Kind): string | undefined {
  // An instant's group is its UTC quarter hour (see whyGroupReadsApart for why a quarter).
  if (kind === 'instant') {
    const utc = `make_timestamp(CAST(${x} AS BIGINT) * 1000)`;
    return `CASE WHEN ${x} IS NULL THEN 'V' ELSE 'O' || strftime(${utc}, '%Y-%m-%dT%H:') || CAST(CAST(strftime(${utc}, '%M') AS INTEGER) // 15 AS VARCHAR) || '|Z' END`;
  }
  if (kind === 'wallTime') return `CASE WHEN ${x} IS NULL THEN 'V' ELSE 'F' || strftime(make_timestamp(CAST(${x} AS BIGINT) * 1000), '%Y-%m-%d') END`;
  if (kind !== 'text') return undefined;
  return `CASE WHEN regexp_full_match(${x}, '${ISO_TEXT}') THEN 'F' || substr(${x}, 1, 10)
    WHEN regexp_full_match(${x}, '${ISO_FRACTION_TEXT}') THEN 'G' || substr(${x}, 1, 10)
    WHEN regexp_full_match(${x}, '${ISO_OFFSET_TEXT}') THEN 'O' || substr(${x}, 1, 14) || CAST(CAST(substr(${x}, 15, 2) AS INTEGER) // 15 AS VARCHAR) || '|' || regexp_extract(${x}, '(Z|[+-][0-9:]+)$')
    WHEN regexp_full_match(${x}, '${DAY_MONTH_TEXT}') THEN 'D' || regexp_extract(${x}, '^[0-9./-]+')
    ELSE 'V' || coalesce(${x}, '') END`;
}

/**
 * The same groups as dateKeyOf's, cheaper to make for a million rows: the SQL of a value that
 * sorts each cell into its group (`group`, given the SQL of the cell's value), and the SQL of the
 * group's key from that value (`keyOf`), asked once a group. A Parquet time is grouped by its day
 * or UTC quarter hour as a number (its key's text made from the group's first millisecond, which
 * has the day or quarter of every time in it); text by its key.
 */
export function dateGroupOf(x: string, kind: Kind): { group: string; keyOf(group: string): string } | undefined {
  const unit = kind === 'wallTime' ? 86_400_000 : kind === 'instant' ? QUARTER_MS : undefined;
  if (unit === undefined) {
    const key = dateKeyOf(x, kind);
    return key === undefined ? undefined : { group: key, keyOf: (group) => group };
  }
  return { group: `CAST(floor(${x} / ${unit}) AS BIGINT)`, keyOf: (group) => dateKeyOf(`(${group} * ${unit})`, kind)! };
}

/**
 * Why the cells of the group `key` may not all read as its first cell read, to `day` (NaN when it
 * did not read) under the column's date order decision; undefined when they do. An `F`, `G` or `D`
 * group holds cells of one date part with different clock times, which read alike unreadable when
 * the date is none (30 February, a month 13 in the column's order, a column proving both orders),
 * and otherwise to that date's day: always where the zone's offset is steady around it, and on a
 * day with a clock change where every whole second of it reads to it (`wholeSeconds`: the group's
 * times are whole seconds, as the text patterns but `G`'s take them; a Parquet wall time may not be). A `V`
 * group is one text.
 */
export function whyGroupReadsApart(key: string, day: number, decision: DateOrderDecision, timeZone: string, wholeSeconds: boolean): string | undefined {
  const kind = key[0];
  if (kind === 'V') return undefined;
  const text = key.slice(1);
  if (kind === 'O') return whyQuarterReadsApart(text, day, timeZone);
  let written = NaN;
  if (kind === 'F' || kind === 'G') {
    const [y, m, d] = text.split('-').map(Number);
    const date = dayOfDate(y, m, d);
    // 2026-02-30 is no day, whatever its time: every text of it is unreadable, as its first one.
    if (isoDate(date) === text) {
      if (y < 1900 || y > 2100) return `the dates of ${text} are outside the years 1900–2100`;
      written = date;
    }
  } else if (kind === 'D') {
    const parts = dateText(text);
    if (parts?.kind !== 'dayMonth') return `the date part ${text} is no day/month date to the reader`;
    // In a column proving both orders every day/month text is a problem, as its first one.
    const wall = decision.conflict ? NaN : wallOfText(parts, decision.order);
    if (wall === wall) written = Math.floor(wall / MS_PER_DAY);
  } else return `unknown date key ${key}`;
  if (written !== written) return day !== day ? undefined : `the first text dated ${text} reads to ${isoDate(day)}, though its date is none`;
  if (day !== written) return `the first text dated ${text} reads to ${day === day ? isoDate(day) : 'no day'}, not ${isoDate(written)}`;
  // Steady through the day and the days either side: every time of it reads to it.
  if (steadyOffsetOver(written - 1, written + 1, timeZone)) return undefined;
  if (!wholeSeconds || kind === 'G') return `${timeZone} changes its clock around ${isoDate(written)}, and the times dated ${text} may fall between seconds`;
  if (!everySecondReadsTo(written, timeZone)) return `${timeZone} changes its clock around ${isoDate(written)} so that some times dated ${text} read to another day`;
  return undefined;
}

/**
 * The `O` group `text` (`2026-10-13T08:1|+07:00`): texts of one offset in one quarter hour as
 * written, whose instants lie in the quarter hour from its first millisecond (read by the reader
 * from the text of 08:15:00 at that offset) on. They all read to the first's day where the earliest
 * and the latest local time they can have fall on that day, with the zone's offset at either end
 * of the quarter (no zone changes its offset twice within a quarter hour). A quarter, not an hour:
 * a zone 5:30 or 5:45 ahead of the texts' offset (India, Nepal with UTC texts) starts its days
 * at a quarter hour of theirs.
 */
function whyQuarterReadsApart(text: string, day: number, timeZone: string): string | undefined {
  const bar = text.indexOf('|');
  const date = text.slice(0, 10);
  const quarter = Number(text.slice(14, bar));
  const first = dateText(`${text.slice(0, 14)}${String(quarter * 15).padStart(2, '0')}:00${text.slice(bar + 1)}`);
  const [y, m, d] = date.split('-').map(Number);
  if (isoDate(dayOfDate(y, m, d)) !== date) return day !== day ? undefined : `the first text dated ${date} reads to ${isoDate(day)}, though its date is none`;
  if (first?.kind !== 'fixed' || first.offsetMs === undefined || y < 1900 || y > 2100) return `the quarter hour ${text} is no instant to the reader`;
  const start = first.wall - first.offsetMs;
  const end = start + QUARTER_MS - 1;
  const before = utcOffset(start, timeZone);
  const after = utcOffset(end, timeZone);
  const earliest = Math.floor((start + Math.min(before, after)) / MS_PER_DAY);
  const latest = Math.floor((end + Math.max(before, after)) / MS_PER_DAY);
  if (earliest !== latest) return `the texts of the quarter hour ${text} fall on two days in ${timeZone}`;
  if (day !== earliest) return `the first text of the quarter hour ${text} reads to ${day === day ? isoDate(day) : 'no day'}, not ${isoDate(earliest)}`;
  return undefined;
}

const QUARTER_MS = 15 * 60_000;

/** Zone and day → whether everySecondReadsTo holds (a day is asked once per run, but tests ask again). */
const secondsChecked = new Map<string, boolean>();

/**
 * Whether every whole second of the wall-clock day `day` becomes an instant on that local day by
 * the date reader's own rule (wallClockToInstant: a skipped time moves forward, a repeated one is
 * the first): on a day with a clock change the gap could push a late time into the next day
 * (Pacific/Apia skipped 2011-12-30 whole). All 86,400 seconds are asked, which is exact for any
 * change, for a few milliseconds per clock-change day of the data.
 */
function everySecondReadsTo(day: number, timeZone: string): boolean {
  const id = `${timeZone} ${day}`;
  let holds = secondsChecked.get(id);
  if (holds === undefined) {
    const local = LocalDays.in(timeZone);
    const start = day * MS_PER_DAY;
    holds = true;
    for (let s = 0; s < 86_400 && holds; s++) holds = local.of(wallClockToInstant(start + s * 1000, timeZone)) === day;
    if (secondsChecked.size > 10_000) secondsChecked.clear();
    secondsChecked.set(id, holds);
  }
  return holds;
}
