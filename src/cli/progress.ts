import type { CliIo } from './io';

/** Files smaller than this read in a blink; a bar would only flicker. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export interface Progress {
  /** The sheet being read, shown before the bar. */
  label(name: string): void;
  /** Bytes of the current file read so far (the sources' onProgress). */
  update(bytesRead: number, totalBytes: number): void;
  /** Ends the bar's line, if one was drawn. */
  done(): void;
}

/**
 * A one-line progress bar on stderr, redrawn in place, for files over a few MB. Only on a
 * terminal (or with --progress): in a pipe or a log file the carriage returns would be noise,
 * and stdout stays clean for the output scripts read.
 */
export function createProgress(stderr: CliIo['stderr'], force: boolean, now: () => number = Date.now): Progress {
  const enabled = force || stderr.isTTY === true;
  let name = '';
  let drawn = false;
  let lastDraw = 0;
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  return {
    label(next) {
      if (drawn) stderr.write('\n');
      drawn = false;
      name = next;
    },
    update(bytesRead, totalBytes) {
      if (!enabled || totalBytes < PROGRESS_MIN_BYTES) return;
      const finished = bytesRead >= totalBytes;
      if (!finished && now() - lastDraw < REDRAW_MS) return;
      lastDraw = now();
      const share = Math.min(1, bytesRead / totalBytes);
      const filled = Math.round(share * BAR_WIDTH);
      const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
      stderr.write(`\r${name} [${bar}] ${String(Math.floor(share * 100)).padStart(3)}% ${mb(bytesRead)}/${mb(totalBytes)} MB`);
      drawn = true;
    },
    done() {
      if (drawn) stderr.write('\n');
      drawn = false;
    },
  };
}
