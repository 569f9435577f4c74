import { dateOrderOfLocale, dateText, orderProvedBy, type DateOrder } from './dates';
import { CellProblem } from './errors';
import { cellTexts, type Text } from './messages';
import { decimalMarkOfLocale, markProvedBy, numberReadings, type DecimalMark } from './numbers';
import { isPacked, type PackedCells } from './packed';

/**
 * The per-column decisions (metrics-spec.md section 1.2–1.3): which order a column's day/month
 * dates are in and which mark its numbers use as decimal, decided by the column's own values,
 * then the explicit setting, then the locale, never per cell. One scan of the column's text
 * cells; the decision keeps its evidence so it can be shown ("day first: 13/09/2026 in row 20").
 */

/** Calls `visit(text, index)` for each text cell of a column, in reading order; `weight`, when given, is how many rows the text stands for. */
export type EachText = (visit: (text: string, index: number, weight?: number) => void) => void;

/** Why a column reads the way it does. */
export type DecidedBy = 'values' | 'setting' | 'locale' | 'default';

/** A cell that proves something: its text and 0-based index in the column. */
export interface Evidence {
  text: string;
  index: number;
}

export interface DateOrderDecision {
  order: DateOrder;
  by: DecidedBy;
  /** The first cell proving the order, when decided by the values. */
  evidence?: Evidence;
  /** When the column proves both orders: one cell of each (every day/month cell is then a problem). */
  conflict?: { dayFirst: Evidence; monthFirst: Evidence };
  /** The locale or setting the decision came from, to say so. */
  source?: string;
  /**
   * When the values decide one order: how much rests on it. `proving` cells prove the order;
   * `ambiguous` day/month cells prove neither, and `moved` of them (first part ≠ second part)
   * the other order would put in another month (`11/1/2019`: 11 January or 1 November), the
   * first being `example`; `proofs`, the first MAX_PROOFS proving cells. `confirmed` when the
   * mapping's setting says the same order. Counts are of cells, or of rows when the texts come
   * weighted (the SQL path's date groups).
   */
  tally?: { proving: number; proofs: Evidence[]; ambiguous: number; moved: number; example?: Evidence; confirmed: boolean };
}

/**
 * Proving cells fewer than this share of the dates the other order would move, with those moved
 * dates more than half of the column's day/month dates: the order rests on a few cells (one
 * `13/11/2019` among 38 `11/1/2019`-style dates), and is said as a warning (docs/metrics.md).
 */
export const FEW_PROOF_SHARE = 0.1;

/** Proving cells a decision keeps to name (the first ones; the count is exact). */
export const MAX_PROOFS = 3;

/** Whether the column's order was decided by a few cells against many the other order reads otherwise, and no setting confirms it. */
export function restsOnFewCells(decision: DateOrderDecision): boolean {
  const tally = decision.tally;
  if (decision.by !== 'values' || decision.conflict || !tally || tally.confirmed) return false;
  return tally.proving < FEW_PROOF_SHARE * tally.moved && 2 * tally.moved > tally.proving + tally.ambiguous;
}

/** Text cells of a flat column (or a packed one: the same texts at the same indexes). */
export function textsOf(cells: ArrayLike<unknown> | PackedCells): EachText {
  if (isPacked(cells)) return cells.texts();
  return (visit) => {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell === 'string' && cell !== '') visit(cell, i);
    }
  };
}

/**
 * The date order of a column: its values (a first part above 12 proves day first, a second
 * part above 12 month first), then `setting`, then the locale (`vi*` and most locales day first,
 * `en_US` month first), then month first (the en_US default of Google Forms exports).
 */
export function decideDateOrder(texts: EachText, locale?: string, setting?: DateOrder): DateOrderDecision {
  let dayFirst: Evidence | undefined;
  let monthFirst: Evidence | undefined;
  const tally = { dmy: 0, mdy: 0, ambiguous: 0, moved: 0, example: undefined as Evidence | undefined };
  const proofs: Record<DateOrder, Evidence[]> = { dmy: [], mdy: [] };
  texts((text, index, weight = 1) => {
    if (dayFirst && monthFirst) return;
    const parts = dateText(text);
    if (parts?.kind !== 'dayMonth') return;
    const proved = orderProvedBy(parts);
    if (proved) {
      tally[proved] += weight;
      if (proofs[proved].length < MAX_PROOFS) proofs[proved].push({ text: text.trim(), index });
      if (proved === 'dmy') dayFirst ??= proofs.dmy[0];
      else monthFirst ??= proofs.mdy[0];
    } else if (parts.first <= 12 && parts.second <= 12) {
      tally.ambiguous += weight;
      if (parts.first !== parts.second) {
        tally.moved += weight;
        tally.example ??= { text: text.trim(), index };
      }
    }
  });
  if (dayFirst && monthFirst) {
    const first = dayFirst.index < monthFirst.index ? 'dmy' : 'mdy';
    return { order: first, by: 'values', evidence: first === 'dmy' ? dayFirst : monthFirst, conflict: { dayFirst, monthFirst } };
  }
  if (dayFirst || monthFirst) {
    const order = dayFirst ? 'dmy' : 'mdy';
    const { ambiguous, moved, example } = tally;
    return { order, by: 'values', evidence: dayFirst ?? monthFirst, tally: { proving: tally[order], proofs: proofs[order], ambiguous, moved, ...(example ? { example } : {}), confirmed: setting === order } };
  }
  if (setting) return { order: setting, by: 'setting', source: setting };
  if (locale) return { order: dateOrderOfLocale(locale), by: 'locale', source: locale };
  return { order: 'mdy', by: 'default' };
}

/** The problem every day/month cell of a column that proves both orders carries. */
export function bothOrdersProblem(conflict: NonNullable<DateOrderDecision['conflict']>, where: (index: number) => Text): CellProblem {
  const { dayFirst, monthFirst } = conflict;
  return new CellProblem(cellTexts.bothDateOrders(dayFirst.text, where(dayFirst.index), monthFirst.text, where(monthFirst.index)), 'conflict');
}

export interface DecimalMarkDecision {
  mark: DecimalMark;
  by: DecidedBy;
  evidence?: Evidence;
  conflict?: { point: Evidence; comma: Evidence };
  source?: string;
}

/**
 * The decimal mark of a column's number text: its values (`2,5` or `1.250.000` prove a comma,
 * `2.5` or `1,234.5` a point), then `setting`, then the locale (Intl), then a point.
 */
export function decideDecimalMark(texts: EachText, locale?: string, setting?: DecimalMark): DecimalMarkDecision {
  let point: Evidence | undefined;
  let comma: Evidence | undefined;
  texts((text, index) => {
    if (point && comma) return;
    const readings = numberReadings(text);
    const proved = readings && markProvedBy(readings);
    // Plain "9" or ".5" prove nothing worth showing; a written mark does.
    if (proved === '.' && /\d[.,]\d/.test(text)) point ??= { text: text.trim(), index };
    else if (proved === ',') comma ??= { text: text.trim(), index };
  });
  if (point && comma) {
    const first = point.index < comma.index ? '.' : ',';
    return { mark: first, by: 'values', evidence: first === '.' ? point : comma, conflict: { point, comma } };
  }
  if (point || comma) return { mark: point ? '.' : ',', by: 'values', evidence: point ?? comma };
  if (setting) return { mark: setting, by: 'setting', source: setting };
  if (locale) return { mark: decimalMarkOfLocale(locale), by: 'locale', source: locale };
  return { mark: '.', by: 'default' };
}

/** The problem an ambiguous number of a column that proves both marks carries. */
export function bothMarksProblem(conflict: NonNullable<DecimalMarkDecision['conflict']>, where: (index: number) => Text): CellProblem {
  const { point, comma } = conflict;
  return new CellProblem(cellTexts.bothDecimalMarks(point.text, where(point.index), comma.text, where(comma.index)), 'conflict');
}
