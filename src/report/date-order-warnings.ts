import { describeRef, type CellRef } from '../cells/coverage';
import { dateText } from '../cells/dates';
import { restsOnFewCells, type DateOrderDecision } from '../cells/decide';
import type { Cells } from '../cells/packed';
import type { Lang } from '../cells/types';
import type { ReportReader } from './columns';
import { formatNumber } from './format';
import { DATE_ORDER_TEXTS } from './messages';
import type { DateOrderWarning } from './types';

/**
 * A date column's day/month order decided by a few cells for many (metrics-spec.md §1.2 and
 * docs/metrics.md): the decision stands, and every view says it, with the proving cell, how
 * many dates the other order would move to another month and one of them read both ways.
 */

/** The warning a decision calls for, or undefined when the order does not rest on a few cells; `placeOf` says where a cell of the column is. */
export function dateOrderWarningOf(decision: DateOrderDecision, sheet: string, placeOf?: (index: number) => CellRef | undefined): DateOrderWarning | undefined {
  if (!restsOnFewCells(decision) || !decision.tally) return undefined;
  const { proving, proofs, moved, example } = decision.tally;
  const placed = proofs.map(({ text, index }) => {
    const place = placeOf?.(index);
    return { text, ...(place ? { place } : {}) };
  });
  return { sheet, order: decision.order, proofs: placed, proving, moved, ...(example ? { example: example.text } : {}) };
}

/** The warnings of the report's date columns, each once, after the reader has read them. */
export function dateOrderWarningsOf(columns: readonly Cells[], reader: ReportReader): DateOrderWarning[] {
  const warnings = new Map<string, DateOrderWarning>();
  for (const cells of columns) {
    const decision = reader.dateDecision(cells);
    const place = reader.placeOf(cells);
    const warning = decision && dateOrderWarningOf(decision, place?.sheet ?? '', place && ((index) => place.refOf(index)));
    if (!warning) continue;
    // Two families may map the same column (the survey's and the tickets' timestamp).
    const key = JSON.stringify([warning.sheet, warning.proofs]);
    if (!warnings.has(key)) warnings.set(key, warning);
  }
  return [...warnings.values()];
}

/**
 * The facts in words: "forms: dates are read day first because of 1 cell, 13/11/2019 9:00:00
 * (forms.csv, line 21, column A); read month first, 38 other dates would fall in another month
 * (11/1/2019 8:51:12 is read as 2019-01-11, 2019-11-01 the other way)." Two or three proving
 * cells are all named, more the first three. Each surface adds how to confirm the order there
 * (dateOrderConfirmText in the report, the sidebar's Dates choice, --date-order on the command line).
 */
export function dateOrderWarningText(warning: DateOrderWarning, lang: Lang, withSheet = true): string {
  const m = DATE_ORDER_TEXTS[lang];
  const other = warning.order === 'dmy' ? 'mdy' : 'dmy';
  const named = warning.proofs.map((p) => (p.place ? `${p.text} (${describeRef(p.place, lang)})` : p.text));
  const proof = warning.proving > named.length ? named.join(', ') : m.listAnd(named);
  const parts = warning.example ? dateText(warning.example) : undefined;
  const example =
    parts?.kind === 'dayMonth' ? m.dateOrderExample(warning.example!, isoOf(parts, warning.order), isoOf(parts, other)) : '';
  return m.dateOrderFewCells(withSheet ? warning.sheet : '', m.orderWords[warning.order], m.orderWords[other], formatNumber(warning.proving, lang), warning.proving, proof, formatNumber(warning.moved, lang), example);
}

/** The report's advice after the facts: correct the cell, or confirm the order in the mapping. */
export function dateOrderConfirmText(warning: DateOrderWarning, lang: Lang): string {
  const m = DATE_ORDER_TEXTS[lang];
  return m.dateOrderConfirm(m.orderWords[warning.order], m.orderWords[warning.order === 'dmy' ? 'mdy' : 'dmy'], warning.proving);
}

function isoOf(parts: { first: number; second: number; year: number }, order: 'dmy' | 'mdy'): string {
  const [day, month] = order === 'dmy' ? [parts.first, parts.second] : [parts.second, parts.first];
  return `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
