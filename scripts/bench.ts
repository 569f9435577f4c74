/**
 * `npm run bench`: the speed and cost of every hot path, each as a ratio against the right
 * yardstick measured in the same run on the same data (issue 7). Prints a table, lists the rows
 * that miss their target, and writes the rows to bench/results.json for comparing runs.
 *
 *   npm run bench                         # everything (a few minutes on 2 cores)
 *   node --import tsx scripts/bench.ts scores activity   # only some sections
 *   node --import tsx scripts/bench.ts --quick           # no native-formula engine at 10^6 cells
 *   node --import tsx scripts/bench.ts cli --cli-rows=10000000   # the CLI on a 10^7-row export
 *   npm run bench -- --readme             # also put this run's table into README.md
 *
 * Sections: scores (NPS, CSAT, CES, FCR), activity (DAU … CX_TREND vs a bare Map/Set loop and HyperFormula), bundle,
 * emulator (service calls, report, detection and preview on 10^7 cells), cli (10^6-row CSV and Parquet; the ordinary reader on --by and tickets), themes (aspect F1 on the labelled
 * corpora, CX_THEMES on 10,000 comments). Expects dist/Code.js to be built.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { activityRows, ACTIVITY_SIZES } from './bench/active-users';
import { bundleRows } from './bench/bundle';
import { cliRows } from './bench/cli';
import { cliFallbackRows } from './bench/cli-fallback';
import { emulatorRows } from './bench/emulator';
import { missed, table, type BenchRow } from './bench/measure';
import { scoreRows, SCORE_SIZES } from './bench/scores';
import { themeRows } from './bench/themes';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asked = args.filter((arg) => !arg.startsWith('--'));
const wanted = (section: string) => asked.length === 0 || asked.includes(section);

const rows: BenchRow[] = [];
const notes: string[] = [];
const cliRowCount = Number(args.find((arg) => arg.startsWith('--cli-rows='))?.slice('--cli-rows='.length) ?? 1_000_000);
const sections: [string, () => Promise<BenchRow[]> | BenchRow[]][] = [
  ['scores', () => scoreRows({ notes, nativeSizes: quick ? SCORE_SIZES.filter((n) => n < 1_000_000) : SCORE_SIZES })],
  ['activity', () => activityRows({ notes, ...(quick ? { sizes: ACTIVITY_SIZES.filter((n) => n < 1_000_000) } : {}) })],
  ['bundle', () => bundleRows(notes)],
  ['emulator', () => emulatorRows(notes)],
  ['cli', async () => [...(await cliRows(notes, cliRowCount)), ...(await cliFallbackRows(notes, cliRowCount))]],
  ['themes', () => themeRows(notes)],
];

const started = Date.now();
for (const [name, run] of sections) {
  if (!wanted(name)) continue;
  const t0 = Date.now();
  process.stderr.write(`bench: ${name}…`);
  rows.push(...(await run()));
  process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

console.log(table(rows));
if (notes.length) console.log(`\nNotes:\n${notes.map((note) => `- ${note}`).join('\n')}`);
const misses = rows.filter(missed);
console.log(
  misses.length === 0
    ? `\nAll ${rows.length} rows meet their targets.`
    : `\n${misses.length} of ${rows.length} rows miss their target:\n${misses.map((r) => `- ${r.name} (n = ${r.n.toLocaleString('en-US')}) vs ${r.yardstick}: ratio ${r.ratio.toPrecision(3)} > ${r.target}`).join('\n')}`,
);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(rows, null, 2) + '\n');
console.log(`\nbench/results.json written; ${((Date.now() - started) / 1000).toFixed(0)} s, Node ${process.version}, ${process.arch}.`);

if (args.includes('--readme')) {
  // The README shows one recent full run: the table between its bench-table markers is replaced.
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench-table -->';
  const end = '<!-- /bench-table -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`README.md has no ${start} … ${end} markers`);
  writeFileSync('README.md', readme.slice(0, i + start.length) + '\n' + table(rows) + '\n' + readme.slice(j));
  console.log('README.md: bench table updated.');
}
