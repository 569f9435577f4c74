/**
 * The native-formula yardstick: the metric written with spreadsheet functions a user would type
 * instead of =NPS(...), recalculated by HyperFormula (an open-source spreadsheet engine) on a
 * sheet holding the same values.
 *
 * Only recalculation is timed, not building the sheet: each sample edits one answer cell to
 * another answer in the same group (9 ↔ 10 for NPS), which makes the engine recompute the
 * formula over the whole column, as a spreadsheet does after every edit. Writing a cell's
 * current value again is a no-op for HyperFormula, hence the alternation.
 */
import { createRequire } from 'node:module';
import type { Column, ScoreMetric } from './data';
import { cpuMs, median } from './measure';

// HyperFormula's ESM build imports files without extensions, which Node's ESM loader rejects.
const { HyperFormula } = createRequire(import.meta.url)('hyperformula') as typeof import('hyperformula');
type Engine = ReturnType<typeof HyperFormula.buildEmpty>;
export type SheetCell = number | string | null;

interface NativeFormula {
  label: string;
  formula(range: string): string;
  /** Two answers in the same group, alternated to trigger a recalculation that leaves the value alone. */
  alternate: [number | string, number | string];
}

const FORMULAS: Record<ScoreMetric['name'], NativeFormula> = {
  NPS: { label: 'COUNTIF/COUNT', formula: (r) => `=(COUNTIF(${r},">=9")-COUNTIF(${r},"<=6"))/COUNT(${r})*100`, alternate: [9, 10] },
  CSAT: { label: 'COUNTIF/COUNT', formula: (r) => `=COUNTIF(${r},">=4")/COUNT(${r})*100`, alternate: [4, 5] },
  CES: { label: 'AVERAGE', formula: (r) => `=AVERAGE(${r})`, alternate: [3, 3.0000001] },
  FCR: { label: 'COUNTIF/COUNTA', formula: (r) => `=COUNTIF(${r},"Yes")/COUNTA(${r})*100`, alternate: ['Yes', 'yes'] },
};

export function formulaText(metric: ScoreMetric['name'], cells: number): string {
  return FORMULAS[metric].formula(`A2:A${cells + 1}`);
}

/**
 * Median ms of a recalculation of the metric's formula over the `answers` (no header), which
 * sit in A2:A under a header as on a sheet; undefined if the engine gave up.
 */
export function nativeFormulaMs(metric: ScoreMetric, answers: Column, expected: number, notes: string[]): { ms: number; formula: string } | undefined {
  const native = FORMULAS[metric.name];
  const size = answers.length;
  const formula = formulaText(metric.name, size);
  const reps = size >= 1_000_000 ? 3 : size >= 100_000 ? 5 : 9;
  // Column A holds the answers as a sheet would (an empty cell is null); the formula goes in B1.
  const sheet: SheetCell[][] = [[metric.header ?? metric.name], ...answers.map(([cell]) => [cell === '' ? null : (cell as SheetCell)])];
  let engine: Engine | undefined;
  try {
    engine = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', maxRows: sheet.length + 1 });
    const formulaCell = { sheet: 0, row: 0, col: 1 };
    engine.setCellContents(formulaCell, [[formula]]);
    const value = engine.getCellValue(formulaCell);
    // CES's alternation moves the mean a hair; compare before any edit.
    if (typeof value !== 'number' || Math.abs(value - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
      throw new Error(`bench: ${formula} gives ${String(value)}, =${metric.name} gives ${expected}`);
    }
    const editRow = sheet.findIndex(([cell], i) => i > 0 && cell !== null && typeof cell === typeof native.alternate[0]);
    const edit = { sheet: 0, row: editRow, col: 0 };
    const samples: number[] = [];
    for (let i = 0; i < reps + 1; i++) {
      const start = cpuMs();
      engine.setCellContents(edit, [[native.alternate[i % 2]]]);
      const ms = cpuMs() - start;
      if (i > 0) samples.push(ms); // the first edit is the warm-up
    }
    return { ms: median(samples), formula: native.label };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('bench:')) throw error;
    notes.push(`HyperFormula could not recalculate ${metric.name} over ${size.toLocaleString('en-US')} cells: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    engine?.destroy();
  }
}

/** A cell of the bench sheet, 0-based as HyperFormula counts them. */
export interface SheetAddress {
  row: number;
  col: number;
}

export interface Recalculation {
  /** The sheet's values (row 0 is the header row). */
  sheet: SheetCell[][];
  /** The formulas a Sheets user would type, with where they go (helper cells first, the answer last). */
  formulas: { at: SheetAddress; formula: string }[];
  /** Cells whose values are compared with ours before any edit, and what ours gives there. */
  expected: { at: SheetAddress; value: number }[];
  /** A data cell edited back and forth between two values that leave the answers alone. */
  edit: { at: SheetAddress; values: [SheetCell, SheetCell] };
  reps?: number;
}

/**
 * Median ms of HyperFormula recalculating `formulas` after one edit of a data cell, as a
 * spreadsheet does after every edit; undefined (with a note) if the engine gave up. Throws when
 * a formula's value differs from ours, since then they would not measure the same thing.
 */
export function recalculationMs(what: string, job: Recalculation, notes: string[]): number | undefined {
  let engine: Engine | undefined;
  const reps = job.reps ?? 5;
  try {
    engine = HyperFormula.buildFromArray(job.sheet, { licenseKey: 'gpl-v3', maxRows: job.sheet.length + 1 });
    for (const { at, formula } of job.formulas) engine.setCellContents({ sheet: 0, ...at }, [[formula]]);
    for (const { at, value } of job.expected) {
      const theirs = engine.getCellValue({ sheet: 0, ...at });
      if (typeof theirs !== 'number' || Math.abs(theirs - value) > 1e-9 * Math.max(1, Math.abs(value))) {
        throw new Error(`bench: ${what}: HyperFormula gives ${JSON.stringify(theirs)} at row ${at.row + 1}, column ${at.col + 1}; ours ${value}`);
      }
    }
    const samples: number[] = [];
    for (let i = 0; i < reps + 1; i++) {
      const start = cpuMs();
      engine.setCellContents({ sheet: 0, ...job.edit.at }, [[job.edit.values[i % 2]]]);
      const ms = cpuMs() - start;
      if (i > 0) samples.push(ms); // the first edit is the warm-up
    }
    return median(samples);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('bench:')) throw error;
    notes.push(`HyperFormula could not recalculate ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    engine?.destroy();
  }
}
