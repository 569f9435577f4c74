import { foldCase } from './fold';
import { LABEL_SETS, NON_ANSWERS, type LabelSet } from './vocab';

/**
 * Answer labels (metrics-spec.md section 1.1): the words survey tools export instead of
 * numbers. A label is matched after folding case, spacing, the Unicode form of Vietnamese marks
 * and curly apostrophes. Cost O(length) per text; the tables are built once.
 */

/** Text folded for matching labels and non-answers: `"  Don’t  KNOW "` → `"don't know"`. */
export function foldLabel(text: string): string {
  return foldCase(text).replace(/[‘’ʼ]/g, "'");
}

/** Whether text is a non-answer (`N/A`, `-`, `Don't know`, `Không biết` …): skipped and counted. */
export function isNonAnswer(text: string): boolean {
  return NON_ANSWERS.has(foldLabel(text));
}

/**
 * The readers of text already folded by foldLabel: a cell read as a score asks up to five of
 * these questions of one text, and folding it once instead of per question is most of what a
 * range's header costs.
 */
export const folded = {
  isNonAnswer: (text: string): boolean => NON_ANSWERS.has(text),
  numberedAnswer: numberedOfFolded,
  verbalScore: verbalOfFolded,
  labelScales: scalesOfFolded,
};

/** A score read off the text itself, and the scale top it names when it names one (`4/5`, `★★★★☆`). */
export interface NumberedAnswer {
  score: number;
  outOf?: number;
}

const LEADING_NUMBER = /^(\d{1,2})\s*[-–—:.)]\s*\p{L}/u;
const OUT_OF = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
const STARS_WORD = /^(\d{1,2})\s*(?:stars?|sao|★|⭐)$/u;
const STARS = /^[★☆]+$/u;
const EMOJI_STARS = /^(?:⭐)+$/u;

/**
 * A score written as a number inside a label: `10 - Extremely likely`, `0 – Chắc chắn không`,
 * `4: Satisfied`, `4/5`, `4 stars`, `4 sao`, `★★★★☆` (the count of ★). Undefined for other text.
 * @example numberedAnswer('10 - Extremely likely') // { score: 10 };  numberedAnswer('★★★★☆') // { score: 4, outOf: 5 }
 */
export function numberedAnswer(text: string): NumberedAnswer | undefined {
  return numberedOfFolded(foldLabel(text));
}

function numberedOfFolded(t: string): NumberedAnswer | undefined {
  let m = LEADING_NUMBER.exec(t);
  if (m) return { score: Number(m[1]) };
  if ((m = OUT_OF.exec(t))) return { score: Number(m[1]), outOf: Number(m[2]) };
  if ((m = STARS_WORD.exec(t))) return { score: Number(m[1]) };
  if (STARS.test(t)) return { score: [...t].filter((ch) => ch === '★').length, outOf: [...t].length };
  if (EMOJI_STARS.test(t)) return { score: [...t].length };
  return undefined;
}

/** Each verbal scale's labels as folded text → score, built once. */
let tables: { set: LabelSet; scores: Map<string, number> }[] | undefined;

function labelTables() {
  tables ??= LABEL_SETS.map((set) => {
    const scores = new Map<string, number>();
    set.labels.forEach((labels, i) => labels.split('/').forEach((label) => scores.set(label, i + 1)));
    return { set, scores };
  });
  return tables;
}

/**
 * The score of a verbal label on a family's scale `1…high`, or undefined when the label is not
 * on that scale. CES on 5 points takes both its agreement and its ease labels.
 * @example verbalScore('Rất hài lòng', 'csat', 5) // 5;  verbalScore('Agree', 'ces', 7) // 6;  verbalScore('Agree', 'ces', 5) // 4
 */
export function verbalScore(text: string, family: LabelSet['family'], high: number): number | undefined {
  return verbalOfFolded(foldLabel(text), family, high);
}

function verbalOfFolded(folded: string, family: LabelSet['family'], high: number): number | undefined {
  for (const { set, scores } of labelTables()) {
    if (set.family !== family || set.high !== high) continue;
    const score = scores.get(folded);
    if (score !== undefined) return score;
  }
  return undefined;
}

/** The scale tops on which a family knows this label (`Agree` → [7, 5]; `Neutral` in CES → [5]). */
export function labelScales(text: string, family: LabelSet['family']): number[] {
  return scalesOfFolded(foldLabel(text), family);
}

function scalesOfFolded(folded: string, family: LabelSet['family']): number[] {
  const highs: number[] = [];
  for (const { set, scores } of labelTables()) {
    if (set.family === family && scores.has(folded) && !highs.includes(set.high)) highs.push(set.high);
  }
  return highs;
}

/**
 * The scale top one answer text proves (`4/5` → 5, `★★★☆☆☆☆` → 7, CES `Neutral` → 5, CES
 * `Somewhat agree` → 7), or undefined when it fits several scales or none: "a label set fixes
 * the scale" (metrics-spec.md section 1.1) when the function was not given one.
 */
export function scaleProvedBy(text: string, family: LabelSet['family'] | undefined): number | undefined {
  const t = foldLabel(text);
  const numbered = numberedOfFolded(t);
  if (numbered) return numbered.outOf;
  if (!family) return undefined;
  const highs = scalesOfFolded(t, family);
  return highs.length === 1 ? highs[0] : undefined;
}

/** A per-column label → score table (the mapping's), keyed by folded label. */
export type LabelTable = ReadonlyMap<string, number>;

/** A label table from a saved `{ label: score }` object, keys folded so lookups match any typing. */
export function labelTableOf(entries: Readonly<Record<string, number>> | undefined): LabelTable | undefined {
  if (!entries) return undefined;
  const table = new Map<string, number>();
  for (const [label, score] of Object.entries(entries)) table.set(foldLabel(label), score);
  return table.size > 0 ? table : undefined;
}
