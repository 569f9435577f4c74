import * as z from '../mapping/zod';
import { cesScaleSchema, csatScaleSchema, mappingSchema, type Mapping } from '../mapping/schema';

/**
 * The one declaration of what the sidebar may call through google.script.run: for each
 * function, the zod schema of its argument and of its result. The server (sidebar-server.ts)
 * parses every argument with these schemas; the client (sidebar/) imports only the types,
 * so zod stays out of the page bundle. Every other server function ends with `_`.
 *
 * Each argument may carry `lang`, the language the person chose in the sidebar, so the
 * messages of a failure come back in the language they are reading.
 */

export const LangSchema = z.enum(['en', 'vi']);
export type Lang = z.infer<typeof LangSchema>;

const base = { lang: z.optional(LangSchema) };

/**
 * The mapping travels as it is stored (src/mapping/schema.ts): one data source per sheet with its
 * header row and field → column letter. The page edits it and sends it back whole.
 */
export const MappingSchema = mappingSchema;
export type WizardMapping = Mapping;

// ---- listSheets -------------------------------------------------------------------------------

export const ListSheetsArgs = z._default(z.object(base), {});
export const SheetInfoSchema = z.object({
  name: z.string(),
  /** Rows below the header row. */
  rows: z.int().check(z.gte(0)),
  columns: z.int().check(z.gte(0)),
  /** The dashboard the add-on built: not data, so the sidebar does not offer it. */
  isDashboard: z.boolean(),
  /** What detection would use the sheet for, or why not, in both languages (absent for the dashboard). */
  use: z.optional(z.object({ used: z.boolean(), text: z.object({ en: z.string(), vi: z.string() }) })),
});
export type SheetInfo = z.infer<typeof SheetInfoSchema>;
export const ListSheetsResult = z.object({ sheets: z.array(SheetInfoSchema), activeSheet: z.string() });

// ---- detectMapping ----------------------------------------------------------------------------

export const DetectMappingArgs = z.object({ ...base, sheets: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(20)) });
/** How a date column's day/month text is read, and why, both languages. */
export const DateOrderInfoSchema = z.object({
  order: z.enum(['dmy', 'mdy']),
  why: z.object({ en: z.string(), vi: z.string() }),
  /** True when the column's own values decide the order: a setting in the mapping then cannot change it. */
  proved: z.optional(z.boolean()),
  /** What is said instead when the mapping sets an order the values leave open ("day first (as set in the mapping)"). */
  ifSet: z.optional(z.object({ dmy: z.object({ en: z.string(), vi: z.string() }), mdy: z.object({ en: z.string(), vi: z.string() }) })),
  /**
   * When a few cells decided the order for many dates (docs/metrics.md): the facts in both
   * languages and how many cells prove it; the page adds what to do, unless the mapping's setting confirms the order.
   */
  fewCells: z.optional(z.object({ text: z.object({ en: z.string(), vi: z.string() }), cells: z.int().check(z.gte(1)) })),
});
export type DateOrderInfo = z.infer<typeof DateOrderInfoSchema>;

export const ColumnInfoSchema = z.object({
  /** A1 letter, e.g. `C`. */
  letter: z.string(),
  header: z.string(),
  /** A few non-blank values as text, for the person to recognise the column. */
  samples: z.array(z.string()).check(z.maxLength(5)),
  /** The scale this column's answers would have as the CSAT or CES field: the page re-proposes it when the person picks the column. */
  scales: z.optional(z.object({ csat: csatScaleSchema, ces: cesScaleSchema })),
  /**
   * Answers written as words in the sample (`Rất hài lòng`, `Tốt`), with how often each appears and
   * the score the built-in lists give it as each score field (null: none; the person gives one).
   */
  answers: z.optional(
    z
      .array(z.object({ label: z.string(), count: z.int(), scores: z.object({ nps: z.nullable(z.number()), csat: z.nullable(z.number()), ces: z.nullable(z.number()) }) }))
      .check(z.maxLength(30)),
  ),
  /** For day/month date text: the order it is read in and why ("day first: 13/09/2026 in row 20"), both languages, from detection's sample. */
  dateOrder: z.optional(DateOrderInfoSchema),
});
export type ColumnInfo = z.infer<typeof ColumnInfoSchema>;
export const DetectedFieldSchema = z.object({
  field: z.string(),
  /** The column letter detection proposes, or null. */
  letter: z.nullable(z.string()),
  /** 0..1: how sure detection is that the column holds the field. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** Only the values point to `letter` (no header word): offered unticked, not in the proposed mapping. */
  maybe: z.optional(z.boolean()),
  /** What the field is, in both languages, so the page can switch language without a call. */
  label: z.object({ en: z.string(), vi: z.string() }),
  /** CSAT and CES: the answer scale detected for the proposed column, how sure, and why in both languages. */
  scale: z.optional(z.object({ scale: z.number(), confidence: z.number().check(z.gte(0), z.lte(1)), reasons: z.object({ en: z.array(z.string()), vi: z.array(z.string()) }) })),
  /** NPS, CSAT and CES: the other columns that could hold the field, best first (letters; their headers are in `columns`). */
  alternatives: z.optional(z.array(z.string()).check(z.maxLength(3))),
});
export type DetectedField = z.infer<typeof DetectedFieldSchema>;
export const SheetDetectionSchema = z.object({
  sheet: z.string(),
  headerRow: z.int().check(z.gte(0)),
  isFormsResponses: z.boolean(),
  columns: z.array(ColumnInfoSchema),
  /** The fields worth offering on this sheet, in display order. */
  fields: z.array(DetectedFieldSchema),
});
export type SheetDetectionT = z.infer<typeof SheetDetectionSchema>;
export const DetectMappingResult = z.object({ sheets: z.array(SheetDetectionSchema), mapping: MappingSchema });

// ---- previewMetrics ---------------------------------------------------------------------------

export const PreviewMetricsArgs = z.object({
  ...base,
  mapping: MappingSchema,
  /** The period as typed (metrics-spec §6: `all`, `2026`, `2026-Q3`, `2026-10`, `2026-W41`, `2026-09-01..2026-10-31`); absent: the latest complete month with data. */
  period: z.optional(z.string().check(z.maxLength(40))),
});
const BothLangs = z.object({ en: z.string(), vi: z.string() });
export const MetricPreviewSchema = z.object({
  metric: z.string(),
  sheet: z.string(),
  /** null when the metric cannot be computed; `error` says why. */
  value: z.nullable(z.number()),
  /** How to show the value: NPS points, percent, a mean on a scale of `scale`, hours, a count. */
  unit: z.enum(['points', 'percent', 'mean', 'hours', 'count']),
  scale: z.optional(z.number()),
  n: z.int().check(z.gte(0)),
  /** The A1 range the value comes from, as the dashboard formula will read it. */
  source: z.string(),
  breakdown: z.optional(z.object({ promoters: z.number(), passives: z.number(), detractors: z.number() })),
  error: z.optional(z.string()),
  /** What the value is made of (metrics-spec §7): "n = 1,232 · 18 left out", and each reason with its first sheet cells. */
  coverage: z.optional(z.object({ line: BothLangs, reasons: z.array(z.object({ reason: z.string(), count: z.int(), text: BothLangs })) })),
  /** The sheet has no date column: the value is over every row, whatever the period. */
  allRows: z.optional(z.boolean()),
  /** Churn, retention and activity churn from records measure their own month (the latest complete one), whatever the period picked. */
  ownPeriod: z.optional(z.boolean()),
  /** A figure over several sheets ("All surveys"): their answers in the period, stacked. */
  combined: z.optional(z.boolean()),
});
export type MetricPreview = z.infer<typeof MetricPreviewSchema>;
/**
 * Cohort retention from an activity or order log, as the email's month-1 and month-3 figures
 * count it (the dashboard's CX_COHORT table, compact): the latest cohorts up to the log's own
 * latest complete month, each with its size and the % still active 1 and 3 months after.
 */
export const CohortPreviewSchema = z.object({
  sheet: z.string(),
  /** The users' A1 range, as the dashboard's CX_COHORT reads it. */
  source: z.string(),
  /** The month the figures are measured in (its `YYYY-MM` and in words). */
  month: z.object({ key: z.string(), label: BothLangs }),
  /** Latest cohorts first: month (`YYYY-MM`, in words), customers, % active 1 and 3 months after (null: not reached yet). */
  rows: z.array(z.object({ key: z.string(), label: BothLangs, size: z.int().check(z.gte(0)), after1: z.nullable(z.number()), after3: z.nullable(z.number()) })),
  /** The email's figures for the month: last month's new customers still active, and those of 3 months before. */
  month1: z.nullable(z.object({ value: z.number(), n: z.int() })),
  month3: z.nullable(z.object({ value: z.number(), n: z.int() })),
  coverage: MetricPreviewSchema.shape.coverage,
  error: z.optional(z.string()),
});
export type CohortPreview = z.infer<typeof CohortPreviewSchema>;
export const PreviewMetricsResult = z.object({
  metrics: z.array(MetricPreviewSchema),
  /** The period the figures cover, by its typed key (`2026-10`, `all`) and in words. */
  period: z.object({ key: z.string(), kind: z.string(), start: z.string(), end: z.string(), label: BothLangs }),
  /** Periods that have data, to pick from: months latest first, then quarters, years and `all`. */
  periods: z.array(z.object({ key: z.string(), label: BothLangs })),
  /** Each dated sheet's own first and last day (`YYYY-MM-DD`): "data runs 2026-09-02 → 2026-10-28". */
  dataRanges: z.array(z.object({ sheet: z.string(), first: z.string(), last: z.string() })),
  /** With an activity or order log mapped: its cohort retention card. */
  cohort: z.optional(CohortPreviewSchema),
  /**
   * The date columns read whose own values decide their day/month order, decided on the whole
   * column as the email reads it (step 2's note otherwise comes from detection's first rows):
   * step 2 shows these in place of detection's, so it says what the report will say.
   */
  dateOrders: z.optional(z.array(z.object({ sheet: z.string(), letter: z.string(), dateOrder: DateOrderInfoSchema }))),
});
export type PreviewMetricsResultT = z.infer<typeof PreviewMetricsResult>;

// ---- saveMapping / loadMapping / resetMapping -------------------------------------------------

export const SaveMappingArgs = z.object({ ...base, mapping: MappingSchema });
export const SaveMappingResult = z.object({ saved: z.literal(true) });

export const LoadMappingArgs = z._default(z.object(base), {});
export const LoadMappingResult = z.object({
  status: z.enum(['ok', 'missing', 'corrupt', 'old-version']),
  /** What happened and what to do, in the person's language; '' when status is ok. */
  message: z.string(),
  /** The saved mapping, or for an old version the migrated one to review (Fix). */
  mapping: z.optional(MappingSchema),
});
export type LoadMappingResultT = z.infer<typeof LoadMappingResult>;

export const ResetMappingArgs = z._default(z.object(base), {});
export const ResetMappingResult = z.object({ reset: z.literal(true) });

// ---- buildDashboard ---------------------------------------------------------------------------

export const BuildDashboardArgs = z.object({ lang: LangSchema });
export const BuildDashboardResult = z.object({
  sheetName: z.string(),
  /** Opens the spreadsheet on the dashboard sheet (`…#gid=123`). */
  url: z.string(),
  formulas: z.int().check(z.gte(0)),
  charts: z.int().check(z.gte(0)),
  /** The period and segment dropdowns' values after the build (a rebuild keeps the person's choice). */
  period: z.string(),
  segment: z.string(),
});

/** Name → [argument schema, result schema]: the whole contract in one table. */
export const SIDEBAR_API = {
  listSheets: [ListSheetsArgs, ListSheetsResult],
  detectMapping: [DetectMappingArgs, DetectMappingResult],
  previewMetrics: [PreviewMetricsArgs, PreviewMetricsResult],
  saveMapping: [SaveMappingArgs, SaveMappingResult],
  loadMapping: [LoadMappingArgs, LoadMappingResult],
  resetMapping: [ResetMappingArgs, ResetMappingResult],
  buildDashboard: [BuildDashboardArgs, BuildDashboardResult],
} as const;

export type SidebarApi = typeof SIDEBAR_API;
export type ApiName = keyof SidebarApi;
export type ApiArgs<K extends ApiName> = z.input<SidebarApi[K][0]>;
export type ApiResult<K extends ApiName> = z.infer<SidebarApi[K][1]>;
