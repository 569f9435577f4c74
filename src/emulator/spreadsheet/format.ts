/**
 * Display values: a cell's value rendered through its number format in the spreadsheet's
 * time zone and locale, as Range.getDisplayValues() returns it.
 * Number format tokens follow https://developers.google.com/sheets/api/guides/formats
 * (`0`, `#`, `,`, `.`, `%`, quoted text; dates `yyyy`, `mmm`, `dd`, `hh:mm`; `m` after `h` or
 * before `s` means minutes). Supported: what the add-on writes; other patterns fall back to General.
 */

/** What a format-less number cell reports from Range.getNumberFormat(). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** Sheets' day zero: serial 0 is 1899-12-30 (https://developers.google.com/sheets/api/guides/formats#about_date_time_values). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partCache = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string): Parts {
  let fmt = partCache.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partCache.set(timeZone, fmt);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of fmt.formatToParts(date)) if (type !== 'literal') p[type] = Number(value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

/** The instant whose wall clock in `timeZone` reads the given parts. */
export function fromZonedParts(parts: Parts, timeZone: string): Date {
  const guess = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  let t = guess;
  for (let i = 0; i < 3; i += 1) {
    const p = zonedParts(new Date(t), timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    t += guess - seen;
  }
  return new Date(t);
}

/** A Date as a Sheets serial number (days since 1899-12-30, wall clock of the sheet's zone). */
export function dateToSerial(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - EPOCH_UTC) / 86_400_000;
}

/**
 * Instants of serials already converted, by zone: a dashboard's formulas hand the same date column
 * to many custom functions, and each conversion asks Intl three times.
 */
const serialInstants = new Map<string, Map<number, number>>();

export function serialToDate(serial: number, timeZone: string): Date {
  let known = serialInstants.get(timeZone);
  if (!known) serialInstants.set(timeZone, (known = new Map()));
  const hit = known.get(serial);
  if (hit !== undefined) return new Date(hit);
  if (known.size >= 100_000) known.clear();
  const date = serialToDateUncached(serial, timeZone);
  known.set(serial, date.getTime());
  return date;
}

function serialToDateUncached(serial: number, timeZone: string): Date {
  const wall = new Date(EPOCH_UTC + Math.round(serial * 86_400_000));
  return fromZonedParts(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    },
    timeZone,
  );
}

interface LocaleSymbols {
  decimal: string;
  group: string;
  tag: string;
  /** The format Sheets gives a date cell that has none set. */
  dateFormat: string;
}

const symbolsOf = new Map<string, LocaleSymbols>();

/** The locale's symbols, asked of Intl once per locale (a snapshot formats every cell). */
function symbols(locale: string): LocaleSymbols {
  let known = symbolsOf.get(locale);
  if (!known) symbolsOf.set(locale, (known = localeSymbols(locale)));
  return known;
}

function localeSymbols(locale: string): LocaleSymbols {
  const tag = locale.replace('_', '-');
  const parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const dateFormat = locale.startsWith('en_US') ? 'M/d/yyyy' : locale.startsWith('en') ? 'dd/MM/yyyy' : 'dd/MM/yyyy';
  return { decimal, group, tag, dateFormat };
}

/**
 * A date, time or duration format (`yyyy-mm-dd`, `hh:mm`, `[h]:mm:ss`): a number cell under it is
 * a date to Apps Script, so a custom function receives it as a Date object.
 */
export function isDateTimeFormat(format: string): boolean {
  return isDateFormat(format) || /\[(?:h+|m+|s+)\]/i.test(format);
}

/**
 * The value Apps Script hands a script for a cell holding `value` under `numberFormat`. Sheets
 * keeps dates, times and durations as numbers (days since 1899-12-30) and the format decides
 * what a script sees: getValue/getValues return "Number, Boolean, Date, or String"
 * (https://developers.google.com/apps-script/reference/spreadsheet/value-type,
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues), a Date for a
 * date-formatted cell, and a custom function receives the same ("Duration values in Sheets also
 * become Date objects", https://developers.google.com/apps-script/guides/sheets/functions#data_types).
 * So a number under a date, time or duration format is the Date whose wall clock in the sheet's
 * zone reads that serial, and a date under a plain number format (`0.00`) is its serial number.
 */
export function scriptValue(value: unknown, numberFormat: string | undefined, timeZone: string): unknown {
  if (numberFormat === undefined) return value;
  if (typeof value === 'number') return Number.isFinite(value) && isDateTimeFormat(numberFormat) ? serialToDate(value, timeZone) : value;
  if (value instanceof Date && isNumberPattern(numberFormat)) return dateToSerial(value, timeZone);
  return value;
}

/** A numeric pattern set by hand (`0.0`, `#,##0`): not General, not plain text, not a date. */
function isNumberPattern(format: string): boolean {
  return format !== '@' && format !== DEFAULT_NUMBER_FORMAT && format.toLowerCase() !== 'general' && !isDateTimeFormat(format);
}

function isDateFormat(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[yd]|mmm|hh?:|ss/i.test(unquoted) || /^m+([/\-. ]|$)/i.test(unquoted);
}

/** General: integers as is, others to 10 significant digits, locale decimal separator. */
function general(n: number, sym: LocaleSymbols): string {
  if (!Number.isFinite(n)) return '#NUM!';
  let text: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) text = String(n);
  else if (Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-9 && n !== 0)) text = n.toExponential(2).replace('e+', 'E+').replace('e-', 'E-');
  else text = String(Number(n.toPrecision(10)));
  return text.replace('.', sym.decimal);
}

function formatNumberPattern(n: number, pattern: string, sym: LocaleSymbols): string {
  const sections = pattern.split(';');
  let section = sections[0];
  let value = n;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections[2] !== undefined) section = sections[2];
  // Literal text around the digits: quoted strings and escaped characters.
  const m = /^((?:"[^"]*"|\\.|[^0#?.,%])*)([0#?,]*(?:\.[0#?]*)?)((?:"[^"]*"|\\.|[^0#?])*)$/.exec(section);
  if (!m || m[2] === '') return general(n, sym);
  const [, prefixRaw, digits, suffixRaw] = m;
  const unquote = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const percent = (prefixRaw + suffixRaw).replace(/"[^"]*"/g, '').includes('%');
  if (percent) value *= 100;
  const [intPart, fracPart = ''] = digits.split('.');
  const decimals = fracPart.length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(',');
  const minInt = (intPart.match(/0/g) ?? []).length;
  const negative = value < 0;
  let fixed = Math.abs(value).toFixed(decimals);
  let [i, f = ''] = fixed.split('.');
  while (f.length > minDecimals && f.endsWith('0')) f = f.slice(0, -1);
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (grouping) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, sym.group);
  fixed = f ? `${i}${sym.decimal}${f}` : i;
  return `${negative && sections[1] === undefined ? '-' : ''}${unquote(prefixRaw)}${fixed}${unquote(suffixRaw)}`;
}

function monthName(month: number, style: 'short' | 'long', tag: string): string {
  return new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

function dayName(p: Parts, style: 'short' | 'long', tag: string): string {
  return new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.month - 1, p.day)));
}

function formatDatePattern(date: Date, pattern: string, timeZone: string, sym: LocaleSymbols): string {
  const p = zonedParts(date, timeZone);
  const tokens = pattern.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|a\/p|am\/pm|./gi) ?? [];
  const hasAmPm = tokens.some((t) => /^(a\/p|am\/pm)$/i.test(t));
  const out: string[] = [];
  tokens.forEach((t, idx) => {
    const lower = t.toLowerCase();
    const prev = tokens.slice(0, idx).reverse().find((x) => /^[hms]/i.test(x) || /^[yd]/i.test(x));
    const next = tokens.slice(idx + 1).find((x) => /^[hms]/i.test(x) || /^[yd]/i.test(x));
    if (t.startsWith('"')) out.push(t.slice(1, -1));
    else if (t.startsWith('\\')) out.push(t.slice(1));
    else if (lower.startsWith('y')) out.push(lower.length <= 2 ? String(p.year % 100).padStart(2, '0') : String(p.year));
    else if (lower.startsWith('m')) {
      const minute = lower.length <= 2 && ((prev && /^h/i.test(prev)) || (next && /^s/i.test(next)));
      if (minute) out.push(lower.length === 2 ? String(p.minute).padStart(2, '0') : String(p.minute));
      else if (lower.length === 1) out.push(String(p.month));
      else if (lower.length === 2) out.push(String(p.month).padStart(2, '0'));
      else if (lower.length === 3) out.push(monthName(p.month, 'short', sym.tag));
      else out.push(monthName(p.month, 'long', sym.tag));
    } else if (lower.startsWith('d')) {
      if (lower.length === 1) out.push(String(p.day));
      else if (lower.length === 2) out.push(String(p.day).padStart(2, '0'));
      else out.push(dayName(p, lower.length === 3 ? 'short' : 'long', sym.tag));
    } else if (lower.startsWith('h')) {
      const h = hasAmPm ? ((p.hour + 11) % 12) + 1 : p.hour;
      out.push(lower.length >= 2 ? String(h).padStart(2, '0') : String(h));
    } else if (lower.startsWith('s')) out.push(lower.length >= 2 ? String(p.second).padStart(2, '0') : String(p.second));
    else if (lower === 'am/pm') out.push(p.hour < 12 ? 'AM' : 'PM');
    else if (lower === 'a/p') out.push(p.hour < 12 ? 'a' : 'p');
    else out.push(t);
  });
  return out.join('');
}

/** Whether a Date has a time of day other than midnight in the zone. */
function hasTime(date: Date, timeZone: string): boolean {
  const p = zonedParts(date, timeZone);
  return p.hour !== 0 || p.minute !== 0 || p.second !== 0;
}

/**
 * The text Sheets shows for `value` under `format` (undefined = none set).
 * @example displayValue(0.4567, '0.0%', 'UTC', 'en_US') // '45.7%'
 */
export function displayValue(value: unknown, format: string | undefined, timeZone: string, locale: string): string {
  const sym = symbols(locale);
  const fmt = format && format !== DEFAULT_NUMBER_FORMAT && format.toLowerCase() !== 'general' ? format : undefined;
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    if (fmt && isDateFormat(fmt)) return formatDatePattern(value, fmt, timeZone, sym);
    if (fmt) return formatNumberPattern(dateToSerial(value, timeZone), fmt, sym);
    const base = sym.dateFormat;
    return formatDatePattern(value, hasTime(value, timeZone) ? `${base} H:mm:ss` : base, timeZone, sym);
  }
  if (typeof value === 'number') {
    if (!fmt) return general(value, sym);
    if (isDateFormat(fmt)) return formatDatePattern(serialToDate(value, timeZone), fmt, timeZone, sym);
    return formatNumberPattern(value, fmt, sym);
  }
  return String(value);
}
