import { readDateColumn, readScoreColumn, type ColumnRead, type FastCells, type ScoreDecision } from '../../cells/column';
import { LEFT_OUT_REASONS, MAX_PLACES, newCoverage, type CellRef, type LeftOutReason } from '../../cells/coverage';
import type { DateOrderDecision, DecimalMarkDecision, EachText } from '../../cells/decide';
import { CellProblem } from '../../cells/errors';
import { LocalDays } from '../../cells/local-days';
import { DATE_CODE, NUMBER_CODE, type Cells, type PackedCells } from '../../cells/packed';
import { fastValue, type PackedColumn } from '../../cells/packed-column';
import { inDateRange, isBlank } from '../../cells/read';
import type { Cell } from '../../cells/types';
import { referralAnswersFor, type FieldId, type Mapping } from '../../mapping/index';
import { NPS_DETRACTOR_MAX } from '../../metrics/nps';
import { getMetric } from '../../metrics/registry';
import { textOf } from '../../report/columns';
import { CommentTally } from '../../report/comments';
import { dateOrderWarningOf } from '../../report/date-order-warnings';
import { reportFromCounts, type ColumnCounts, type CountGroup, type SurveyCounts } from '../../report/from-counts';
import type { ColumnsOf, ReportContext } from '../../report/from-mapping';
import { matchStage } from '../../report/journey';
import { framePeriod, type PeriodFrame } from '../../report/period';
import { referralFlagsFor } from '../../report/referral-flags';
import { JOURNEY_STAGES, type Report } from '../../report/types';

/**
 * The report of one survey sheet on the ordinary reader, counted from its packed columns instead
 * of read into per-row arrays: each column's cells read once per distinct cell by the column's own
 * reader (with the decisions it makes over the whole column: labels, decimal marks, day/month
 * order), and the rows counted per period and reading as they pass, into the counts the SQL path
 * gives reportFromCounts (src/report/from-counts.ts). buildReport over the same cells would
 * allocate eight bytes a row for every column it reads (a million-row survey: about 80 MB, the
 * run's peak); this allocates nothing per row, so a `--by` run's memory is its packed columns'.
 *
 * Every figure is made by the code buildReport's are (the same readers, decisions, summaries,
 * coverage with its first places, segments, comments and themes, funnel, date-order warning):
 * test/cli/counted-survey.test.ts holds the two to identical reports. Only what reportFromCounts
 * covers is counted (one survey sheet with a date column and the survey's fields); anything
 * else gives undefined and is read the ordinary way.
 *
 * `keep`: only the data rows it holds (one --by group's, numbered among themselves from 0 as a
 * filtered column's are); a left-out cell is still named by its own line in the whole column
 * (metrics-spec.md §7), as buildReport names a group's. `dateDecisions` and `markDecisions`: as
 * ReportInput's, each column's day/month order and decimal mark, used when found (a group reads
 * as its whole column decided, spec §1.2–1.3) and added when decided here.
 */
export function countedSurveyReport(
  mapping: Mapping,
  data: ColumnsOf<PackedColumn>,
  context: ReportContext,
  options: { keep?: (row: number) => boolean; dateDecisions?: Map<Cells, DateOrderDecision>; markDecisions?: Map<Cells, DecimalMarkDecision> } = {},
): Report | undefined {
  if (mapping.sources.length !== 1 || context.followUps) return undefined;
  const [ds] = mapping.sources;
  const fields = Object.keys(ds.columns) as FieldId[];
  if (!fields.includes('timestamp') || !fields.some((f) => f === 'nps' || f === 'csat' || f === 'ces') || fields.some((f) => !COUNTED.has(f))) return undefined;
  const column = (field: FieldId): PackedColumn | undefined => (ds.columns[field] === undefined ? undefined : data.columnOf(ds, ds.columns[field]!));
  const placeOf = (field: FieldId) => (ds.columns[field] !== undefined ? data.placeOf?.(ds, ds.columns[field]!) : undefined);
  const refsOf = (field: FieldId) => {
    const place = placeOf(field);
    return (row: number) => place?.refOf(row) as CellRef;
  };
  const dates = column('timestamp')!;
  const keep = options.keep;
  const rows = new KeptRows(dates.length, keep);
  const timeZone = context.timeZone;

  // Dates: the column's own reader, its day/month order decided over the kept rows' texts.
  // An order decided before (a --by group's whole column, as ReportInput.dateDecisions) is used; the one decided here is added.
  const decided = options.dateDecisions?.get(dates);
  const dateProbe = probe(dates, rows, (cells) => readDateColumn(cells, { locale: context.locale, timeZone, order: ds.dateOrder, ...(decided ? { decision: decided } : {}) }));
  options.dateDecisions?.set(dates, dateProbe.decision as DateOrderDecision);
  const local = LocalDays.in(timeZone);
  const dateReadings = new RowReadings(dates, dateProbe);
  const dayOf = (i: number, k: number): number => {
    const ms = dateReadings.instantAt(i, k);
    return ms === ms ? local.of(ms) : NaN;
  };
  const days = new Set<number>();
  rows.each((i, k) => {
    const day = dayOf(i, k);
    if (day === day) days.add(day);
  });
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const span = first <= last ? { first, last } : undefined;
  const frame = framePeriod(context, {
    ...(span ? { span } : {}),
    latestBefore: (day) => {
      let latest = NaN;
      for (const d of days) if (d < day && !(d <= latest)) latest = d;
      return latest;
    },
  });

  const scored = (['nps', 'csat', 'ces'] as const).filter((f) => ds.columns[f] !== undefined);
  const counters = new Map<FieldId, Counter>();
  for (const field of scored) {
    const cells = column(field)!;
    const scale = field === 'csat' ? mapping.scales.csat.scale : field === 'ces' ? mapping.scales.ces.scale : undefined;
    const def = getMetric(field === 'nps' ? 'NPS' : field === 'csat' ? 'CSAT' : 'CES', scale === undefined ? {} : { scale });
    // Its decimal mark as the whole column proved it (a --by group's `1.250` read as the whole's), else decided here.
    const mark = options.markDecisions?.get(cells);
    const found = probe(cells, rows, (part) =>
      readScoreColumn(part, { locale: context.locale, low: def.whole!.low, high: def.whole!.high, family: field === 'nps' ? undefined : field, labels: ds.labels?.[field], ...(mark ? { decimalMark: mark } : {}) }),
    );
    options.markDecisions?.set(cells, (found.decision as ScoreDecision).mark);
    counters.set(field, new Counter(new RowReadings(cells, found)));
  }
  const referralCells = column('referral');
  if (referralCells) {
    // As the report reads a survey's referral column: its texts through the mapping's referral answers, then REFERRAL_RATE's reader.
    const asFlag = referralFlagsFor(referralAnswersFor(mapping, referralCells.distinct));
    const read = getMetric('REFERRAL_RATE').read;
    counters.set('referral', new Counter(new RowReadings(referralCells, { read: (cell) => read(cell), fast: undefined }, (cell) => asFlag(cell))));
  }
  const segmentCells = column('segment');
  const segmentOf = segmentCells ? segmentCells.perRow(textOf) : undefined;
  const stageCells = column('journeyStage');
  const stageOf = stageCells ? stageCells.perRow(stageCode) : undefined;
  const commentCells = scored.includes('nps') ? column('comment') : undefined;
  const commentOf = commentCells ? commentCells.perRow(textOf) : undefined;
  const emailCells = column('email');
  const emailOf = emailCells ? emailCells.perRow(textOf) : undefined;

  const tally = commentOf ? new CommentTally(frame.index) : undefined;
  const bySegment = new Map<FieldId, Map<string, Map<number, number>>>(segmentOf ? scored.map((f) => [f, new Map()]) : []);
  const atStage = new Array<number>(JOURNEY_STAGES.length).fill(0);
  let unmatched = 0;
  let rowsInPeriod = 0;
  let responses = 0;
  const periodOf = periodsByDay(frame);
  const npsCounter = counters.get('nps');
  rows.each((i, k) => {
    const day = dayOf(i, k);
    const period = day === day ? periodOf(day) : frame.undated;
    const current = period === frame.index;
    if (current) rowsInPeriod++;
    let answered = false;
    for (const [field, counter] of counters) {
      const reading = counter.add(period, i, k);
      if (field === 'referral' || !current || reading.reason !== undefined) continue;
      answered = true;
      const name = segmentOf?.(i);
      if (!name) continue;
      const values = bySegment.get(field)!;
      let counts = values.get(name);
      if (!counts) values.set(name, (counts = new Map()));
      counts.set(reading.value, (counts.get(reading.value) ?? 0) + 1);
    }
    if (answered && current) responses++;
    if (stageOf && (frame.kind === 'all' || current)) {
      const stage = stageOf(i);
      if (stage > 0) {
        if (stage > JOURNEY_STAGES.length) unmatched++;
        else atStage[stage - 1]++;
      }
    }
    if (tally && (current || period === frame.index - 1)) {
      const text = commentOf!(i);
      if (!text) return;
      const nps = npsCounter!.last;
      const score = nps.reason === undefined ? nps.value : NaN;
      const email = current && score <= NPS_DETRACTOR_MAX && emailOf ? emailOf(i) : '';
      tally.add({ period, day, score, text, segment: segmentOf?.(i) ?? '', email, order: k });
    }
  });

  const counts: SurveyCounts = {
    frame,
    sheet: placeOf('timestamp')?.sheet ?? '',
    ...(span ? { span } : {}),
    dateRefOf: refsOf('timestamp'),
    rowsInPeriod,
    responses,
  };
  for (const [field, counter] of counters) {
    const counted: ColumnCounts = { groups: counter.groups(), refOf: refsOf(field) };
    if (field === 'referral') counts.referral = counted;
    else counts[field as 'nps' | 'csat' | 'ces'] = counted;
  }
  if (segmentOf) counts.segments = Object.fromEntries(bySegment);
  if (stageOf) counts.stages = { atStage, unmatched };
  if (tally) counts.comments = tally;
  const report = reportFromCounts(counts, { ...context, csatScale: mapping.scales.csat.scale, cesScale: mapping.scales.ces.scale });
  // A day/month order resting on a few cells is said where buildReport says it: right after the report's first fields.
  const datePlace = placeOf('timestamp');
  const warning = dateOrderWarningOf(dateProbe.decision as DateOrderDecision, datePlace?.sheet ?? '', datePlace && ((index) => datePlace.refOf(index)));
  return warning ? withDateOrderWarning(report, warning) : report;
}

/** The fields reportFromCounts counts (the SQL path's, src/cli/sql/survey.ts). */
const COUNTED = new Set<FieldId>(['timestamp', 'nps', 'csat', 'ces', 'segment', 'comment', 'email', 'referral', 'journeyStage']);

function withDateOrderWarning(report: Report, warning: NonNullable<Report['dateOrderWarnings']>[number]): Report {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(report)) {
    out[key] = value;
    if (key === 'problems') out.dateOrderWarnings = [warning];
  }
  return out as unknown as Report;
}

/** The data rows counted: all of a column's, or those `keep` holds, each with its index among them. */
class KeptRows {
  constructor(
    readonly length: number,
    private readonly keep?: (row: number) => boolean,
  ) {}

  /** `visit(row, index among the kept rows)`, in order. */
  each(visit: (row: number, index: number) => void): void {
    const keep = this.keep;
    for (let i = 0, k = 0; i < this.length; i++) if (!keep || keep(i)) visit(i, k++);
  }
}

/** What a column reader reads each cell with, once it has made its whole-column decisions. */
interface CellReader {
  read(cell: Cell, index: number): number;
  fast?: FastCells;
  decision?: unknown;
}

/**
 * The reading a column reader (readScoreColumn, readDateColumn…) would give the kept rows, without
 * its per-row values: the reader is run over a stand-in for the kept cells that offers their texts
 * (all it decides by) and, where the reader would loop over the rows, keeps the reading function.
 */
function probe<D>(cells: PackedColumn, rows: KeptRows, reader: (cells: PackedCells) => ColumnRead<D>): CellReader {
  let found: CellReader | undefined;
  const stand: PackedCells = {
    length: 0,
    codes: cells.codes,
    distinct: cells.distinct,
    values: cells.values,
    at: unused,
    filter: unused,
    mapTexts: unused,
    stack: unused,
    perRow: unused,
    texts: (): EachText => {
      const { codes, distinct } = cells;
      const isText = distinct.map((cell) => typeof cell === 'string' && cell !== '');
      return (visit) => rows.each((i, k) => isText[codes[i]] && visit(distinct[codes[i]] as string, k));
    },
    readEach<E>(read: (cell: Cell, index: number) => number, _options: unknown, decision: E, fast?: FastCells): ColumnRead<E> {
      found = { read, decision, fast };
      return { values: new Float64Array(0), coverage: newCoverage(), decision, problems: [] };
    },
  };
  let kept = 0;
  rows.each(() => kept++);
  (stand as { length: number }).length = kept;
  reader(stand);
  if (!found) throw new Error('counted-survey: the column reader read no cells');
  return found;
}

function unused(): never {
  throw new Error('counted-survey: a column reader asked the stand-in for cells it does not hold');
}

interface Reading {
  value: number;
  reason?: LeftOutReason;
}

const REASONS = new Set<string>(LEFT_OUT_REASONS);

/**
 * Each row's reading by a CellReader, as readEachPacked and ReportReader give it: a Date within
 * the years a sheet holds and a number the reader takes as it is by value, any other cell through
 * `read` (a problem as its reason; NaN as blank or no answer), a distinct cell read once.
 * `mapText`: each distinct cell through it first (a referral column's answers as flags).
 */
class RowReadings {
  private readonly byCode: (Reading | undefined)[];
  private readonly dates: boolean;

  constructor(
    private readonly cells: PackedColumn,
    private readonly reader: CellReader,
    private readonly mapText?: (cell: Cell) => Cell,
  ) {
    this.byCode = new Array(cells.distinct.length);
    this.dates = reader.fast === 'dates';
  }

  /** Row `i`'s reading (`k`: its index among the kept rows), one object per distinct reading. */
  at(i: number, k: number): Reading {
    const code = this.cells.codes[i];
    if (code === DATE_CODE) {
      const ms = this.cells.values![i];
      if (this.dates && inDateRange(ms)) return this.interned(ms, undefined);
      return this.readOne(new Date(ms), k);
    }
    if (code === NUMBER_CODE) return this.readOne(this.cells.values![i], k);
    return (this.byCode[code] ??= this.readOne(this.mapText ? this.mapText(this.cells.distinct[code]) : this.cells.distinct[code], k));
  }

  /** A date column's row as an instant: at(i, k).value where it is used, else NaN (no object a row). */
  instantAt(i: number, k: number): number {
    const code = this.cells.codes[i];
    if (code === DATE_CODE && this.dates) {
      const ms = this.cells.values![i];
      if (inDateRange(ms)) return ms;
    }
    const reading = this.at(i, k);
    return reading.reason === undefined ? reading.value : NaN;
  }

  private readOne(cell: Cell, k: number): Reading {
    const quick = fastValue(cell, this.reader.fast);
    if (quick !== undefined) return this.interned(quick, undefined);
    try {
      const value = this.reader.read(cell, k);
      // The readers' contract: NaN only for a blank or a non-answer ("N/A", "Không biết").
      return value === value ? this.interned(value, undefined) : this.interned(NaN, isBlank(cell) ? 'blank' : 'noAnswer');
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      const reason = (error as { reason?: unknown }).reason;
      return this.interned(NaN, typeof reason === 'string' && REASONS.has(reason) ? (reason as LeftOutReason) : 'unreadable');
    }
  }

  /** The one Reading of a value or a reason, so rows that read alike are counted by it. */
  private interned(value: number, reason: LeftOutReason | undefined): Reading {
    const key = reason ?? value;
    let reading = this.readings.get(key);
    if (!reading) this.readings.set(key, (reading = reason ? { value: NaN, reason } : { value }));
    return reading;
  }

  private readonly readings = new Map<number | string, Reading>();
}

/** One column's rows counted per period and reading, with the first rows of each (at most MAX_PLACES) as rows of the whole column, where places are named. */
class Counter {
  private readonly byPeriod = new Map<number, Map<Reading, CountGroup>>();
  private lastPeriod = NaN;
  private lastGroups: Map<Reading, CountGroup> | undefined;
  /** The reading of the row added last. */
  last: Reading = { value: NaN };

  constructor(private readonly readings: RowReadings) {}

  add(period: number, i: number, k: number): Reading {
    const reading = (this.last = this.readings.at(i, k));
    let groups = this.lastGroups;
    if (!groups || !Object.is(period, this.lastPeriod)) {
      const key = period === period ? period : NO_PERIOD;
      groups = this.byPeriod.get(key);
      if (!groups) this.byPeriod.set(key, (groups = new Map()));
      this.lastGroups = groups;
      this.lastPeriod = period;
    }
    const group = groups.get(reading);
    if (group) {
      if (group.count++ < MAX_PLACES) group.rows.push(i);
    } else groups.set(reading, { period, value: reading.value, ...(reading.reason ? { reason: reading.reason } : {}), count: 1, rows: [i] });
    return reading;
  }

  groups(): CountGroup[] {
    return [...this.byPeriod.values()].flatMap((groups) => [...groups.values()]);
  }
}

/** A period key for the rows without a readable date. */
const NO_PERIOD = -Infinity;

/** A journey stage as funnelOfStages counts it: 0 blank, 1–5 the stage, 6 a text naming none. */
function stageCode(cell: Cell): number {
  if (!textOf(cell)) return 0;
  const stage = matchStage(cell);
  return stage ? JOURNEY_STAGES.indexOf(stage) + 1 : JOURNEY_STAGES.length + 1;
}

/** frame.indexOf per day, worked out once a day. */
function periodsByDay(frame: PeriodFrame): (day: number) => number {
  const known = new Map<number, number>();
  return (day) => {
    let period = known.get(day);
    if (period === undefined) known.set(day, (period = frame.indexOf(day)));
    return period;
  };
}
