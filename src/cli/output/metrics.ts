import type { Lang } from '../../cells/types';
import { changeParts, headlineKpis, kpiName, kpiValueText, metricName, noChangeReason, periodText, valueText } from '../../report/display';
import { formatNumber } from '../../report/format';
import { coverageLine, dataRangeLines } from '../../report/coverage-text';
import type { Kpi, Report, ReportMetricId } from '../../report/types';
import type { Analysis } from '../core/analyze';
import { metricRecord, metricsDocument, type MetricRecord } from '../core/metric-rows';
import type { OutputFormat } from '../args';
import type { CliMessages } from '../messages';
import { csvLine, renderTable, stableJson } from './table';

/** `metrics` output in the format asked for. Figures in the table read as the report shows them. */
export function formatMetrics(analysis: Analysis, format: OutputFormat, by: string | undefined, lang: Lang, m: CliMessages): string {
  const doc = metricsDocument(analysis, by, lang);
  if (format === 'json') return stableJson(doc);
  if (format === 'csv') {
    // Several survey sheets: a last column says whose figure a line is (a sheet's, or "All surveys"),
    // one line per figure as the table shows them; with one survey the lines are as they always were.
    const bySurvey = (doc.surveys?.length ?? 0) > 0;
    const lines = [csvLine(['group', 'metric', 'unit', 'n', 'value', 'previous_n', 'previous_value', 'change', 'p_value', 'significant', 'used', 'left_out', 'lost_share', ...(bySurvey ? ['survey'] : [])])];
    const add = (group: string, record: MetricRecord) =>
      lines.push(
        csvLine([
          group, record.id, record.unit, record.n, record.value, record.previous?.n ?? null, record.previous?.value ?? null, record.change, record.pValue, record.significant,
          record.coverage.used, Object.entries(record.coverage.leftOut).filter(([reason]) => reason !== 'blank').reduce((sum, [, e]) => sum + (e?.count ?? 0), 0), record.coverage.lostShare,
          ...(bySurvey ? [record.scope?.name ?? ''] : []),
        ]),
      );
    if (bySurvey) analysis.report.kpis.forEach((kpi) => add('', metricRecord(kpi, lang)));
    else doc.metrics.forEach((record) => add('', record));
    for (const group of doc.groups ?? []) group.metrics.forEach((record) => add(group.group, record));
    return lines.join('');
  }
  const { report } = analysis;
  const period = report.previousPeriod ? m.periodLine(periodText(report.period, lang), periodText(report.previousPeriod, lang)) : periodText(report.period, lang);
  const ranges = dataRangeLines(report.dataRanges, lang).map((line) => line + '\n').join('');
  const heading = `${analysis.source.title}\n${period}\n${ranges}\n`;
  if (report.kpis.length === 0) return heading + m.noMetrics + (report.dataRanges.length > 0 ? ' ' + m.noDataHint(latestMonth(report)) : '') + '\n';
  return heading + (analysis.groups ? groupTable(analysis, lang, m) : kpiTable(report, lang, m));
}

function kpiTable(report: Report, lang: Lang, m: CliMessages): string {
  const c = m.metricColumns;
  const rows = report.kpis.map((kpi) => {
    const change = kpi.comparison ? changeParts(kpi, kpi.comparison, lang) : undefined;
    return [
      kpiName(kpi, lang, report.period.kind),
      kpiValueText(kpi, lang),
      formatNumber(kpi.current?.n ?? 0, lang),
      kpi.previous ? valueText(kpi.unit, kpi.previous.value, lang) : '–',
      change ? `${change.arrow} ${change.change}` : '',
      change ? change.verdict : report.previousPeriod ? (noChangeReason(kpi, lang, report.minN) ?? '') : '',
      coverageLine(kpi.current?.n ?? 0, kpi.coverage, lang),
    ];
  });
  return renderTable([c.metric, c.value, c.n, c.previous, c.change, c.note, m.coverageColumn], rows, new Set([1, 2, 3, 4]));
}

/**
 * One row per group (the whole data first), one column per metric: "value (n)". With several
 * survey sheets a survey metric's column is its "All surveys" figure, over each group's answers.
 */
function groupTable(analysis: Analysis, lang: Lang, m: CliMessages): string {
  const groups = analysis.groups!;
  const ids: ReportMetricId[] = [];
  // Only metrics some group has: a sheet without the group column adds nothing per group.
  for (const { report } of groups) for (const kpi of report.kpis) if (kpi.current && !ids.includes(kpi.id)) ids.push(kpi.id);
  const cell = (report: Report, id: ReportMetricId) => {
    const kpi: Kpi | undefined = headlineKpis(report.kpis).find((k) => k.id === id);
    return kpi?.current ? `${valueText(kpi.unit, kpi.current.value, lang)} (${formatNumber(kpi.current.n, lang)})` : '–';
  };
  const kind = analysis.report.period.kind;
  const rows = [
    [m.groupAll, ...ids.map((id) => cell(analysis.report, id))],
    ...groups.map((g) => [g.name, ...ids.map((id) => cell(g.report, id))]),
  ];
  return renderTable([m.groupColumn, ...ids.map((id) => metricName(id, lang, kind))], rows, new Set(ids.map((_, i) => i + 1)));
}

/** The month of the data's last date, for "try --period 2026-10". */
function latestMonth(report: Report): string {
  return report.dataRanges.map((r) => r.last).sort().pop()!.slice(0, 7);
}
