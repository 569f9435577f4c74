/**
 * Timing and the result rows of `npm run bench`.
 *
 * A row compares our figure with a yardstick measured in the same run on the same data:
 * `ratio` is always ours ÷ yardstick and `target` the largest ratio allowed. Most figures are
 * milliseconds; a row whose figures are another unit (KB, MB, service calls) says so in its name.
 * Synchronous work is timed in the process's CPU time (user + system, cpuMs), not the wall
 * clock: on a machine shared with other work the wall clock times the others too, and both
 * sides of a ratio by how busy the machine was at that moment.
 */
import { performance } from 'node:perf_hooks';

/** Milliseconds of CPU time this process has used (user + system), the clock of timeMs. */
export function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

export interface BenchRow {
  name: string;
  /** Cells, rows or events the row works on (1 for the bundle rows). */
  n: number;
  ours_ms: number;
  yardstick: string;
  yardstick_ms: number;
  ratio: number;
  target: number;
}

export function row(name: string, n: number, ours: number, yardstick: string, yardstickValue: number, target: number): BenchRow {
  return { name, n, ours_ms: ours, yardstick, yardstick_ms: yardstickValue, ratio: ours / yardstickValue, target };
}

export const missed = (r: BenchRow): boolean => !(r.ratio <= r.target);

/** Keeps results alive so V8 cannot drop the work that produced them. */
let sink: unknown;
export function keep(value: unknown): void {
  sink = value;
}
export const lastKept = (): unknown => sink;

export interface TimingOptions {
  /** Untimed runs first, so the JIT has compiled the hot loops (default 3). */
  warmup?: number;
  /**
   * Untimed runs after those, until they have taken this much CPU time (default 0). V8 compiles a
   * function once it has run enough, so a call of many small functions (a custom function: its
   * argument checks, readers, header) reaches its compiled speed later than one bare loop: =NPS on
   * 10^4 cells ran 98, 42, 39, 45, 59, 75 µs in its first six 20 ms samples and 35 µs from then on,
   * and a median of seven samples timed its warm-up instead of its speed.
   */
  warmupMs?: number;
  /** Timed samples; the median is reported (default 7). */
  reps?: number;
  /**
   * A sample repeats the call until it has taken this long and reports the time per call, so
   * sub-millisecond calls are not lost in timer noise (default 20 ms; 0 = one call per sample).
   */
  minSampleMs?: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median CPU milliseconds per call of `fn`, after warm-up. */
export function timeMs(fn: () => unknown, options: TimingOptions = {}): number {
  const { warmup = 3, reps = 7, minSampleMs = 20, warmupMs = 0 } = options;
  for (let i = 0; i < warmup; i++) keep(fn());
  for (const start = cpuMs(); cpuMs() - start < warmupMs; ) keep(fn());
  const samples: number[] = [];
  for (let s = 0; s < reps; s++) {
    let calls = 0;
    const start = cpuMs();
    let elapsed = 0;
    do {
      keep(fn());
      calls++;
      elapsed = cpuMs() - start;
    } while (elapsed < minSampleMs);
    samples.push(elapsed / calls);
  }
  return median(samples);
}

/** The same for async work (DuckDB queries), one call per sample. */
export async function timeMsAsync(fn: () => Promise<unknown>, options: TimingOptions = {}): Promise<number> {
  const { warmup = 2, reps = 5 } = options;
  for (let i = 0; i < warmup; i++) keep(await fn());
  const samples: number[] = [];
  for (let s = 0; s < reps; s++) {
    const start = performance.now();
    keep(await fn());
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const show = (value: number): string => {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(2);
};

/** The rows as a Markdown table (what the terminal and the README show). */
export function table(rows: readonly BenchRow[]): string {
  const header = ['what', 'n', 'ours', 'yardstick', 'yardstick', 'ratio', 'target', ''];
  const lines = rows.map((r) => [
    r.name,
    r.n.toLocaleString('en-US'),
    show(r.ours_ms),
    r.yardstick,
    show(r.yardstick_ms),
    show(r.ratio),
    `≤ ${r.target}`,
    missed(r) ? 'MISSED' : 'ok',
  ]);
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => cells[i].length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}
