/**
 * Comment themes in the bench: aspect-detection quality on the labelled corpora (../shared/corpora,
 * held-out parts; see scripts/themes-eval.ts), as an error rate 1 − F1 against the target's 0.30
 * (F1 ≥ 0.70), and CX_THEMES's time on 10,000 comments against the 30 s custom-function limit.
 */
import { CX_THEMES } from '../../src/functions/themes';
import { evaluateAll, readVlsp, scoreTable } from '../themes-eval';
import { row, timeMs, type BenchRow } from './measure';

export function themeRows(notes: string[]): BenchRow[] {
  const scores = evaluateAll();
  notes.push(`Comment themes, aspect detection per category group:\n\n${scoreTable(scores)}\n`);
  const rows = scores
    .filter((s) => s.part.includes('held out'))
    .map((s) => row(`themes: aspect error 1 − F1 (F1 ${s.overall.f1.toFixed(2)}), ${s.corpus} ${s.part}`, s.examples, 1 - s.overall.f1, 'target F1 0.70 (error 0.30)', 0.3, 1));
  const reviews = readVlsp('train').map((e) => e.text);
  const comments = Array.from({ length: 10_000 }, (_, i) => [reviews[i % reviews.length]]);
  const scoresColumn = comments.map((_, i) => [i % 11]);
  const ms = timeMs(() => CX_THEMES(comments, scoresColumn), { warmup: 1, reps: 3, minSampleMs: 0 });
  rows.push(row('=CX_THEMES on 10,000 real reviews (with scores)', 10_000, ms, 'Apps Script custom-function limit 30 s', 30_000, 0.1));
  return rows;
}
