/**
 * Section 1: =NPS, =CSAT, =CES and =FCR on a column as Sheets passes it, against
 *  - the physical limit: a bare counting loop over the same 2-D array doing the same job (each
 *    answer checked to be on the scale, the header and blanks skipped, stray text refused), with
 *    no messages, no places and no readers;
 *  - the same metric as a native spreadsheet formula (COUNTIF, COUNT, AVERAGE) recalculated by
 *    HyperFormula on a sheet holding the same values (native-formula.ts).
 */
import { CES, CSAT, FCR, NPS } from '../../src/functions/index';
import { withSheetEnv } from '../../src/functions/env';
import { scoreColumn, SCORE_METRICS, TIME_ZONE, type Column, type ScoreMetric } from './data';
import { row, timeMs, type BenchRow } from './measure';
import { nativeFormulaMs } from './native-formula';

export const SCORE_SIZES = [10_000, 100_000, 1_000_000] as const;
/** Both sides warmed up until compiled (see warmupMs), then seven samples of at least 20 ms. */
const TIMING = { warmup: 3, warmupMs: 300, reps: 7, minSampleMs: 20 };
/** Issue 18: every score function within 1.2× its bare loop (the readers' new work must not slow NPS/CSAT). */
const BARE_TARGET = 1.2;

const ours: Record<ScoreMetric['name'], (cells: Column) => number> = {
  NPS: (cells) => NPS(cells),
  CSAT: (cells) => CSAT(cells, 5),
  CES: (cells) => CES(cells, 7),
  FCR: (cells) => FCR(cells),
};

/**
 * The bare loops: each does the job its function must do on these columns (metrics-spec.md
 * section 1), with nothing else. A number counts only if it is a whole answer on the scale, or the
 * call fails (the function names the cell); the first row's text is the header, skipped; blanks
 * are skipped; other text further down fails the call (a typo is never skipped silently). FCR's
 * column has no header: Yes and No count, blanks are skipped, anything else fails.
 * The checks are part of the job: a loop that skipped them (CES was once a plain sum, 40% cheaper
 * than the same loop checking the scale) measures less than any correct function can do.
 */
const bare: Record<ScoreMetric['name'], (cells: Column) => number> = {
  NPS(cells) {
    let promoters = 0, detractors = 0, n = 0;
    for (let r = 0; r < cells.length; r++) {
      const v = cells[r][0];
      if (typeof v === 'number') {
        if (!(Number.isInteger(v) && v >= 0 && v <= 10)) refuse(r);
        n++;
        if (v >= 9) promoters++;
        else if (v <= 6) detractors++;
      } else if (v !== '' && r > 0) refuse(r);
    }
    return ((promoters - detractors) / n) * 100;
  },
  CSAT(cells) {
    let satisfied = 0, n = 0;
    for (let r = 0; r < cells.length; r++) {
      const v = cells[r][0];
      if (typeof v === 'number') {
        if (!(Number.isInteger(v) && v >= 1 && v <= 5)) refuse(r);
        n++;
        if (v >= 4) satisfied++;
      } else if (v !== '' && r > 0) refuse(r);
    }
    return (satisfied / n) * 100;
  },
  CES(cells) {
    let sum = 0, n = 0;
    for (let r = 0; r < cells.length; r++) {
      const v = cells[r][0];
      if (typeof v === 'number') {
        if (!(Number.isInteger(v) && v >= 1 && v <= 7)) refuse(r);
        n++;
        sum += v;
      } else if (v !== '' && r > 0) refuse(r);
    }
    return sum / n;
  },
  FCR(cells) {
    let yes = 0, n = 0;
    for (let r = 0; r < cells.length; r++) {
      const v = cells[r][0];
      if (v === 'Yes') yes++;
      else if (v !== 'No') {
        if (v !== '') refuse(r);
        continue;
      }
      n++;
    }
    return (yes / n) * 100;
  },
};

/** What a bare loop does with a cell its function would refuse (the bench's columns hold none). */
function refuse(r: number): never {
  throw new Error(`bench: row ${r + 1} is no answer on the scale`);
}

function sameValue(metric: string, a: number, b: number, what: string): void {
  if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) throw new Error(`bench: ${metric} is ${a} but ${what} gives ${b}: they do not measure the same thing`);
}

export interface ScoreOptions {
  /** Sizes to run the native-formula engine at (it needs ~2 GB and seconds per recalculation at 10^6). */
  nativeSizes?: readonly number[];
  notes: string[];
}

export function scoreRows({ nativeSizes = SCORE_SIZES, notes }: ScoreOptions): BenchRow[] {
  const rows: BenchRow[] = [];
  withSheetEnv({ timeZone: TIME_ZONE, locale: 'en_US' }, () => {
    for (const size of SCORE_SIZES) {
      for (const metric of SCORE_METRICS) {
        const cells = scoreColumn(metric, size);
        const ourFn = ours[metric.name];
        const bareFn = bare[metric.name];
        const value = ourFn(cells);
        sameValue(metric.name, value, bareFn(cells), 'the bare loop');
        const oursMs = timeMs(() => ourFn(cells), TIMING);
        const bareMs = timeMs(() => bareFn(cells), TIMING);
        const label = `=${metric.name}(${metric.header === undefined ? 'A2:A' : 'A:A'}), 2-D cells`;
        rows.push(row(label, size, oursMs, 'bare counting loop', bareMs, BARE_TARGET));
        if (!nativeSizes.includes(size)) {
          notes.push(`${metric.name} at ${size.toLocaleString('en-US')} cells: native-formula engine skipped (--quick or too big)`);
          continue;
        }
        const native = nativeFormulaMs(metric, metric.header === undefined ? cells : cells.slice(1), value, notes);
        if (native) rows.push(row(label, size, oursMs, `HyperFormula ${native.formula}`, native.ms, 0.05));
      }
    }
  });
  return rows;
}
