/**
 * Number text as people write it (metrics-spec.md section 1.3): `1,234.5` and `1.234,5`, `2,5`,
 * `1.250` (thousands dot), `1 250 000`, `50%`, `1.250.000 ₫`, `$1,250`. Which mark is decimal is
 * decided per column: by the column's own values (`2,5` proves a decimal comma, `1,234.5` a
 * decimal point), then by the locale. Cost O(length) per text, no backtracking.
 */

/** Which mark is the decimal separator: `.` (1,234.5) or `,` (1.234,5). */
export type DecimalMark = '.' | ',';

/** Text read both ways: equal when the marks do not matter, NaN where a reading is impossible. */
export interface NumberReadings {
  /** With `.` as the decimal mark (`,` and spaces group thousands). */
  point: number;
  /** With `,` as the decimal mark (`.` and spaces group thousands). */
  comma: number;
}

// Currency marks before or after the amount, with optional spaces. Two patterns, not one
// `…|\s*(?:…)$`: unanchored, that one rescanned every run of spaces from each of its starts
// (quadratic on a long text of spaces, issue 15); the mark after is found, then the spaces trimmed.
const CURRENCY_BEFORE = /^(?:[$€£¥₫]|us\$|usd|vnd|vnđ|eur)\s*/i;
const CURRENCY_AFTER = /(?:[$€£¥₫đ]|usd|vnd|vnđ|eur)$/i;
const SPACED = /\s/;
const SPACED_G = /\s/g;
const SPACE_GROUPS = /^[+-]?\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$/;
// `\d+(?:\.\d*)?`, not `\d+\.?\d*`: one way to split the digits, so it fails in linear time (issue 15).
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DIGITS_AND_MARKS = /^[+-]?\d[\d.,]*$|^[+-]?[.,]\d+$/;

/**
 * The two readings of number text, or undefined when it is not number text at all.
 * @example numberReadings('2,5') // { point: NaN, comma: 2.5 };  numberReadings('1.250') // { point: 1.25, comma: 1250 }
 */
export function numberReadings(text: string): NumberReadings | undefined {
  let t = text.trim();
  if (PLAIN.test(t)) {
    const n = Number(t);
    // "1.250" is plain to JavaScript but a thousands dot to a Vietnamese reader.
    if (/^[+-]?\d{1,3}\.\d{3}$/.test(t)) return { point: n, comma: Number(t.replace('.', '')) };
    return { point: n, comma: t.includes('.') ? NaN : n };
  }
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 0.01;
    t = t.slice(0, -1).trimEnd();
  }
  t = withoutCurrency(t);
  if (SPACED.test(t)) {
    // Spaces only as thousands groups: "1 250 000".
    if (!SPACE_GROUPS.test(t)) return undefined;
    t = t.replace(SPACED_G, '');
  }
  if (!DIGITS_AND_MARKS.test(t)) return undefined;
  return { point: grouped(t, '.', ',') * scale, comma: grouped(t, ',', '.') * scale };
}

/** The text without a currency mark before the amount, or else after it (with the spaces before the mark). */
function withoutCurrency(text: string): string {
  const before = text.replace(CURRENCY_BEFORE, '');
  if (before !== text) return before;
  const after = CURRENCY_AFTER.exec(text);
  return after ? text.slice(0, after.index).trimEnd() : text;
}

/** `text` read with `decimal` as the decimal mark and `group` as the thousands mark; NaN when it does not fit. */
function grouped(text: string, decimal: string, group: string): number {
  const sign = text[0] === '-' ? -1 : 1;
  const body = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  const at = body.indexOf(decimal);
  if (at !== body.lastIndexOf(decimal)) return NaN;
  const whole = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? '' : body.slice(at + 1);
  if (fraction.includes(group) || (at >= 0 && fraction === '')) return NaN;
  if (whole.includes(group)) {
    const parts = whole.split(group);
    if (!/^\d{1,3}$/.test(parts[0]) || parts.slice(1).some((p) => !/^\d{3}$/.test(p))) return NaN;
  } else if (whole !== '' && !/^\d+$/.test(whole)) return NaN;
  const digits = whole.split(group).join('') || '0';
  return sign * Number(fraction ? `${digits}.${fraction}` : digits);
}

/** The number text proves a decimal mark (`2,5` → ','), or undefined when either reading could be meant. */
export function markProvedBy(readings: NumberReadings): DecimalMark | undefined {
  const point = readings.point === readings.point;
  const comma = readings.comma === readings.comma;
  if (point && !comma) return '.';
  if (comma && !point) return ',';
  return undefined;
}

/** The number under a decided mark; NaN when the text does not fit that mark. */
export function numberWithMark(readings: NumberReadings, mark: DecimalMark): number {
  return mark === '.' ? readings.point : readings.comma;
}

/** Whether the two readings differ, so only a column's decision can say which was meant. */
export function isAmbiguous(readings: NumberReadings): boolean {
  return readings.point === readings.point && readings.comma === readings.comma && readings.point !== readings.comma;
}

/** The decimal mark a locale writes (`vi_VN` → ',', `en_US` → '.'), from Intl; '.' when unknown. */
export function decimalMarkOfLocale(locale: string | undefined): DecimalMark {
  if (!locale) return '.';
  try {
    const part = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return /^vi/i.test(locale) ? ',' : '.';
  }
}
