import type { Lang } from '../cells/types';
import { changeSizeText, headlineKpis, isImprovement, METRIC_INFO, periodText, valueText, type ChangeTone } from './display';
import { formatNumber } from './format';
import { RUBRIC, criterionText, type CriterionResult } from './maturity';
import { missingDataBanner } from './coverage-text';
import { dateOrderConfirmText, dateOrderWarningText } from './date-order-warnings';
import { messagesFor } from './messages';
import type { Kpi, Report, ReportMetricId } from './types';

/**
 * The email's one-minute summary (issue 13): the few changes most worth a manager's attention,
 * each in one plain sentence with its number; the data-coverage warning; the metrics with too
 * few answers to judge; and the CX maturity level with the one next step to the level above.
 * Both renderers open with it, so the HTML and the text part say the same thing first.
 */

/** At most this many changes: more is no longer a summary. */
export const MAX_HIGHLIGHTS = 3;

/**
 * Metrics that are two faces of the same observations: once one of them is in the summary,
 * the other would only repeat it (churn down is retention up on the same customers).
 */
const SAME_DATA: Partial<Record<ReportMetricId, ReportMetricId>> = { RETENTION: 'CHURN', CHURN: 'RETENTION', CSAT_AVG: 'CSAT', CSAT: 'CSAT_AVG', STICKINESS: 'ACTIVE_USERS', ACTIVE_USERS: 'STICKINESS' };

/**
 * A change worth attention: `change` is a likely-real change from the period before (with,
 * as context, whether it is a return to usual or an unusual level); `unusual` is a period far
 * from its typical level although the step from the period before could be chance.
 */
export interface Highlight {
  kpi: Kpi;
  kind: 'change' | 'unusual';
  /** How sure and how big, comparable across metrics: |z| or |t| of the change, or distance from typical in interval half-widths. */
  weight: number;
}

function unusualDistance(kpi: Kpi): number {
  const t = kpi.typical!;
  const half = ((t.high ?? t.value) - (t.low ?? t.value)) / 2;
  return half > 0 ? Math.abs(kpi.current!.value - t.value) / half : 0;
}

/**
 * The changes most worth attention, best first: likely-real changes before unusual levels, each
 * group by size (the test statistic, i.e. the change in standard errors). Metrics too thin to
 * test never appear; counts, which carry no test, neither.
 */
export function highlights(report: Report): Highlight[] {
  const changes: Highlight[] = [];
  const unusual: Highlight[] = [];
  for (const kpi of headlineKpis(report.kpis)) {
    const c = kpi.comparison;
    if (c && c.test !== 'none' && c.significant && c.change !== 0) changes.push({ kpi, kind: 'change', weight: Math.abs(c.statistic ?? 0) });
    else if (kpi.usualness === 'unusual' && kpi.current) unusual.push({ kpi, kind: 'unusual', weight: unusualDistance(kpi) });
  }
  const byWeight = (a: Highlight, b: Highlight) => b.weight - a.weight;
  const chosen: Highlight[] = [];
  for (const h of [...changes.sort(byWeight), ...unusual.sort(byWeight)]) {
    if (chosen.length >= MAX_HIGHLIGHTS) break;
    if (chosen.some((c) => SAME_DATA[h.kpi.id] === c.kpi.id)) continue;
    chosen.push(h);
  }
  return chosen;
}

export interface SummaryLine {
  text: string;
  tone: ChangeTone;
}

export interface SummaryView {
  title: string;
  /** Slot for the data-coverage banner: shown first when data was left out. */
  coverage?: string;
  /** Date columns whose day/month order a few cells decided for many, each with what to do: shown with the banner. */
  dateOrder?: string[];
  items: SummaryLine[];
  /** Said when nothing is worth attention, so an empty list is never mistaken for "no data". */
  quiet?: string;
  tooFew?: string;
  maturity: string;
  next?: string;
}

function sentence(h: Highlight, report: Report): SummaryLine {
  const { kpi } = h;
  const lang = report.lang;
  const m = messagesFor(lang);
  const name = m.metricShort[kpi.id];
  const value = valueText(kpi.unit, kpi.current!.value, lang);
  const typical = kpi.typical ? valueText(kpi.unit, kpi.typical.value, lang) : '';
  if (h.kind === 'unusual') {
    const better = kpi.unusualWas === 'better';
    return { text: m.summaryUnusual(name, value, better, typical), tone: better ? 'good' : 'bad' };
  }
  const change = kpi.comparison!.change;
  const size = changeSizeText(kpi.unit, change, lang);
  const previous = previousName(report);
  let context: string;
  if (kpi.usualness === 'back-to-usual') context = m.summaryBackToUsual(kpi.unusualWas === 'better', previous);
  else if (kpi.usualness === 'unusual') context = m.summaryNowUnusual(kpi.unusualWas === 'better', typical);
  else context = m.likelyReal;
  return { text: m.summaryChange(name, change > 0, size, value, context), tone: isImprovement(kpi, change) ? 'good' : 'bad' };
}

/** The period before, as a sentence names it: `September` (`tháng 9`) in the same year, else in full. */
function previousName(report: Report): string {
  const m = messagesFor(report.lang);
  const before = report.previousPeriod;
  if (!before) return '';
  if (before.kind === 'week') return m.weekBefore;
  if (before.kind !== 'month') return periodText(before, report.lang);
  if (before.start.slice(0, 4) !== report.period.start.slice(0, 4)) return periodText(before, report.lang);
  const name = m.monthName[Number(before.start.slice(5, 7)) - 1];
  return report.lang === 'vi' ? name.toLowerCase() : name;
}

/** Metrics whose change cannot be judged for want of answers: `CES (12 this month)`. */
function tooFewLine(report: Report): string | undefined {
  const m = messagesFor(report.lang);
  const thin = headlineKpis(report.kpis).filter((k) => k.lowN && k.current);
  if (thin.length === 0) return undefined;
  const shown = thin.slice(0, 3).map((k) => m.summaryThin(m.metricShort[k.id], formatNumber(Math.min(k.current!.n, k.previous?.n ?? Infinity), report.lang)));
  return m.summaryTooFew(shown, thin.length - shown.length, report.minN);
}

/**
 * The data-coverage banner (metrics-spec.md section 7): raised when a metric lost more than 5%
 * of its non-blank cells, naming how many metrics, what was lost and the first places.
 */
function coverageLine(report: Report): string | undefined {
  return missingDataBanner(report);
}

/** The one next step to the level above: the first of its criteria that is not met. */
function nextStep(report: Report): string | undefined {
  const { level, levels, targets } = report.maturity;
  if (level >= levels.length) return undefined;
  const lang = report.lang;
  const m = messagesFor(lang);
  const target = levels[level];
  const criterion: CriterionResult | undefined = target.criteria.find((c) => c.status === 'not-met') ?? target.criteria.find((c) => c.status === 'missing');
  if (!criterion) return undefined;
  const levelName = m.level[RUBRIC[level].id].name;
  const goal = criterionText(criterion, targets, lang);
  if (criterion.status === 'not-met') {
    const unit = criterion.metric === 'RESPONSES' ? 'count' : METRIC_INFO[criterion.metric].unit;
    const now = criterion.actual === undefined ? '' : valueText(unit, criterion.actual, lang);
    return m.summaryNextNotMet(levelName, goal, now);
  }
  if (criterion.missingReason === 'too-few') return m.summaryNextTooFew(levelName, goal, formatNumber(criterion.n ?? 0, lang), report.minN);
  return m.summaryNextNoData(levelName, goal);
}

/** The summary of a report, in its language. */
export function summaryView(report: Report): SummaryView {
  const lang: Lang = report.lang;
  const m = messagesFor(lang);
  const items = highlights(report).map((h) => sentence(h, report));
  const view: SummaryView = { title: m.summaryTitle, items, maturity: '' };
  const coverage = coverageLine(report);
  if (coverage) view.coverage = coverage;
  if (report.dateOrderWarnings?.length) view.dateOrder = report.dateOrderWarnings.map((w) => `${dateOrderWarningText(w, lang)} ${dateOrderConfirmText(w, lang)}`);
  const tested = report.kpis.some((k) => k.comparison && k.comparison.test !== 'none');
  if (items.length === 0) view.quiet = tested ? m.summaryQuiet : m.summaryNothingToCompare;
  const tooFew = tooFewLine(report);
  if (tooFew) view.tooFew = tooFew;
  const { level } = report.maturity;
  view.maturity = level > 0 ? m.summaryMaturity(level, m.level[RUBRIC[level - 1].id].name) : m.summaryMaturityNone;
  const next = nextStep(report);
  if (next) view.next = next;
  return view;
}
