// The report: model, CX maturity rubric and rendering (issue 5, items 1–3). Re-exports only.
export { buildReport } from './model';
export { renderHtml } from './render-html';
export { renderText, reportSubject } from './render-text';
export {
  assessMaturity, criterionText, resolveTargets, rubricMarkdown, DEFAULT_TARGETS, LEVEL_IDS, MIN_EVIDENCE_N, RUBRIC,
  type Criterion, type CriterionResult, type LevelId, type LevelResult, type MaturityAssessment, type MaturityEvidence,
  type MaturityTargets, type RubricLevel,
} from './maturity';
export { MIN_N } from './compare';
export { messagesFor, type Messages } from './messages';
export { kpiValueText, metricName } from './display';
export * from './types';
