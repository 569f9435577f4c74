import { isoDate } from '../cells/calendar';
import type { DateOrder } from '../cells/dates';
import type { Cell } from '../cells/types';
import { ReportReader, type RowNumbers } from './columns';
import { MIN_N } from './compare';
import { activityKpis, subscriptionKpis } from './counts';
import { cohortKpis, customerKpis } from './customers';
import { dateOrderWarningsOf } from './date-order-warnings';
import { safeHttpUrl } from './format';
import { followUpSection } from './followups';
import { funnelOf } from './journey';
import { assessMaturity, type MaturityEvidence } from './maturity';
import { framePeriod, type DataSpan, type PeriodFrame } from './period';
import { surveySection, type SurveySection } from './survey';
import { headlineKpis } from './display';
import { COVERAGE_TEXTS } from './messages';
import { referralFlagKpi, ticketSection } from './tickets';
import type { DataRange, Kpi, Report, ReportInput, ReportMetricId, SurveyColumns } from './types';
import type { Cells } from '../cells/packed';

/**
 * The report model: every metric the input allows for the period and the one before, with the
 * change and its significance, twelve-period trends, segments, the NPS breakdown, detractor
 * comments, the journey funnel and the CX maturity level. Pure: plain columns in, a plain
 * object out, so the add-on, the CLI and the tests share it; renderers only format it.
 *
 * A section whose columns are missing is left out. Cells that cannot be read are left out
 * and listed in `problems`, so one typo in a sheet never stops the email.
 *
 * @example buildReport({ timeZone: 'Asia/Ho_Chi_Minh', lang: 'vi', now: Date.parse('2026-04-01'), survey: { dates, nps } })
 *   // a March 2026 report with the NPS tile, its trend and breakdown
 * @throws RangeError for a malformed period start or an unknown time zone
 */

/** Tiles in the order a manager reads them: loyalty, satisfaction, service, growth, usage. */
export const KPI_ORDER: ReportMetricId[] = [
  'NPS', 'CSAT', 'CSAT_AVG', 'CES', 'FCR', 'ART', 'CHURN', 'RETENTION', 'REFERRAL_RATE', 'TRIAL_CONVERSION', 'ACTIVE_USERS', 'STICKINESS',
  'COHORT_MONTH_1', 'COHORT_MONTH_3',
];

export function buildReport(input: ReportInput<Cells>): Report {
  const log = new ReportReader(input);
  // Dates first: the default period is the latest complete month that has data.
  const dateColumns = dateColumnsOf(input);
  for (const [cells, order] of dateOrders(input)) log.days(cells, order);
  const span = spanOf(log.allDays());
  const frame = framePeriod(input, { span, latestBefore: (day) => latestBefore(log.allDays(), day) });
  const report = emptyReport(input, frame, dataRangesOf(dateColumns, log));
  // A few cells that decided a date column's day/month order for many are said first (docs/metrics.md).
  const dateWarnings = dateOrderWarningsOf(dateColumns, log);
  if (dateWarnings.length > 0) report.dateOrderWarnings = dateWarnings;
  const { kpis } = report;
  let responses: number | undefined;

  const several = input.surveySheets && input.surveySheets.length > 1 ? input.surveySheets : undefined;
  if (input.survey || several) {
    const survey = several ? surveysSection(several, input, frame, log) : surveySection(input.survey!, input, frame, log);
    kpis.push(...survey.kpis);
    report.segments.push(...survey.segments);
    if (survey.npsBreakdown) report.npsBreakdown = survey.npsBreakdown;
    if (survey.detractors) report.detractors = survey.detractors;
    if (survey.themes) report.themes = survey.themes;
    responses = survey.responses;
  }
  if (input.followUps) report.followUp = followUpSection(input.followUps, report.period, input.timeZone);
  if (input.tickets) {
    const tickets = ticketSection(input.tickets, input, frame, log);
    kpis.push(...tickets.kpis);
    report.segments.push(...tickets.segments);
  }
  if (input.subscriptions) kpis.push(...subscriptionKpis(input.subscriptions, input, frame, log));
  if (input.referrals) {
    // Per-purchase flags are finer than monthly counts: they replace a count-based referral rate.
    const flagged = referralFlagKpi(input.referrals, input, frame, log);
    if (flagged) kpis.splice(0, kpis.length, ...kpis.filter((k) => k.id !== 'REFERRAL_RATE'), flagged);
  }
  if (input.customers) {
    // One row per customer is finer than monthly counts: it replaces a count-based churn and retention.
    const fromCustomers = customerKpis(input.customers, input, frame, log);
    if (fromCustomers.length > 0) {
      const ids = new Set(fromCustomers.map((kpi) => kpi.id));
      kpis.splice(0, kpis.length, ...kpis.filter((kpi) => !ids.has(kpi.id)), ...fromCustomers);
    }
  }
  if (input.activity) kpis.push(...activityKpis(input.activity, input, frame, log), ...cohortKpis(input.activity, input, frame, log));
  if (input.journey) {
    const funnel = funnelOf(input.journey, input, frame, log);
    if (funnel) report.funnel = funnel;
  }

  kpis.sort((a, b) => KPI_ORDER.indexOf(a.id) - KPI_ORDER.indexOf(b.id));
  report.maturity = assessMaturity(evidenceOf(headlineKpis(kpis), responses), input.targets);
  report.problems = log.failures;
  const url = safeHttpUrl(input.spreadsheetUrl);
  if (url) report.spreadsheetUrl = url;
  if (input.spreadsheetName) report.spreadsheetName = String(input.spreadsheetName);
  return report;
}

/** The report before any section: the period, its data ranges, no tiles yet (buildReport and reportFromCounts fill it alike). */
export function emptyReport(input: Pick<ReportInput<Cells>, 'lang' | 'timeZone' | 'targets'>, frame: PeriodFrame, dataRanges: DataRange[]): Report {
  return {
    lang: input.lang,
    timeZone: input.timeZone,
    period: frame.period,
    previousPeriod: frame.previous,
    minN: MIN_N,
    dataRanges,
    kpis: [],
    segments: [],
    maturity: assessMaturity({}, input.targets),
    problems: [],
  };
}

/**
 * Several survey sheets (issue 11: none dropped): each sheet's own figures, and for a question
 * two or more sheets ask, the "All surveys" figure over all their answers, each sheet's cells
 * read as that sheet reads them (ReportReader.stack). Segments, the NPS breakdown, detractors,
 * themes and the response count come from all the answers.
 */
function surveysSection(sheets: { name: string; survey: SurveyColumns<Cells> }[], input: ReportInput<Cells>, frame: PeriodFrame, log: ReportReader): SurveySection {
  const rowsOf = (survey: SurveyColumns<Cells>) => Math.max(...STACKED.map((field) => survey[field]?.length ?? 0));
  const stackOf = (field: (typeof STACKED)[number]): Cells | undefined => {
    if (!sheets.some(({ survey }) => survey[field])) return undefined;
    return log.stack(
      sheets.map(({ survey }) => {
        const labels = field === 'nps' || field === 'csat' || field === 'ces' ? survey.labels?.[field] : undefined;
        return { cells: survey[field] ?? new Array<Cell>(rowsOf(survey)).fill(''), dateOrder: field === 'dates' ? survey.dateOrder : undefined, labels };
      }),
    );
  };
  const combined: SurveyColumns<Cells> = {};
  for (const field of STACKED) {
    const cells = stackOf(field);
    if (cells) combined[field] = cells;
  }
  const all = surveySection(combined, input, frame, log);
  const own = sheets.map(({ name, survey }) => surveySection(survey, input, frame, log).kpis.map((kpi) => ({ ...kpi, scope: { name, combined: false } })));
  // "All surveys" only for a metric two or more sheets give; otherwise the one sheet's own figure says it.
  const sheetsWith = (id: Kpi['id']) => own.filter((kpis) => kpis.some((kpi) => kpi.id === id)).length;
  const allSurveys = COVERAGE_TEXTS[input.lang].allSurveys;
  const together = all.kpis.filter((kpi) => sheetsWith(kpi.id) > 1).map((kpi) => ({ ...kpi, scope: { name: allSurveys, combined: true } }));
  return { ...all, kpis: [...together, ...own.flat()] };
}

const STACKED = ['dates', 'nps', 'csat', 'ces', 'segment', 'comment', 'email'] as const;

/** What the KPIs say as maturity evidence: each metric's reported and previous reading. */
export function evidenceOf(kpis: Kpi[], responses: number | undefined): MaturityEvidence {
  const evidence: MaturityEvidence = {};
  if (responses !== undefined) evidence.RESPONSES = { value: responses, n: responses };
  for (const kpi of kpis) {
    if (!kpi.current) continue;
    evidence[kpi.id] = {
      value: kpi.current.value,
      n: kpi.current.n,
      ...(kpi.previous ? { previous: { value: kpi.previous.value, n: kpi.previous.n } } : {}),
    };
  }
  return evidence;
}

/** The date columns whose mapping sets a day/month order, with it (read first, so the order is the one cached). */
function dateOrders(input: ReportInput<Cells>): [Cells, DateOrder | undefined][] {
  const ordered: [Cells | undefined, DateOrder | undefined][] = [
    [input.survey?.dates, input.survey?.dateOrder],
    ...(input.surveySheets ?? []).map(({ survey }): [Cells | undefined, DateOrder | undefined] => [survey.dates, survey.dateOrder]), [input.tickets?.opened, input.tickets?.dateOrder],
    [input.tickets?.resolved, input.tickets?.dateOrder], [input.tickets?.dates, input.tickets?.dateOrder], [input.subscriptions?.month, input.subscriptions?.dateOrder],
    [input.referrals?.dates, input.referrals?.dateOrder], [input.activity?.dates, input.activity?.dateOrder], [input.journey?.dates, input.journey?.dateOrder],
    [input.customers?.joined, input.customers?.dateOrder], [input.customers?.left, input.customers?.dateOrder], [input.customers?.dates, input.customers?.dateOrder],
  ];
  const all = new Map<Cells, DateOrder | undefined>();
  for (const [cells, order] of ordered) if (cells && !all.has(cells)) all.set(cells, order);
  for (const cells of dateColumnsOf(input)) if (!all.has(cells)) all.set(cells, undefined);
  return [...all];
}

/** Every date column of the input, each once (several families may share one). */
function dateColumnsOf(input: ReportInput<Cells>): Cells[] {
  const columns = [
    input.survey?.dates,
    ...(input.surveySheets ?? []).map(({ survey }) => survey.dates), input.tickets?.opened, input.tickets?.resolved, input.subscriptions?.month,
    input.referrals?.dates, input.activity?.dates, input.journey?.dates,
    input.customers?.joined, input.customers?.left, input.customers?.dates, input.tickets?.dates,
  ].filter((cells): cells is Cells => cells !== undefined);
  return [...new Set(columns)];
}

function spanOf(columns: RowNumbers[]): DataSpan | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const days of columns) {
    for (let i = 0; i < days.length; i++) {
      const day = days[i];
      if (day < first) first = day;
      if (day > last) last = day;
    }
  }
  return first <= last ? { first, last } : undefined;
}

/** The latest data day before `day`, or NaN. */
function latestBefore(columns: RowNumbers[], day: number): number {
  let latest = NaN;
  for (const days of columns) for (let i = 0; i < days.length; i++) if (days[i] < day && !(days[i] <= latest)) latest = days[i];
  return latest;
}

/** The data's first and last day per sheet, in the order the sheets come. */
function dataRangesOf(columns: Cells[], log: ReportReader): DataRange[] {
  const bySheet = new Map<string, RowNumbers[]>();
  for (const cells of columns) {
    const sheet = log.placeOf(cells)?.sheet ?? '';
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), log.days(cells).days]);
  }
  const ranges: DataRange[] = [];
  for (const [sheet, days] of bySheet) {
    const span = spanOf(days);
    if (span) ranges.push({ sheet, first: isoDate(span.first), last: isoDate(span.last) });
  }
  return ranges;
}
