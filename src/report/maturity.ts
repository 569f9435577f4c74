import type { Lang } from '../cells/types';
import { metricName, METRIC_INFO, targetText } from './display';
import { formatNumber } from './format';
import { messagesFor } from './messages';
import type { ReportMetricId } from './types';

/**
 * The add-on's own CX maturity rubric over Gartner's five levels (metrics-spec.md section 4).
 * No public numeric rubric exists, so this one is published as data: the README table
 * (rubricMarkdown) and the sidebar read the same RUBRIC the assessment uses.
 *
 * A level is supported when its evidence is met and every level below it is too; evidence with
 * no data, or fewer than MIN_EVIDENCE_N observations, is "missing", never guessed.
 */

export const LEVEL_IDS = ['communication', 'responsiveness', 'commitment', 'proactive', 'breakthrough'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Targets a shop can change in the sidebar; rates in percent, CES on its 7-point scale, ART in hours. */
export interface MaturityTargets {
  minResponses: number;
  artHours: number;
  fcr: number;
  csat: number;
  ces: number;
  retention: number;
  nps: number;
  referralRate: number;
}

export const DEFAULT_TARGETS: Readonly<MaturityTargets> = Object.freeze({
  minResponses: 30,
  artHours: 24,
  fcr: 70,
  csat: 80,
  ces: 5.5,
  retention: 90,
  nps: 50,
  referralRate: 20,
});

/** Observations a measured metric needs before it counts as evidence (as for changes, section 3). */
export const MIN_EVIDENCE_N = 30;

export type EvidenceMetric = ReportMetricId | 'RESPONSES';

export interface Criterion {
  metric: EvidenceMetric;
  /** atLeast/atMost compare this period's value with the target; falling compares it with the period before. */
  rule: 'atLeast' | 'atMost' | 'falling';
  target?: keyof MaturityTargets;
}

export interface RubricLevel {
  level: 1 | 2 | 3 | 4 | 5;
  id: LevelId;
  /** `all`: every criterion must be met; `any`: one is enough. */
  mode: 'all' | 'any';
  criteria: Criterion[];
}

export const RUBRIC: readonly RubricLevel[] = [
  { level: 1, id: 'communication', mode: 'all', criteria: [{ metric: 'RESPONSES', rule: 'atLeast', target: 'minResponses' }] },
  {
    level: 2,
    id: 'responsiveness',
    mode: 'all',
    criteria: [
      { metric: 'ART', rule: 'atMost', target: 'artHours' },
      { metric: 'FCR', rule: 'atLeast', target: 'fcr' },
    ],
  },
  {
    level: 3,
    id: 'commitment',
    mode: 'all',
    criteria: [
      { metric: 'CSAT', rule: 'atLeast', target: 'csat' },
      { metric: 'CES', rule: 'atLeast', target: 'ces' },
    ],
  },
  {
    level: 4,
    id: 'proactive',
    mode: 'any',
    criteria: [
      { metric: 'CHURN', rule: 'falling' },
      { metric: 'RETENTION', rule: 'atLeast', target: 'retention' },
    ],
  },
  {
    level: 5,
    id: 'breakthrough',
    mode: 'all',
    criteria: [
      { metric: 'NPS', rule: 'atLeast', target: 'nps' },
      { metric: 'REFERRAL_RATE', rule: 'atLeast', target: 'referralRate' },
    ],
  },
];

/** What was measured, per metric: this period's value and n, and the period before when known. */
export type MaturityEvidence = Partial<Record<EvidenceMetric, { value: number; n: number; previous?: { value: number; n: number } }>>;

export type CriterionStatus = 'met' | 'not-met' | 'missing';

export interface CriterionResult extends Criterion {
  status: CriterionStatus;
  /** Why it is missing: no data at all, or too few observations. */
  missingReason?: 'no-data' | 'too-few';
  targetValue?: number;
  actual?: number;
  n?: number;
  previous?: number;
}

export interface LevelResult {
  level: number;
  id: LevelId;
  mode: 'all' | 'any';
  status: CriterionStatus;
  criteria: CriterionResult[];
}

export interface MaturityAssessment {
  /** Highest level whose evidence, and that of every level below, is met; 0 when not even level 1. */
  level: number;
  levels: LevelResult[];
  targets: MaturityTargets;
  /** Every criterion without enough data, lowest level first. */
  missing: CriterionResult[];
}

/** Targets with the user's overrides; a non-finite override keeps the default. */
export function resolveTargets(overrides: Partial<MaturityTargets> = {}): MaturityTargets {
  const targets = { ...DEFAULT_TARGETS };
  for (const key of Object.keys(targets) as (keyof MaturityTargets)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && Number.isFinite(value)) targets[key] = value;
  }
  return targets;
}

function judge(criterion: Criterion, evidence: MaturityEvidence, targets: MaturityTargets): CriterionResult {
  const targetValue = criterion.target ? targets[criterion.target] : undefined;
  const base: CriterionResult = { ...criterion, status: 'missing', missingReason: 'no-data', targetValue };
  const measured = evidence[criterion.metric];
  if (!measured) return base;
  const result: CriterionResult = { ...base, actual: measured.value, n: measured.n, previous: measured.previous?.value };
  // The response count is itself the evidence of level 1; every other metric needs enough observations.
  if (criterion.metric !== 'RESPONSES' && measured.n < MIN_EVIDENCE_N) return { ...result, missingReason: 'too-few' };
  let met: boolean;
  if (criterion.rule === 'falling') {
    const before = measured.previous;
    if (!before) return result;
    if (before.n < MIN_EVIDENCE_N) return { ...result, missingReason: 'too-few' };
    met = measured.value < before.value;
  } else {
    met = criterion.rule === 'atLeast' ? measured.value >= targetValue! : measured.value <= targetValue!;
  }
  return { ...result, status: met ? 'met' : 'not-met', missingReason: undefined };
}

function levelStatus(mode: 'all' | 'any', results: CriterionResult[]): CriterionStatus {
  const has = (status: CriterionStatus) => results.some((r) => r.status === status);
  if (mode === 'all') return has('not-met') ? 'not-met' : has('missing') ? 'missing' : 'met';
  return has('met') ? 'met' : has('missing') ? 'missing' : 'not-met';
}

/**
 * Which level the evidence supports: levels are climbed in order, and the first level that is
 * not met (or cannot be judged) stops the climb.
 * @example assessMaturity({ RESPONSES: { value: 120, n: 120 } }).level // 1
 */
export function assessMaturity(evidence: MaturityEvidence, overrides?: Partial<MaturityTargets>): MaturityAssessment {
  const targets = resolveTargets(overrides);
  const levels = RUBRIC.map((rubricLevel): LevelResult => {
    const criteria = rubricLevel.criteria.map((c) => judge(c, evidence, targets));
    return { level: rubricLevel.level, id: rubricLevel.id, mode: rubricLevel.mode, status: levelStatus(rubricLevel.mode, criteria), criteria };
  });
  let level = 0;
  while (level < levels.length && levels[level].status === 'met') level++;
  const missing = levels.flatMap((l) => l.criteria.filter((c) => c.status === 'missing'));
  return { level, levels, targets, missing };
}

/** One criterion in words: `Average resolution time (ART) ≤ 24 h`. */
export function criterionText(criterion: Criterion, targets: MaturityTargets, lang: Lang): string {
  const m = messagesFor(lang);
  if (criterion.metric === 'RESPONSES') return `${m.responsesInPeriod} ≥ ${formatNumber(targets.minResponses, lang)}`;
  if (criterion.rule === 'falling') return m.churnFalling;
  const unit = METRIC_INFO[criterion.metric].unit;
  const target = targetText(unit, targets[criterion.target!], lang);
  return `${metricName(criterion.metric, lang)} ${criterion.rule === 'atLeast' ? '≥' : '≤'} ${target}`;
}

/** The rubric as a Markdown table, for the README (scripts/readme.mjs) and the docs. */
export function rubricMarkdown(lang: Lang, overrides?: Partial<MaturityTargets>): string {
  const m = messagesFor(lang);
  const targets = resolveTargets(overrides);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = RUBRIC.map((level) => {
    const joiner = level.mode === 'any' ? `, ${m.or} ` : '; ';
    const evidence = level.criteria.map((c) => criterionText(c, targets, lang)).join(joiner);
    const text = m.level[level.id];
    return `| ${level.level} | ${cell(text.name)} | ${cell(text.meaning)} | ${cell(evidence)} |`;
  });
  const header = `| ${m.rubricHeader.join(' | ')} |`;
  return [header, '|---|---|---|---|', ...rows, '', m.rubricNote(MIN_EVIDENCE_N)].join('\n');
}
