import type { CellRef, Coverage } from '../cells/coverage';
import type { DateOrderDecision, DecimalMarkDecision } from '../cells/decide';
import type { Cells } from '../cells/packed';
import type { Cell, Lang } from '../cells/types';
import type { MetricId, Summary } from '../metrics/types';
import type { FollowUpRow, FollowUpSection } from './followups';
import type { MaturityAssessment, MaturityTargets } from './maturity';

/**
 * The report's contract: what goes in (plain columns, independent of Sheets, so the add-on,
 * the CLI and tests feed it alike) and what comes out (a plain model both renderers read;
 * they compute nothing).
 */

/** A calendar day in the spreadsheet's time zone, `YYYY-MM-DD`. */
export type LocalDate = string;

/** Calendar periods a report can cover (weeks start on Monday). */
export type CalendarKind = 'week' | 'month' | 'quarter' | 'year';

/**
 * The period asked for (metrics-spec.md section 6): a calendar period named by any day inside
 * it, a date range with both ends included, or `all` (everything, also rows without a date).
 */
export type PeriodChoice =
  | { kind: CalendarKind; start: LocalDate }
  | { kind: 'range'; start: LocalDate; end: LocalDate }
  | { kind: 'all' };

/** One column per field, one cell per row; columns of one table must be the same length. */
export interface SurveyColumns<C extends Cells = Cell[]> {
  /** Absent on a file with no date column: only the `all` period has its figures. */
  dates?: C;
  /** The mapping's label → score tables per score column (sidebar step 2). */
  labels?: Partial<Record<'nps' | 'csat' | 'ces', Record<string, number>>>;
  /** The mapping's date order, used when the dates' own values do not decide. */
  dateOrder?: 'dmy' | 'mdy';
  nps?: C;
  csat?: C;
  ces?: C;
  segment?: C;
  comment?: C;
  email?: C;
}

export interface TicketColumns<C extends Cells = Cell[]> {
  /** When the ticket was opened; for a sheet with only a first-contact flag, the row's date (empty with a duration column only). */
  opened: C;
  /** Absent when the sheet has no resolved date: FCR only, no ART (or ART from `duration`). */
  resolved?: C;
  /** Time each ticket took (ART without resolved dates), with its header (which may name the unit). */
  duration?: C;
  durationHeader?: string;
  durationUnit?: 'hours' | 'minutes' | 'days';
  /** Dates that place a duration-only ticket in a period (the sheet's timestamp). */
  dates?: C;
  dateOrder?: 'dmy' | 'mdy';
  /** Resolved on first contact, yes/no. */
  firstContact?: C;
  segment?: C;
}

/** One row per month (the month's first day or any date in it) with customer counts. */
export interface SubscriptionColumns<C extends Cells = Cell[]> {
  month: C;
  /** The mapping's date order for day/month month text (01/10/2026), used when the values do not decide. */
  dateOrder?: 'dmy' | 'mdy';
  start: C;
  end: C;
  new: C;
  trials?: C;
  converted?: C;
  /** New customers who came by referral, a count per month. */
  referred?: C;
}

/** One row per purchase or new customer: was it referred (yes/no)? */
export interface ReferralColumns<C extends Cells = Cell[]> {
  dates?: C;
  referred: C;
  /** The mapping's date order for day/month text, used when the dates' own values do not decide. */
  dateOrder?: 'dmy' | 'mdy';
}

/**
 * One row per customer or subscription (a customer list): a churned yes/no flag, and/or the
 * days it joined and left (blank while still a customer). `ids`, when mapped, lets the report
 * refuse one customer on two contradictory rows.
 */
export interface CustomerColumns<C extends Cells = Cell[]> {
  ids?: C;
  churned?: C;
  joined?: C;
  left?: C;
  /** The date of each flag row, when the list has one: churn from flags then has a trend. */
  dates?: C;
  /** The mapping's date order for day/month join, cancel and row dates, used when their values do not decide. */
  dateOrder?: 'dmy' | 'mdy';
}

export interface ActivityColumns<C extends Cells = Cell[]> {
  users: C;
  dates: C;
  /** The mapping's date order for day/month text, used when the dates' own values do not decide. */
  dateOrder?: 'dmy' | 'mdy';
}

/** One row per customer: the furthest journey stage reached; dates, when given, limit it to the period. */
export interface JourneyColumns<C extends Cells = Cell[]> {
  stages: C;
  dates?: C;
  /** The mapping's date order for day/month text, used when the dates' own values do not decide. */
  dateOrder?: 'dmy' | 'mdy';
}

export interface ReportInput<C extends Cells = Cell[]> {
  /** IANA zone of the spreadsheet, e.g. `Asia/Ho_Chi_Minh`: days and months are counted there. */
  timeZone: string;
  lang: Lang;
  /** The period to report; default: the latest complete month with data before `now` (`all` when nothing is dated). */
  period?: PeriodChoice;
  /** Epoch ms or Date; default Date.now(). Only used to pick the default period. */
  now?: number | Date;
  /** The kind of the default period (the latest complete one with data): month unless said. */
  defaultKind?: 'week' | 'month' | 'quarter';
  survey?: SurveyColumns<C>;
  tickets?: TicketColumns<C>;
  subscriptions?: SubscriptionColumns<C>;
  referrals?: ReferralColumns<C>;
  activity?: ActivityColumns<C>;
  journey?: JourneyColumns<C>;
  customers?: CustomerColumns<C>;
  /**
   * Every survey sheet, when the mapping has more than one (issue 11: none dropped): the report
   * gives each sheet's own figures and, for a question two or more sheets ask, the "All surveys"
   * figure over all their answers (each sheet's cells read as that sheet reads them). `survey`
   * is the first of them.
   */
  surveySheets?: { name: string; survey: SurveyColumns<C> }[];
  /** Answer scales (the spec's defaults: CSAT 5, CES 7). */
  csatScale?: 3 | 5 | 7 | 10;
  cesScale?: 5 | 7;
  targets?: Partial<MaturityTargets>;
  /** The spreadsheet's or file's locale (`vi_VN`): decides date order and decimal marks the values leave open. */
  locale?: string;
  spreadsheetUrl?: string;
  spreadsheetName?: string;
  /**
   * Where each input column's cells are (keyed by the column array itself), so left-out cells
   * are named by their sheet cell or file line (metrics-spec.md section 7) and the data's range
   * is given per sheet. Columns not in it are still counted, without places.
   */
  columns?: ReadonlyMap<Cells, ColumnPlace>;
  /** The rows of the add-on's follow-up sheet (issue 16): the report's follow-up section. */
  followUps?: FollowUpRow[];
  /**
   * Each date column's day/month order, by column (keyed like `columns`): the report reads a
   * column found here in that order instead of deciding on its own cells, and adds the orders it
   * decides. A `--by` group's rows are read as their whole column decided (metrics-spec.md §1.2:
   * per column, never per cell), so a group without the cell that proves the order reads its
   * dates as the whole report does.
   */
  dateDecisions?: Map<Cells, DateOrderDecision>;
  /**
   * Each number column's decimal mark, by column, alike: a `--by` group's `1.250` is one thousand
   * two hundred and fifty when its whole column's `2,5` proved a decimal comma (spec §1.3: per column).
   */
  markDecisions?: Map<Cells, DecimalMarkDecision>;
}

/** Where a column of the report's input lives. */
export interface ColumnPlace {
  /** The sheet (or file) name, as the person knows it. */
  sheet: string;
  /** The place of data row `index` (0-based, below the header rows). */
  refOf(index: number): CellRef;
}

/** Metrics a report can show: the registry's column metrics plus counts from subscriptions and activity. */
export type ReportMetricId = MetricId | 'CHURN' | 'RETENTION' | 'ACTIVE_USERS' | 'STICKINESS' | 'COHORT_MONTH_1' | 'COHORT_MONTH_3';

export type MetricUnit = 'points' | 'percent' | 'scale' | 'hours' | 'count';

export interface Period {
  kind: CalendarKind | 'range' | 'all';
  /** First day (for `all`: the data's first day, '' when nothing is dated). */
  start: LocalDate;
  /** Last day, inclusive (for `all`: the data's last day). */
  end: LocalDate;
}

/** A metric over one period: its value and how many observations (responses, tickets, customers, users) back it. */
export interface Reading {
  n: number;
  value: number;
  /** The registry's summary, for column metrics (what the tests need). */
  summary?: Summary;
}

export type TestName = 'nps-difference' | 'two-proportion' | 'welch' | 'none';

export interface Comparison {
  /** current − previous, in the metric's unit (points, percent points, scale units, hours, count). */
  change: number;
  test: TestName;
  /** Absent for counts, which carry no test. */
  statistic?: number;
  pValue?: number;
  significant: boolean;
}

/**
 * The typical period: the median of the periods before the reported one (up to 12, those with
 * enough observations), with the 95% interval a period of typical size would have at that value
 * (Wilson for rates, adjusted-Wald for NPS, normal for means; counts have none).
 */
export interface TypicalPeriod {
  value: number;
  /** Periods the median was taken over. */
  periods: number;
  /** Median observations per period. */
  n: number;
  low?: number;
  high?: number;
}

/**
 * Where the reported period sits against the typical one: `unusual` outside its 95% interval,
 * `back-to-usual` inside it right after an unusual period, else `usual`.
 */
export type Usualness = 'usual' | 'unusual' | 'back-to-usual';

export interface TrendPoint {
  start: LocalDate;
  n: number;
  value: number | null;
}

export interface Kpi {
  id: ReportMetricId;
  /**
   * Whose figure it is when several survey sheets are reported: one sheet's own (`combined`
   * false, `name` the sheet's), or all of them (`combined`, `name` "All surveys" in the report's
   * language). Absent with one survey sheet.
   */
  scope?: { name: string; combined: boolean };
  unit: MetricUnit;
  higherIsBetter: boolean;
  /** Top of the answer scale for CSAT_AVG and CES, for "4.2 / 5". */
  scale?: number;
  current: Reading | null;
  previous: Reading | null;
  /** Null when either period has no data or too few observations. */
  comparison: Comparison | null;
  /** n < MIN_N in either period: the report says so instead of a change. */
  lowN: boolean;
  /** Thirteen periods, oldest first, the last being the reported period. */
  trend: TrendPoint[];
  /** Null when fewer than MIN_TYPICAL_PERIODS periods before have enough observations. */
  typical: TypicalPeriod | null;
  /** current − typical, in the metric's unit; null without both. */
  vsTypical: number | null;
  /** Null when it cannot be judged (no typical interval, or too few observations now). */
  usualness: Usualness | null;
  /** Set with `back-to-usual` and `unusual`: whether the unusual period was better or worse than typical. */
  unusualWas?: 'better' | 'worse';
  /** The same period a year earlier (months only), when it has data, and the change since. */
  lastYear: Reading | null;
  lastYearComparison: Comparison | null;
  /** What the reported period's value is made of: cells used, and left out by reason with places. */
  coverage: Coverage;
}

export interface SegmentValue {
  name: string;
  n: number;
  value: number;
  /** 95% interval: Wilson for rates, adjusted-Wald for NPS, normal for means (metrics-spec.md section 3). */
  low: number;
  high: number;
}

export interface SegmentRanking {
  metric: ReportMetricId;
  unit: MetricUnit;
  /** Absent unless at least two segments have enough observations and they differ. */
  best?: SegmentValue;
  worst?: SegmentValue;
  /** The one segment with enough observations, when only one has (shown, not ranked). */
  only?: SegmentValue;
  /** Segments with at least this many observations in the period were ranked (30). */
  minN: number;
  ranked: number;
  /** Segments with fewer observations, listed apart, largest first: their value is mostly noise. */
  tooFew: { name: string; n: number }[];
}

export interface NpsBreakdown {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares in percent. */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  nps: number;
}

export interface DetractorComment {
  date: LocalDate;
  score: number;
  comment: string;
  segment?: string;
  email?: string;
}

export interface NewDetractors {
  /** Detractor answers (0–6) received in the period. */
  count: number;
  /** Of those, the answers with a comment. */
  withComment: number;
  /** The five most recent comments, newest first (then lowest score). */
  comments: DetractorComment[];
}

/** A theme in one group's comments (detractors or promoters) for "What customers talk about". */
export interface ThemeMention {
  theme: { id: string; en: string; vi: string };
  comments: number;
  /** Percent of the group's comments in the period. */
  share: number;
  negativeShare: number;
  /** The same share in the period before; absent when that period had no comments in the group. */
  previousShare?: number;
  /** The group's newest comment that mentions it. */
  example: string;
}

export interface ThemesSection {
  /** Comments in the period, and of them from detractors and promoters. */
  comments: number;
  detractorComments: number;
  promoterComments: number;
  detractors: ThemeMention[];
  promoters: ThemeMention[];
  /** Phrases that come back but no theme covers yet. */
  emerging: { phrase: string; comments: number }[];
}

export const JOURNEY_STAGES = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export interface FunnelStage {
  stage: JourneyStage;
  /** Customers whose furthest stage is this one. */
  atStage: number;
  /** Customers who reached this stage or a later one. */
  reached: number;
  /** Percent of the previous stage's `reached` that reached this one; null for the first stage or after zero. */
  shareFromPrevious: number | null;
}

export interface Funnel {
  stages: FunnelStage[];
  /** Rows whose stage matched none of the five (in English or Vietnamese). */
  unmatched: number;
}

/** A column that could not be read: its section is left out and the report says why. */
export interface ReportProblem {
  section: 'survey' | 'tickets' | 'subscriptions' | 'referrals' | 'activity' | 'journey' | 'customers';
  metric?: ReportMetricId;
  message: Record<Lang, string>;
}

export interface Report {
  lang: Lang;
  timeZone: string;
  period: Period;
  /** The period before, compared with (null for `all`). */
  previousPeriod: Period | null;
  /** Observations needed in each period before a change is shown (30). */
  minN: number;
  kpis: Kpi[];
  npsBreakdown?: NpsBreakdown;
  segments: SegmentRanking[];
  detractors?: NewDetractors;
  /** What customers talk about: themes of the period's comments (when there is a comment column). */
  themes?: ThemesSection;
  funnel?: Funnel;
  maturity: MaturityAssessment;
  /** Only when it is a plain http(s) URL. */
  spreadsheetUrl?: string;
  spreadsheetName?: string;
  problems: ReportProblem[];
  /** The data's own first and last dates, per sheet ("data runs 2026-09-02 → 2026-10-28"). */
  dataRanges: DataRange[];
  /** How the period's unhappy answers were followed up (when the follow-up sheet was read). */
  followUp?: FollowUpSection;
  /** Date columns whose day/month order a few cells decided for many (said in the summary); absent when none. */
  dateOrderWarnings?: DateOrderWarning[];
}

export interface DataRange {
  /** The sheet or file; '' when the caller did not say where the columns are. */
  sheet: string;
  first: LocalDate;
  last: LocalDate;
}

/**
 * A date column whose day/month order was decided by a few of its cells against many that read
 * either way (src/cells/decide.ts, restsOnFewCells): one `13/11/2019` among 38 `11/1/2019`-style
 * dates makes them all day first and moves them to other months, so the report says so.
 */
export interface DateOrderWarning {
  /** The sheet or file; '' when the caller did not say where the column is. */
  sheet: string;
  order: 'dmy' | 'mdy';
  /** The first cells proving the order (up to 3), as written, and where each is (when the caller said). */
  proofs: { text: string; place?: CellRef }[];
  /** Cells (rows) proving the order. */
  proving: number;
  /** Day/month dates the other order would put in another month, and the first of them as written. */
  moved: number;
  example?: string;
}
