import { periodsOfDays, textOf, type ReportReader } from './columns';
import type { PeriodFrame } from './period';
import { JOURNEY_STAGES, type Funnel, type FunnelStage, type JourneyColumns, type JourneyStage, type ReportInput } from './types';
import { cellsOf, isPacked, type Cells } from '../cells/packed';

/**
 * The customer-journey funnel (metrics-spec.md section 4): one row per customer naming the
 * furthest stage reached, in English or Vietnamese. A customer who reached "purchase" also
 * passed awareness and consideration, so each stage counts everyone at it or beyond, and the
 * share from the stage before is reached(stage) / reached(previous stage).
 */

/** Stage names folded as matchStage folds a cell (no accents, no spaces, lower case). */
const STAGE_WORDS: Record<string, JourneyStage> = {
  awareness: 'awareness',
  nhanthuc: 'awareness',
  consideration: 'consideration',
  cannhac: 'consideration',
  purchase: 'purchase',
  mua: 'purchase',
  muahang: 'purchase',
  retention: 'retention',
  giuchan: 'retention',
  advocacy: 'advocacy',
  ungho: 'advocacy',
};

/**
 * The stage a cell names, in either language, ignoring case, accents, spaces and numbering
 * ("3. Mua", "GIỮ CHÂN", "giu chan"); undefined for anything else.
 * @example matchStage('Nhận thức') // 'awareness'
 */
export function matchStage(cell: unknown): JourneyStage | undefined {
  const folded = textOf(cell)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return STAGE_WORDS[folded];
}

/**
 * The funnel over the rows (those dated in the reported period when dates are given);
 * undefined when no row names a stage.
 */
export function funnelOf(journey: JourneyColumns<Cells>, _input: ReportInput<Cells>, frame: PeriodFrame, reader: ReportReader): Funnel | undefined {
  const periods = journey.dates && frame.kind !== 'all' ? periodsOfDays(reader.days(journey.dates, journey.dateOrder).days, frame) : undefined;
  const { stages } = journey;
  // Only the period's rows become cells (a packed million-row column stays packed).
  const inPeriod = (i: number) => periods![i] === frame.index;
  return funnelOfStages(cellsOf(!periods ? stages : isPacked(stages) ? stages.filter(inPeriod) : stages.filter((_, i) => inPeriod(i))));
}

/**
 * The funnel of stage cells, one per customer (the report's and CX_FUNNEL's one count): blanks
 * are skipped, a cell naming no stage is counted as `unmatched`; undefined when none names a stage.
 * @example funnelOfStages(['Mua', 'awareness', '']).stages[0].reached // 2
 */
export function funnelOfStages(cells: readonly unknown[]): Funnel | undefined {
  const atStage = new Array<number>(JOURNEY_STAGES.length).fill(0);
  let unmatched = 0;
  for (const cell of cells) {
    if (!textOf(cell)) continue;
    const stage = matchStage(cell);
    if (stage) atStage[JOURNEY_STAGES.indexOf(stage)]++;
    else unmatched++;
  }
  return funnelOfCounts(atStage, unmatched);
}

/** The funnel of customers counted per furthest stage (JOURNEY_STAGES order) and the rows naming none; undefined when none names a stage. */
export function funnelOfCounts(atStage: readonly number[], unmatched: number): Funnel | undefined {
  if (atStage.every((count) => count === 0)) return undefined;
  const reached = atStage.map((_, k) => atStage.slice(k).reduce((a, b) => a + b, 0));
  const stages = JOURNEY_STAGES.map((stage, k): FunnelStage => ({
    stage,
    atStage: atStage[k],
    reached: reached[k],
    shareFromPrevious: k === 0 || reached[k - 1] === 0 ? null : (100 * reached[k]) / reached[k - 1],
  }));
  return { stages, unmatched };
}
