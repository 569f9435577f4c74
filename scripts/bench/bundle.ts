/**
 * Section 3: what every custom-function call pays before it starts in Apps Script, which loads
 * the project afresh: the size of dist/Code.js and the time to compile and run it in a fresh
 * node:vm context.
 *
 * V8 caches compiled scripts by source text within a process, so each sample appends a unique
 * comment: every sample compiles from scratch, as a new Apps Script execution does.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { keep, median, row, type BenchRow } from './measure';

export const BUNDLE_PATH = 'dist/Code.js';
const BUDGET_KB = 150;
const BUDGET_MS = 15;

function loadOnce(code: string, sample: number, callNps: boolean): { loadMs: number; callMs: number } {
  const start = performance.now();
  const context = vm.createContext({});
  new vm.Script(`${code}\n//# bench sample ${sample}`, { filename: 'Code.js' }).runInContext(context);
  const loaded = performance.now();
  if (callNps) keep(vm.runInContext('NPS([["Score"], [10], [9], [7], [""], [3]])', context));
  return { loadMs: loaded - start, callMs: performance.now() - loaded };
}

export function bundleRows(notes: string[]): BenchRow[] {
  const code = readFileSync(BUNDLE_PATH, 'utf8');
  const kb = Buffer.byteLength(code) / 1024;
  for (let i = 0; i < 5; i++) loadOnce(code, -1 - i, true);
  const loads: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i < 21; i++) {
    const { loadMs, callMs } = loadOnce(code, i, true);
    loads.push(loadMs);
    calls.push(callMs);
  }
  notes.push(`bundle: the first =NPS call on 5 cells after loading adds ${median(calls).toFixed(2)} ms (lazily compiled functions)`);
  return [
    row('dist/Code.js size, KB', 1, kb, `${BUDGET_KB} KB budget`, BUDGET_KB, 1.0),
    row('dist/Code.js compile + run in a fresh vm context', 1, median(loads), `${BUDGET_MS} ms budget`, BUDGET_MS, 1.0),
  ];
}
