import { localDay, periodIndex } from '../cells/calendar';
import { readDurationColumn } from '../cells/column';
import { CellProblem } from '../cells/errors';
import { cellTexts } from '../cells/messages';
import { getMetric } from '../metrics/registry';
import { periodsOfDays, readColumn, readDays, readInstants, textOf, type ProblemLog } from './columns';
import type { PeriodFrame } from './period';
import { columnKpi, rankSegments } from './series';
import type { Kpi, ReferralColumns, ReportInput, SegmentRanking, TicketColumns } from './types';

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

export function ticketSection(tickets: TicketColumns, input: ReportInput, frame: PeriodFrame, log: ProblemLog): TicketSection {
  const reading = { order: tickets.dateOrder, locale: input.locale };
  const opened = readInstants(tickets.opened, input.timeZone, log, 'tickets', 'tickets.opened', reading);
  // A sheet with only a first-contact flag and a date has no resolution times: FCR alone.
  const resolved = tickets.resolved ? readInstants(tickets.resolved, input.timeZone, log, 'tickets', 'tickets.resolved', reading) : new Float64Array(opened.length).fill(NaN);
  const segments = tickets.segment ? tickets.segment.map(textOf) : undefined;
  const out: TicketSection = { kpis: [], segments: [] };
  const kind = frame.kind;
  const dated = tickets.duration && tickets.dates ? readInstants(tickets.dates, input.timeZone, log, 'tickets', 'tickets.dates', reading) : undefined;
  // First-contact flags count when the ticket was opened (or, without opened times, by its timestamp).
  const openedPeriods = (opened.length > 0 || !dated ? opened : dated).map((ms) => (ms === ms ? periodIndex(localDay(ms, input.timeZone), kind) : NaN));

  // ART: hours from opened to resolved, read by ART's own reader like a durations column; or,
  // when the tickets have a duration column, its hours (placed by resolved, opened or timestamp).
  const art = getMetric('ART');
  const rows = tickets.duration ? tickets.duration.length : opened.length;
  let hours: Float64Array = new Float64Array(rows).fill(NaN);
  const resolvedPeriods = new Float64Array(rows).fill(NaN);
  if (tickets.duration) {
    hours = readDurationColumn(tickets.duration, {
      header: tickets.durationHeader,
      dataUnit: tickets.durationUnit,
      timeZone: input.timeZone,
      locale: input.locale,
      onProblem: (i, problem) => log.cell('tickets', 'tickets.duration', i, problem, 'ART'),
    }).values;
    for (let i = 0; i < rows; i++) {
      // A duration-only sheet has no opened or resolved column: those reads are empty.
      const at = [resolved[i], opened[i], dated?.[i]].find((ms) => ms !== undefined && ms === ms);
      resolvedPeriods[i] = at === undefined ? NaN : periodIndex(localDay(at, input.timeZone), kind);
    }
  }
  for (let i = 0; i < (tickets.duration ? 0 : opened.length); i++) {
    if (resolved[i] !== resolved[i]) continue; // still open
    const problem =
      opened[i] !== opened[i]
        ? new CellProblem(cellTexts.resolvedWithoutOpened(), 'noDate')
        : resolved[i] < opened[i]
          ? new CellProblem(cellTexts.resolvedBeforeOpened(resolved[i], opened[i]), 'beforeOpened')
          : undefined;
    if (problem) {
      log.cell('tickets', 'tickets.resolved', i, problem, 'ART');
      continue;
    }
    hours[i] = art.read((resolved[i] - opened[i]) / MS_PER_HOUR);
    resolvedPeriods[i] = periodIndex(localDay(resolved[i], input.timeZone), kind);
  }
  const artKpi = columnKpi(art, hours, resolvedPeriods, frame).kpi;
  if (artKpi.trend.some((point) => point.n > 0)) out.kpis.unshift(artKpi);
  if (segments) pushDefined(out.segments, rankSegments(art, hours, resolvedPeriods, segments, frame));

  if (tickets.firstContact) {
    const fcr = getMetric('FCR');
    const flags = readColumn(tickets.firstContact, fcr.read, log, 'tickets', 'tickets.firstContact', 'FCR');
    const fcrKpi = columnKpi(fcr, flags, openedPeriods, frame).kpi;
    if (fcrKpi.trend.some((point) => point.n > 0)) out.kpis.unshift(fcrKpi);
    if (segments) pushDefined(out.segments, rankSegments(fcr, flags, openedPeriods, segments, frame));
  }
  return out;
}

/** Referral rate from one yes/no flag per purchase or new customer, dated. */
export function referralFlagKpi(referrals: ReferralColumns, input: ReportInput, frame: PeriodFrame, log: ProblemLog): Kpi | undefined {
  const def = getMetric('REFERRAL_RATE');
  const periods = periodsOfDays(readDays(referrals.dates, input.timeZone, log, 'referrals', 'referrals.dates', { locale: input.locale }), frame.kind);
  const flags = readColumn(referrals.referred, def.read, log, 'referrals', 'referrals.referred', 'REFERRAL_RATE');
  const { kpi } = columnKpi(def, flags, periods, frame);
  return kpi.trend.some((point) => point.n > 0) ? kpi : undefined;
}

function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}
