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
}
