/**
 * One command-line run for the bench, in its own process so its peak RSS is the CLI's own:
 * `node --import tsx scripts/bench/cli-child.ts <csv>` runs `cx-metrics report <csv>` for
 * October 2026 through runCli, throws the report away, and prints one JSON line:
 * { ms, maxRssMb, exitCode, outputBytes }.
 */
import { performance } from 'node:perf_hooks';

const [csv, timeZone = 'Asia/Ho_Chi_Minh'] = process.argv.slice(2);
const { runCli } = await import('../../src/cli/run');
let outputBytes = 0;
let errors = '';
const start = performance.now();
const exitCode = await runCli(['report', csv, '--time-zone', timeZone, '--period', '2026-10'], {
  stdout: { write: (text: string) => (outputBytes += text.length) },
  stderr: { write: (text: string) => (errors += text) },
  now: () => Date.parse('2026-11-24T03:00:00Z'),
});
const ms = performance.now() - start;
// maxRSS is in kilobytes (getrusage's ru_maxrss).
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, maxRssMb, exitCode, outputBytes, errors: errors.slice(0, 500) }) + '\n');
