/**
 * Section 3: what every custom-function call pays before it starts in Apps Script, which loads
 * the project afresh: the size of dist/Code.js and the time to compile and run it in a fresh
 * node:vm context, then what each part of the bundle weighs (esbuild's metafile of the same
 * build, scripts/addon-bundle.mjs), so a cut is aimed at what is heavy.
 *
 * V8 caches compiled scripts by source text within a process, so each sample appends a unique
 * comment: every sample compiles from scratch, as a new Apps Script execution does.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { bundleAddon, BUNDLE_TARGET_KB } from '../addon-bundle.mjs';
import { keep, median, row, type BenchRow } from './measure';

export const BUNDLE_PATH = 'dist/Code.js';
/** Issue 18's targets: the file, and its compile + first call in a fresh context. */
const BUDGET_KB = BUNDLE_TARGET_KB;
const BUDGET_MS = 10;

function loadOnce(code: string, sample: number, callNps: boolean): { loadMs: number; callMs: number } {
  const start = performance.now();
  const context = vm.createContext({});
  new vm.Script(`${code}\n//# bench sample ${sample}`, { filename: 'Code.js' }).runInContext(context);
  const loaded = performance.now();
  if (callNps) keep(vm.runInContext('NPS([["Score"], [10], [9], [7], [""], [3]])', context));
  return { loadMs: loaded - start, callMs: performance.now() - loaded };
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The part of the bundle an input file belongs to: a dependency, or a folder of src/ (themes apart). */
function partOf(input: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (dependency) return dependency[1];
  const folder = /^src\/(metrics\/themes|[^/]+)\//.exec(input);
  return folder ? `src/${folder[1]}` : input;
}

/**
 * What each part of dist/Code.js weighs, heaviest first: per dependency and src/ folder, the
 * message tables across folders (every *messages.ts, English and Vietnamese), the entry-point
 * wrappers with their JSDoc that the build appends, and the heaviest files.
 */
export async function bundleBreakdown(fileBytes: number): Promise<string[]> {
  const { metafile } = await bundleAddon({ metafile: true });
  const output = Object.values(metafile!.outputs)[0];
  const files = Object.entries(output.inputs).map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }));
  const parts = new Map<string, number>();
  for (const { input, bytes } of files) parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytes);
  const messages = files.filter((f) => /messages\.ts$/.test(f.input)).reduce((sum, f) => sum + f.bytes, 0);
  const heaviest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 12);
  return [
    `bundle parts (KB in dist/Code.js, ${kb(fileBytes)} in all): ` +
      [...parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', ') +
      `; entry-point wrappers and their JSDoc ${kb(fileBytes - output.bytes)}`,
    `bundle: message tables (every *messages.ts, en + vi) weigh ${kb(messages)} KB of it`,
    `bundle heaviest files (KB): ${heaviest.map((f) => `${f.input.replace(/^node_modules\//, '')} ${kb(f.bytes)}`).join(', ')}`,
  ];
}

export async function bundleRows(notes: string[]): Promise<BenchRow[]> {
  const code = readFileSync(BUNDLE_PATH, 'utf8');
  const bytes = Buffer.byteLength(code);
  for (let i = 0; i < 5; i++) loadOnce(code, -1 - i, true);
  const loads: number[] = [];
  const calls: number[] = [];
  const firstCalls: number[] = [];
  for (let i = 0; i < 21; i++) {
    const { loadMs, callMs } = loadOnce(code, i, true);
    loads.push(loadMs);
    calls.push(callMs);
    firstCalls.push(loadMs + callMs);
  }
  notes.push(...(await bundleBreakdown(bytes)));
  notes.push(`bundle: of that, compile + run ${median(loads).toFixed(2)} ms, the first =NPS call on 5 cells ${median(calls).toFixed(2)} ms (lazily compiled functions)`);
  return [
    row('dist/Code.js size, KB', 1, bytes / 1024, `${BUDGET_KB} KB budget`, BUDGET_KB, 1.0),
    row('dist/Code.js compile + run + first =NPS call, fresh vm context', 1, median(firstCalls), `${BUDGET_MS} ms budget`, BUDGET_MS, 1.0),
  ];
}
