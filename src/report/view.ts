import type { Lang } from '../cells/types';
import {
  changeParts, changeText, dateText, testNote, kpiValueText, metricName, noChangeReason, periodText, trendLabel, valueText, METRIC_INFO, type ChangeTone, kpiName,
} from './display';
import { cleanText, formatNumber, formatSigned, oneLine } from './format';
import { themeReportTexts } from '../metrics/themes/messages';
import { criterionText, RUBRIC, type CriterionResult } from './maturity';
import { coverageSentence, dataRangeLines } from './coverage-text';
import { followUpView, type FollowUpView } from './followups';
import { isoDate, localDay, utcOffset } from '../cells/calendar';
import { messagesFor } from './messages';
import { summaryView, type SummaryView } from './summary';
import type { Kpi, Report, SegmentValue, ThemeMention, ThemesSection } from './types';

/** Thin segments named by name; the rest are counted. */
const MAX_THIN_SEGMENTS = 6;

/**
 * Bounds on sheet text in the email, so no cell (up to 50,000 characters) can push the message
 * past the mail limit (see render-html's MAIL_HTML_BUDGET): a comment, and a name (segment,
 * email address, spreadsheet name).
 */
export const MAX_COMMENT_CHARS = 500;
export const MAX_NAME_CHARS = 80;
/** A line of a list (left-out cells quote the cell). */
const MAX_ITEM_CHARS = 400;

/**
 * The report in words and figures, ready to print: both renderers draw this same view, so the
 * HTML and the plain-text mail always say the same things. Strings here are raw (unescaped);
 * the HTML renderer escapes every one of them.
 */

export interface TrendBar {
  label: string;
  /** 0–1 height of the bar above the chart's floor; null for a period without data. */
  height: number | null;
  text: string;
  /** The value written on the chart, for the first, last, lowest and highest bars. */
  mark?: string;
  /** The reported period. */
  current: boolean;
}

export interface KpiView {
  id: string;
  name: string;
  value: string;
  n: string;
  /** What the value is made of: `n = 1,232 · 18 left out: 12 could not be read (first: …)` (metrics-spec.md section 7). */
  coverage: string;
  previous?: string;
  /** The typical period's value, and where this one sits against it. */
  typical?: string;
  usual?: { text: string; tone: ChangeTone };
  lastYear?: string;
  change?: { arrow: string; text: string; verdict: string; tone: ChangeTone };
  /** Why no change is shown (too few, no data before). */
  note?: string;
  trend: TrendBar[];
  /** The trend in one short line for the text part: first, now, low and high with their periods. */
  trendLine?: string;
}

export interface ListSection {
  title: string;
  items: string[];
}

export interface ReportView {
  lang: Lang;
  title: string;
  period: string;
  compared: string;
  sheetName?: string;
  /** What a manager reads first: the changes worth attention, coverage, maturity and the next step. */
  summary: SummaryView;
  keyMetrics: string;
  kpis: KpiView[];
  trendTitle: string;
  nps?: { title: string; total: string; parts: { label: string; count: string; share: string; width: number; tone: 'good' | 'neutral' | 'bad' }[] };
  segments?: {
    title: string;
    note: string;
    /** best/worst when two segments or more can be ranked, else `unranked` says why not; `tooFew` lists the thin ones apart. */
    rows: { metric: string; best?: string; worst?: string; unranked?: string; tooFew?: string }[];
    bestLabel: string;
    worstLabel: string;
  };
  detractors?: {
    title: string;
    count: string;
    none?: string;
    /** The five most recent, each bounded to MAX_COMMENT_CHARS. */
    comments: { text: string; meta: string }[];
    /** The comments not shown, and the sheet that has them all. */
    more?: { text: string; url?: string; link?: string };
    /** "2 comments were shortened…", when any was. */
    shortened?: string;
    /** Set by the HTML renderer when the comments had to go to keep the mail within its limit. */
    leftOut?: string;
  };
  themes?: ThemesView;
  /** Following up the period's unhappy answers (issue 16). */
  followUp?: FollowUpView;
  funnel?: { title: string; stages: { name: string; reached: string; width: number; share?: string }[]; unmatched?: string };
  maturity: { title: string; headline: string; level: number; steps: string[]; why: ListSection; next?: ListSection; missing?: ListSection };
  problems?: ListSection;
  /** How each change was tested, with its p-value: the only place test names and p appear. */
  footnote: ListSection & { legend: string };
  link?: { url: string; text: string };
  footer: string;
  /** The data's own range per sheet, for the footer: `Form Responses 1: data runs 2026-09-02 → 2026-10-28`. */
  dataRanges: string[];
}

/** "What customers talk about": per group (detractors, promoters) its top themes with one example each. */
export interface ThemesView {
  title: string;
  intro: string;
  groups: { title: string; tone: 'good' | 'bad'; rows: { name: string; detail: string; example: string }[]; none?: string }[];
  emerging?: ListSection;
}

const EXAMPLE_MAX = 200;

function themesView(t: ThemesSection, lang: Lang): ThemesView {
  const num = (n: number) => formatNumber(n, lang);
  const group = (title: string, tone: 'good' | 'bad', total: number, mentions: ThemeMention[]): ThemesView['groups'][number] => ({
    title,
    tone,
    rows: mentions.map((m) => {
      const change =
        m.previousShare === undefined
          ? undefined
          : m.previousShare === 0
            ? themeReportTexts.newTheme[lang]
            : themeReportTexts.change(formatSigned(m.share - m.previousShare, lang, 0))[lang];
      return { name: m.theme[lang], detail: [themeReportTexts.share(formatNumber(m.share, lang, 0))[lang], change].filter(Boolean).join(' · '), example: oneLine(m.example, EXAMPLE_MAX) };
    }),
    ...(total === 0 ? { none: themeReportTexts.none[lang] } : mentions.length === 0 ? { none: themeReportTexts.noTheme[lang] } : {}),
  });
  return {
    title: themeReportTexts.title[lang],
    intro: themeReportTexts.intro(num(t.comments))[lang],
    groups: [
      group(themeReportTexts.detractors(num(t.detractorComments))[lang], 'bad', t.detractorComments, t.detractors),
      group(themeReportTexts.promoters(num(t.promoterComments))[lang], 'good', t.promoterComments, t.promoters),
    ],
    ...(t.emerging.length > 0 ? { emerging: { title: themeReportTexts.emerging[lang], items: t.emerging.map((p) => themeReportTexts.phrase(oneLine(p.phrase, 60), num(p.comments))[lang]) } } : {}),
  };
}

function kpiView(kpi: Kpi, report: Report): KpiView {
  const lang = report.lang;
  const m = messagesFor(lang);
  const view: KpiView = {
    id: kpi.id,
    name: kpiName(kpi, lang, report.period.kind),
    value: kpiValueText(kpi, lang),
    n: `n = ${formatNumber(kpi.current?.n ?? 0, lang)}`,
    coverage: coverageSentence(kpi.current?.n ?? 0, kpi.coverage, lang),
    trend: trendBars(kpi, report),
  };
  const line = trendLine(kpi, report);
  if (line) view.trendLine = line;
  if (kpi.previous) view.previous = m.previousValue(valueText(kpi.unit, kpi.previous.value, lang));
  if (kpi.typical) view.typical = m.typicalValue(valueText(kpi.unit, kpi.typical.value, lang), kpi.typical.periods, report.period.kind);
  if (kpi.usualness === 'unusual') view.usual = { text: m.unusualNow(kpi.unusualWas === 'better'), tone: kpi.unusualWas === 'better' ? 'good' : 'bad' };
  if (kpi.usualness === 'back-to-usual') view.usual = { text: m.backToUsual(kpi.unusualWas === 'better'), tone: 'neutral' };
  if (kpi.lastYear && kpi.trend[0]) {
    const c = kpi.lastYearComparison;
    const change = c ? `${changeText(kpi.unit, c.change, lang)}${c.test === 'none' ? '' : `, ${c.significant ? m.likelyReal : m.couldBeChance}`}` : '';
    view.lastYear = m.lastYearValue(trendLabel(kpi.trend[0].start, 'month', lang), valueText(kpi.unit, kpi.lastYear.value, lang), change);
  }
  if (kpi.comparison) {
    const parts = changeParts(kpi, kpi.comparison, lang);
    view.change = { arrow: parts.arrow, text: parts.change, verdict: parts.verdict, tone: parts.tone };
  } else {
    if (report.previousPeriod) view.note = noChangeReason(kpi, lang, report.minN);
  }
  return view;
}

/**
 * A sparkline that carries its values. Rates, scores and hours start near the data, not at zero
 * (CSAT from 61.7% to 73.8% must not look flat): the floor sits a fifth of the range below the
 * lowest value. Counts start at zero, where their size means something. The first, last, lowest
 * and highest bars carry their value; the reported period is marked.
 */
function trendBars(kpi: Kpi, report: Report): TrendBar[] {
  const lang = report.lang;
  const points = kpi.trend;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const floor = kpi.unit === 'count' ? Math.min(0, low) : low - (high > low ? (high - low) / 5 : Math.max(1, Math.abs(low) / 10));
  const withData = points.map((p, i) => (p.value === null ? -1 : i)).filter((i) => i >= 0);
  const marked = new Set<number>();
  if (withData.length > 0) {
    marked.add(withData[0]).add(withData[withData.length - 1]);
    marked.add(points.findIndex((p) => p.value === low)).add(points.findIndex((p) => p.value === high));
  }
  const last = points.length - 1;
  return points.map((point, i) => {
    const bar: TrendBar = {
      label: trendLabel(point.start, report.period.kind, lang),
      height: point.value === null ? null : high > floor ? 0.1 + (0.9 * (point.value - floor)) / (high - floor) : 0.6,
      text: point.value === null ? messagesFor(lang).trendNoData : valueText(kpi.unit, point.value, lang),
      current: i === last,
    };
    if (point.value !== null && marked.has(i)) bar.mark = chartNumber(kpi, point.value, lang);
    return bar;
  });
}

/** A value as written on a chart: the number alone, its unit is on the tile. */
function chartNumber(kpi: Kpi, value: number, lang: Report['lang']): string {
  return formatNumber(value, lang, kpi.unit === 'count' ? 0 : kpi.unit === 'scale' ? 2 : 1);
}

/** `Trend, 13 months: 13.9 (Oct 2025) → 44.7 now; low 4.2 (Nov 2025), high 44.7 (Oct 2026)`. */
function trendLine(kpi: Kpi, report: Report): string | undefined {
  const lang = report.lang;
  const points = kpi.trend.filter((p): p is TrendPointWithValue => p.value !== null);
  if (points.length < 2) return undefined;
  const label = (p: TrendPointWithValue) => trendLabel(p.start, report.period.kind, lang);
  const text = (p: TrendPointWithValue) => valueText(kpi.unit, p.value, lang);
  const lowest = points.reduce((a, b) => (b.value < a.value ? b : a));
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const first = points[0];
  const last = points[points.length - 1];
  return messagesFor(lang).trendLine(kpi.trend.length, report.period.kind, `${text(first)} (${label(first)})`, `${text(last)} (${label(last)})`, `${text(lowest)} (${label(lowest)})`, `${text(highest)} (${label(highest)})`);
}

type TrendPointWithValue = Kpi['trend'][number] & { value: number };

function criterionLine(c: CriterionResult, report: Report): string {
  const lang = report.lang;
  const m = messagesFor(lang);
  const status =
    c.status === 'met' ? m.criterionMet
    : c.status === 'not-met' ? m.criterionNotMet
    : c.missingReason === 'too-few' ? m.criterionTooFew(formatNumber(c.n ?? 0, lang), report.minN)
    : m.criterionNoData;
  const unit = c.metric === 'RESPONSES' ? 'count' : METRIC_INFO[c.metric].unit;
  const measured = c.actual !== undefined && c.status !== 'missing' ? `, ${m.measured(valueText(unit, c.actual, lang))}` : '';
  return `${criterionText(c, report.maturity.targets, lang)}: ${status}${measured}`;
}

function maturityView(report: Report): ReportView['maturity'] {
  const m = messagesFor(report.lang);
  const { level, levels } = report.maturity;
  const names = RUBRIC.map((l) => m.level[l.id].name);
  const headline = level > 0 ? m.maturityLevel(level, names[level - 1]) : m.maturityNone;
  // Why: the evidence of the levels reached; at level 0, what level 1 lacks.
  const reached = level > 0 ? levels.slice(0, level) : levels.slice(0, 1);
  const why = { title: m.maturityWhy, items: reached.flatMap((l) => l.criteria.filter((c) => level === 0 || c.status === 'met').map((c) => criterionLine(c, report))) };
  const view: ReportView['maturity'] = { title: m.maturity, headline, level, steps: names, why };
  if (level > 0 && level < levels.length) {
    const nextLevel = levels[level];
    view.next = { title: m.maturityNext(names[level]), items: nextLevel.criteria.map((c) => criterionLine(c, report)) };
  }
  if (report.maturity.missing.length > 0) {
    view.missing = { title: m.maturityMissing, items: report.maturity.missing.map((c) => criterionLine(c, report)) };
  }
  return view;
}

/** The view of a report, in the report's language. */
export function reportView(report: Report): ReportView {
  const lang = report.lang;
  const m = messagesFor(lang);
  const num = (n: number) => formatNumber(n, lang);
  const pct = (n: number) => formatNumber(n, lang, 1) + '%';
  const notes = report.kpis.flatMap((kpi) => (kpi.comparison ? [testNote(kpi, kpi.comparison, lang, report.period.kind)] : [])).filter((t): t is string => !!t);
  const view: ReportView = {
    lang,
    title: m.title,
    period: periodText(report.period, lang),
    compared: report.previousPeriod ? m.comparedWith(periodText(report.previousPeriod, lang)) : '',
    summary: summaryView(report),
    keyMetrics: m.keyMetrics,
    kpis: report.kpis.map((kpi) => kpiView(kpi, report)),
    trendTitle: m.trendsOf(report.kpis[0]?.trend.length ?? 12, report.period.kind),
    footnote: { title: m.footnote, legend: m.legend(report.minN), items: notes },
    maturity: maturityView(report),
    footer: m.footer,
    dataRanges: dataRangeLines(report.dataRanges, lang),
  };
  if (report.spreadsheetName) view.sheetName = cleanText(report.spreadsheetName, MAX_NAME_CHARS).text;
  const b = report.npsBreakdown;
  if (b) {
    view.nps = {
      title: m.npsBreakdown,
      total: `NPS ${formatNumber(b.nps, lang, 1)} · ${m.responses(num(b.n))}`,
      parts: [
        { label: m.promoters, count: num(b.promoters), share: pct(b.promoterShare), width: b.promoterShare, tone: 'good' },
        { label: m.passives, count: num(b.passives), share: pct(b.passiveShare), width: b.passiveShare, tone: 'neutral' },
        { label: m.detractors, count: num(b.detractors), share: pct(b.detractorShare), width: b.detractorShare, tone: 'bad' },
      ],
    };
  }
  if (report.segments.length > 0) {
    const seg = (unit: Parameters<typeof valueText>[0], s: SegmentValue) =>
      m.segmentValue(cleanText(s.name, MAX_NAME_CHARS).text, valueText(unit, s.value, lang), valueText(unit, s.low, lang), valueText(unit, s.high, lang), num(s.n));
    const minN = report.segments[0].minN;
    const thin = (list: { name: string; n: number }[]) => {
      const shown = list.slice(0, MAX_THIN_SEGMENTS).map((t) => `${cleanText(t.name, MAX_NAME_CHARS).text} (n = ${num(t.n)})`);
      return m.tooFewToRank(minN, shown, list.length - shown.length);
    };
    view.segments = {
      title: m.segments,
      note: m.segmentsNote(minN),
      bestLabel: m.best,
      worstLabel: m.worst,
      rows: report.segments.map((s) => ({
        metric: metricName(s.metric, lang, report.period.kind),
        ...(s.best && s.worst ? { best: seg(s.unit, s.best), worst: seg(s.unit, s.worst) } : { unranked: s.only ? m.onlySegment(seg(s.unit, s.only)) : m.cannotRank }),
        ...(s.tooFew.length > 0 ? { tooFew: thin(s.tooFew) } : {}),
      })),
    };
  }
  if (report.detractors) {
    const d = report.detractors;
    let shortened = 0;
    const comments = d.comments.map((c) => {
      const text = cleanText(c.comment, MAX_COMMENT_CHARS);
      if (text.shortened) shortened++;
      const segment = c.segment ? cleanText(c.segment, MAX_NAME_CHARS).text : '';
      const email = c.email ? cleanText(c.email, MAX_NAME_CHARS).text : '';
      return { text: text.text, meta: [`${m.score} ${c.score}`, segment, c.date ? dateText(c.date, lang) : '', email].filter(Boolean).join(' · ') };
    });
    view.detractors = { title: m.newDetractors, count: m.detractorCount(num(d.count)), comments };
    const rest = (d.withComment ?? d.comments.length) - d.comments.length;
    if (rest > 0) view.detractors.more = { text: m.moreComments(num(rest)), ...(report.spreadsheetUrl ? { url: report.spreadsheetUrl, link: m.seeAllInSheet } : {}) };
    if (shortened > 0) view.detractors.shortened = m.commentsShortened(shortened, MAX_COMMENT_CHARS);
    if (d.count > 0 && d.comments.length === 0) view.detractors.none = m.noDetractorComments;
  }
  if (report.followUp) {
    // An answer's local day and time in the spreadsheet's zone: `2 Nov 2026 09:10`.
    const at = (ms: number) => {
      const wall = new Date(ms + utcOffset(ms, report.timeZone));
      return `${dateText(isoDate(localDay(ms, report.timeZone)), lang)} ${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
    };
    view.followUp = followUpView(report.followUp, lang, at);
  }
  if (report.themes) view.themes = themesView(report.themes, lang);
  if (report.funnel) {
    const top = report.funnel.stages[0].reached || 1;
    view.funnel = {
      title: m.funnel,
      stages: report.funnel.stages.map((s) => ({
        name: m.stage[s.stage],
        reached: m.customers(num(s.reached)),
        width: (100 * s.reached) / top,
        ...(s.shareFromPrevious !== null ? { share: m.fromPrevious(pct(s.shareFromPrevious)) } : {}),
      })),
    };
    if (report.funnel.unmatched > 0) view.funnel.unmatched = m.unmatchedStages(num(report.funnel.unmatched));
  }
  if (report.problems.length > 0) view.problems = { title: m.problems, items: report.problems.map((p) => cleanText(p.message[lang], MAX_ITEM_CHARS).text) };
  if (report.spreadsheetUrl) view.link = { url: report.spreadsheetUrl, text: m.openSpreadsheet };
  return view;
}
