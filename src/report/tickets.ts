import { readDurationColumn } from '../cells/column';
import { CellProblem } from '../cells/errors';
import { getMetric } from '../metrics/registry';
import { codeOf, periodCoverage, periodsOfDays, rowTexts, undatedPeriods, type ReadColumn, type ReportReader, type RowNumbers } from './columns';
import type { PeriodFrame } from './period';
import { columnKpi, rankSegments, worthShowing } from './series';
import type { Kpi, ReferralColumns, ReportInput, SegmentRanking, TicketColumns } from './types';
import type { Cells } from '../cells/packed';

/**
 * Support tickets (FCR, ART) and per-purchase referral flags. A ticket's resolution time
 * counts in the period it was resolved in (open tickets have none yet); its first-contact flag
 * counts in the period it was opened in, when the customer first asked. A sheet with only a
 * first-contact flag and a date (a call log) gives FCR by that date and no ART.
 */

const MS_PER_HOUR = 3_600_000;

export interface TicketSection {
  kpis: Kpi[];
  segments: SegmentRanking[];
}

export function ticketSection(tickets: TicketColumns<Cells>, input: ReportInput<Cells>, frame: PeriodFrame, reader: ReportReader): TicketSection {
  const order = tickets.dateOrder;
  const opened = reader.days(tickets.opened, order);
  // A sheet with only a first-contact flag and a date has no resolution times: FCR alone.
  const resolved = tickets.resolved ? reader.days(tickets.resolved, order) : undefined;
  const dated = tickets.duration && tickets.dates ? reader.days(tickets.dates, order) : undefined;
  const segments = tickets.segment ? rowTexts(tickets.segment) : undefined;
  const out: TicketSection = { kpis: [], segments: [] };
  // First-contact flags count when the ticket was opened (or, without opened times, by its timestamp).
  const when = opened.days.length > 0 || !dated ? opened : dated;
  const openedPeriods = periodsOfDays(when.days, frame);

  // ART: hours from opened to resolved, read by ART's own reader like a durations column; or,
  // when the tickets have a duration column, its hours (placed by resolved, opened or timestamp).
  // A ticket counts in the period it was resolved in; one still open, or resolved before it was
  // opened, is left out (in the period it was opened in) for that reason.
  const art = getMetric('ART');
  let hours: ReadColumn | undefined;
  let artPeriods: RowNumbers | undefined;
  if (tickets.duration) {
    const durations = tickets.duration;
    hours = reader.wrap(durations, (options) => readDurationColumn(durations, { ...options, header: tickets.durationHeader, dataUnit: tickets.durationUnit, timeZone: input.timeZone }));
    artPeriods = new Float32Array(durations.length).fill(NaN);
    for (let i = 0; i < durations.length; i++) {
      // A duration-only sheet has no opened or resolved column: those reads are empty.
      const at = [resolved?.days[i], opened.days[i], dated?.days[i]].find((day) => day !== undefined && day === day);
      artPeriods[i] = at === undefined ? frame.undated : frame.indexOf(at);
    }
  } else if (resolved) {
    const rows = tickets.opened.length;
    hours = { values: new Float64Array(rows).fill(NaN), reasons: new Uint8Array(rows), refOf: resolved.column.refOf };
    artPeriods = new Float32Array(rows).fill(NaN);
    for (let i = 0; i < rows; i++) {
      const [start, end] = [opened.column.values[i], resolved.column.values[i]];
      const endCode = resolved.column.reasons[i];
      if (end === end && start === start && end >= start) {
        try {
          hours.values[i] = art.read((end - start) / MS_PER_HOUR);
          artPeriods[i] = frame.indexOf(resolved.days[i]);
          continue;
        } catch (error) {
          if (!(error instanceof CellProblem)) throw error;
          hours.reasons[i] = codeOf('unreadable');
        }
      } else if (end === end && start === start) hours.reasons[i] = codeOf('beforeOpened');
      else if (endCode === codeOf('blank')) hours.reasons[i] = opened.column.reasons[i] === codeOf('blank') ? codeOf('blank') : codeOf('open');
      else if (end !== end) hours.reasons[i] = endCode;
      else hours.reasons[i] = codeOf('noDate'); // resolved, but the opened date is missing or unreadable
      artPeriods[i] = openedPeriods[i];
    }
  }
  if (hours && artPeriods) {
    const artCoverage = periodCoverage(hours, artPeriods, frame.index, tickets.duration ? undefined : opened.column);
    const artKpi = columnKpi(art, hours.values, artPeriods, frame, artCoverage).kpi;
    if (worthShowing(artKpi)) out.kpis.unshift(artKpi);
    if (segments) pushDefined(out.segments, rankSegments(art, hours.values, artPeriods, segments, frame));
  }

  if (tickets.firstContact) {
    const fcr = getMetric('FCR');
    const flags = reader.column(tickets.firstContact, fcr.read);
    const coverage = periodCoverage(flags, openedPeriods, frame.index, when.column);
    const fcrKpi = columnKpi(fcr, flags.values, openedPeriods, frame, coverage).kpi;
    if (worthShowing(fcrKpi)) out.kpis.unshift(fcrKpi);
    if (segments) pushDefined(out.segments, rankSegments(fcr, flags.values, openedPeriods, segments, frame));
  }
  return out;
}

/** Referral rate from one yes/no flag per purchase or new customer, dated (or, with no dates, over `all`). */
export function referralFlagKpi(referrals: ReferralColumns<Cells>, _input: ReportInput<Cells>, frame: PeriodFrame, reader: ReportReader): Kpi | undefined {
  const def = getMetric('REFERRAL_RATE');
  const dated = referrals.dates ? reader.days(referrals.dates, referrals.dateOrder) : undefined;
  const periods = dated ? periodsOfDays(dated.days, frame) : undatedPeriods(referrals.referred.length, frame);
  const flags = reader.column(referrals.referred, def.read);
  const { kpi } = columnKpi(def, flags.values, periods, frame, periodCoverage(flags, periods, frame.index, dated?.column));
  return worthShowing(kpi) ? kpi : undefined;
}

function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}
