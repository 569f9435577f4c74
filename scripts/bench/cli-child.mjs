/**
 * One command-line run for the bench, in its own process so its peak RSS is the CLI's own, and
 * as users run it: plain `node` on the built dist/cli.mjs (no TypeScript loader in the process).
 * `node scripts/bench/cli-child.mjs report survey.csv --time-zone … --period 2026-10` runs
 * `cx-metrics` with those arguments, throws its output away, and prints one JSON line:
 * { ms, maxRssMb, exitCode, outputBytes, errors }.
 */
import { performance } from 'node:perf_hooks';

process.argv = [process.argv[0], 'cx-metrics', ...process.argv.slice(2)];
const print = process.stdout.write.bind(process.stdout);
let outputBytes = 0;
let errors = '';
process.stdout.write = (chunk) => ((outputBytes += chunk.length), true);
process.stderr.write = (chunk) => ((errors += String(chunk)), true);
const start = performance.now();
process.on('exit', (exitCode) => {
  // maxRSS is in kilobytes (getrusage's ru_maxrss). Pipes are synchronous on Linux, so this line is not lost.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  print(JSON.stringify({ ms: performance.now() - start, maxRssMb, exitCode, outputBytes, errors: errors.slice(0, 500) }) + '\n');
});
await import('../../dist/cli.mjs');
