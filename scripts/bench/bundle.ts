/**
 * Section 3: what every execution pays before it starts in Apps Script, which loads the project
 * afresh. A custom-function call compiles dist/Code.js (the core) and runs =NPS; a sidebar call
 * also fetches and compiles dist/Engine.html (the rest) through the core's loader. Rows: the
 * core's size and cold start against issue 18's budgets, the engine's size against its limit,
 * and a sidebar call's compile + engine load against one script holding both (what the split
 * costs a sidebar call). Then what each part of each file weighs (esbuild's metafile of the same
 * builds, scripts/addon-bundle.mjs), so a cut is aimed at what is heavy.
 *
 * V8 caches compiled scripts by source text within a process, so each sample appends a unique
 * comment: every sample compiles from scratch, as a new Apps Script execution does.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { bundleAddon, bundlePart, BUNDLE_TARGET_KB, ENGINE_GLOBAL, ENGINE_LIMIT_KB, LAZY_PARTS } from '../addon-bundle.mjs';
import { keep, median, row, type BenchRow } from './measure';

export const BUNDLE_PATH = 'dist/Code.js';
export const ENGINE_PATH = 'dist/Engine.html';
/** Issue 18's targets: the file, and its compile + first call in a fresh context. */
const BUDGET_KB = BUNDLE_TARGET_KB;
const BUDGET_MS = 10;

/** HtmlService as the core's loader uses it, serving the engine's text (unique per sample). */
const htmlService = (engine: string, sample: number) => ({
  createHtmlOutputFromFile: () => ({ getContent: () => `${engine}\n//# bench sample ${sample}` }),
});

/**
 * One cold start: compile and run the core in a fresh context, then the first =NPS. Making the
 * context is the host's work, the same whatever the code, so it is timed apart (`contextMs`).
 */
function loadOnce(code: string, sample: number, callNps: boolean): { loadMs: number; callMs: number; contextMs: number } {
  const made = performance.now();
  const context = vm.createContext({});
  const start = performance.now();
  new vm.Script(`${code}\n//# bench sample ${sample}`, { filename: 'Code.js' }).runInContext(context);
  const loaded = performance.now();
  if (callNps) keep(vm.runInContext('NPS([["Score"], [10], [9], [7], [""], [3]])', context));
  return { loadMs: loaded - start, callMs: performance.now() - loaded, contextMs: start - made };
}

/** A sidebar call: compile and run the core, then its loader fetches and compiles the engine. */
function sidebarCallOnce(code: string, engine: string, sample: number): number {
  const start = performance.now();
  const context = vm.createContext({ HtmlService: htmlService(engine, sample) });
  new vm.Script(`${code}\n//# bench sample ${sample}`, { filename: 'Code.js' }).runInContext(context);
  keep(vm.runInContext('loadEngine_()', context));
  return performance.now() - start;
}

/** A lazily loaded custom function's cold start before it runs: compile the core, then its loader compiles the part. */
function partLoadOnce(code: string, part: string, text: string, sample: number): number {
  const start = performance.now();
  const context = vm.createContext({ HtmlService: htmlService(text, sample) });
  new vm.Script(`${code}\n//# bench sample ${sample}`, { filename: 'Code.js' }).runInContext(context);
  keep(vm.runInContext(`loadPart_(${JSON.stringify(part)})`, context));
  return performance.now() - start;
}

/** The same two files as one script, as the add-on shipped before the split. */
function oneScriptOnce(code: string, engine: string, sample: number): number {
  const start = performance.now();
  const context = vm.createContext({});
  new vm.Script(`${code}\n;${engine}\n//# bench sample ${sample}`, { filename: 'Code.js' }).runInContext(context);
  keep(vm.runInContext(ENGINE_GLOBAL, context));
  return performance.now() - start;
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
export async function bundleBreakdown(fileBytes: number, part = 'core'): Promise<string[]> {
  const { metafile } = part === 'core' ? await bundleAddon({ metafile: true }) : await bundlePart(part, { metafile: true });
  const output = Object.values(metafile!.outputs)[0];
  const files = Object.entries(output.inputs).map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }));
  const parts = new Map<string, number>();
  for (const { input, bytes } of files) parts.set(partOf(input), (parts.get(partOf(input)) ?? 0) + bytes);
  const messages = files.filter((f) => /messages\.ts$/.test(f.input)).reduce((sum, f) => sum + f.bytes, 0);
  const heaviest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 12);
  const file = part === 'core' ? BUNDLE_PATH : `dist/${part}.html`;
  return [
    `bundle parts of ${file} (KB, ${kb(fileBytes)} in all): ` +
      [...parts].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ') +
      (part === 'core' ? `; entry-point wrappers, their JSDoc and the engine stubs ${kb(fileBytes - output.bytes)}` : ''),
    `bundle: message tables (every *messages.ts, en + vi) weigh ${kb(messages)} KB of ${file}`,
    `bundle heaviest files of ${file} (KB): ${heaviest.map((f) => `${f.input.replace(/^node_modules\//, '')} ${kb(f.bytes)}`).join(', ')}`,
  ];
}

export async function bundleRows(notes: string[]): Promise<BenchRow[]> {
  const code = readFileSync(BUNDLE_PATH, 'utf8');
  const engine = readFileSync(ENGINE_PATH, 'utf8');
  const bytes = Buffer.byteLength(code);
  const engineBytes = Buffer.byteLength(engine);
  for (let i = 0; i < 5; i++) loadOnce(code, -1 - i, true);
  const loads: number[] = [];
  const calls: number[] = [];
  const firstCalls: number[] = [];
  const contexts: number[] = [];
  for (let i = 0; i < 21; i++) {
    const { loadMs, callMs, contextMs } = loadOnce(code, i, true);
    contexts.push(contextMs);
    loads.push(loadMs);
    calls.push(callMs);
    firstCalls.push(loadMs + callMs);
  }
  for (let i = 0; i < 3; i++) {
    sidebarCallOnce(code, engine, -100 - i);
    oneScriptOnce(code, engine, -200 - i);
  }
  const sidebar: number[] = [];
  const oneScript: number[] = [];
  for (let i = 0; i < 11; i++) {
    sidebar.push(sidebarCallOnce(code, engine, 100 + i));
    oneScript.push(oneScriptOnce(code, engine, 200 + i));
  }
  notes.push(...(await bundleBreakdown(bytes, 'core')), ...(await bundleBreakdown(engineBytes, 'Engine')));
  for (const [part, { functions }] of Object.entries(LAZY_PARTS)) {
    const text = readFileSync(`dist/${part}.html`, 'utf8');
    const loads = Array.from({ length: 11 }, (_, i) => partLoadOnce(code, part, text, 300 + i));
    notes.push(`bundle: dist/${part}.html ${kb(Buffer.byteLength(text))} KB, loaded by ${functions.join(', ')}: compile core + load it ${median(loads).toFixed(1)} ms`);
    notes.push(...(await bundleBreakdown(Buffer.byteLength(text), part)).slice(0, 1));
  }
  notes.push(`bundle: of the cold start, compile + run ${median(loads).toFixed(2)} ms, the first =NPS call on 5 cells ${median(calls).toFixed(2)} ms (lazily compiled functions); making the fresh vm context itself, not counted, ${median(contexts).toFixed(2)} ms`);
  return [
    row('dist/Code.js (the core every call compiles) size, KB', 1, bytes / 1024, `${BUDGET_KB} KB budget`, BUDGET_KB, 1.0),
    row('dist/Code.js compile + run + first =NPS call, fresh vm context', 1, median(firstCalls), `${BUDGET_MS} ms budget`, BUDGET_MS, 1.0),
    row('dist/Engine.html (loaded by sidebar calls and triggers) size, KB', 1, engineBytes / 1024, `${ENGINE_LIMIT_KB} KB limit`, ENGINE_LIMIT_KB, 1.0),
    row('sidebar call: compile core + load the engine, fresh vm context', 1, median(sidebar), 'core and engine as one script', median(oneScript), 1.1),
  ];
}
