import type { Lang } from '../cells/types';
import { formatCompact, formatNumber, formatP, formatSigned } from './format';
import { COVERAGE_TEXTS, messagesFor } from './messages';
import type { Comparison, Kpi, LocalDate, MetricUnit, Period, ReportMetricId } from './types';

/**
 * How each report metric reads: its unit, which direction is good, and the words and figures
 * both renderers show. One place, so the HTML, the text mail and the tests agree on every figure.
 */

export const METRIC_INFO: Record<ReportMetricId, { unit: MetricUnit; higherIsBetter: boolean }> = {
  NPS: { unit: 'points', higherIsBetter: true },
  CSAT: { unit: 'percent', higherIsBetter: true },
  CSAT_AVG: { unit: 'scale', higherIsBetter: true },
  CES: { unit: 'scale', higherIsBetter: true },
  FCR: { unit: 'percent', higherIsBetter: true },
  ART: { unit: 'hours', higherIsBetter: false },
  REFERRAL_RATE: { unit: 'percent', higherIsBetter: true },
  TRIAL_CONVERSION: { unit: 'percent', higherIsBetter: true },
  CHURN: { unit: 'percent', higherIsBetter: false },
  RETENTION: { unit: 'percent', higherIsBetter: true },
  ACTIVE_USERS: { unit: 'count', higherIsBetter: true },
  STICKINESS: { unit: 'percent', higherIsBetter: true },
  COHORT_MONTH_1: { unit: 'percent', higherIsBetter: true },
  COHORT_MONTH_3: { unit: 'percent', higherIsBetter: true },
};

const DECIMALS: Record<MetricUnit, number> = { points: 1, percent: 1, scale: 2, hours: 1, count: 0 };

/** A metric value as shown: `45.5`, `82.5%`, `4.25`, `5.3 h`, `1,204` (vi: `45,5`, `82,5%`, `5,3 giờ`, `1.204`). */
export function valueText(unit: MetricUnit, value: number, lang: Lang): string {
  const number = formatNumber(value, lang, DECIMALS[unit]);
  if (unit === 'percent') return number + '%';
  if (unit === 'hours') return `${number} ${messagesFor(lang).hours}`;
  return number;
}

/** A target as shown, without needless decimals: `24 h`, `5.5`, `70%`. */
export function targetText(unit: MetricUnit, value: number, lang: Lang): string {
  const number = formatCompact(value, lang, 2);
  if (unit === 'percent') return number + '%';
  if (unit === 'hours') return `${number} ${messagesFor(lang).hours}`;
  return number;
}

/**
 * A change as shown: NPS `+29.0 points` (vi `+29,0 điểm`), rates in percentage points
 * `−2.3 points` (vi `−2,3 điểm %`), `+0.4 h`, `+0.25`, `+12`. Never "pp", which managers
 * do not read and Vietnamese does not have.
 */
export function changeText(unit: MetricUnit, change: number, lang: Lang): string {
  return withUnit(unit, formatSigned(change, lang, DECIMALS[unit]), lang);
}

/** The size of a change without its sign, for sentences: `rose 29.0 points`. */
export function changeSizeText(unit: MetricUnit, change: number, lang: Lang): string {
  return withUnit(unit, formatNumber(Math.abs(change), lang, DECIMALS[unit]), lang);
}

function withUnit(unit: MetricUnit, number: string, lang: Lang): string {
  const m = messagesFor(lang);
  if (unit === 'points') return `${number} ${m.npsPoints}`;
  if (unit === 'percent') return `${number} ${m.ratePoints}`;
  if (unit === 'hours') return `${number} ${m.hours}`;
  return number;
}

/** The metric's name; active users say MAU or WAU after the period. */
export function metricName(id: ReportMetricId, lang: Lang, kind: Period['kind'] = 'month'): string {
  const m = COVERAGE_TEXTS[lang];
  return id === 'ACTIVE_USERS' && kind === 'week' ? m.weeklyActiveUsers : m.metric[id];
}

/**
 * The KPIs a summary speaks of: all of them but a survey sheet's own figure where an "All
 * surveys" figure of the same metric stands for it (maturity evidence, highlights, too-few notes).
 */
export function headlineKpis(kpis: readonly Kpi[]): Kpi[] {
  return kpis.filter((kpi) => !kpi.scope || kpi.scope.combined || !kpis.some((other) => other.id === kpi.id && other.scope?.combined));
}

/** The KPI's name as shown: the metric's, with its sheet (or "All surveys") when several survey sheets are reported. */
export function kpiName(kpi: Pick<Kpi, 'id' | 'scope'>, lang: Lang, kind: Period['kind'] = 'month'): string {
  const name = metricName(kpi.id, lang, kind);
  return kpi.scope ? `${name} — ${kpi.scope.name}` : name;
}

/** The tile's main figure: `4.25 / 5` for scale metrics, else the value. */
export function kpiValueText(kpi: Kpi, lang: Lang): string {
  if (!kpi.current) return '–';
  const text = valueText(kpi.unit, kpi.current.value, lang);
  return kpi.scale && kpi.unit === 'scale' ? `${text} ${messagesFor(lang).outOf(kpi.scale)}` : text;
}

export type ChangeTone = 'good' | 'bad' | 'neutral';

/** Whether a change is for the better: up for NPS or retention, down for ART or churn. */
export function isImprovement(kpi: Pick<Kpi, 'higherIsBetter'>, change: number): boolean {
  return kpi.higherIsBetter ? change > 0 : change < 0;
}

/**
 * Arrow, words and tone of a change, in a manager's words ("likely a real change" / "could be
 * chance"; the p-value and the test's name go to the footnote, see testNote). Only a likely-real
 * change gets a colour: green when it is for the better (churn down, ART down), red otherwise.
 */
export function changeParts(kpi: Kpi, comparison: Comparison, lang: Lang): { arrow: string; change: string; verdict: string; tone: ChangeTone } {
  const m = messagesFor(lang);
  const arrow = comparison.change > 0 ? '▲' : comparison.change < 0 ? '▼' : '•';
  const change = changeText(kpi.unit, comparison.change, lang);
  const verdict = comparison.test === 'none' ? m.countNoTest : comparison.significant ? m.likelyReal : m.couldBeChance;
  const tone: ChangeTone = comparison.test !== 'none' && comparison.significant && comparison.change !== 0 ? (isImprovement(kpi, comparison.change) ? 'good' : 'bad') : 'neutral';
  return { arrow, change, verdict, tone };
}

/** The footnote line of a tested change: `Net Promoter Score (NPS): z-test on the NPS difference, p < 0.001`. */
export function testNote(kpi: Kpi, comparison: Comparison, lang: Lang, kind: Period['kind'] = 'month'): string | undefined {
  if (comparison.test === 'none' || comparison.pValue === undefined) return undefined;
  const m = messagesFor(lang);
  return m.testLine(metricName(kpi.id, lang, kind), m.testName[comparison.test], formatP(comparison.pValue, lang));
}

/** Why a tile shows no change, or undefined when it shows one. */
export function noChangeReason(kpi: Kpi, lang: Lang, minN: number): string | undefined {
  const m = messagesFor(lang);
  if (kpi.comparison) return undefined;
  if (!kpi.current) return m.noCurrent;
  if (!kpi.previous) return m.noPrevious;
  if (kpi.lowN) return m.tooFew(formatNumber(kpi.current.n, lang), formatNumber(kpi.previous.n, lang), minN);
  return m.noPrevious;
}

function ymd(date: LocalDate): [number, number, number] {
  const [y, mo, d] = date.split('-').map(Number);
  return [y, mo, d];
}

/** A day as the language writes it: `2 Mar 2026`, `02/03/2026`. */
export function dateText(date: LocalDate, lang: Lang): string {
  const [y, mo, d] = ymd(date);
  return messagesFor(lang).shortDate(y, mo, d);
}

/** `March 2026` / `Tháng 3/2026`, `Week of 2 Mar 2026 – 8 Mar 2026`, `Q3 2026`, `2026`, `1 Sep 2026 – 31 Oct 2026`, `All data`. */
export function periodText(period: Period, lang: Lang): string {
  const m = messagesFor(lang);
  if (period.kind === 'all') return m.allPeriod;
  const [y, mo] = ymd(period.start);
  switch (period.kind) {
    case 'month':
      return m.monthPeriod(m.monthName[mo - 1], y);
    case 'quarter':
      return m.quarterPeriod(Math.floor((mo - 1) / 3) + 1, y);
    case 'year':
      return m.yearPeriod(y);
    case 'range':
      return m.rangePeriod(dateText(period.start, lang), dateText(period.end, lang));
    default:
      return m.weekPeriod(dateText(period.start, lang), dateText(period.end, lang));
  }
}

/** A short trend label: `Mar 2026` / `T3/2026` for months, `2/3` for weeks and ranges, `Q3 2026`, `2026`. */
export function trendLabel(start: LocalDate, kind: Period['kind'], lang: Lang): string {
  if (kind === 'all') return messagesFor(lang).allPeriod;
  const [y, mo, d] = ymd(start);
  if (kind === 'week' || kind === 'range') return `${d}/${mo}`;
  if (kind === 'quarter') return messagesFor(lang).quarterPeriod(Math.floor((mo - 1) / 3) + 1, y);
  if (kind === 'year') return String(y);
  return lang === 'vi' ? `T${mo}/${y}` : `${messagesFor('en').monthName[mo - 1].slice(0, 3)} ${y}`;
}
