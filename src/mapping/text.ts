import { isDateCell } from '../cells/read';

/**
 * Text helpers for matching headers in English and Vietnamese, and column letters.
 */

/**
 * Lower case, accents removed (đ → d), camelCase split, punctuation turned to spaces:
 * `"Khả năng giới thiệu?"` → `"kha nang gioi thieu"`, `"CustomerID"` → `"customer id"`.
 * Accent-insensitive on purpose: people type Vietnamese without marks ("hai long") as often as with.
 */
export function normalizeText(text: string): string {
  return splitCamelCase(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9@.]+/g, ' ')
    .replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Spaces where camelCase joins words: `"CustomerID"` → `"Customer ID"`, `"HTTPServer"` → `"HTTP Server"`.
 * Linear: a fixed-length lookahead puts the space before the last capital of a run that starts a
 * word. The former `([A-Z]+)([A-Z][a-z])` backtracked over every run of capitals (quadratic:
 * 200 answers of 50,000 capitals took 154 s, issue 15).
 */
export function splitCamelCase(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ');
}

/**
 * An email address as people type one: no spaces, one `@` with text before it, and after it a
 * domain with a dot that has text on both sides. Written without a regex on purpose: the usual
 * `/^[^\s@]+@[^\s@]+\.[^\s@]+$/` backtracks quadratically on `a@.....…. ` (issue 15).
 */
export function isEmailText(text: string): boolean {
  if (/\s/.test(text)) return false;
  const at = text.indexOf('@');
  if (at <= 0 || text.indexOf('@', at + 1) !== -1) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot !== -1 && dot < domain.length - 1;
}

/** Whole words of a normalized text. */
export function wordsOf(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `A` → 0, `AA` → 26; -1 for anything that is not a column letter. */
export function columnIndex(letter: string): number {
  if (!/^[A-Z]{1,3}$/.test(letter)) return -1;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell as short display text for samples shown to the user. */
export function cellDisplay(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 16).replace('T', ' ');
  const text = String(cell);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

