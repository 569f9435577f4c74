/**
 * Wall-clock time in an IANA zone (or a fixed `GMT+7` style offset), from the host's Intl data.
 * Used by `Utilities.formatDate` and by clock triggers that fire "at 8 am in Asia/Ho_Chi_Minh".
 */

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes east of UTC, e.g. 420 for Asia/Ho_Chi_Minh. */
  offsetMinutes: number;
}

const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether the zone is one the emulator (and Java) understands. */
export function isKnownZone(zone: string): boolean {
  if (FIXED_OFFSET.test(zone)) return true;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `zone` at `date`. */
export function offsetMinutes(zone: string, date: Date): number {
  const fixedMatch = FIXED_OFFSET.exec(zone);
  if (fixedMatch) {
    if (!fixedMatch[1]) return 0;
    const minutes = Number(fixedMatch[2]) * 60 + Number(fixedMatch[3] ?? 0);
    return fixedMatch[1] === '-' ? -minutes : minutes;
  }
  const parts = Object.fromEntries(formatter(zone).formatToParts(date).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour) % 24,
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** The wall-clock reading of `date` in `zone`. */
export function wallTime(date: Date, zone: string): WallTime {
  const offset = offsetMinutes(zone, date);
  const shifted = new Date(date.getTime() + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    offsetMinutes: offset,
  };
}

/** The instant at which `zone`'s clocks read the given wall time (month 1-12; day may overflow). */
export function zonedTime(zone: string, year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wallAsUtc - offsetMinutes(zone, new Date(wallAsUtc)) * 60_000;
  // A second pass settles instants near a daylight-saving change.
  guess = wallAsUtc - offsetMinutes(zone, new Date(guess)) * 60_000;
  return new Date(guess);
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's short name as Intl spells it in English (`EST`, `GMT+7`); Java may differ (`ICT`). */
export function shortZoneName(zone: string, date: Date): string {
  if (FIXED_OFFSET.test(zone)) return zone.toUpperCase();
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}
