import type { OpenSourceOptions } from './sources/index';

/**
 * What a run of the command line talks to. `main.ts` passes the process's streams; tests and the
 * bench pass their own, so a run is a plain async call with no global state.
 */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Epoch ms "now", which picks the default period (last month). Default Date.now. */
  now?: () => number;
  /**
   * Extra options for opening sources, for embedding and tests: a ready auth client and a
   * local Sheets API root instead of Google's, quicker retries.
   */
  sourceOptions?: Pick<OpenSourceOptions, 'auth' | 'rootUrl' | 'retryDelayMs'>;
  /**
   * Who counts a CSV or Parquet file's survey rows: `sql` DuckDB (src/cli/sql/, where it takes
   * the file), `ts` the TypeScript engine, `auto` (default) DuckDB from SQL_MIN_BYTES up. Tests
   * set it to run both on the same file; `CX_METRICS_ENGINE` sets it from the shell.
   */
  engine?: 'auto' | 'sql' | 'ts';
}
