import {
  describePlaces, leftOutCount, lostCount, lostShare, LEFT_OUT_REASONS, LOSS_WARNING_SHARE, REASON_TEXTS, type Coverage, type LeftOutReason,
} from '../cells/coverage';
import type { Lang } from '../cells/types';
import { kpiName } from './display';
import { formatNumber } from './format';
import { COVERAGE_TEXTS, messagesFor } from './messages';
import type { DataRange, Kpi, Report } from './types';

/**
 * Coverage in words (metrics-spec.md section 7), one wording for every view: the email's line
 * per metric and banner, the command line's table column and stderr warning, the sidebar's card.
 * Places are sheet cells (`'Form Responses 1'!C13`) or file lines (`survey.csv, line 14`); no
 * internal id ever appears.
 */

/** `n = 1,232 · 18 left out` (blanks are not "left out": nobody wrote anything there). */
export function coverageLine(n: number, coverage: Coverage, lang: Lang): string {
  const m = COVERAGE_TEXTS[lang];
  const leftOut = leftOutCount(coverage);
  return leftOut === 0 ? m.coverageNothingLeftOut(formatNumber(n, lang)) : m.coverageLine(formatNumber(n, lang), formatNumber(leftOut, lang));
}

/** The reasons, most first: `12 could not be read (first: 'Form Responses 1'!C13, …)`. Blanks are left out of the list. */
export function coverageReasons(coverage: Coverage, lang: Lang): { reason: LeftOutReason; count: number; text: string }[] {
  const m = COVERAGE_TEXTS[lang];
  return LEFT_OUT_REASONS.filter((reason) => reason !== 'blank' && (coverage.leftOut[reason]?.count ?? 0) > 0)
    .map((reason) => {
      const entry = coverage.leftOut[reason]!;
      const places = describePlaces(entry.places, lang) + (entry.count > entry.places.length && entry.places.length > 0 ? ', …' : '');
      return { reason, count: entry.count, text: m.coverageReason(formatNumber(entry.count, lang), REASON_TEXTS[reason][lang], places) };
    })
    .sort((a, b) => b.count - a.count);
}

/** `n = 1,232 · 18 left out: 12 could not be read (first: …); 6 outside the scale (…)` on one line. */
export function coverageSentence(n: number, coverage: Coverage, lang: Lang): string {
  const reasons = coverageReasons(coverage, lang);
  return reasons.length === 0 ? coverageLine(n, coverage, lang) : `${coverageLine(n, coverage, lang)}: ${reasons.map((r) => r.text).join('; ')}`;
}

/** Whether a value lost more than LOSS_WARNING_SHARE of its non-blank cells. */
export function lostTooMuch(coverage: Coverage): boolean {
  return lostShare(coverage) > LOSS_WARNING_SHARE;
}

/** KPIs that lost more than 5% of their non-blank cells. */
export function kpisMissingData(report: Pick<Report, 'kpis'>): Kpi[] {
  return report.kpis.filter((kpi) => lostTooMuch(kpi.coverage));
}

/** What one KPI lost, for the banner and the command line's warning: `NPS left out 54 cells (12.5%): 54 no readable date (first: …)`. */
export function lostText(kpi: Kpi, lang: Lang, kind: Report['period']['kind'] = 'month'): string {
  const m = messagesFor(lang);
  const reasons = coverageReasons(kpi.coverage, lang).filter((r) => r.reason !== 'noAnswer' && r.reason !== 'header');
  const share = formatNumber(100 * lostShare(kpi.coverage), lang, 1) + '%';
  const lost = lostCount(kpi.coverage);
  return m.metricLost(kpiName(kpi, lang, kind), formatNumber(lost, lang), share, reasons.map((r) => r.text).join('; '), lost);
}

/**
 * The banner at the top of the email when any metric lost more than 5% of its non-blank cells:
 * `2 of 12 metrics are missing data: NPS left out 54 cells (…) …`; undefined when none did.
 */
export function missingDataBanner(report: Pick<Report, 'kpis' | 'lang' | 'period'>): string | undefined {
  const missing = kpisMissingData(report);
  if (missing.length === 0) return undefined;
  const details = missing.map((kpi) => lostText(kpi, report.lang, report.period.kind)).join(' · ');
  return messagesFor(report.lang).missingBanner(missing.length, report.kpis.length, details);
}

/** `Form Responses 1: data runs 2026-09-02 → 2026-10-28`, one per sheet (without a name when the caller gave none). */
export function dataRangeLines(ranges: readonly DataRange[], lang: Lang): string[] {
  const m = messagesFor(lang);
  return ranges.map((r) =>
    r.sheet ? m.dataRunsIn(r.sheet, r.first, r.last) : m.dataRuns(r.first, r.last),
  );
}
