import { isAmbiguous, numberReadings } from '../../cells/numbers';
import type { Cell } from '../../cells/types';
import { wallTimeToDate } from './zone';

/**
 * Types one CSV field the way Google Sheets' import does, except where only the whole column can
 * say what a text means: those stay text, for the column readers (src/cells/column.ts) that the
 * report and the custom functions share, so the CLI and the add-on read the same cells the same
 * way (metrics-spec.md §1.2–1.3):
 *
 * - ''                                   → ''
 * - 9, -3.5, .5, 1e3, 007                → number
 * - 1,234.5 (a decimal point is proved)  → number
 * - 45%                                  → 0.45
 * - TRUE / false (any case)              → boolean
 * - 2026-03-01, 2026/3/1                 → Date, midnight in `timeZone`
 * - 2026-03-01 10:00[:00[.000]], with T  → Date, that wall time in `timeZone`
 * - ...with Z or ±hh:mm                  → Date, that exact instant
 * - 1.250, 1,234 (thousands or decimal?) → the text: the column's values, then its locale, decide
 * - 02/09/2026 8:27:26 (day or month first?) → the text: decided per column, never per cell
 * - anything else                        → the text unchanged (surrounding spaces kept)
 *
 * Deliberate differences from Sheets: digit strings longer than 15 digits stay text (Sheets
 * would round them and merge distinct ids); currency ($5) and bare times (8:30) stay text.
 */
export function csvCell(text: string, timeZone: string): Cell {
  if (text === '') return '';
  const t = text.trim();
  if (t === '') return text;
  const first = t.charCodeAt(0);
  // Cheap gate: numbers, dates and booleans start with a digit, sign, dot, t/T or f/F.
  const digitLike = (first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46;
  if (digitLike) {
    // Most fields of a large export are small whole numbers: no regular expressions for them.
    if (t.length <= 15 && isDigits(t)) return Number(t);
    const n = toNumber(t);
    if (n !== undefined) return n;
    const d = toDate(t, timeZone);
    if (d) return d;
    return text;
  }
  const upper = t.length <= 5 ? t.toUpperCase() : '';
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return text;
}

const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([-+]?(?:\d+\.?\d*|\.\d+))%$/;

function toNumber(t: string): number | undefined {
  const readings = numberReadings(t);
  if (readings && isAmbiguous(readings)) return undefined;
  if (PLAIN.test(t)) {
    if (countDigits(t) > 15 && !/[.eE]/.test(t)) return undefined;
    return Number(t);
  }
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ''));
  const p = PERCENT.exec(t);
  if (p) return Number(p[1]) / 100;
  return undefined;
}

function isDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function countDigits(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) n++;
  return n;
}

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

function toDate(t: string, timeZone: string): Date | undefined {
  const m = ISO.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const ms = frac ? Number(frac.padEnd(3, '0')) : 0;
    if (!check(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0))) return undefined;
    if (zone) {
      const offset = zone === 'Z' ? 0 : zoneOffsetMs(zone);
      return new Date(Date.UTC(+y!, +mo! - 1, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms) - offset);
    }
    return wallTimeToDate(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms, timeZone);
  }
  return undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date and clock time, so 2026-02-30 or 25:00 stay text as in Sheets. */
function check(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]);
}

function zoneOffsetMs(zone: string): number {
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}
