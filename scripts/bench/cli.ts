/**
 * Section 5: the command line on a generated 10^6-row CSV — wall time and the CLI process's own
 * peak RSS. Waits for src/cli's runCli and CSV generator to land.
 */
import type { BenchRow } from './measure';

export async function cliRows(notes: string[]): Promise<BenchRow[]> {
  notes.push('cli: src/cli has no runCli yet, so the 10^6-row CSV row is left out');
  return [];
}
