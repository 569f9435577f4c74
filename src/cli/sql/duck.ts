import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One DuckDB database in memory for a run of the SQL path, loaded only when a large file comes
 * (the native module is tens of MB). Rows come back as plain JavaScript values (BIGINT counts as
 * bigint, lists as arrays).
 */
export interface Duck {
  /** The query's rows; a DuckDB error (a file it reads otherwise than our reader) rejects with DuckRefused. */
  rows(sql: string): Promise<unknown[][]>;
  /**
   * The query's rows in chunks (2,048 rows), in the order the query gives them, each column read
   * only as asked: `ints` hands a 32-bit integer column as it lies in DuckDB's memory (the query
   * casts it to INTEGER and leaves no NULL in it), `value` one cell (strings decoded only then).
   * `visit` returns false to stop reading.
   */
  chunks(sql: string, visit: (chunk: DuckChunk) => boolean | void): Promise<void>;
  close(): void;
}

export interface DuckChunk {
  rowCount: number;
  ints(column: number): Int32Array;
  value(column: number, row: number): unknown;
}

/** A text as an SQL string literal. */
export function sqlText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A JavaScript value as SQL of the column's type (a string, boolean, number or NULL). */
export function sqlValue(value: unknown): string {
  if (typeof value === 'string') return sqlText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}::DOUBLE` : `'${value}'::DOUBLE`;
  return 'NULL';
}

/**
 * @duckdb/node-api. In dist/cli.mjs its JavaScript is a chunk of the bundle (scripts/build-cli.mjs),
 * loaded only now; run from the sources (tests, tsx) it is the package in node_modules.
 */
export async function loadDuckDb(): Promise<typeof import('@duckdb/node-api')> {
  const loaded = await import('@duckdb/node-api');
  // The bundle's chunk hands the CommonJS exports as its default; Node's import of the package also by name.
  return 'DuckDBInstance' in loaded ? loaded : (loaded as unknown as { default: typeof loaded }).default;
}

/**
 * The instance's settings. Memory (issue 18: the whole CLI within 256 MB, flat with rows): the
 * limit keeps the SQL path's distinct pass's hash tables inside the budget (they spill to the
 * temp directory past it); much lower and DuckDB fails outright and the ordinary reader, which
 * holds every cell, takes the file. The allocator gives freed memory back to the system past
 * 16 MB instead of 128 MB (the distinct pass's buffers are otherwise still held while the
 * counting pass runs), from a thread of its own. Insertion order stays preserved: the counting
 * pass numbers the rows by their place in the stream, and a Parquet file's rows come in order.
 */
const DUCK_OPTIONS = {
  memory_limit: '160MB',
  temp_directory: join(tmpdir(), 'cx-metrics-duckdb'),
  allocator_flush_threshold: '16MB',
  allocator_background_threads: 'true',
};

/** The session's instance while a command runs (withDuckSession); created when first asked for. */
let session: { users: number; instance?: Promise<import('@duckdb/node-api').DuckDBInstance> } | undefined;

/**
 * Runs `run` with one DuckDB instance for all its reads: a Parquet file's column types, its sample
 * and its rows, and the SQL path's counting each connect to it, instead of each creating and
 * closing an instance of its own (each some 15 ms of DuckDB's start-up and a few of closing,
 * three times before a Parquet file's first count). The instance is closed when the last run
 * holding the session ends; none is created unless a read asks for one.
 */
export async function withDuckSession<T>(run: () => Promise<T>): Promise<T> {
  const current = (session ??= { users: 0 });
  current.users++;
  try {
    return await run();
  } finally {
    if (--current.users === 0) {
      if (session === current) session = undefined;
      // A creation that failed was thrown to the read that asked for it.
      (await current.instance?.catch(() => undefined))?.closeSync();
    }
  }
}

/**
 * Loads DuckDB and starts creating the session's instance, when a command will probably read
 * with it; resolves once the module is loaded, without waiting for the instance: its creation is
 * native work on DuckDB's threads, done while the command goes on (the time zone's first use, the
 * file's UTF-8 check, detection), and a later connection finds it ready. Nothing outside a
 * session (there would be no one to close it).
 */
export async function prepareDuck(): Promise<void> {
  if (!session || session.instance) return;
  const current = session;
  let duckdb: Awaited<ReturnType<typeof loadDuckDb>>;
  try {
    duckdb = await loadDuckDb();
  } catch {
    return; // a read that needs DuckDB says why; a file read the ordinary way never did
  }
  current.instance ??= duckdb.DuckDBInstance.create(':memory:', DUCK_OPTIONS);
  // A failure is the first connection's to report (connectDuck awaits the same promise).
  current.instance.catch(() => undefined);
}

/** A connection to the session's instance, or outside a session to an instance of its own; `close` when done. */
export async function connectDuck(): Promise<{ connection: import('@duckdb/node-api').DuckDBConnection; close(): void }> {
  const { DuckDBInstance } = await loadDuckDb();
  if (session) {
    const connection = await (await (session.instance ??= DuckDBInstance.create(':memory:', DUCK_OPTIONS))).connect();
    return { connection, close: () => connection.closeSync() };
  }
  const instance = await DuckDBInstance.create(':memory:', DUCK_OPTIONS);
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function openDuck(): Promise<Duck> {
  const { DuckDBListValue } = await loadDuckDb();
  const { connection, close } = await connectDuck();
  return {
    rows: async (sql) => {
      try {
        return (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][];
      } catch (error) {
        throw new DuckRefused(error);
      }
    },
    chunks: async (sql, visit) => {
      // DuckDB's errors decline the file; an error of `visit` is ours and is thrown as it is.
      const duck = async <T>(call: () => Promise<T>): Promise<T> => {
        try {
          return await call();
        } catch (error) {
          throw new DuckRefused(error);
        }
      };
      const result = await duck(() => connection.stream(sql));
      for (let fetched = 1; ; fetched++) {
        const chunk = await duck(() => result.fetchChunk());
        if (!chunk || chunk.rowCount === 0) break;
        const view: DuckChunk = {
          rowCount: chunk.rowCount,
          ints: (column) => (chunk.getColumnVector(column) as unknown as { items: Int32Array }).items,
          value: (column, row) => {
            const v = chunk.getColumnVector(column).getItem(row);
            return v instanceof DuckDBListValue ? [...v.items] : v;
          },
        };
        if (visit(view) === false) break;
        if (fetched % CHUNKS_PER_COLLECTION === 0) collectGarbage();
      }
    },
    close,
  };
}

/**
 * A chunk's rows live in DuckDB's memory until the JavaScript object holding it is collected
 * (node-api frees it in a finalizer), and V8 does not count that memory: the small objects of a
 * counting pass would let hundreds of read chunks (about 150 KB each) pile up before a collection
 * came, some 50–70 MB at 10^6 rows. Collecting every 64 chunks (131,072 rows; a few milliseconds
 * on the CLI's small heap) keeps them to a few MB whatever the rows.
 */
const CHUNKS_PER_COLLECTION = 64;

let collector: (() => void) | undefined;
function collectGarbage(): void {
  if (!collector) {
    // V8's gc() without --expose-gc on the command line: the flag set now applies to a new context.
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}

/** DuckDB could not run a query on the file: the ordinary reader reads it instead (and names what is wrong). */
export class DuckRefused extends Error {
  constructor(readonly reason: unknown) {
    super(String((reason as Error)?.message ?? reason).split('\n')[0]);
  }
}
