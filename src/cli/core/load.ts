import type { Cell, Lang } from '../../cells/types';
import { columnIndex, columnLetter, FIELD_LABELS, type DataSource, type FieldId, type Mapping } from '../../mapping/index';
import { dataError } from '../errors';
import type { CliMessages } from '../messages';
import type { ColumnsOf } from '../../report/from-mapping';
import type { ColumnPlace } from '../../report/types';
import type { Source, SourceSheet } from '../sources/index';

/**
 * The mapped sheets read once, streamed, keeping only the columns the mapping (and --by) uses,
 * column by column: a 1,000,000-row survey export with twenty columns is held as six or seven
 * arrays of cells (no array per row), and repeated short texts (channels, stages, yes/no) share
 * one string each, so memory grows with the mapped cells, not with the file.
 *
 * The result speaks the mapping's language: `mapping` is the given one with each source's
 * columns renumbered to its compact columns (A, B, C… in sheet order), and `columnOf` gives a
 * compact column's data rows (below the source's header rows), the form reportInputFromMapping
 * takes from callers that keep only mapped columns.
 */
export interface MappedData extends ColumnsOf {
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
  const tables = new Map<string, { columns: Cell[][]; position: Map<number, number> }>();
  for (const [name, { sheet, columns }] of kept) {
    options.onSheet?.(name);
    const order = [...columns].sort((a, b) => a - b);
    const kept = order.map((): Cell[] => []);
    const interners = order.map(() => new Interner());
    let width = 0;
    const keep = (row: readonly Cell[]) => {
      if (row.length > width) width = row.length;
      for (let i = 0; i < order.length; i++) kept[i].push(interners[i].cell(order[i] < row.length ? row[order[i]] : ''));
    };
    // Row 1 comes from the sample, the rest from the stream, so row numbers match the sheet's.
    for (const row of await sheet.sample(1)) keep(row);
    // Only the kept columns are typed (or, for Parquet, read at all).
    for await (const row of sheet.rows(order)) keep(row);
    checkShape(mapping, name, width, kept[0]?.length ?? 0, m, options.lang ?? 'en');
    tables.set(name, { columns: kept, position: new Map(order.map((c, i) => [c, i])) });
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
  const columnOf = (ds: DataSource, letter: string): Cell[] => tables.get(ds.sheetName)?.columns[columnIndex(letter)]?.slice(ds.headerRow) ?? [];
  // The header may name a unit the readers need (`Thời gian xử lý (giờ)`).
  const headerOf = (ds: DataSource, letter: string): string | undefined => {
    const cell = ds.headerRow > 0 ? tables.get(ds.sheetName)?.columns[columnIndex(letter)]?.[ds.headerRow - 1] : undefined;
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

/**
 * One shared string per distinct short text of a column. Parsers make a new string per cell; a
 * channel column of a million rows holds a handful of values, so sharing them saves tens of MB.
 * A column that proves to hold ids (more than MAX_SHARED distinct texts) stops being looked up,
 * so unique emails cost no hashing per cell and cannot grow the table without end.
 */
const MAX_SHARED = 5_000;

class Interner {
  private readonly strings = new Map<string, string>();
  private full = false;

  cell(cell: Cell): Cell {
    if (typeof cell !== 'string') return cell;
    if (this.full || cell.length > 64) return ownCopy(cell);
    const known = this.strings.get(cell);
    if (known !== undefined) return known;
    const own = ownCopy(cell);
    if (this.strings.size < MAX_SHARED) this.strings.set(own, own);
    else this.full = true;
    return own;
  }
}

/**
 * The text as a string of its own. A parser's field is a slice of the 64 KB chunk it was read
 * from, and V8 keeps such a slice (13 characters or more) as a view that holds the whole chunk
 * alive: a column of a million emails would keep the whole file in memory. Concatenating and
 * slicing again makes V8 copy the characters into a string of their own size.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
