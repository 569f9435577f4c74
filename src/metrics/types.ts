/**
 * The result of a metric over a set of observations, with what the significance tests
 * in src/stats need (metrics-spec.md section 3). `value` is what the user sees:
 * NPS in points (-100..100), rates in percent points (0..100), means in scale units.
 */
export type Summary = NpsSummary | ProportionSummary | MeanSummary;

export interface NpsSummary {
  kind: 'nps';
  n: number;
  value: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface ProportionSummary {
  kind: 'proportion';
  n: number;
  /** 100 · successes / n */
  value: number;
  successes: number;
}

export interface MeanSummary {
  kind: 'mean';
  n: number;
  value: number;
  /** Sample variance (n − 1 denominator); 0 when n = 1. */
  variance: number;
}

/** Metrics that CX_TREND, CX_BY and reports can compute over a column of values. */
export const METRIC_IDS = ['NPS', 'CSAT', 'CSAT_AVG', 'CES', 'FCR', 'ART', 'REFERRAL_RATE', 'TRIAL_CONVERSION', 'CHURN'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/**
 * A metric as a cell reader plus a summarizer, so any driver (a whole range, a trend by
 * period, a table by segment, a report) reads each cell once with its place known and
 * then aggregates plain numbers.
 */
export interface MetricDef {
  id: MetricId;
  /**
   * One cell as an observation: a number, or NaN when the cell is skipped (blank, header text).
   * Throws CellProblem (src/cells/errors.ts) for a bad cell; the driver adds the function name and place.
   */
  read(cell: unknown): number;
  /**
   * Set when `read` returns every whole number from `low` to `high` unchanged (scores, 0/1
   * flags): drivers then take such number cells as they are, without the call and its error
   * handling, and give `read` only the other cells.
   */
  whole?: { low: number; high: number };
  /** Aggregate observations already returned by `read` (never NaN). Throws CellProblem-free CxError when empty. */
  summarize(observations: ArrayLike<number>): Summary;
  /**
   * With `whole`: the same Summary as `summarize`, from how many observations hold each value
   * (`counts[v − whole.low]`), so a driver can count per period in one pass instead of sorting
   * the observations into periods first.
   */
  summarizeCounts?(counts: Float64Array): Summary;
}
