import type { CellRef } from '../../cells/coverage';
import { describeDateOrder } from '../../cells/column';
import { dateText, type DateOrder } from '../../cells/dates';
import { decideDateOrder, textsOf, type DateOrderDecision } from '../../cells/decide';
import type { Cells } from '../../cells/packed';
import type { Cell, Lang } from '../../cells/types';
import { columnIndex, FIELD_IDS, FIELD_INFO, FIELD_LABELS, type DataSource, type FieldId, type Mapping } from '../../mapping/index';
import type { CliMessages } from '../messages';

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
 * (`--locale`) or the spreadsheet's, as the report reads it. `whole`, when given, is a column's
 * order as decided on all its rows (as the report reads it): said instead of the sample's, so a
 * cell proving the order past the sample is the one named, as the warnings name it.
 */
export function dateOrderLines(
  source: DataSource,
  sample: readonly (readonly Cell[])[],
  lang: Lang,
  locale?: string,
  file?: { name: string; lineOf(row: number): number },
  whole?: (field: FieldId) => DateOrderDecision | undefined,
): string[] {
  const lines: string[] = [];
  for (const field of FIELD_IDS) {
    const letter = source.columns[field];
    if (!letter || FIELD_INFO[field].kind !== 'date') continue;
    const column = columnIndex(letter);
    const cells = sample.slice(source.headerRow).map((row) => row[column]);
    let dayMonth = false;
    textsOf(cells)((text) => (dayMonth ||= dateText(text)?.kind === 'dayMonth'));
    const decided = whole?.(field);
    // Values that prove an order anywhere in the column have day/month text, in the sample or not.
    if (!dayMonth && decided?.by !== 'values') continue;
    const decision = decided ?? decideDateOrder(textsOf(cells), locale, source.dateOrder);
    // A file's place is its line as an editor counts it; a sheet's, its row.
    const refOf = (index: number): CellRef => {
      const row = index + source.headerRow + 1;
      return file ? { file: file.name, line: file.lineOf(row), column: letter } : { sheet: source.sheetName, column: letter, row };
    };
    lines.push(`${FIELD_LABELS[field][lang]} (${letter}): ${describeDateOrder(decision, refOf)[lang]}`);
  }
  return lines;
}

/**
 * Issue #10: day/month text whose values prove neither order, with no --date-order, no saved
 * order and no locale, is read month first (spec §1.2). `detect` says so; `metrics` and `report`
 * say it too, as a warning on stderr naming the file (or sheet) and column, so a number read the
 * wrong way round never looks settled. `columns` gives each mapped date column's data cells, all
 * of them, as the report reads them; `placeOf` names where it is in the person's terms.
 */
export function assumedDateOrderWarnings(
  sources: readonly DataSource[],
  columnOf: (source: DataSource, field: FieldId) => Cells | undefined,
  placeOf: (source: DataSource, field: FieldId) => { where: string; letter: string },
  lang: Lang,
  m: CliMessages,
  locale?: string,
): string[] {
  const warnings: string[] = [];
  for (const source of sources) {
    for (const field of FIELD_IDS) {
      if (!source.columns[field] || FIELD_INFO[field].kind !== 'date') continue;
      const cells = columnOf(source, field);
      if (!cells) continue;
      let example: { text: string; first: number; second: number } | undefined;
      textsOf(cells)((text) => {
        if (example) return;
        const parts = dateText(text);
        if (parts?.kind === 'dayMonth') example = { text: text.trim(), first: parts.first, second: parts.second };
      });
      if (!example) continue;
      if (decideDateOrder(textsOf(cells), locale, source.dateOrder).by !== 'default') continue;
      const { where, letter } = placeOf(source, field);
      warnings.push(m.dateOrderAssumed(m.columnOfFile(where, letter, FIELD_LABELS[field][lang]), example.text, example.first, example.second));
    }
  }
  return warnings;
}
