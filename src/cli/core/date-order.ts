import { describeDateOrder } from '../../cells/column';
import { dateText, type DateOrder } from '../../cells/dates';
import { decideDateOrder, textsOf } from '../../cells/decide';
import type { Cell, Lang } from '../../cells/types';
import { columnIndex, FIELD_IDS, FIELD_INFO, FIELD_LABELS, type DataSource, type Mapping } from '../../mapping/index';

/**
 * `--date-order dmy|mdy`: the explicit setting for day/month date text whose values prove
 * neither order (spec §1.2: the column's values first, then the setting, then the locale). It is
 * saved on every source of the mapping, so `detect --out` keeps it and `--mapping` reads it back;
 * given again with `--mapping` it wins over the file's.
 */
export function withDateOrder(mapping: Mapping, order: DateOrder | undefined): Mapping {
  if (!order) return mapping;
  return { ...mapping, sources: mapping.sources.map((source) => ({ ...source, dateOrder: order })) };
}

/**
 * How each mapped date column of a source reads its day/month text, in words, from a sample of
 * its rows (header rows included): `Timestamp (A): day first: 13/09/2026 in row 20`. Columns with
 * no day/month text (ISO, real dates) need no order and are not listed. `locale` is the file's
 * (`--locale`) or the spreadsheet's, as the report reads it.
 */
export function dateOrderLines(source: DataSource, sample: readonly (readonly Cell[])[], lang: Lang, locale?: string): string[] {
  const lines: string[] = [];
  for (const field of FIELD_IDS) {
    const letter = source.columns[field];
    if (!letter || FIELD_INFO[field].kind !== 'date') continue;
    const column = columnIndex(letter);
    const cells = sample.slice(source.headerRow).map((row) => row[column]);
    let dayMonth = false;
    textsOf(cells)((text) => (dayMonth ||= dateText(text)?.kind === 'dayMonth'));
    if (!dayMonth) continue;
    const decision = decideDateOrder(textsOf(cells), locale, source.dateOrder);
    const refOf = (index: number) => ({ sheet: source.sheetName, column: letter, row: index + source.headerRow + 1 });
    lines.push(`${FIELD_LABELS[field][lang]} (${letter}): ${describeDateOrder(decision, refOf)[lang]}`);
  }
  return lines;
}
