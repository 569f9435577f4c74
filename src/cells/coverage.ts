import type { Lang } from './types';

/**
 * What a computed value is made of (metrics-spec.md section 7): how many cells were used, and
 * the cells left out, by reason, with the first few places. Every reader that drops a cell
 * records it here; every view (sidebar card, dashboard, email, CLI) shows it beside the number.
 * Nothing between a cell and a view drops a value without counting it.
 *
 * @example
 *   const cov = newCoverage();
 *   noteUsed(cov, 52);
 *   noteLeftOut(cov, 'unreadable', { sheet: 'Form Responses 1', column: 'A', row: 13 });
 *   lostShare(cov)            // 1 / 53
 *   describeRef(cov.leftOut.unreadable!.places[0], 'en')   // "'Form Responses 1'!A13"
 */

/**
 * Why a cell was not used. `blank`, `header` and `noAnswer` are ordinary skips (nobody lost
 * anything: an empty cell, the range's header, a person who chose "N/A"); every other reason is
 * a loss, which is what the 5% warnings count.
 */
export const LEFT_OUT_REASONS = [
  'blank',
  'header',
  'noAnswer',
  /** Text or a value the reader cannot read at all (a typo, "Tốt" in a score column, mojibake). */
  'unreadable',
  /** A number outside the scale or not whole (11 on 0–10, 7.5 as an NPS answer). */
  'outOfScale',
  /** A label nobody gave a score (not in the built-in lists nor the mapping's label table). */
  'unknownLabel',
  /** The row's date is missing or unreadable, so the value cannot be placed in a period. */
  'noDate',
  /** A ticket resolved before it was opened. */
  'beforeOpened',
  /** A ticket with no resolved time yet (still open). */
  'open',
  /** Inconsistent with another row (a customer id on two contradictory rows, join after cancel). */
  'conflict',
] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** Reasons that are ordinary skips, not losses (a ticket still open has no resolution time yet; nothing is wrong with it). */
export const SKIP_REASONS: ReadonlySet<LeftOutReason> = new Set<LeftOutReason>(['blank', 'header', 'noAnswer', 'open']);

/**
 * A place a person can find: a sheet cell (`'Form Responses 1'!C13`) or a line of a file as an
 * editor counts it (`survey.csv, line 14`). Rows and lines are 1-based, as people count them.
 */
export type CellRef =
  | { sheet: string; column: string; row: number }
  | { file: string; line: number; column?: string };

/** How many places each reason keeps; counts are always exact. */
export const MAX_PLACES = 3;

export interface LeftOut {
  count: number;
  /** The first MAX_PLACES places, in reading order. */
  places: CellRef[];
}

export interface Coverage {
  /** Cells (or rows) that went into the value. */
  used: number;
  leftOut: Partial<Record<LeftOutReason, LeftOut>>;
}

export function newCoverage(): Coverage {
  return { used: 0, leftOut: {} };
}

export function noteUsed(coverage: Coverage, count = 1): void {
  coverage.used += count;
}

/** One cell (or `count` cells) left out for `reason`; `ref` is kept while fewer than MAX_PLACES are. */
export function noteLeftOut(coverage: Coverage, reason: LeftOutReason, ref?: CellRef, count = 1): void {
  const entry = (coverage.leftOut[reason] ??= { count: 0, places: [] });
  entry.count += count;
  if (ref && entry.places.length < MAX_PLACES) entry.places.push(ref);
}

/** The coverage of several parts together (sheets, columns): counts add, first places are kept. */
export function mergeCoverage(...parts: readonly Coverage[]): Coverage {
  const merged = newCoverage();
  for (const part of parts) {
    merged.used += part.used;
    for (const reason of LEFT_OUT_REASONS) {
      const entry = part.leftOut[reason];
      if (!entry) continue;
      const into = (merged.leftOut[reason] ??= { count: 0, places: [] });
      into.count += entry.count;
      for (const place of entry.places) if (into.places.length < MAX_PLACES) into.places.push(place);
    }
  }
  return merged;
}

/** Cells lost (every reason but blank, header, no answer and still open). */
export function lostCount(coverage: Coverage): number {
  let lost = 0;
  for (const reason of LEFT_OUT_REASONS) if (!SKIP_REASONS.has(reason)) lost += coverage.leftOut[reason]?.count ?? 0;
  return lost;
}

/** Every cell left out for any reason but blank (what "n = 1,232 · 18 left out" counts). */
export function leftOutCount(coverage: Coverage): number {
  let count = 0;
  for (const reason of LEFT_OUT_REASONS) if (reason !== 'blank') count += coverage.leftOut[reason]?.count ?? 0;
  return count;
}

/**
 * The share of the non-blank, non-header cells that were lost, 0–1 (0 when there were none):
 * the number the 5% warnings compare with.
 */
export function lostShare(coverage: Coverage): number {
  const lost = lostCount(coverage);
  const considered = coverage.used + lost + (coverage.leftOut.noAnswer?.count ?? 0);
  return considered === 0 ? 0 : lost / considered;
}

/** Above this share of lost cells a view warns (metrics-spec.md section 7). */
export const LOSS_WARNING_SHARE = 0.05;

/** A place as a person reads it: `'Form Responses 1'!C13`, `survey.csv, line 14` / `survey.csv, dòng 14`. */
export function describeRef(ref: CellRef, lang: Lang): string {
  if ('sheet' in ref) return `${quoteSheet(ref.sheet)}!${ref.column}${ref.row}`;
  const line = lang === 'vi' ? `dòng ${ref.line}` : `line ${ref.line}`;
  return `${ref.file}, ${line}${ref.column ? (lang === 'vi' ? `, cột ${ref.column}` : `, column ${ref.column}`) : ''}`;
}

/**
 * Several places, each sheet or file named once, in their order: `'Form Responses 1'!C2, C6, C10`,
 * `survey.csv, column B, lines 2, 3, 5` (`survey.csv, cột B, dòng 2, 3, 5`), or with a column each
 * when they differ: `survey.csv, line 2 (column A), line 9 (column C)`.
 */
export function describePlaces(refs: readonly CellRef[], lang: Lang): string {
  const vi = lang === 'vi';
  const parts: string[] = [];
  for (let i = 0; i < refs.length; ) {
    const first = refs[i];
    let end = i + 1;
    while (end < refs.length && sameHome(refs[end], first)) end++;
    const group = refs.slice(i, end);
    i = end;
    if (group.length === 1) parts.push(describeRef(first, lang));
    else if ('sheet' in first) parts.push(`${quoteSheet(first.sheet)}!${(group as SheetRef[]).map((r) => `${r.column}${r.row}`).join(', ')}`);
    else {
      const lines = group as FileRef[];
      if (lines.every((r) => r.column === first.column)) {
        const column = first.column ? (vi ? `, cột ${first.column}` : `, column ${first.column}`) : '';
        parts.push(`${first.file}${column}, ${vi ? 'dòng' : 'lines'} ${lines.map((r) => r.line).join(', ')}`);
      } else {
        const column = (r: FileRef) => (r.column ? (vi ? ` (cột ${r.column})` : ` (column ${r.column})`) : '');
        parts.push(`${first.file}, ${lines.map((r) => `${vi ? 'dòng' : 'line'} ${r.line}${column(r)}`).join(', ')}`);
      }
    }
  }
  return parts.join(', ');
}

type SheetRef = Extract<CellRef, { sheet: string }>;
type FileRef = Extract<CellRef, { file: string }>;
const sameHome = (a: CellRef, b: CellRef) => ('sheet' in a ? 'sheet' in b && a.sheet === b.sheet : 'file' in b && a.file === b.file);

/** A sheet name quoted for A1 notation: quotes always, inner quotes doubled ('Bob''s data'). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Each reason in words, for "18 left out: 12 could not be read, 6 out of scale". */
export const REASON_TEXTS: Record<LeftOutReason, Record<Lang, string>> = {
  blank: { en: 'blank', vi: 'trống' },
  header: { en: 'header', vi: 'tiêu đề' },
  noAnswer: { en: 'no answer (N/A)', vi: 'không trả lời (N/A)' },
  unreadable: { en: 'could not be read', vi: 'không đọc được' },
  outOfScale: { en: 'outside the scale', vi: 'ngoài thang điểm' },
  unknownLabel: { en: 'answer with no score', vi: 'câu trả lời chưa có điểm' },
  noDate: { en: 'no readable date', vi: 'không có ngày đọc được' },
  beforeOpened: { en: 'resolved before opened', vi: 'xử lý xong trước khi mở' },
  open: { en: 'still open', vi: 'chưa xử lý xong' },
  conflict: { en: 'contradicts another row', vi: 'mâu thuẫn với hàng khác' },
};
