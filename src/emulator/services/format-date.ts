/**
 * Java `SimpleDateFormat` patterns, which `Utilities.formatDate(date, timeZone, pattern)` takes.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * points to https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html for the letters.
 *
 * Supported: G y Y M L w D d F E u a H k K h m s S z Z X, quoted text ('…', '' for a quote).
 * Names are English (Apps Script formats in the `en` locale). `z` uses Intl's short names, so
 * Asia/Ho_Chi_Minh prints `GMT+7` where Java prints `ICT`.
 * An unknown zone formats as GMT, as Java's TimeZone.getTimeZone does.
 */
import { isKnownZone, shortZoneName, wallTime, type WallTime } from './timezone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const zone = isKnownZone(timeZone) ? timeZone : 'GMT';
  const t = wallTime(date, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      // '' is a literal quote, inside or outside quoted text.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i += 1;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          out += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i += 1;
          break;
        } else {
          out += pattern[i];
          i += 1;
        }
      }
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    out += field(ch, n, t, date, zone);
    i += n;
  }
  return out;
}

function field(letter: string, n: number, t: WallTime, date: Date, zone: string): string {
  switch (letter) {
    case 'G':
      return t.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(t.year % 100, 2) : pad(t.year, n);
    case 'M':
    case 'L':
      return n >= 4 ? MONTHS[t.month - 1] : n === 3 ? MONTHS[t.month - 1].slice(0, 3) : pad(t.month, n);
    case 'd':
      return pad(t.day, n);
    case 'D':
      return pad(dayOfYear(t), n);
    case 'F':
      return pad(Math.floor((t.day - 1) / 7) + 1, n);
    case 'w':
      return pad(weekOfYear(t), n);
    case 'E':
      return n >= 4 ? DAYS[t.weekday] : DAYS[t.weekday].slice(0, 3);
    case 'u':
      return pad(t.weekday === 0 ? 7 : t.weekday, n);
    case 'a':
      return t.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(t.hour, n);
    case 'k':
      return pad(t.hour === 0 ? 24 : t.hour, n);
    case 'K':
      return pad(t.hour % 12, n);
    case 'h':
      return pad(t.hour % 12 === 0 ? 12 : t.hour % 12, n);
    case 'm':
      return pad(t.minute, n);
    case 's':
      return pad(t.second, n);
    case 'S':
      return pad(t.millisecond, n);
    case 'z':
      return shortZoneName(zone, date);
    case 'Z':
      return offset(t.offsetMinutes, false);
    case 'X':
      if (t.offsetMinutes === 0) return 'Z';
      if (n === 1) return offset(t.offsetMinutes, false).slice(0, 3);
      return offset(t.offsetMinutes, n >= 3);
    default:
      // Java throws IllegalArgumentException: Illegal pattern character.
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function dayOfYear(t: WallTime): number {
  return Math.round((Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(t.year, 0, 1)) / 86_400_000) + 1;
}

/** Java's default (en_US) week numbering: weeks start on Sunday; week 1 holds January 1st. */
function weekOfYear(t: WallTime): number {
  const jan1Weekday = new Date(Date.UTC(t.year, 0, 1)).getUTCDay();
  return Math.floor((dayOfYear(t) - 1 + jan1Weekday) / 7) + 1;
}
