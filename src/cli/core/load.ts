import { PackedColumnBuilder } from '../../cells/packed-builder';
import { PackedColumn } from '../../cells/packed-column';
import type { Cell, Lang } from '../../cells/types';
import { columnIndex, columnLetter, FIELD_LABELS, type DataSource, type FieldId, type Mapping } from '../../mapping/index';
import { dataError } from '../errors';
import type { CliMessages } from '../messages';
import type { ColumnsOf } from '../../report/from-mapping';
import type { ColumnPlace } from '../../report/types';
import type { Source, SourceSheet } from '../sources/index';

/**
 * The mapped sheets read once, streamed, keeping only the columns the mapping (and --by) uses,
 * column by column and packed (src/cells/packed.ts): each row a one-, two- or four-byte code
 * into the column's distinct cells, a Date's instant or an odd number in a Float64Array. A
 * 1,000,000-row survey export with twenty columns is held as nine such columns, about 20 MB plus
 * the distinct texts (the emails, the comments), never an array of cells per row or per column,
 * so memory grows with the mapped cells at a few bytes each, not with the file.
 *
 * The result speaks the mapping's language: `mapping` is the given one with each source's
 * columns renumbered to its compact columns (A, B, C… in sheet order), and `columnOf` gives a
 * compact column's data rows (below the source's header rows), the form reportInputFromMapping
 * takes from callers that keep only mapped columns. The packed cells are the cells the sheet
 * gave, so the report reads them exactly as it reads a sheet's.
 */
export interface MappedData extends ColumnsOf<PackedColumn> {
  mapping: Mapping;
  /** Sheet name → compact index of each extra column asked for (the --by column). */
  extraColumns: Map<string, number>;
}

export interface LoadOptions {
  /** Sheet name → 0-based column to keep besides the mapped ones. */
  extraColumns?: ReadonlyMap<string, number>;
  /** Told before each sheet streams, for the progress bar's label. */
  onSheet?(name: string): void;
  /** Language of field names in messages. Default English. */
  lang?: Lang;
}

export async function loadMappedData(source: Source, mapping: Mapping, m: CliMessages, options: LoadOptions = {}): Promise<MappedData> {
  const kept = new Map<string, { sheet: SourceSheet; columns: Set<number> }>();
  for (const ds of mapping.sources) {
    const sheet = sheetNamed(source, ds.sheetName, m);
    const entry = kept.get(sheet.name) ?? { sheet, columns: new Set<number>() };
    for (const letter of Object.values(ds.columns)) entry.columns.add(columnIndex(letter));
    kept.set(sheet.name, entry);
  }
  for (const [name, column] of options.extraColumns ?? []) kept.get(name)?.columns.add(column);

  /** Per sheet: each kept column's cells from row 1 down (header rows included), by compact index. */
  const tables = new Map<string, { columns: PackedColumn[]; position: Map<number, number> }>();
  for (const [name, { sheet, columns }] of kept) {
    options.onSheet?.(name);
    const order = [...columns].sort((a, b) => a - b);
    const builders = order.map(() => new PackedColumnBuilder());
    let width = 0;
    let rows = 0;
    const keep = (row: readonly Cell[]) => {
      if (row.length > width) width = row.length;
      for (let i = 0; i < order.length; i++) builders[i].push(order[i] < row.length ? row[order[i]] : '');
      rows++;
    };
    // Row 1 comes from the sample, the rest from the stream, so row numbers match the sheet's.
    for (const row of await sheet.sample(1)) keep(row);
    // Only the kept columns are typed (or, for Parquet, read at all).
    for await (const row of sheet.rows(order)) keep(row);
    checkShape(mapping, name, width, rows, m, options.lang ?? 'en');
    tables.set(name, { columns: builders.map((builder) => builder.finish()), position: new Map(order.map((c, i) => [c, i])) });
  }

  const renumbered: Mapping = {
    ...mapping,
    sources: mapping.sources.map((ds) => {
      const { position } = tables.get(ds.sheetName)!;
      const columns = Object.fromEntries(Object.entries(ds.columns).map(([field, letter]) => [field, columnLetter(position.get(columnIndex(letter))!)]));
      return { ...ds, columns: columns as DataSource['columns'] };
    }),
  };
  const extraColumns = new Map<string, number>();
  for (const [name, column] of options.extraColumns ?? []) {
    const table = tables.get(name);
    if (table) extraColumns.set(name, table.position.get(column)!);
  }
  // Each column's data rows, the same object each time (the report keys what it read by it).
  const views = new Map<PackedColumn, Map<number, PackedColumn>>();
  const columnOf = (ds: DataSource, letter: string): PackedColumn => {
    const column = tables.get(ds.sheetName)?.columns[columnIndex(letter)];
    if (!column) return EMPTY;
    let byHeader = views.get(column);
    if (!byHeader) views.set(column, (byHeader = new Map()));
    let view = byHeader.get(ds.headerRow);
    if (!view) byHeader.set(ds.headerRow, (view = column.from(ds.headerRow)));
    return view;
  };
  // The header may name a unit the readers need (`Thời gian xử lý (giờ)`).
  const headerOf = (ds: DataSource, letter: string): string | undefined => {
    const column = tables.get(ds.sheetName)?.columns[columnIndex(letter)];
    const cell = ds.headerRow > 0 && column && ds.headerRow - 1 < column.length ? column.at(ds.headerRow - 1) : undefined;
    return typeof cell === 'string' ? cell : undefined;
  };
  // Places speak the file's own terms: the mapping's original letters, and a CSV's lines.
  const originalLetter = new Map(mapping.sources.map((ds, k) => [renumbered.sources[k], ds.columns] as const));
  const placeOf = (ds: DataSource, letter: string): ColumnPlace | undefined => {
    const field = (Object.keys(ds.columns) as (keyof DataSource['columns'])[]).find((f) => ds.columns[f] === letter);
    const original = field ? originalLetter.get(ds)?.[field] : undefined;
    const sheet = kept.get(ds.sheetName)?.sheet;
    if (!original || !sheet) return undefined;
    const file = sheet.file;
    return {
      sheet: ds.sheetName,
      refOf: (i) => {
        const row = ds.headerRow + 1 + i;
        return file ? { file: file.name, line: file.lineOf(row), column: original } : { sheet: ds.sheetName, column: original, row };
      },
    };
  };
  return { mapping: renumbered, columnOf, headerOf, placeOf, extraColumns };
}

/**
 * A saved mapping that points past the data (a column the sheet does not have, a header row
 * below its last row) would read as blanks and give "no data" without saying why: say it.
 */
function checkShape(mapping: Mapping, sheet: string, width: number, rows: number, m: CliMessages, lang: Lang): void {
  for (const ds of mapping.sources) {
    if (ds.sheetName !== sheet) continue;
    if (ds.headerRow > rows) throw dataError(m.headerBeyond(sheet, ds.headerRow, rows));
    for (const [field, letter] of Object.entries(ds.columns) as [FieldId, string][]) {
      if (columnIndex(letter) >= width) throw dataError(m.columnBeyond(FIELD_LABELS[field]?.[lang] ?? field, letter, sheet, width > 0 ? columnLetter(width - 1) : 'A'));
    }
  }
}

export function sheetNamed(source: Source, name: string, m: CliMessages): SourceSheet {
  const sheet = source.sheets.find((s) => s.name === name);
  if (!sheet) throw dataError(m.sheetMissing(name, source.sheets.map((s) => `"${s.name}"`).join(', ')));
  return sheet;
}

const EMPTY = new PackedColumn(0, new Uint8Array(0), [undefined, undefined], undefined);
