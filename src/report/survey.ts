import { NPS_DETRACTOR_MAX, npsShares } from '../metrics/nps';
import { getMetric } from '../metrics/registry';
import type { NpsSummary } from '../metrics/types';
import { readScoreColumn } from '../cells/column';
import { periodCoverage, periodsOfDays, rowTexts, textOf, undatedPeriods, type ReportReader, type RowNumbers } from './columns';
import type { PeriodFrame } from './period';
import { columnKpi, rankSegments, worthShowing } from './series';
import { CommentTally } from './comments';
import type { Kpi, NewDetractors, NpsBreakdown, ReportInput, SegmentRanking, SurveyColumns, ThemesSection } from './types';
import { cellAt, type Cells } from '../cells/packed';

/**
 * The survey section: NPS, CSAT (share and average), CES, their segments, the NPS breakdown and
 * the period's detractors with their comments. One row per response; each score column is read
 * by its metric's own reader from the registry.
 */

export interface SurveySection {
  kpis: Kpi[];
  segments: SegmentRanking[];
  npsBreakdown?: NpsBreakdown;
  detractors?: NewDetractors;
  themes?: ThemesSection;
  /** Responses in the reported period with at least one readable score (maturity level 1). */
  responses: number;
}

export function surveySection(survey: SurveyColumns<Cells>, input: ReportInput<Cells>, frame: PeriodFrame, reader: ReportReader): SurveySection {
  const rows = Math.max(survey.dates?.length ?? 0, survey.nps?.length ?? 0, survey.csat?.length ?? 0, survey.ces?.length ?? 0);
  const dated = survey.dates ? reader.days(survey.dates, survey.dateOrder) : undefined;
  const days = dated ? dated.days : new Float64Array(rows).fill(NaN);
  const periods = dated ? periodsOfDays(days, frame) : undatedPeriods(rows, frame);
  const segments = survey.segment ? rowTexts(survey.segment) : undefined;
  const out: SurveySection = { kpis: [], segments: [], responses: 0 };
  const answered = new Uint8Array(days.length);

  const scored = (cells: SurveyColumns<Cells>['nps'], id: 'NPS' | 'CSAT' | 'CSAT_AVG' | 'CES', options: { scale?: number }) => {
    const def = getMetric(id, options);
    const field = id === 'NPS' ? 'nps' : id === 'CES' ? 'ces' : 'csat';
    // Labels, non-answers and the mapping's label table, read as the custom functions read them.
    // A stack of several sheets ("All surveys") is read part by part, each with its sheet's labels.
    const column = reader.wrap(cells!, (options, part) =>
      readScoreColumn(part.cells, { ...options, low: def.whole!.low, high: def.whole!.high, family: field === 'nps' ? undefined : field, labels: part.labels ?? survey.labels?.[field] }),
    );
    const values = column.values;
    values.forEach((v, i) => v === v && (answered[i] = 1));
    const coverage = periodCoverage(column, periods, frame.index, dated?.column);
    const { kpi, summaries } = columnKpi(def, values, periods, frame, coverage, id, options.scale);
    if (worthShowing(kpi)) out.kpis.push(kpi);
    const ranking = segments ? rankSegments(def, values, periods, segments, frame) : undefined;
    if (ranking) out.segments.push(ranking);
    return { values, coverage, current: summaries[summaries.length - 1] };
  };

  if (survey.nps) {
    const { values, current } = scored(survey.nps, 'NPS', {});
    if (current && current.kind === 'nps') out.npsBreakdown = breakdownOf(current);
    const comments = commentsOf(values, periods, days, survey, segments, frame);
    out.detractors = detractorsOf(values, periods, frame, comments);
    if (survey.comment) {
      const themes = comments.themesSection();
      if (themes) out.themes = themes;
    }
  }
  if (survey.csat) {
    const scale = input.csatScale ?? 5;
    const { values, coverage } = scored(survey.csat, 'CSAT', { scale });
    // The same answers (CSAT and CSAT_AVG read a scale alike), averaged; no ranking of its own.
    const { kpi } = columnKpi(getMetric('CSAT_AVG', { scale }), values, periods, frame, coverage, 'CSAT_AVG', scale);
    if (worthShowing(kpi)) out.kpis.push(kpi);
  }
  if (survey.ces) scored(survey.ces, 'CES', { scale: input.cesScale ?? 7 });

  for (let i = 0; i < answered.length; i++) if (answered[i] && periods[i] === frame.index) out.responses++;
  return out;
}

export function breakdownOf(summary: NpsSummary): NpsBreakdown {
  const shares = npsShares(summary);
  return {
    n: summary.n,
    promoters: summary.promoters,
    passives: summary.passives,
    detractors: summary.detractors,
    ...shares,
    nps: summary.value,
  };
}

/** The comment rows of the period and the one before, through the tally the command line's SQL path also uses. */
function commentsOf(scores: Float64Array, periods: RowNumbers, days: RowNumbers, survey: SurveyColumns<Cells>, segments: ((row: number) => string) | undefined, frame: PeriodFrame): CommentTally {
  const tally = new CommentTally(frame.index);
  const cells = survey.comment;
  if (!cells) return tally;
  for (let i = 0; i < cells.length; i++) {
    const period = periods[i];
    if (period !== frame.index && period !== frame.index - 1) continue;
    const text = textOf(cellAt(cells, i));
    if (!text) continue;
    const score = i < scores.length ? scores[i] : NaN;
    const email = period === frame.index && score <= NPS_DETRACTOR_MAX && survey.email ? textOf(cellAt(survey.email, i)) : '';
    tally.add({ period, day: days[i], score, text, segment: segments?.(i) ?? '', email, order: i });
  }
  return tally;
}

/**
 * The period's detractor answers (0–6), how many left a comment, and the five most recent
 * comments; the rest stay in the sheet, which the email links to.
 */
function detractorsOf(scores: Float64Array, periods: RowNumbers, frame: PeriodFrame, comments: CommentTally): NewDetractors | undefined {
  let count = 0;
  for (let i = 0; i < scores.length; i++) if (periods[i] === frame.index && scores[i] <= NPS_DETRACTOR_MAX) count++;
  return comments.detractorsSection(count, periods.some((p) => p === frame.index));
}
