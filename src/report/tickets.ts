import { localDay, periodIndex, wallClockIn } from '../cells/calendar';
import { CellProblem } from '../cells/errors';
import { cellTexts } from '../cells/messages';
import { readDate } from '../cells/read';
import { getMetric } from '../metrics/registry';
import { periodsOfDays, readColumn, readDays, textOf, type ProblemLog } from './columns';
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
  const toInstant = wallClockIn(input.timeZone);
  const readInstant = (cell: unknown) => readDate(cell, toInstant);
  const opened = readColumn(tickets.opened, readInstant, log, 'tickets', 'tickets.opened');
  // A sheet with only a first-contact flag and a date has no resolution times: FCR alone.
  const resolved = tickets.resolved ? readColumn(tickets.resolved, readInstant, log, 'tickets', 'tickets.resolved') : new Float64Array(opened.length).fill(NaN);
  const segments = tickets.segment ? tickets.segment.map(textOf) : undefined;
  const out: TicketSection = { kpis: [], segments: [] };
  const kind = frame.kind;
  const openedPeriods = opened.map((ms) => (ms === ms ? periodIndex(localDay(ms, input.timeZone), kind) : NaN));

  // ART: hours from opened to resolved, read by ART's own reader like a durations column.
  const art = getMetric('ART');
  const hours = new Float64Array(opened.length).fill(NaN);
  const resolvedPeriods = new Float64Array(opened.length).fill(NaN);
  for (let i = 0; i < opened.length; i++) {
    if (resolved[i] !== resolved[i]) continue; // still open
    const problem =
      opened[i] !== opened[i]
        ? new CellProblem(cellTexts.resolvedWithoutOpened())
        : resolved[i] < opened[i]
          ? new CellProblem(cellTexts.resolvedBeforeOpened(resolved[i], opened[i]))
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
  const periods = periodsOfDays(readDays(referrals.dates, input.timeZone, log, 'referrals', 'referrals.dates'), frame.kind);
  const flags = readColumn(referrals.referred, def.read, log, 'referrals', 'referrals.referred', 'REFERRAL_RATE');
  const { kpi } = columnKpi(def, flags, periods, frame);
  return kpi.trend.some((point) => point.n > 0) ? kpi : undefined;
}

function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}
