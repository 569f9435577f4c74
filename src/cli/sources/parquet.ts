import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell } from '../../cells/types';
import { wallClockToInstant } from '../../cells/calendar';
import { csvCell } from './csv-cells';
import { sourceMessages } from './messages';
import { SourceError, type OpenSourceOptions, type Source, type SourceSheet } from './types';
import { checkTimeZone } from './zone';
import { connectDuck, sqlText } from '../sql/duck';

/**
 * A Parquet file as a one-sheet source named after the file, read by DuckDB (@duckdb/node-api),
 * which streams it in chunks of 2,048 rows: the file is never held whole, and only the columns
 * asked for are read at all (Parquet is columnar, so an unmapped column costs nothing).
 *
 * DuckDB only decodes the file; every reading rule stays the TypeScript readers' (metrics-spec.md
 * §1), exactly as for XLSX, whose cells also come typed:
 * - numbers (integers up to 32 bits, floats, decimals) → numbers; 64-bit and larger integers →
 *   their digits, read like a CSV field (more than 15 digits stay text, so ids are not merged);
 * - booleans → TRUE / FALSE;
 * - TIMESTAMP and DATE (wall times) → that wall time in the file's time zone (--time-zone), as a
 *   CSV's "2026-10-01 08:00" is read; TIMESTAMP WITH TIME ZONE → that exact instant;
 * - text → the CSV rules (csvCell): day/month text, local numbers and labels are decided by the
 *   column readers, per column;
 * - anything else (times of day, intervals, lists, blobs) → DuckDB's text for it, read like CSV
 *   text, so a reader names it rather than guessing;
 * - NULL → an empty cell.
 * Row 1 is the column names, as a CSV header.
 */
export async function openParquet(path: string, opts: OpenSourceOptions = {}): Promise<Source> {
  const timeZone = opts.timeZone ?? 'UTC';
  checkTimeZone(timeZone);
  const m = sourceMessages(opts.lang);
  const fileName = basename(path);
  const name = basename(path, extname(path));
  const file = `read_parquet(${sqlText(path)})`;
  // One connection per read (`sample` and `rows` may run at the same time), to the command's
  // DuckDB instance (../sql/duck.ts).
  let columns: ParquetColumn[];
  {
    const { connection, close } = await connectDuck();
    try {
      const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${file}`)).getRowObjectsJS();
      columns = described.map((c) => ({ name: String(c.column_name), kind: kindOf(String(c.column_type)) }));
    } catch (error) {
      throw new SourceError(m.parquetUnreadable(fileName, firstLine(error)), 1, { cause: error });
    } finally {
      close();
    }
  }
  const header: Cell[] = columns.map((c) => c.name);

  /** Text columns with few distinct values, read as DuckDB ENUMs: each value is decoded and typed once. */
  const dictionaries = new Map<number, string[] | null>();
  async function dictionariesFor(wanted: readonly number[], connection: import('@duckdb/node-api').DuckDBConnection): Promise<void> {
    const unknown = wanted.filter((i) => columns[i].kind === 'text' && !dictionaries.has(i));
    if (unknown.length === 0) return;
    const counts = (await connection.runAndReadAll(`SELECT ${unknown.map((i) => `approx_count_distinct(${q(columns[i].name)})`).join(', ')} FROM ${file}`)).getRowsJS()[0];
    for (let k = 0; k < unknown.length; k++) {
      const i = unknown[k];
      if (Number(counts[k]) > MAX_DICTIONARY) {
        dictionaries.set(i, null);
        continue;
      }
      const values = (await connection.runAndReadAll(`SELECT DISTINCT CAST(${q(columns[i].name)} AS VARCHAR) FROM ${file} WHERE ${q(columns[i].name)} IS NOT NULL`)).getRowsJS();
      // An ENUM needs a value: a column of NULLs only is read as it is.
      dictionaries.set(i, values.length > MAX_DICTIONARY || values.length === 0 ? null : values.map(([v]) => String(v)));
    }
  }

  async function* stream(limit: number | undefined, only: readonly number[] | undefined): AsyncGenerator<Cell[]> {
    const wanted = only ? [...new Set(only)].filter((i) => i >= 0 && i < columns.length).sort((a, b) => a - b) : columns.map((_, i) => i);
    if (wanted.length === 0) wanted.push(0);
    const { connection, close } = await connectDuck();
    try {
      // A sample is small: no dictionaries for it.
      if (limit === undefined) await dictionariesFor(wanted, connection);
      const dictionary = wanted.map((i) => (limit === undefined ? dictionaries.get(i) ?? null : null));
      const select = wanted.map((i, k) => (dictionary[k] ? `CAST(${q(columns[i].name)} AS ENUM(${dictionary[k]!.map(sqlText).join(', ')}))` : selectOf(columns[i]))).join(', ');
      const typed = dictionary.map((values): (Cell | undefined)[] | null => (values ? new Array(values.length) : null));
      const kinds = wanted.map((i) => columns[i].kind);
      const result = await connection.stream(`SELECT ${select} FROM ${file}${limit === undefined ? '' : ` LIMIT ${limit}`}`);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        // Item by item from the vectors: DuckDB's whole-column conversion is slower for text.
        const vectors = wanted.map((_, k) => chunk.getColumnVector(k)) as unknown as EnumVector[];
        for (let r = 0; r < chunk.rowCount; r++) {
          const row: Cell[] = new Array(columns.length).fill('');
          for (let k = 0; k < wanted.length; k++) {
            const cells = typed[k];
            if (cells) {
              if (!vectors[k].validity.itemValid(r)) continue;
              const code = vectors[k].items[r];
              row[wanted[k]] = cells[code] ??= csvCell(dictionary[k]![code], timeZone);
            } else row[wanted[k]] = cellOf(vectors[k].getItem(r), kinds[k], timeZone);
          }
          yield row;
        }
      }
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError(m.parquetUnreadable(fileName, firstLine(error)), 1, { cause: error });
    } finally {
      close();
    }
  }

  const sheet: SourceSheet = {
    name,
    async sample(maxRows) {
      if (maxRows <= 0) return [];
      const out: Cell[][] = [header];
      for await (const row of stream(maxRows - 1, undefined)) out.push(row);
      return out;
    },
    rows: (only) => stream(undefined, only),
    table: { kind: 'parquet', path, size: (await stat(path)).size, columns },
  };
  return { title: name, sheets: [sheet] };
}

/**
 * Most distinct texts a column may have to be read as a dictionary (channels, stages, answers,
 * comments that repeat). @duckdb/node-api rebuilds an ENUM's list of values for every chunk of
 * 2,048 rows, so the list must stay well below that.
 */
const MAX_DICTIONARY = 256;

/** What @duckdb/node-api's ENUM vectors hold (the codes, and which rows are not NULL). */
interface EnumVector {
  items: ArrayLike<number>;
  validity: { itemValid(index: number): boolean };
  getItem(index: number): unknown;
}

export type Kind = 'number' | 'bigint' | 'boolean' | 'wallTime' | 'instant' | 'text';

export interface ParquetColumn {
  name: string;
  kind: Kind;
}

/** How a DuckDB column type is read (see openParquet). */
function kindOf(type: string): Kind {
  const t = type.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT|UINTEGER|FLOAT|DOUBLE|DECIMAL)/.test(t)) return 'number';
  if (/^(BIGINT|UBIGINT|HUGEINT|UHUGEINT)$/.test(t)) return 'bigint';
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'TIMESTAMP WITH TIME ZONE') return 'instant';
  if (t === 'DATE' || /^TIMESTAMP(_S|_MS|_NS)?$/.test(t)) return 'wallTime';
  return 'text';
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The SQL that hands a column to JavaScript as a plain number, boolean or string. */
export function selectOf(column: ParquetColumn): string {
  const c = q(column.name);
  switch (column.kind) {
    case 'number':
      return `CAST(${c} AS DOUBLE)`;
    case 'boolean':
      return c;
    case 'wallTime':
    case 'instant':
      // Milliseconds since 1970 of the wall time (TIMESTAMP, DATE) or of the instant (WITH TIME ZONE).
      return `CAST(epoch_ms(CAST(${c} AS TIMESTAMP${column.kind === 'instant' ? ' WITH TIME ZONE' : ''})) AS DOUBLE)`;
    default:
      return `CAST(${c} AS VARCHAR)`;
  }
}

export function cellOf(value: unknown, kind: Kind, timeZone: string): Cell {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'number':
      return value as number;
    case 'boolean':
      return value as boolean;
    case 'wallTime':
      return new Date(timeZone === 'UTC' ? (value as number) : wallClockToInstant(value as number, timeZone));
    case 'instant':
      return new Date(value as number);
    default:
      return csvCell(String(value), timeZone);
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
