/**
 * One command-line run for the ordinary reader's bench rows (cli-fallback.ts), in its own process
 * so its peak RSS is the CLI's own: plain `node` on the built dist/cli.mjs with the arguments given
 * (`node scripts/bench/cli-fallback-child.mjs metrics file.csv --by Channel …`). Throws the output
 * away and prints one JSON line: { ms, maxRssMb, exitCode, outputBytes, errors }.
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
  // maxRSS is in kilobytes (getrusage's ru_maxrss).
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  print(JSON.stringify({ ms: performance.now() - start, maxRssMb, exitCode, outputBytes, errors: errors.slice(0, 500) }) + '\n');
});
await import('../../dist/cli.mjs');
